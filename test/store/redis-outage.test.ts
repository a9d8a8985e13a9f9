/**
 * Redis stopped and restarted under a running replica: meanwhile every vendor call is answered at
 * once in the vendor's internal-error envelope (HTTP 500, `x-livemock-reason` naming the store) and
 * health answers 503 `store: down`; once Redis is back the replica serves fully again by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signPolyvQuery } from "../../src/contracts/polyv/signing.ts";
import { presignQuery } from "../../src/contracts/volcengine/signing/index.ts";
import type { CliServer } from "../support/cli.ts";
import { startTestRedis, type TestRedis } from "../support/redis-server.ts";
import { DEMO_LIVE, startReplica, taskBody, XIAOE, xiaoePost, xiaoeToken } from "./support.ts";

let redis: TestRedis;
let replica: CliServer;

beforeAll(async () => {
  redis = await startTestRedis();
  replica = await startReplica(`${redis.url}/0`);
}, 90_000);
afterAll(async () => {
  await replica?.stop("SIGKILL");
  await redis?.dispose();
});

async function health(): Promise<{ status: number; body: { store?: string } }> {
  const res = await fetch(`${replica.url}/__livemock/health`);
  return { status: res.status, body: (await res.json()) as { store?: string } };
}

describe("Redis going away and coming back", () => {
  it("answers clear errors meanwhile and full service after", async () => {
    const token = await xiaoeToken(replica.url);
    const created = await xiaoePost(replica.url, XIAOE.create, taskBody(token));
    expect(created.json.code, created.reason ?? "").toBe(0);
    const id = created.json.data.task_id as number;
    expect(await health()).toEqual({ status: 200, body: expect.objectContaining({ status: "ok", store: "up" }) });

    await redis.stop();
    const started = Date.now();
    const during = await xiaoePost(replica.url, XIAOE.get, { access_token: token, alive_id: DEMO_LIVE, live_task_id: id });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(during.status).toBe(500);
    expect(during.json).toEqual({ code: 1001, msg: "系统繁忙", data: null });
    expect(during.reason).toMatch(/store redis:\/\/127\.0\.0\.1:\d+\/0 is unavailable/);
    // Polyv and Volcengine, signed, in their own internal-error envelopes.
    const polyvQuery = new URLSearchParams(signPolyvQuery({ channelId: 4854808 }, { appId: "frlr1zazn3", appSecret: "livemock-polyv-secret", timestamp: Date.now() }));
    const polyv = await fetch(`${replica.url}/live/v4/channel/task-reward-activity/page?${polyvQuery}`);
    expect(polyv.status).toBe(500);
    expect(decodeURIComponent(polyv.headers.get("x-livemock-reason") ?? "")).toMatch(/store redis:.* is unavailable/);
    expect(await polyv.json()).toMatchObject({ success: false });
    const volcQuery = presignQuery({
      method: "GET",
      path: "/",
      query: { Action: "ListActivityRedPacket", Version: "2023-08-01", ActivityID: "1824920000234844" },
      ak: "AKLTlivemockdemo",
      sk: "livemock-volc-secret",
      date: new Date(),
    });
    const volc = await fetch(`${replica.url}/?${volcQuery}`);
    expect(volc.status).toBe(500);
    expect(await volc.json()).toMatchObject({ ResponseMetadata: { Error: { Code: "InternalError" } } });
    expect(await health()).toEqual({ status: 503, body: expect.objectContaining({ status: "unavailable", store: "down" }) });

    await redis.start();
    const deadline = Date.now() + 15_000;
    while ((await health()).status !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await health()).body.store).toBe("up");
    const after = await xiaoePost(replica.url, XIAOE.get, { access_token: token, alive_id: DEMO_LIVE, live_task_id: id });
    expect(after.json.code, after.reason ?? "").toBe(0);
    expect((await xiaoePost(replica.url, XIAOE.create, taskBody(token))).json.code).toBe(0);
  }, 60_000);
});
