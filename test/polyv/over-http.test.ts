import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_APP, errorOf, independentSign, LOTTERY, type PolyvHarness, polyvHarness, SEED_001_BODY, SEED_003_BODY, SEED_003_DATA, T0, TASK_REWARD } from "./support.ts";

let h: PolyvHarness;
beforeAll(async () => {
  h = await polyvHarness({ transport: "http" });
});
afterAll(() => h.close());

describe("Polyv over a listening server", () => {
  it("listens on a real port", () => {
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("serves seed 001 verbatim", async () => {
    const result = await h.signed({ path: `${TASK_REWARD}/save`, json: SEED_001_BODY });
    expect(result.json).toEqual({ code: 200, status: "success", requestId: expect.any(String), data: 10465, success: true });
    expect(result.headers.get("content-type")).toContain("application/json");
  });

  it("serves seed 003 verbatim, then reads it back, updates and deletes it", async () => {
    const created = await h.signed({ path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: SEED_003_BODY });
    expect(created.json.data).toEqual(SEED_003_DATA);
    const id = created.json.data.id;
    expect((await h.signed({ path: `${LOTTERY}/get`, query: { channelId: 2974342, id } })).json.data.status).toBe("Y");
    expect((await h.signed({ path: `${LOTTERY}/update`, query: { channelId: 2974342 }, json: { ...SEED_003_BODY, id, amount: 2 } })).status).toBe(200);
    expect((await h.signed({ path: `${LOTTERY}/delete`, query: { channelId: 2974342 }, json: { id } })).status).toBe(200);
    expect((await h.signed({ path: `${LOTTERY}/list`, query: { channelId: 2974342 } })).json.data.totalItems).toBe(0);
  });

  it("accepts a SHA-256 signed call", async () => {
    expect((await h.signed({ path: `${TASK_REWARD}/page`, query: { channelId: 4854808 }, sha256: true })).status).toBe(200);
  });

  it("answers an auth failure with the Polyv envelope and the reason header", async () => {
    const query = { channelId: "4854808", appId: DEMO_APP.appId, timestamp: String(T0) };
    const result = await h.call({ path: `${TASK_REWARD}/page`, query: { ...query, sign: independentSign(query, "wrong") } });
    expect(errorOf(result)).toEqual({ status: 400, code: 20002, desc: "invalid signature." });
    expect(result.reason).toMatch(/^sign does not match/);
  });

  it("answers malformed JSON, an unknown path and a wrong method in the Polyv envelope", async () => {
    expect(errorOf(await h.signed({ path: `${TASK_REWARD}/save`, body: "{oops", headers: { "content-type": "application/json" } }))).toEqual({ status: 400, code: 10001, desc: "json format error" });
    expect(errorOf(await h.signed({ path: "/live//v4/channel/lottery-activity/create", query: { channelId: 2974342 }, json: SEED_003_BODY })).code).toBe(40400);
    expect(errorOf(await h.signed({ method: "GET", path: `${LOTTERY}/create`, query: { channelId: 2974342 } })).code).toBe(40500);
  });

  it("refuses a body over the limit without reading it all", async () => {
    const big = JSON.stringify({ ...SEED_001_BODY, activityName: "x".repeat(2 * 1024 * 1024) });
    const result = await h.signed({ path: `${TASK_REWARD}/save`, body: big, headers: { "content-type": "application/json" } });
    expect(errorOf(result)).toEqual({ status: 413, code: 41300, desc: "request entity too large." });
  });
});
