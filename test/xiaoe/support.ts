/**
 * Test helpers for the Xiaoe mock: a harness with a manual clock and a second app, token fetching,
 * JSON posting, and the seed 000 examples made sendable (fresh token, seeded live id).
 */

import { request as httpRequest } from "node:http";
import type { MockAppOptions } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import type { Body } from "../contracts/xiaoe/seed-examples.ts";
import { type CallResult, createHarness, type Harness, type Transport } from "../support/harness.ts";

export const DEMO_APP = { appId: "apptrfbbm2m8971", clientId: "livemock-client", secretKey: "livemock-xiaoe-secret" } as const;
export const OTHER_APP = { appId: "appother0000001", clientId: "other-client", secretKey: "other-xiaoe-secret" } as const;
export const DEMO_LIVE = "l_696ef6c1e4b0694c5b78ba7b";
export const T0 = Date.parse("2026-03-01T00:00:00Z");

export const PATHS = {
  token: "/token",
  create: "/xe.alive.marketing.task.create/1.0.0",
  update: "/xe.alive.marketing.task.update/1.0.0",
  get: "/xe.alive.marketing.task.get/1.0.0",
  list: "/xe.alive.marketing.live_task_by_id/2.0.0",
  users: "/xe.user.batch.get/1.0.0",
  usersById: "/xe.user.batch_by_user_id.get/1.0.0",
} as const;

type App = { appId: string; clientId: string; secretKey: string };

/** The four token parameters of an app. */
export function tokenParams(app: App = DEMO_APP): Record<string, string> {
  return { app_id: app.appId, client_id: app.clientId, secret_key: app.secretKey, grant_type: "client_credential" };
}

export interface XiaoeHarness extends Harness {
  clock: ReturnType<typeof manualClock>;
  /** Fetches a token by query string and returns it (fails the test when the mock refuses). */
  token(app?: App): Promise<string>;
  /** POSTs a JSON body to a business path. */
  post<T = any>(path: string, json: unknown, init?: { query?: Record<string, string>; headers?: Record<string, string> }): Promise<CallResult<T>>;
}

/** A harness over a mock with a manual clock at {@link T0} and {@link OTHER_APP}; rate limits off unless asked. */
export async function xiaoeHarness(options: MockAppOptions & { transport?: Transport } = {}): Promise<XiaoeHarness> {
  const clock = manualClock(T0);
  const harness = await createHarness("xiaoe", { clock, rateLimits: false, credentials: { xiaoe: [OTHER_APP] }, ...options });
  const token = async (app: App = DEMO_APP) => {
    const res = await harness.call({ path: PATHS.token, query: tokenParams(app) });
    if (res.json.code !== 0) throw new Error(`GET /token refused: ${JSON.stringify(res.json)} (${res.reason})`);
    return res.json.data.access_token as string;
  };
  const post = <T>(path: string, json: unknown, init: { query?: Record<string, string>; headers?: Record<string, string> } = {}) =>
    harness.call<T>({ method: "POST", path, json, query: init.query, headers: init.headers });
  return { ...harness, clock, token, post };
}

/** Replaces the doc's placeholder token and live id (`xe_xxxxx`, `l_xxxxx`, also inside child_tasks) with real ones. */
export function sendable(body: Body, accessToken: string, aliveId = DEMO_LIVE): Body {
  const out: Body = { ...body };
  if (out.access_token === "xe_xxxxx") out.access_token = accessToken;
  if (out.alive_id === "l_xxxxx") out.alive_id = aliveId;
  if (typeof out.child_tasks === "string") out.child_tasks = out.child_tasks.replaceAll('"l_xxxxx"', JSON.stringify(aliveId));
  return out;
}

/**
 * A GET with a JSON body to a listening server, as Python's `requests.get(url, data=json)` and Go's
 * `http.NewRequest("GET", url, body)` send it (fetch refuses GET bodies), with the decoded
 * `x-livemock-reason` and `x-livemock-warning`.
 */
export function getWithJsonBody(url: string, json: unknown): Promise<{ status: number; json: any; reason: string | null; warning: string | null }> {
  const body = Buffer.from(JSON.stringify(json));
  const decoded = (value: string | string[] | undefined) => (typeof value === "string" ? decodeURIComponent(value) : null);
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "GET", headers: { "content-type": "application/json", "content-length": String(body.length) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, json: JSON.parse(text), reason: decoded(res.headers["x-livemock-reason"]), warning: decoded(res.headers["x-livemock-warning"]) });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}
