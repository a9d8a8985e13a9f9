import { afterEach, describe, expect, it } from "vitest";
import { directVendorRequest } from "../../src/mock/core/vendor-request.ts";
import { createPolyvVendor, POLYV_RATE_LIMIT } from "../../src/mock/vendors/polyv/index.ts";
import { DEMO_APP, errorOf, independentSign, LOTTERY, type PolyvHarness, polyvHarness, T0 } from "./support.ts";

const SMALL = { limit: 3, windowMs: 10_000, blockMs: 300_000 };
let h: PolyvHarness;
afterEach(() => h?.close());

const list = () => h.signed({ path: `${LOTTERY}/list`, query: { channelId: 2974342 } });

/** Three allowed calls, then the fourth is refused. */
async function exhaust(): Promise<void> {
  for (let i = 0; i < SMALL.limit; i += 1) expect((await list()).status, `call ${i + 1}`).toBe(200);
}

describe("Polyv's per-IP rate limit", () => {
  it("is Polyv's documented 1500 requests per 10 s, then a 5-minute block", () => {
    expect(POLYV_RATE_LIMIT).toEqual({ limit: 1500, windowMs: 10_000, blockMs: 300_000 });
  });

  it("refuses the call over the limit with 429/42900 in the Polyv envelope", async () => {
    h = await polyvHarness({ rateLimits: true, vendors: [createPolyvVendor({ rateLimit: SMALL })] });
    await exhaust();
    const refused = await list();
    expect(errorOf(refused)).toEqual({ status: 429, code: 42900, desc: "qps exceeds number of calls" });
    expect(refused.operation).toBe("listLotteryActivities");
    expect(refused.reason).toMatch(/more than 3 requests in 10000 ms.*blocked until/);
  });

  it("keeps the IP blocked for 5 minutes, past the end of the window, then lets it in again", async () => {
    h = await polyvHarness({ rateLimits: true, vendors: [createPolyvVendor({ rateLimit: SMALL })] });
    await exhaust();
    expect((await list()).status).toBe(429);
    h.clock.advance(SMALL.windowMs + 1);
    expect((await list()).status).toBe(429);
    h.clock.advance(SMALL.blockMs);
    expect((await list()).status).toBe(200);
  });

  it("counts per window: calls spread over two windows are all allowed", async () => {
    h = await polyvHarness({ rateLimits: true, vendors: [createPolyvVendor({ rateLimit: SMALL })] });
    await exhaust();
    h.clock.advance(SMALL.windowMs);
    await exhaust();
  });

  it("counts only authenticated calls (the check comes after the signature)", async () => {
    h = await polyvHarness({ rateLimits: true, vendors: [createPolyvVendor({ rateLimit: SMALL })] });
    for (let i = 0; i < 5; i += 1)
      expect(errorOf(await h.call({ path: `${LOTTERY}/list`, query: { channelId: "2974342", appId: DEMO_APP.appId, timestamp: String(T0), sign: "BAD" } })).code).toBe(20002);
    await exhaust();
  });

  it("limits each client IP on its own", async () => {
    h = await polyvHarness({ rateLimits: true, vendors: [createPolyvVendor({ rateLimit: SMALL })] });
    await exhaust();
    expect((await list()).status).toBe(429);
    const vendor = h.app.livemock.vendors.find((v) => v.name === "polyv")!;
    const query = { channelId: "2974342", appId: DEMO_APP.appId, timestamp: String(T0) };
    const request = directVendorRequest({
      method: "GET",
      target: `${LOTTERY}/list?${new URLSearchParams({ ...query, sign: independentSign(query, DEMO_APP.appSecret) })}`,
      clientIp: "10.0.0.9",
      receivedAt: T0,
    });
    expect((await vendor.handle(request)).status).toBe(200);
  });

  it("is off when the mock runs without rate limits", async () => {
    h = await polyvHarness({ rateLimits: false, vendors: [createPolyvVendor({ rateLimit: SMALL })] });
    await exhaust();
    expect((await list()).status).toBe(200);
  });

  it("forgets blocks on reset", async () => {
    h = await polyvHarness({ rateLimits: true, vendors: [createPolyvVendor({ rateLimit: SMALL })] });
    await exhaust();
    expect((await list()).status).toBe(429);
    h.app.livemock.reset();
    expect((await list()).status).toBe(200);
  });
});
