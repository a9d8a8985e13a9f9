/**
 * The examples README shows (examples/*) run as a user runs them, against `livemock serve`.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliServer, startCli } from "../support/cli.ts";
import { repoPath } from "../support/vendors.ts";

const run = promisify(execFile);
let server: CliServer;
beforeAll(async () => {
  server = await startCli(["--port", "0"]);
});
afterAll(() => server?.stop("SIGKILL"));

const env = () => ({ ...process.env, LIVEMOCK_URL: server.url });

describe("README examples", () => {
  it("examples/polyv-lottery.sh creates a lottery with a sign computed in the shell", async () => {
    const { stdout } = await run("bash", [repoPath("examples/polyv-lottery.sh")], { env: env() });
    expect(JSON.parse(stdout)).toMatchObject({ code: 200, status: "success", success: true, data: { id: 20521, lotteryCondition: "none" } });
  });

  it("examples/xiaoe-task.sh gets a token and creates a live task", async () => {
    const { stdout } = await run("bash", [repoPath("examples/xiaoe-task.sh")], { env: env() });
    expect(JSON.parse(stdout)).toMatchObject({ code: 0, msg: "操作成功", data: { task_id: 1975339, alive_id: "l_696ef6c1e4b0694c5b78ba7b" } });
  });

  it("examples/volcengine-sdk.ts creates a red packet through the official SDK", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", repoPath("examples/volcengine-sdk.ts")], { env: env(), cwd: repoPath("") });
    expect(JSON.parse(stdout)).toMatchObject({ ResponseMetadata: { Action: "CreateActivityRedPacket" }, Result: { ID: 1825100000340169 } });
  });
});
