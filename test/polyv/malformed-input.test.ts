import { afterEach, describe, expect, it, vi } from "vitest";
import { createMockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { createMemoryStore, type Store } from "../../src/mock/store/index.ts";
import { DEMO_APP, errorOf, independentSign, LOTTERY, type PolyvHarness, polyvHarness, SEED_001_BODY, SEED_003_BODY, T0, TASK_REWARD } from "./support.ts";

let h: PolyvHarness;
afterEach(async () => {
  await h?.close();
  vi.restoreAllMocks();
});

const ERROR_KEYS = ["code", "status", "requestId", "error", "success"];

describe("malformed input answered in the Polyv envelope", () => {
  it.each([
    ["truncated JSON", '{"channelId": 4854808, "activityName":', /not valid JSON/],
    ["an empty body", "", /empty/],
    ["a JSON array", "[1,2]", /JSON object/],
    ["JSON null", "null", /JSON object/],
    ["a bare string", '"hello"', /JSON object/],
  ])("answers 10001 json format error for %s", async (_name, body, reason) => {
    h = await polyvHarness();
    const result = await h.signed({ path: `${TASK_REWARD}/save`, body, headers: { "content-type": "application/json" } });
    expect(errorOf(result)).toEqual({ status: 400, code: 10001, desc: "json format error" });
    expect(Object.keys(result.json)).toEqual(ERROR_KEYS);
    expect(result.reason).toMatch(reason);
    expect(result.operation).toBe("saveTaskRewardActivity");
  });

  it("accepts application/json with a charset and the +json media types", async () => {
    h = await polyvHarness();
    for (const type of ["application/json; charset=utf-8", "application/vnd.polyv+json"]) {
      const result = await h.signed({ path: `${TASK_REWARD}/save`, body: JSON.stringify(SEED_001_BODY), headers: { "content-type": type } });
      expect(result.status, type).toBe(200);
    }
  });

  it.each([
    ["text/plain", "text/plain"],
    ["an empty content type", ""],
  ])("answers 415/41500 for a JSON endpoint called with %s", async (_name, type) => {
    h = await polyvHarness();
    // (fetch sends a string body as text/plain when no content type is set, so "none" is sent as "")
    const headers: Record<string, string> = { "content-type": type };
    const result = await h.signed({ path: `${LOTTERY}/create`, query: { channelId: 2974342 }, body: JSON.stringify(SEED_003_BODY), headers });
    expect(errorOf(result)).toEqual({ status: 415, code: 41500, desc: `content type not supported: ${type || "(none)"}` });
    expect(result.reason).toContain("application/json");
    expect(result.operation).toBe("createLotteryActivity");
  });

  it("signs urlencoded form fields (they are request parameters) but still wants JSON on a JSON endpoint", async () => {
    h = await polyvHarness();
    const form = { channelId: "2974342", activityName: "x" };
    const query = { appId: DEMO_APP.appId, timestamp: String(T0) };
    const headers = { "content-type": "application/x-www-form-urlencoded" };
    const unsignedForm = await h.call({ path: `${LOTTERY}/create`, query: { ...query, sign: independentSign(query, DEMO_APP.appSecret) }, body: new URLSearchParams(form).toString(), headers });
    expect(errorOf(unsignedForm).code).toBe(20002);
    const signedForm = await h.call({
      path: `${LOTTERY}/create`,
      query: { ...query, sign: independentSign({ ...query, ...form }, DEMO_APP.appSecret) },
      body: new URLSearchParams(form).toString(),
      headers,
    });
    expect(errorOf(signedForm)).toMatchObject({ status: 415, code: 41500 });
  });

  it("answers 413/41300 for a body over the limit", async () => {
    h = await polyvHarness({ bodyLimitBytes: 1024 });
    const big = { ...SEED_001_BODY, activityName: "x".repeat(2048) };
    const result = await h.signed({ path: `${TASK_REWARD}/save`, json: big });
    expect(errorOf(result)).toEqual({ status: 413, code: 41300, desc: "request entity too large." });
    expect(result.reason).toContain("1024");
    expect(result.operation).toBe("saveTaskRewardActivity");
  });

  it.each([
    ["an endpoint Polyv does not have", `${TASK_REWARD}/get`],
    ["another API version", "/live/v5/channel/task-reward-activity/save"],
    ["a trailing slash", `${TASK_REWARD}/page/`],
  ])("answers 404/40400 for %s", async (_name, path) => {
    h = await polyvHarness();
    const result = await h.signed({ path, query: { channelId: 4854808 } });
    expect(errorOf(result)).toEqual({ status: 404, code: 40400, desc: "not found." });
    expect(Object.keys(result.json)).toEqual(ERROR_KEYS);
    expect(result.reason).toContain(path);
  });

  it("answers the doc's double-slash URL (/live//v4/...) as an unknown path, with a hint", async () => {
    h = await polyvHarness();
    const result = await h.signed({ path: "/live//v4/channel/lottery-activity/create", query: { channelId: 2974342 }, json: SEED_003_BODY });
    expect(errorOf(result)).toEqual({ status: 404, code: 40400, desc: "not found." });
    expect(result.reason).toContain("/live/v4/channel/lottery-activity/create");
  });

  it.each([
    ["GET", `${TASK_REWARD}/save`, "POST", "saveTaskRewardActivity"],
    ["POST", `${TASK_REWARD}/page`, "GET", "pageTaskRewardActivities"],
    ["DELETE", `${LOTTERY}/delete`, "POST", "deleteLotteryActivity"],
    ["PUT", `${LOTTERY}/update`, "POST", "updateLotteryActivity"],
  ])("answers 405/40500 for %s %s and names the allowed method", async (method, path, allowed, operation) => {
    h = await polyvHarness();
    const result = await h.signed({ method, path, query: { channelId: 4854808 }, ...(method === "GET" ? {} : { json: {} }) });
    expect(errorOf(result)).toEqual({ status: 405, code: 40500, desc: "method not allowed." });
    expect(result.headers.get("allow")).toBe(allowed);
    expect(result.operation).toBe(operation);
  });

  it("checks path and method before authentication", async () => {
    h = await polyvHarness();
    expect(errorOf(await h.call({ path: `${TASK_REWARD}/nope` })).code).toBe(40400);
    expect(errorOf(await h.call({ method: "POST", path: `${TASK_REWARD}/page`, json: {} })).code).toBe(40500);
  });

  it("checks authentication before reading the JSON body", async () => {
    h = await polyvHarness();
    const result = await h.call({ path: `${TASK_REWARD}/save`, body: "{not json", headers: { "content-type": "application/json" } });
    expect(errorOf(result).code).toBe(10002);
  });
});

describe("an unexpected exception inside the mock", () => {
  it("is answered as Polyv's 500 undefined error envelope, never a stack trace", async () => {
    const store = createMemoryStore();
    const state = {
      ...store.state,
      nextId: (sequence: string, start: number) =>
        sequence === "polyv:lottery"
          ? (() => {
              throw new Error("disk on fire");
            })()
          : store.state.nextId(sequence, start),
    };
    const broken: Store = { ...store, transact: (_scope, work) => work(state) };
    const clock = manualClock(T0);
    const app = createMockApp({ clock, store: broken, rateLimits: false });
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const query = { channelId: "2974342", appId: DEMO_APP.appId, timestamp: String(T0) };
    const qs = new URLSearchParams({ ...query, sign: independentSign(query, DEMO_APP.appSecret) });
    // Outside the harness on purpose: it refuses 5xx, and this is the one deliberate 500.
    const res = await app.request(`${LOTTERY}/create?${qs}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(SEED_003_BODY) });
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toContain("application/json");
    const json = JSON.parse(text);
    expect(json).toEqual({ code: 500, status: "error", requestId: expect.any(String), error: { code: 50001, desc: "undefined error" }, success: false });
    expect(text).not.toMatch(/at .*\.ts/);
    expect(decodeURIComponent(res.headers.get("x-livemock-reason") ?? "")).toContain("disk on fire");
    expect(app.livemock.context.journal.entries().at(-1)).toMatchObject({ operation: "createLotteryActivity", status: 500, errorCode: 50001 });
  });
});
