import type { Awaitable } from "../../util/awaitable.ts";

/** Verdict of one rate-limit hit. */
export interface RateVerdict {
  allowed: boolean;
  /** When the caller may try again (ms since the epoch), when refused. */
  retryAt?: number;
}

/**
 * A fixed-window counter per key, with an optional block period once the limit is exceeded. The
 * in-memory limiter answers `hit` at once; the one replicas share (Redis) answers with a promise.
 */
export interface RateLimiter {
  hit(key: string, now: number): Awaitable<RateVerdict>;
  reset(): void;
  /** Keys currently tracked (bounded: expired windows are swept once there are more than 10,000). */
  size(): number;
}

/** The in-memory limiter: its verdict comes at once. */
export interface MemoryRateLimiter extends RateLimiter {
  hit(key: string, now: number): RateVerdict;
}

/** A limit: `limit` hits per `windowMs`, and with `blockMs` the key stays refused that long. */
export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  blockMs?: number;
}

/** Makes the limiter named `name` (`polyv`, `xiaoe:getLiveTask`): in memory, or shared by replicas. */
export type RateLimiterFactory = (name: string, options: RateLimitOptions) => RateLimiter;

/**
 * Creates a fixed-window rate limiter: at most `limit` hits per `windowMs` per key; the hit over the
 * limit is refused, and with `blockMs` the key stays refused that long (Polyv blocks an IP 5 minutes).
 *
 * @example
 * const perApp = createRateLimiter({ limit: 3000, windowMs: 10_000 });
 * if (!perApp.hit(appId, clock.now()).allowed) return rateLimited();
 */
export function createRateLimiter(options: RateLimitOptions): MemoryRateLimiter {
  const windows = new Map<string, { start: number; count: number; blockedUntil: number }>();
  let lastSweep = 0;
  return {
    hit(key, now) {
      if (now - lastSweep > options.windowMs * 10 && windows.size > 10_000) {
        for (const [k, w] of windows) if (now - w.start > options.windowMs && w.blockedUntil <= now) windows.delete(k);
        lastSweep = now;
      }
      let w = windows.get(key);
      if (!w || now - w.start >= options.windowMs) {
        const blockedUntil = w?.blockedUntil ?? 0;
        w = { start: now, count: 0, blockedUntil };
        windows.set(key, w);
      }
      if (w.blockedUntil > now) return { allowed: false, retryAt: w.blockedUntil };
      w.count += 1;
      if (w.count > options.limit) {
        if (options.blockMs) w.blockedUntil = now + options.blockMs;
        return { allowed: false, retryAt: options.blockMs ? w.blockedUntil : w.start + options.windowMs };
      }
      return { allowed: true };
    },
    reset() {
      windows.clear();
    },
    size: () => windows.size,
  };
}
