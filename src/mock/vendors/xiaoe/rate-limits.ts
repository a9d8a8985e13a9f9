/**
 * Xiaoe's documented rate limits, counted per app: `/token` 100 per 10 minutes, task.create and
 * task.update 3000 per 10 s, task.get and live_task_by_id 2.0 50 per 10 s, xe.user.batch.get 3000 per
 * 10 s, xe.user.batch_by_user_id.get 1000 per 10 s (code 2053 beyond). The doc
 * does not say whether business calls are counted per app or per token; livemock counts per app.
 */
import { type Awaitable, andThen } from "../../../util/awaitable.ts";
import { createRateLimiter, type RateLimiter, type RateLimiterFactory } from "../../core/rate-limiter.ts";

/** The operations that have a documented limit. */
export type LimitedOperation = "getAccessToken" | "createLiveTask" | "updateLiveTask" | "getLiveTask" | "listLiveTasks" | "listUsers" | "getUsersByIds";

/** Each documented limit as data. */
export const XIAOE_RATE_LIMITS: { readonly [Op in LimitedOperation]: { limit: number; windowMs: number; label: string } } = {
  getAccessToken: { limit: 100, windowMs: 10 * 60_000, label: "100 per 10 minutes" },
  createLiveTask: { limit: 3000, windowMs: 10_000, label: "3000 per 10 s" },
  updateLiveTask: { limit: 3000, windowMs: 10_000, label: "3000 per 10 s" },
  getLiveTask: { limit: 50, windowMs: 10_000, label: "50 per 10 s" },
  listLiveTasks: { limit: 50, windowMs: 10_000, label: "50 per 10 s" },
  listUsers: { limit: 3000, windowMs: 10_000, label: "3000 per 10 s" },
  getUsersByIds: { limit: 1000, windowMs: 10_000, label: "1000 per 10 s" },
};

/** One limiter per operation. */
export interface XiaoeLimits {
  /** Counts one call of `appId` to `operation`; returns a reason when it is over the limit (a promise when counted in the shared store). */
  exceeded(operation: LimitedOperation, appId: string, now: number): Awaitable<string | undefined>;
  reset(): void;
}

/**
 * Creates the per-app limiters.
 *
 * @example
 * const limits = createXiaoeLimits();
 * const over = limits.exceeded("getLiveTask", appId, clock.now()); // undefined until the 51st call in 10 s
 */
export function createXiaoeLimits(make: RateLimiterFactory = (_name, options) => createRateLimiter(options)): XiaoeLimits {
  const limiters = new Map<LimitedOperation, RateLimiter>();
  for (const [operation, { limit, windowMs }] of Object.entries(XIAOE_RATE_LIMITS) as [LimitedOperation, { limit: number; windowMs: number }][]) {
    limiters.set(operation, make(`xiaoe:${operation}`, { limit, windowMs }));
  }
  return {
    exceeded(operation, appId, now) {
      return andThen(limiters.get(operation)!.hit(appId, now), (verdict) => {
        if (verdict.allowed) return undefined;
        const wait = Math.max(0, Math.ceil(((verdict.retryAt ?? now) - now) / 1000));
        return `rate limit: ${operation} allows ${XIAOE_RATE_LIMITS[operation].label} per app; app ${appId} may call again in ${wait} s`;
      });
    },
    reset() {
      for (const limiter of limiters.values()) limiter.reset();
    },
  };
}
