/**
 * `npm run startup`: cold start of `livemock serve`, measured from process spawn to the first 2xx
 * on `/__livemock/health` (the port is read from the banner, then the health check is polled every
 * 2 ms), STARTUP_RUNS times (default 10). Prints min/median/max against the target, and the
 * resident memory of the last server once it answers. STARTUP_FROM chooses what starts:
 * - `bundle` (default): `bin/livemock.js` as `npm start` runs it, from the bundle built first (250 ms target);
 * - `sources`: the TypeScript sources through tsx;
 * - `installed`: `node_modules/.bin/livemock` of the package packed and installed into a fresh
 *   project (test/support/installed-package.ts), as a user of the npm package runs it (500 ms target).
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { type InstalledPackage, packAndInstall } from "../test/support/installed-package.ts";

const runs = Number(process.env.STARTUP_RUNS ?? 10);
const root = fileURLToPath(new URL("..", import.meta.url));
const from = process.env.STARTUP_FROM ?? "bundle";
if (!["bundle", "sources", "installed"].includes(from)) throw new Error(`STARTUP_FROM must be bundle, sources or installed, got ${from}`);
const targetMs = from === "installed" ? 500 : 250;
/** What to spawn, with its arguments and working directory (set in main for an installed package). */
let launch =
  from === "sources"
    ? { file: process.execPath, args: ["--import", "tsx", "src/cli.ts", "serve", "--port", "0"], cwd: root }
    : { file: process.execPath, args: ["bin/livemock.js", "serve", "--port", "0"], cwd: root };

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
  const child = spawn(launch.file, launch.args, { cwd: launch.cwd, stdio: ["ignore", "pipe", "inherit"] });
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
  let installed: InstalledPackage | undefined;
  if (from === "bundle") execFileSync(process.execPath, ["scripts/build.mjs", "--cli"], { cwd: root, stdio: "inherit" });
  if (from === "installed") {
    installed = await packAndInstall(root);
    launch = { file: installed.bin, args: ["serve", "--port", "0"], cwd: installed.project };
  }
  console.log(`livemock startup: ${runs} cold starts of \`${launch.file} ${launch.args.join(" ")}\` to the first 2xx on /__livemock/health, node ${process.version}`);
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
  installed?.remove();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
