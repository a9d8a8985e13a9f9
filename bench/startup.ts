/**
 * `npm run startup`: cold start of `livemock serve` as `npm start` and `npx livemock` run it (the
 * bundle from scripts/build.mjs, built first; STARTUP_FROM=sources measures the tsx path instead),
 * measured from process spawn to the first 2xx
 * on `/__livemock/health` (the port is read from the banner, then the health check is polled every
 * 2 ms), STARTUP_RUNS times (default 10). Prints min/median/max against the 250 ms target, and the
 * resident memory of the last server once it answers.
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { fileURLToPath } from "node:url";

const runs = Number(process.env.STARTUP_RUNS ?? 10);
const targetMs = 250;
const root = fileURLToPath(new URL("..", import.meta.url));
const fromSources = process.env.STARTUP_FROM === "sources";
const command = fromSources ? ["--import", "tsx", "src/cli.ts", "serve", "--port", "0"] : ["bin/livemock.js", "serve", "--port", "0"];

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(`${url}/__livemock/health`, (res) => {
      res.resume();
      resolve(res.statusCode !== undefined && res.statusCode >= 200 && res.statusCode < 300);
    });
    req.on("error", () => resolve(false));
    req.end();
  });
}

async function once(): Promise<{ ms: number; rssMb?: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, command, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once("exit", (code) => reject(new Error(`livemock serve exited with ${code}: ${out}`)));
    });
    while (!(await healthy(url))) await new Promise((r) => setTimeout(r, 2));
    const ms = performance.now() - started;
    let rssMb: number | undefined;
    try {
      rssMb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1]) / 1024;
    } catch {
      rssMb = undefined;
    }
    return { ms, rssMb };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode === null ? child.once("exit", r) : r(undefined)));
  }
}

async function main(): Promise<void> {
  if (!fromSources) execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });
  console.log(`livemock startup: ${runs} cold starts of \`node ${command.join(" ")}\` to the first 2xx on /__livemock/health, node ${process.version}`);
  const times: number[] = [];
  let rss: number | undefined;
  for (let i = 0; i < runs; i++) {
    const run = await once();
    times.push(run.ms);
    rss = run.rssMb ?? rss;
  }
  times.sort((a, b) => a - b);
  const median = times.length % 2 ? times[(times.length - 1) / 2]! : (times[times.length / 2 - 1]! + times[times.length / 2]!) / 2;
  console.log(`min ${times[0]!.toFixed(0)} ms  median ${median.toFixed(0)} ms  max ${times.at(-1)!.toFixed(0)} ms  (target <= ${targetMs} ms: ${median <= targetMs ? "met" : "MISSED"} by the median)`);
  if (rss !== undefined) console.log(`RSS once healthy: ${rss.toFixed(1)} MB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
