/**
 * Caught reading a 404's reason: for a path livemock does not serve, it said "Polyv has no endpoint
 * /live/v4/channel/create" (and Xiaoe's "no API ..."), yet Polyv does have that endpoint. The reason
 * now says that livemock does not serve the path and, for an API the vendor is known to have, names
 * the vendor's doc page; the vendor's error code and envelope are unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POLYV_UNSERVED_APIS } from "../../src/contracts/polyv/index.ts";
import { signRequest } from "../../src/contracts/volcengine/index.ts";
import { XIAOE_UNSERVED_APIS } from "../../src/contracts/xiaoe/index.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";
import { DEMO_APP, independentSign } from "../polyv/support.ts";
import { AK, SK } from "../volcengine/support.ts";
import { tokenParams } from "../xiaoe/support.ts";

const NOW = Date.parse("2026-03-01T00:00:00Z");
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, clock: manualClock(NOW), rateLimits: false });
});
afterAll(() => server.close());

async function call(method: string, target: string, init: { headers?: Record<string, string>; body?: string } = {}) {
  const res = await fetch(`${server.url}${target}`, { method, ...init });
  const reason = res.headers.get("x-livemock-reason");
  return { status: res.status, json: (await res.json()) as any, reason: reason === null ? "" : decodeURIComponent(reason) };
}

function polyvSigned(path: string): string {
  const params: Record<string, string> = { appId: DEMO_APP.appId, timestamp: String(NOW) };
  params.sign = independentSign(params, DEMO_APP.appSecret);
  return `${path}?${new URLSearchParams(params)}`;
}

describe("Polyv: a path livemock does not serve", () => {
  it("says livemock does not serve /live/v4/channel/create-batch and names Polyv's doc page, in Polyv's 404 envelope", async () => {
    const res = await call("POST", polyvSigned("/live/v4/channel/create-batch"), { headers: { "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ code: 404, status: "error", requestId: expect.any(String), error: { code: 40400, desc: "not found." }, success: false });
    expect(res.reason).toBe(
      "livemock does not serve POST /live/v4/channel/create-batch (Polyv has it (POST, 批量创建频道: https://help.polyv.net/index.html#/live/api/v4/channel/create_batch)); " +
        "it serves the channel, task-reward-activity, lottery-activity and lottery-result endpoints under /live/v4/channel/, /live/v3/channel/basic/get, /live/v3/channel/basic/batch-delete, /live/v2/channels/{channelId}/delete and /live/v4/user/viewer-task-reward/ (README: Polyv)",
    );
    expect(res.reason).not.toMatch(/Polyv has no/);
  });

  it("names the doc page of every known path in the table", async () => {
    for (const [path, api] of Object.entries(POLYV_UNSERVED_APIS)) {
      const res = await call(api.method, polyvSigned(path), api.method === "POST" ? { headers: { "content-type": "application/json" }, body: "{}" } : {});
      expect(res.json.error.code).toBe(40400);
      expect(res.reason).toContain(`livemock does not serve ${api.method} ${path} (Polyv has it (${api.method}, ${api.title}: ${api.doc}))`);
    }
  });

  it("says of an unknown path only that livemock does not serve it", async () => {
    const res = await call("GET", polyvSigned("/live/v4/channel/no-such-thing"));
    expect(res.json.error).toEqual({ code: 40400, desc: "not found." });
    expect(res.reason).toMatch(/^livemock does not serve GET \/live\/v4\/channel\/no-such-thing \(not a Polyv API livemock knows of\); it serves /);
  });
});

describe("Xiaoe: an API livemock does not serve", () => {
  let token = "";
  beforeAll(async () => {
    token = (await call("GET", `/token?${new URLSearchParams(tokenParams())}`)).json.data.access_token;
  });
  const post = (path: string) => call("POST", path, { headers: { "content-type": "application/json" }, body: JSON.stringify({ access_token: token }) });

  it("says livemock does not serve xe.alive.detail.get/2.0.0 and names Xiaoe's doc page, in Xiaoe's 2052 envelope", async () => {
    const res = await post("/xe.alive.detail.get/2.0.0");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ code: 2052, msg: "没有提供该API，用户请求的url错误，或者该url没有在系统中注册", data: null });
    expect(res.reason).toMatch(
      /^livemock does not serve POST \/xe\.alive\.detail\.get\/2\.0\.0 \(Xiaoe has it \(POST, 获取直播详情2\.0: https:\/\/api-doc\.xiaoe-tech\.com\/api_list\/live_broad\/xe_alive_detail_get_2\.html\)\); it serves \/token, /,
    );
    expect(res.reason).not.toMatch(/^no API/);
  });

  it("names every known path in the table, with its page when there is one", async () => {
    for (const [path, api] of Object.entries(XIAOE_UNSERVED_APIS)) {
      const res = await post(path);
      expect(res.json.code).toBe(2052);
      expect(res.reason).toContain(`(Xiaoe has it (${[api.method, api.title].filter(Boolean).join(", ")}${api.doc ? `: ${api.doc}` : ""}))`);
    }
  });

  it("says of an unknown API only that livemock does not serve it", async () => {
    const res = await post("/xe.alive.no_such.api/1.0.0");
    expect(res.json.code).toBe(2052);
    expect(res.reason).toMatch(/^livemock does not serve POST \/xe\.alive\.no_such\.api\/1\.0\.0 \(not a Xiaoe API livemock knows of\); it serves /);
  });
});

describe("Volcengine: an Action livemock does not serve", () => {
  it("names the doc page of a known Action, in Volcengine's InvalidActionOrVersion envelope", async () => {
    const query = { Action: "UpdateCallbackConfig", Version: "2023-08-01" };
    const signed = signRequest({ method: "POST", path: "/", query, headers: {}, body: "{}", ak: AK, sk: SK, date: new Date(NOW) });
    const res = await call("POST", `/?${new URLSearchParams(query)}`, { headers: signed as Record<string, string>, body: "{}" });
    expect(res.status).toBe(404);
    expect(res.json.ResponseMetadata.Error).toEqual({ CodeN: 100008, Code: "InvalidActionOrVersion", Message: "Could not find operation UpdateCallbackConfig for version 2023-08-01." });
    expect(res.reason).toBe(
      "livemock does not serve Action UpdateCallbackConfig (Volcengine has it (POST, Version 2023-08-01: https://www.volcengine.com/docs/3019/1756929)); it serves the red-packet, red-packet data and callback-configuration actions only.",
    );
  });
});
