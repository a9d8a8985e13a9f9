/** Child processes for the bench scripts: start a server script and read its resources from /proc. */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Starts `node --import tsx <args>` from the repo root (the child's pid is the server's, for the
 * /proc readings) and resolves with the URL it prints as "listening on http://127.0.0.1:<port>".
 *
 * @example
 * const mock = await startChild(["src/cli.ts", "serve", "--port", "0", "--no-rate-limits"]);
 */
export function startChild(args: string[], env: Record<string, string> = {}, nodeFlags: readonly string[] = []): Promise<{ url: string; child: ChildProcess }> {
  return startNode([...nodeFlags, "--import", "tsx", ...args], env);
}

/** The V8 flags `npm start` runs the mock with (package.json, bin/livemock.js, Dockerfile). */
export const MOCK_NODE_FLAGS = ["--max-semi-space-size=2"] as const;

/**
 * Builds the bundle and starts `livemock serve` from it, as `npm start` does.
 *
 * @example
 * const mock = await startBundledMock(["--no-rate-limits"]);
 */
export function startBundledMock(args: string[], built = false): Promise<{ url: string; child: ChildProcess }> {
  if (!built) execFileSync(process.execPath, ["scripts/build.mjs", "--cli"], { cwd: root, stdio: "inherit" });
  return startNode([...MOCK_NODE_FLAGS, "bin/livemock.js", "serve", "--port", "0", ...args], {});
}

function startNode(nodeArgs: string[], env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, nodeArgs, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve({ url: match[1]!, child });
    });
    child.once("exit", (code) => reject(new Error(`node ${nodeArgs.join(" ")} exited with ${code}: ${out}`)));
  });
}

/** CPU time (user + system, ms) a process has used so far, from /proc; undefined off Linux. */
export function cpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Resident set size of a process in MB, from /proc (undefined off Linux). */
export function rssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}
