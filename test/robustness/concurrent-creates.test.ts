/**
 * 1,000 creates per vendor sent concurrently (100 in flight) to a real listening server: every
 * create succeeds with its own id, and every id is readable afterwards through the vendor's list
 * endpoint. Nothing is lost, nothing is duplicated.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedRequestHeaders } from "../../src/contracts/volcengine/index.ts";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";
import { independentSign, DEMO_APP as POLYV_APP, SEED_003_BODY } from "../polyv/support.ts";
import { ACTIVITY, AK, SK, VERSION } from "../volcengine/support.ts";
import { DEMO_LIVE, PATHS, tokenParams, DEMO_APP as XIAOE_APP } from "../xiaoe/support.ts";

const CREATES = 1_000;
const IN_FLIGHT = 100;

/** Runs `task(i)` for i in [0, n) with at most `limit` running at once. */
async function pool<T>(n: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, rateLimits: false });
});
afterAll(async () => server.close());

function polyvQuery(params: Record<string, string>): string {
  const query = { ...params, appId: POLYV_APP.appId, timestamp: String(Date.now()) };
  return new URLSearchParams({ ...query, sign: independentSign(query, POLYV_APP.appSecret) }).toString();
}

function volcSigned(method: "GET" | "POST", query: Record<string, string>, body?: string): { url: string; init: RequestInit } {
  const full = { Action: "", Version: VERSION, ...query };
  const headers = signedRequestHeaders({ method, path: "/", query: full, headers: body === undefined ? {} : { "content-type": "application/json" }, body, ak: AK, sk: SK, date: new Date() });
  return { url: `${server.url}/?${new URLSearchParams(full)}`, init: { method, headers, body } };
}

describe(`${CREATES} concurrent creates per vendor over HTTP`, () => {
  it("Polyv lottery create: unique ids, all listed afterwards", async () => {
    const ids = await pool(CREATES, IN_FLIGHT, async (i) => {
      const res = await fetch(`${server.url}/live/v4/channel/lottery-activity/create?${polyvQuery({ channelId: "2974342" })}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...SEED_003_BODY, activityName: `并发 ${i}` }),
      });
      const json = (await res.json()) as any;
      expect(res.status, JSON.stringify(json)).toBe(200);
      return json.data.id as number;
    });
    expect(new Set(ids).size).toBe(CREATES);
    const listed = new Set<number>();
    for (let page = 1; page <= 2; page++) {
      const res = await fetch(`${server.url}/live/v4/channel/lottery-activity/list?${polyvQuery({ channelId: "2974342", pageNumber: String(page), pageSize: "1000" })}`);
      const json = (await res.json()) as any;
      for (const item of json.data.contents) listed.add(item.id);
    }
    expect(ids.filter((id) => !listed.has(id))).toEqual([]);
  }, 60_000);

  it("Xiaoe task create: unique task ids, all listed afterwards", async () => {
    const token = ((await (await fetch(`${server.url}${PATHS.token}?${new URLSearchParams(tokenParams(XIAOE_APP))}`)).json()) as any).data.access_token as string;
    const ids = await pool(CREATES, IN_FLIGHT, async (i) => {
      const res = await fetch(`${server.url}${PATHS.create}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          access_token: token,
          alive_id: DEMO_LIVE,
          start_at: "2026-03-01 00:00:00",
          end_at: "2026-03-03 00:00:00",
          task_module: 0,
          task_is_major: 0,
          task_type: 1,
          task_condition: String(1 + (i % 50)),
          reward_type: 1,
          reward_value: "10",
          rule_type: 0,
          rule_config: [],
        }),
      });
      const json = (await res.json()) as any;
      expect(json.code, `${JSON.stringify(json)} ${res.headers.get("x-livemock-reason")}`).toBe(0);
      return json.data.task_id as number;
    });
    expect(new Set(ids).size).toBe(CREATES);
    const res = await fetch(`${server.url}${PATHS.list}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ access_token: token, alive_id: DEMO_LIVE }) });
    const json = (await res.json()) as any;
    const listed = new Set<number>((json.data.list as any[]).map((t) => t.id));
    expect(ids.filter((id) => !listed.has(id))).toEqual([]);
  }, 60_000);

  it("Volcengine CreateActivityRedPacket: unique ids, all listed afterwards", async () => {
    const ids = await pool(CREATES, IN_FLIGHT, async () => {
      const { url, init } = volcSigned("POST", { Action: "CreateActivityRedPacket" }, JSON.stringify({ ActivityID: ACTIVITY, TotalAmount: 100, RedPacketNumber: 1 }));
      const res = await fetch(url, init);
      const json = (await res.json()) as any;
      expect(res.status, JSON.stringify(json)).toBe(200);
      return String(json.Result.ID ?? json.Result.RedPacketID);
    });
    expect(new Set(ids).size).toBe(CREATES);
    const listed = new Set<string>();
    for (let page = 1; page <= 3; page++) {
      const { url, init } = volcSigned("GET", { Action: "ListActivityRedPacket", ActivityID: String(ACTIVITY), PageNo: String(page), PageItemCount: "500" });
      const json = (await (await fetch(url, init)).json()) as any;
      for (const item of json.Result.RedPacketList) listed.add(String(item.RedPacketID));
    }
    expect(ids.filter((id) => !listed.has(id))).toEqual([]);
  }, 60_000);
});
