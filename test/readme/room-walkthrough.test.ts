/**
 * The README's live-room walkthrough (examples/room-walkthrough.sh) runs as a user runs it, against
 * its own `livemock serve` (it freezes and advances the clock).
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliServer, startCli } from "../support/cli.ts";
import { repoPath } from "../support/vendors.ts";

const run = promisify(execFile);
let server: CliServer;
beforeAll(async () => {
  server = await startCli(["--port", "0"], {}, 60_000);
}, 90_000);
afterAll(() => server?.stop("SIGKILL"));

describe("README live-room walkthrough", () => {
  it("creates a lottery, plays a room that draws it, and reads three winners back", { timeout: 60_000 }, async () => {
    const { stdout } = await run("bash", [repoPath("examples/room-walkthrough.sh")], { env: { ...process.env, LIVEMOCK_URL: server.url } });
    const [events, draws] = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events.events).toHaveLength(3);
    expect(events.events.every((e: any) => e.type === "lottery.won" && e.data.prize === "键盘")).toBe(true);
    expect(draws).toMatchObject({ code: 200, data: { totalItems: 1, contents: [{ channelId: 4854808, amount: 3, winnerCount: 3 }] } });
  });
});
