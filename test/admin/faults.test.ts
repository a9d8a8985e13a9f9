import { describe, expect, it } from "vitest";
import { signPolyvQuery } from "../../src/contracts/polyv/index.ts";
import { createMockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { startServer } from "../../src/mock/serve.ts";
import { serveWithHonoNodeServer } from "../support/hono-node-server.ts";
import { admin, polyvLotteryCreate, T0, volcCreatePacket, XIAOE_TASK, xiaoePost, xiaoeToken } from "./support.ts";

const fresh = () => createMockApp({ clock: manualClock(T0), rateLimits: false });

describe("forcing a vendor error from /__livemock/faults", () => {
  it("answers in each vendor's own envelope and status, from its catalogue, and names the rule", async () => {
    const app = fresh();
    expect((await admin(app, "POST", "/faults", { vendor: "xiaoe", operation: "getAccessToken", kind: "error", error: "rateLimited" })).status).toBe(201);
    expect((await admin(app, "POST", "/faults", { vendor: "polyv", kind: "error", error: "rateLimited" })).status).toBe(201);
    expect((await admin(app, "POST", "/faults", { vendor: "volcengine", operation: "createActivityRedPacket", kind: "error", error: "InternalError" })).status).toBe(201);

    const xiaoe = await xiaoeToken(app);
    expect(xiaoe.status).toBe(200);
    expect(await xiaoe.json()).toEqual({ code: 2053, msg: "API的调用次数达到上限", data: null });
    expect(xiaoe.headers.get("x-livemock-fault")).toBe("f1");

    const polyv = await polyvLotteryCreate(app, T0);
    expect(polyv.status).toBe(429);
    expect(await polyv.json()).toMatchObject({ code: 429, status: "error", error: { code: 42900, desc: "qps exceeds number of calls" }, success: false });

    const volc = await volcCreatePacket(app, T0);
    expect(volc.status).toBe(500);
    const meta = ((await volc.json()) as any).ResponseMetadata;
    expect(meta).toMatchObject({ Action: "CreateActivityRedPacket", Version: "2023-08-01", Error: { Code: "InternalError", CodeN: 100014 } });
    expect(volc.headers.get("x-livemock-reason")).toContain("rule f3");
  });

  it("matches a rule naming an operation on a templated path (/live/v2/channels/{channelId}/delete), and the journal names it", async () => {
    const app = fresh();
    await admin(app, "POST", "/faults", { vendor: "polyv", operation: "deleteChannel", kind: "fail-next", count: 1 });
    const query = new URLSearchParams(signPolyvQuery({ userId: "cc167950af" }, { appId: "frlr1zazn3", appSecret: "livemock-polyv-secret", timestamp: T0 }));
    const forced = await app.request(`/live/v2/channels/4854808/delete?${query}`, { method: "POST" });
    expect(forced.status).toBe(500);
    expect(await forced.json()).toEqual({ code: 500, status: "fail", message: "undefined error", data: "" });
    // Another operation is not affected, nor the next delete (the channel is still there: nothing changed).
    expect((await polyvLotteryCreate(app, T0)).status).toBe(200);
    const { requests } = (await admin(app, "GET", "/requests?vendor=polyv")).json as { requests: { operation?: string; status: number }[] };
    expect(requests.map((e) => [e.operation, e.status])).toEqual(
      expect.arrayContaining([
        ["deleteChannel", 500],
        ["createLotteryActivity", 200],
      ]),
    );
  });

  it("changes no state: a create that was forced to fail created nothing", async () => {
    const app = fresh();
    await admin(app, "POST", "/faults", { vendor: "polyv", operation: "createLotteryActivity", kind: "fail-next", count: 1 });
    const failed = await polyvLotteryCreate(app, T0);
    expect(failed.status).toBe(500);
    expect(((await failed.json()) as any).error.code).toBe(50001);
    expect((await admin(app, "GET", "/state?vendor=polyv")).json.vendors.polyv.frlr1zazn3.lottery).toBeUndefined();
    const ok = await polyvLotteryCreate(app, T0);
    expect(ok.status).toBe(200);
    expect((await admin(app, "GET", "/state?vendor=polyv")).json.vendors.polyv.frlr1zazn3.lottery).toHaveLength(1);
  });

  it("matches only the named operation, fails the next N calls, then goes away", async () => {
    const app = fresh();
    await admin(app, "POST", "/faults", { vendor: "xiaoe", operation: "createLiveTask", kind: "fail-next", count: 2 });
    const token = ((await (await xiaoeToken(app)).json()) as any).data.access_token as string; // another operation: not affected
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) codes.push(((await (await xiaoePost(app, "/xe.alive.marketing.task.create/1.0.0", { ...XIAOE_TASK, access_token: token })).json()) as any).code);
    expect(codes).toEqual([1001, 1001, 0]);
    expect((await admin(app, "GET", "/faults")).json.faults).toEqual([]);
  });

  it("expires a rule on the mock clock", async () => {
    const app = fresh();
    const added = await admin(app, "POST", "/faults", { vendor: "xiaoe", kind: "error", error: "systemBusy", expiresInMs: 60_000 });
    expect(added.json.fault.expiresAt).toBe(T0 + 60_000);
    expect(((await (await xiaoeToken(app)).json()) as any).code).toBe(1001);
    await admin(app, "POST", "/clock/advance", { seconds: 61 });
    expect(((await (await xiaoeToken(app)).json()) as any).code).toBe(0);
  });

  it("delays calls by a fixed latency or one drawn from a range, and adds up latency rules", async () => {
    const app = fresh();
    await admin(app, "POST", "/faults", { vendor: "xiaoe", kind: "latency", latencyMs: 40 });
    await admin(app, "POST", "/faults", { vendor: "xiaoe", kind: "latency", latencyMs: { min: 20, max: 30 }, count: 1 });
    const started = performance.now();
    const res = await xiaoeToken(app);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(((await res.json()) as any).code).toBe(0);
    const faults = (await admin(app, "GET", "/faults")).json.faults;
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatchObject({ kind: "latency", latencyMs: 40, hits: 1 });
  });

  it("drops the connection: a network error in-process, a closed socket over HTTP, status 0 in the journal", async () => {
    const app = fresh();
    await admin(app, "POST", "/faults", { vendor: "xiaoe", kind: "drop", count: 1 });
    const dropped = await xiaoeToken(app);
    expect(dropped.type).toBe("error");
    expect(dropped.status).toBe(0);

    const server = await startServer({ port: 0, rateLimits: false });
    try {
      await fetch(`${server.url}/__livemock/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ vendor: "xiaoe", kind: "drop", count: 1 }) });
      await expect(fetch(`${server.url}/token?app_id=x`)).rejects.toThrow(/fetch failed/);
      const after = await fetch(`${server.url}/token?app_id=x`);
      expect(after.status).toBe(200);
      const journal = (await (await fetch(`${server.url}/__livemock/requests`)).json()) as any;
      expect(journal.requests.map((r: any) => r.status)).toEqual([0, 200]);
      expect(journal.requests[0].reason).toContain("connection dropped");
    } finally {
      await server.close();
    }
  });

  it("drops the connection the same way when the app is served by @hono/node-server", async () => {
    const app = createMockApp({ rateLimits: false });
    const server = await serveWithHonoNodeServer(app);
    const url = server.url;
    try {
      await fetch(`${url}/__livemock/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ vendor: "xiaoe", kind: "drop", count: 1 }) });
      await expect(fetch(`${url}/token?app_id=x`)).rejects.toThrow(/fetch failed/);
      expect((await fetch(`${url}/token?app_id=x`)).status).toBe(200);
      const journal = (await (await fetch(`${url}/__livemock/requests`)).json()) as any;
      expect(journal.requests.map((r: any) => r.status)).toEqual([0, 200]);
    } finally {
      await server.close();
    }
  });

  it("lists each vendor's catalogue, refuses rules it cannot apply, and removes rules", async () => {
    const app = fresh();
    const errors = (await admin(app, "GET", "/faults/errors")).json;
    expect(errors.polyv.map((e: any) => e.id)).toContain("timestampExpired");
    expect(errors.xiaoe.find((e: any) => e.id === "invalidAccessToken")).toMatchObject({ code: 2008, status: 200 });
    expect(errors.volcengine.find((e: any) => e.id === "SignatureDoesNotMatch")).toMatchObject({ status: 401 });

    const bad = [
      [{ vendor: "xiaoe", kind: "error", error: "InternalError" }, /not in the xiaoe catalogue/],
      [{ vendor: "polyv", kind: "latency" }, /latencyMs: required/],
      [{ vendor: "polyv", kind: "latency", latencyMs: { min: 50, max: 10 } }, /min is greater than max/],
      [{ vendor: "polyv", kind: "fail-next" }, /count: required/],
      [{ vendor: "zoom", kind: "drop" }, /vendor/],
      [{ vendor: "polyv", kind: "drop", surprise: 1 }, /surprise|Unrecognized/i],
    ] as const;
    for (const [body, message] of bad) {
      const res = await admin(app, "POST", "/faults", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.message).toMatch(message);
    }
    const notJson = await admin(app, "POST", "/faults", "{nope");
    expect(notJson.status).toBe(400);

    const { json } = await admin(app, "POST", "/faults", { vendor: "polyv", kind: "drop" });
    expect((await admin(app, "DELETE", `/faults/${json.fault.id}`)).status).toBe(200);
    expect((await admin(app, "DELETE", `/faults/${json.fault.id}`)).status).toBe(404);
    await admin(app, "POST", "/faults", { vendor: "polyv", kind: "drop" });
    await admin(app, "DELETE", "/faults");
    expect((await admin(app, "GET", "/faults")).json.faults).toEqual([]);
  });
});

describe("rate-limit emulation per vendor at /__livemock/rate-limits", () => {
  it("switches one vendor's limits off and on without touching the others", async () => {
    const app = createMockApp({ clock: manualClock(T0), rateLimits: true });
    for (let i = 0; i < 100; i++) await xiaoeToken(app);
    expect(((await (await xiaoeToken(app)).json()) as any).code).toBe(2053);
    const off = await admin(app, "PUT", "/rate-limits", { xiaoe: false });
    expect(off.json).toEqual({ polyv: true, xiaoe: false, volcengine: true });
    expect(((await (await xiaoeToken(app)).json()) as any).code).toBe(0);
    await admin(app, "PUT", "/rate-limits", { xiaoe: true });
    expect(((await (await xiaoeToken(app)).json()) as any).code).toBe(2053);
    expect((await admin(app, "PUT", "/rate-limits", { xiaoe: "off" })).status).toBe(400);
  });
});
