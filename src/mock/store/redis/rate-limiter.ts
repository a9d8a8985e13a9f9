/**
 * The rate limiter replicas share: the same fixed window (and block period) as the in-memory one
 * (src/mock/core/rate-limiter.ts), counted in Redis by one script per hit, so a vendor's limit holds
 * across every replica. Counters live under `eph:rl:` and expire on their own; reset wipes them.
 */
import type { Redis } from "ioredis";
import type { RateLimiter, RateVerdict } from "../../core/rate-limiter.ts";
import type { SharedBackend } from "./backend.ts";

// KEYS[1]: the counter. ARGV: now, windowMs, limit, blockMs. Returns {allowed (1|0), retryAt or ""}.
const HIT_LUA = `
local now = tonumber(ARGV[1]); local win = tonumber(ARGV[2]); local limit = tonumber(ARGV[3]); local block = tonumber(ARGV[4])
local v = redis.call('HMGET', KEYS[1], 'start', 'count', 'blocked')
local start = tonumber(v[1]); local count = tonumber(v[2]) or 0; local blocked = tonumber(v[3]) or 0
if (not start) or now - start >= win then start = now; count = 0 end
local allowed = 1
local retry = ''
if blocked > now then
  allowed = 0; retry = string.format('%.0f', blocked)
else
  count = count + 1
  if count > limit then
    allowed = 0
    if block > 0 then blocked = now + block; retry = string.format('%.0f', blocked) else retry = string.format('%.0f', start + win) end
  end
end
redis.call('HSET', KEYS[1], 'start', string.format('%.0f', start), 'count', count, 'blocked', string.format('%.0f', blocked))
redis.call('PEXPIRE', KEYS[1], math.max(win, block) + 60000)
return {allowed, retry}`;

interface HitCommand {
  livemockRateHit(key: string, now: number, windowMs: number, limit: number, blockMs: number): Promise<[number, string]>;
}

/**
 * A limiter counting in Redis under `name` (`polyv`, `xiaoe:getLiveTask`): its `hit` returns a promise.
 *
 * @example
 * const limiter = createSharedRateLimiter(backend, "polyv", { limit: 3000, windowMs: 10_000, blockMs: 300_000 });
 * (await limiter.hit("127.0.0.1", Date.now())).allowed
 */
export function createSharedRateLimiter(backend: SharedBackend, name: string, options: { limit: number; windowMs: number; blockMs?: number }): RateLimiter {
  const redis = backend.redis as Redis & Partial<HitCommand>;
  if (!redis.livemockRateHit) redis.defineCommand("livemockRateHit", { numberOfKeys: 1, lua: HIT_LUA });
  const base = `${backend.prefix}eph:rl:${name}:`;
  return {
    hit: (key, now): Promise<RateVerdict> =>
      backend.call(async (r) => {
        const [allowed, retry] = await (r as unknown as HitCommand).livemockRateHit(base + key, now, options.windowMs, options.limit, options.blockMs ?? 0);
        return allowed === 1 ? { allowed: true } : { allowed: false, retryAt: Number(retry) };
      }),
    // The counters are wiped in Redis by the reset (one place for every replica); nothing is kept here.
    reset() {},
    size: () => 0,
  };
}
