/**
 * The Redis store next to the in-memory one, in the same `npm run bench`: each create path served by
 * one replica over Redis, and by two replicas over the same Redis (the load split between them),
 * against the in-memory figure of the same run. Needs redis-server (started here on a free port).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { startBundledMock } from "./child-process.ts";
import type { BenchRequest } from "./scenarios.ts";

/** A redis-server on a free loopback port, without persistence; undefined when none is installed. */
async function startRedis(): Promise<{ url: string; stop(): void; flush(): Promise<void> } | undefined> {
  try {
    execFileSync("sh", ["-c", "command -v redis-server"], { stdio: "ignore" });
  } catch {
    return undefined;
  }
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
  const dir = mkdtempSync(join(tmpdir(), "livemock-bench-redis-"));
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const send = (command: string) =>
    new Promise<string>((resolve, reject) => {
      const conn = connect(port, "127.0.0.1");
      conn.once("error", reject);
      conn.once("connect", () => conn.write(`${command}\r\n`));
      conn.once("data", (data) => {
        conn.destroy();
        resolve(data.toString());
      });
    });
  for (let i = 0; ; i++) {
    try {
      if ((await send("PING")).startsWith("+PONG")) break;
    } catch {
      if (i > 100) throw new Error("redis-server did not start");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url: `redis://127.0.0.1:${port}/0`,
    stop: () => {
      child.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
    flush: async () => {
      await send("FLUSHALL");
    },
  };
}

/** Requests per second of `request` sent to every url at once, `connections` split between them. */
async function rpsOver(urls: string[], request: BenchRequest, seconds: number, connections: number): Promise<{ rps: number; non2xx: number; p99: number }> {
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({
        url: `${url}${request.path}`,
        method: request.method,
        headers: request.headers,
        body: request.body,
        connections: Math.max(1, Math.round(connections / urls.length)),
        duration: seconds,
      }),
    ),
  );
  return { rps: results.reduce((sum, r) => sum + r.requests.average, 0), non2xx: results.reduce((sum, r) => sum + r.non2xx, 0), p99: Math.max(...results.map((r) => r.latency.p99)) };
}

/**
 * Measures every scenario over Redis with one and two replicas; returns the rows to print.
 *
 * @example
 * rows.push(...(await redisStoreRows(scenarios, memoryRps, 5, 32)));
 */
export async function redisStoreRows(
  scenarios: readonly ((baseUrl: string) => Promise<BenchRequest>)[],
  memoryRps: ReadonlyMap<string, number>,
  seconds: number,
  connections: number,
): Promise<string[]> {
  const redis = await startRedis();
  if (!redis) return ["store: redis-server is not installed: the Redis store was not measured (apt-get install redis-server)"];
  const rows = [`store: in memory vs Redis (${redis.url.replace(/\/0$/, "")}, same run; rate limits off; two replicas share the load)`];
  const fmt = (n: number) => n.toFixed(0).padStart(7);
  try {
    for (const scenario of scenarios) {
      const cells: string[] = [];
      let name = "";
      let memory = 0;
      for (const count of [1, 2]) {
        await redis.flush();
        const replicas = [];
        for (let i = 0; i < count; i++) replicas.push(await startBundledMock(["--no-rate-limits", "--store", redis.url], i > 0));
        try {
          const urls = replicas.map((r) => r.url);
          const request = await scenario(urls[0]!);
          name = request.name;
          memory = memoryRps.get(request.name) ?? 0;
          await rpsOver(urls, request, 1, connections); // warm-up
          const m = await rpsOver(urls, request, seconds, connections);
          const warn = m.non2xx > 0 ? ` (${m.non2xx} non-2xx)` : "";
          cells.push(`redis x${count} ${fmt(m.rps)} req/s p99 ${m.p99.toFixed(1)} ms${warn}`);
        } finally {
          for (const r of replicas) r.child.kill("SIGTERM");
        }
      }
      rows.push(`${name.padEnd(40)} memory ${fmt(memory)} req/s | ${cells.join(" | ")}`);
    }
  } finally {
    redis.stop();
  }
  return rows;
}
