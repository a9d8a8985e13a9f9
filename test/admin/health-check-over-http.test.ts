/**
 * The health check is answered straight from node:http (no web stack, so it answers as soon as the
 * server listens), and the rest of the control plane loads @hono/node-server on first use. Both must
 * answer exactly as the in-process app does, including for the first calls after start.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Status, content type and body of one call, over HTTP and in-process, side by side. */
async function both(running: RunningServer, path: string, init: RequestInit = {}) {
  const read = async (response: Response) => ({ status: response.status, type: response.headers.get("content-type"), body: await response.text() });
  const overHttp = await read(await fetch(`${running.url}${path}`, init));
  const inProcess = await read(await running.app.request(path, init));
  return { overHttp, inProcess };
}

/** A health body with its uptime replaced by its type (the two answers come a few ms apart). */
function withoutUptime(body: string): unknown {
  const parsed = JSON.parse(body) as Record<string, unknown>;
  return { ...parsed, uptimeMs: typeof parsed.uptimeMs };
}

describe("checking health over HTTP", () => {
  it("answers GET /__livemock/health as the in-process app does, with or without a query", async () => {
    server = await startServer({ port: 0 });
    for (const path of ["/__livemock/health", "/__livemock/health?probe=1"]) {
      const { overHttp, inProcess } = await both(server, path);
      expect(overHttp.status).toBe(200);
      expect(overHttp.type).toBe(inProcess.type);
      expect(withoutUptime(overHttp.body)).toEqual(withoutUptime(inProcess.body));
      expect(withoutUptime(overHttp.body)).toEqual({ status: "ok", service: "livemock", vendors: ["polyv", "xiaoe", "volcengine"], strict: false, uptimeMs: "number", store: "memory" });
    }
  });

  it("leaves HEAD, other methods and other spellings of the path to the control plane, as before", async () => {
    server = await startServer({ port: 0 });
    const cases: [string, RequestInit][] = [
      ["/__livemock/health", { method: "HEAD" }],
      ["/__livemock/health", { method: "POST" }],
      ["/__livemock/health/", {}],
      ["/__livemock/healthz", {}],
      ["/__livemock/HEALTH", {}],
    ];
    for (const [path, init] of cases) {
      const { overHttp, inProcess } = await both(server, path, init);
      expect({ path, method: init.method, status: overHttp.status }).toEqual({ path, method: init.method, status: inProcess.status });
      expect(overHttp.type).toBe(inProcess.type);
    }
  });

  it("reports uptime on the mock clock, as the admin route does", async () => {
    server = await startServer({ port: 0 });
    await server.app.request("/__livemock/clock/advance", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ hours: 2 }) });
    const health = (await (await fetch(`${server.url}/__livemock/health`)).json()) as { uptimeMs: number };
    expect(health.uptimeMs).toBeGreaterThanOrEqual(2 * 3_600_000);
  });
});

describe("the first control-plane calls after start", () => {
  it("are all answered when they arrive together, while the web stack is still loading", async () => {
    server = await startServer({ port: 0 });
    const url = server.url;
    const calls = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0 ? fetch(`${url}/__livemock/requests?limit=1`) : i % 3 === 1 ? fetch(`${url}/__livemock/dashboard.js`) : fetch(`${url}/no-such-vendor-path-${i}`),
    );
    const answers = await Promise.all(calls);
    expect(answers.map((r) => r.status)).toEqual(Array.from({ length: 30 }, (_, i) => (i % 3 === 2 ? 404 : 200)));
    const types = answers.map((r) => r.headers.get("content-type") ?? "");
    expect(types.filter((t, i) => i % 3 === 1 && !t.includes("javascript"))).toEqual([]);
    expect(types.filter((t, i) => i % 3 !== 1 && !t.includes("application/json"))).toEqual([]);
    for (const answer of answers) await answer.text();
  });
});
