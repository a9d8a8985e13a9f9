/** Helpers for the control-plane tests: JSON calls to /__livemock and small vendor calls. */
import { signPolyvQuery } from "../../src/contracts/polyv/index.ts";
import { signRequest } from "../../src/contracts/volcengine/index.ts";
import { watchTaskSample } from "../../src/contracts/xiaoe/index.ts";
import type { MockApp } from "../../src/mock/app.ts";
import { DEMO_CREDENTIALS } from "../../src/mock/credentials.ts";
import { SEED_003_BODY } from "../support/seed-bodies.ts";

export const XIAOE = DEMO_CREDENTIALS.xiaoe[0]!;
export const POLYV = DEMO_CREDENTIALS.polyv[0]!;
export const VOLC = DEMO_CREDENTIALS.volcengine[0]!;
export const DEMO_LIVE = "l_696ef6c1e4b0694c5b78ba7b";
export const T0 = Date.parse("2026-03-01T00:00:00Z");

/** A Xiaoe single watch task body (seed 000's shape), without access_token. */
export const XIAOE_TASK = watchTaskSample(DEMO_LIVE);

/** Seed 003's lottery body (sent with channelId 2974342). */
export const LOTTERY_BODY = SEED_003_BODY;

/** Calls the control plane with an optional JSON body; returns status and parsed JSON. */
export async function admin(app: MockApp, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await app.request(`/__livemock${path}`, {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

/** GET /token for an app (default the demo one). */
export async function xiaoeToken(app: MockApp, creds: { appId: string; clientId: string; secretKey: string } = XIAOE): Promise<Response> {
  const q = new URLSearchParams({ app_id: creds.appId, client_id: creds.clientId, secret_key: creds.secretKey, grant_type: "client_credential" });
  return app.request(`/token?${q}`);
}

/** POSTs a JSON body to a Xiaoe business path. */
export async function xiaoePost(app: MockApp, path: string, body: unknown): Promise<Response> {
  return app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

/** A signed Polyv lottery create on channel 2974342 at the given time. */
export async function polyvLotteryCreate(app: MockApp, now: number, creds: { appId: string; appSecret: string } = POLYV): Promise<Response> {
  const query = new URLSearchParams(signPolyvQuery({ channelId: 2974342 }, { appId: creds.appId, appSecret: creds.appSecret, timestamp: now }));
  return app.request(`/live/v4/channel/lottery-activity/create?${query}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(LOTTERY_BODY) });
}

/** A signed Volcengine CreateActivityRedPacket at the given time. */
export async function volcCreatePacket(app: MockApp, now: number): Promise<Response> {
  const query = { Action: "CreateActivityRedPacket", Version: "2023-08-01" };
  const body = JSON.stringify({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 });
  const signed = signRequest({ method: "POST", path: "/", query, body, ak: VOLC.accessKeyId, sk: VOLC.secretAccessKey, date: new Date(now) });
  return app.request(`/?${new URLSearchParams(query)}`, { method: "POST", headers: { "content-type": "application/json", ...(signed as Record<string, string>) }, body });
}
