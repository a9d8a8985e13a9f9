/**
 * The durability promise of --data-dir: a livemock process killed with SIGKILL in the middle of a
 * burst of creates restarts with every create it acknowledged (2xx) before it died.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { signPolyvQuery } from "../../src/contracts/polyv/index.ts";
import { LOTTERY_BODY, POLYV } from "./support.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "livemock-kill-"));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

function serve(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "serve", "--port", "0", "--no-rate-limits", "--data-dir", dataDir], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (match) resolve({ url: match[1]!, child });
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("exit", (code, signal) => reject(new Error(`livemock exited (${code ?? signal}) before listening: ${out}`)));
  });
}

async function create(url: string): Promise<number | undefined> {
  const query = new URLSearchParams(signPolyvQuery({ channelId: 2974342 }, { appId: POLYV.appId, appSecret: POLYV.appSecret, timestamp: Date.now() }));
  try {
    const res = await fetch(`${url}/live/v4/channel/lottery-activity/create?${query}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(LOTTERY_BODY) });
    if (res.status < 200 || res.status >= 300) return undefined;
    return ((await res.json()) as { data: { id: number } }).data.id;
  } catch {
    return undefined; // the process died under this request: not acknowledged
  }
}

describe("livemock serve --data-dir, killed with SIGKILL during a write burst", () => {
  it("restarts with every create it acknowledged", async () => {
    const first = await serve();
    const acked: number[] = [];
    let killed = false;
    const worker = async () => {
      while (!killed) {
        const id = await create(first.url);
        if (id !== undefined) acked.push(id);
        if (acked.length >= 300 && !killed) {
          killed = true;
          first.child.kill("SIGKILL"); // other workers' requests are in flight right now
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    // The child may be gone already (the workers' failing requests take time): only wait if it is not.
    if (first.child.exitCode === null && first.child.signalCode === null) await new Promise((resolve) => first.child.once("exit", resolve));
    expect(acked.length).toBeGreaterThanOrEqual(300);

    const second = await serve();
    try {
      const state = (await (await fetch(`${second.url}/__livemock/state?vendor=polyv&owner=${POLYV.appId}`)).json()) as any;
      const stored = new Set<number>(state.vendors.polyv[POLYV.appId].lottery.map((l: { id: string }) => Number(l.id)));
      const lost = acked.filter((id) => !stored.has(id));
      expect(lost, `acknowledged creates missing after the restart`).toEqual([]);
      // and readable through the vendor's own API
      const last = Math.max(...acked);
      const query = new URLSearchParams(signPolyvQuery({ channelId: 2974342, id: last }, { appId: POLYV.appId, appSecret: POLYV.appSecret, timestamp: Date.now() }));
      const got = await fetch(`${second.url}/live/v4/channel/lottery-activity/get?${query}`);
      expect(got.status).toBe(200);
      // ids keep counting after the last one stored
      expect(await create(second.url)).toBe(Math.max(...stored) + 1);
    } finally {
      second.child.kill("SIGKILL");
    }
  });
});
