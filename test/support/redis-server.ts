/**
 * Redis for the tests of the shared store. `.ci/run` starts one redis-server on a free loopback
 * port and exports LIVEMOCK_TEST_REDIS_URL; without it, the vitest global setup
 * (test/support/redis-global-setup.ts) starts one the same way. A missing redis-server makes these
 * tests fail, never skip: `apt-get install redis-server`.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once("error", reject);
  });
}

/** The redis-server binary, or undefined when none is installed. */
export function redisServerBinary(): string | undefined {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A redis-server the test controls: stop it and start it again on the same port and data. */
export interface TestRedis {
  url: string;
  port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it and removes its data directory. */
  dispose(): Promise<void>;
}

/**
 * Starts redis-server on a free loopback port, with an append-only file in a fresh directory (so a
 * restart keeps the data, as a real deployment's Redis would).
 *
 * @example
 * const redis = await startTestRedis();
 * await redis.stop(); await redis.start();
 */
export async function startTestRedis(): Promise<TestRedis> {
  const binary = redisServerBinary();
  if (!binary) throw new Error("redis-server is not installed: the shared-store tests need it (apt-get install redis-server; .ci/run installs it)");
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "livemock-redis-"));
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--appendfsync", "always", "--save", ""], { stdio: "ignore" });
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (await answers(port)) return;
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port} within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    dispose: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** True when a Redis answers PING on the port. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const conn = connect(port, "127.0.0.1");
    conn.once("error", () => resolve(false));
    conn.once("connect", () => conn.write("PING\r\n"));
    conn.once("data", (data) => {
      resolve(data.toString().startsWith("+PONG"));
      conn.destroy();
    });
  });
}
