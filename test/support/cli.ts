import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { repoPath } from "./vendors.ts";

/** A livemock CLI process started the way a user starts it (`npx livemock serve ...`). */
export interface CliServer {
  url: string;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  child: ChildProcessWithoutNullStreams;
}

/**
 * Spawns `bin/livemock.js <command>` (default `serve`; also `proxy`, `replay`) with the given
 * arguments and resolves once it prints its URL ("listening on http://...").
 * Rejects (and kills the process) if it does not listen within `timeoutMs`.
 */
export function startCli(args: string[], env: Record<string, string> = {}, timeoutMs = 15_000, command = "serve"): Promise<CliServer> {
  const child = spawn(process.execPath, [repoPath("bin/livemock.js"), command, ...args], {
    cwd: repoPath(""),
    env: { ...process.env, ...env },
  });
  let out = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`livemock did not start within ${timeoutMs} ms; output:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          output: () => out,
          child,
          stop: (signal = "SIGTERM") => {
            child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`livemock exited with ${code} before listening; output:\n${out}`));
    });
  });
}
