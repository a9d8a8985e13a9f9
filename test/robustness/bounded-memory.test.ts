/**
 * Per-request structures stay bounded however many requests arrive: the journal keeps its
 * capacity (and its newest entries), and a rate limiter hit by ever new keys (Polyv limits per
 * client IP) sweeps expired windows instead of growing without bound.
 */
import { describe, expect, it } from "vitest";
import { createMockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { createRateLimiter } from "../../src/mock/core/rate-limiter.ts";

describe("bounded memory", () => {
  it("the journal holds its capacity after thousands of requests of all three vendors", async () => {
    const app = createMockApp({ clock: manualClock(Date.parse("2026-03-01T00:00:00Z")), journalCapacity: 500 });
    const paths = ["/live/v4/channel/lottery-activity/list?appId=x", "/xe.alive.marketing.task.get/1.0.0", "/?Action=GetActivityRedPacket&Version=2023-08-01"];
    const total = 3_000;
    for (let i = 0; i < total; i++) {
      await app.request(paths[i % 3]!, { method: i % 3 === 0 ? "GET" : i % 3 === 1 ? "POST" : "GET", ...(i % 3 === 1 ? { body: `{"n":${i}}`, headers: { "content-type": "application/json" } } : {}) });
    }
    const entries = app.livemock.context.journal.entries();
    expect(entries).toHaveLength(500);
    expect(entries.at(-1)!.id - entries[0]!.id).toBe(499);
    expect(entries.at(-1)!.id).toBeGreaterThanOrEqual(total);
  });

  it("a rate limiter fed 200,000 distinct keys over time keeps at most about 10,000 of them", () => {
    const limiter = createRateLimiter({ limit: 10, windowMs: 1_000 });
    let peak = 0;
    for (let i = 0; i < 200_000; i++) {
      limiter.hit(`10.0.${i >> 8}.${i & 255}`, i); // a new client every millisecond
      peak = Math.max(peak, limiter.size());
    }
    expect(peak).toBeLessThanOrEqual(20_000);
    expect(limiter.size()).toBeLessThanOrEqual(20_000);
  });

  it("a limiter with a block period keeps blocked keys until their block ends, then sweeps them", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000, blockMs: 5_000 });
    for (let i = 0; i < 30_000; i++) {
      limiter.hit(`k${i}`, i);
      limiter.hit(`k${i}`, i); // over the limit: blocked 5 s
    }
    expect(limiter.size()).toBeLessThanOrEqual(20_000);
    expect(limiter.hit("k29999", 30_000).allowed).toBe(false);
  });
});
