/**
 * Helpers of the shared-store tests: the Redis URL the global setup provides (a test fails, never
 * skips, without one), replicas started as real `livemock serve --store redis://...` processes, and
 * Xiaoe calls over HTTP.
 */
import { inject } from "vitest";
import { type CliServer, startCli } from "../support/cli.ts";

/**
 * The URL of the test Redis, database `db` (each test file takes its own so files can run in parallel).
 * Throws when there is no Redis: under CI (.ci/run installs it) and locally alike, a missing Redis fails.
 */
export function testRedisUrl(db: number): string {
  const base = inject("redisUrl");
  if (!base) throw new Error("no Redis for the shared-store tests: install redis-server (apt-get install redis-server) or set LIVEMOCK_TEST_REDIS_URL");
  return `${base}/${db}`;
}

/** Starts a replica on a free port over the shared store (tsx compiles on first start: allow time). */
export function startReplica(storeUrl: string, args: string[] = [], env: Record<string, string> = {}): Promise<CliServer> {
  return startCli(["--port", "0", "--store", storeUrl, ...args], env, 60_000);
}

export const XIAOE_APP = { app_id: "apptrfbbm2m8971", client_id: "livemock-client", secret_key: "livemock-xiaoe-secret", grant_type: "client_credential" };
export const DEMO_LIVE = "l_696ef6c1e4b0694c5b78ba7b";
export const XIAOE = {
  create: "/xe.alive.marketing.task.create/1.0.0",
  update: "/xe.alive.marketing.task.update/1.0.0",
  get: "/xe.alive.marketing.task.get/1.0.0",
  list: "/xe.alive.marketing.live_task_by_id/2.0.0",
} as const;

/** A task body valid whatever the date: watch `minutes` minutes, 100 points. */
export function taskBody(token: string, minutes = "3"): Record<string, unknown> {
  return {
    access_token: token,
    alive_id: DEMO_LIVE,
    start_at: "2030-03-01 00:00:00",
    end_at: "2030-03-03 00:00:00",
    task_module: 0,
    task_is_major: 0,
    task_type: 1,
    task_condition: minutes,
    reward_type: 1,
    reward_value: "100",
    rule_type: 0,
    rule_config: [],
  };
}

/** A fresh Xiaoe token from the replica at `url`. */
export async function xiaoeToken(url: string): Promise<string> {
  const res = await fetch(`${url}/token?${new URLSearchParams(XIAOE_APP)}`);
  const json = (await res.json()) as { code: number; data: { access_token: string } };
  if (json.code !== 0) throw new Error(`GET /token refused: ${JSON.stringify(json)}`);
  return json.data.access_token;
}

/** POSTs JSON to a Xiaoe path; the envelope, status and x-livemock-reason. */
export async function xiaoePost(url: string, path: string, body: unknown): Promise<{ status: number; json: any; reason: string | null }> {
  const res = await fetch(`${url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const reason = res.headers.get("x-livemock-reason");
  return { status: res.status, json: await res.json(), reason: reason === null ? null : decodeURIComponent(reason) };
}

/** Empties database `url` (its last path segment) before a test. */
export async function flushRedis(url: string): Promise<void> {
  const { Redis } = await import("ioredis");
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  await client.flushdb();
  client.disconnect();
}
