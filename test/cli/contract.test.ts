/**
 * A user runs `livemock contract` from the command line: it passes against a listening livemock,
 * and fails with precise violation messages (and JUnit XML) against a deliberately wrong upstream,
 * a small node:http server that gives a Polyv success envelope with a wrong field type and accepts
 * a bad signature.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockApp } from "../../src/mock/app.ts";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";
import { xmlProblem } from "../contract/support.ts";
import { repoPath } from "../support/vendors.ts";

/** Runs `node bin/livemock.js contract ...` to completion. */
function contract(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [repoPath("bin/livemock.js"), "contract", ...args], {
    cwd: repoPath(""),
    env: { ...process.env, POLYV_APP_ID: "", POLYV_APP_SECRET: "", XIAOE_APP_ID: "", VOLC_ACCESSKEY: "", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, stdout, stderr })));
}

/** A wrong Polyv: livemock underneath, but `data` of save turned into a string and bad signatures accepted. */
function wrongUpstream(): Promise<{ url: string; server: Server }> {
  const app = createMockApp({ rateLimits: false });
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const answer = await app.fetch(new Request(`http://upstream${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, ...(body.length ? { body } : {}) }));
    let status = answer.status;
    const json = (await answer.json()) as Record<string, any>;
    let out: unknown = json;
    if (req.url?.startsWith("/live/v4/channel/task-reward-activity/save")) out = { ...json, data: String(json.data) };
    if (json.error?.code === 20002) {
      status = 200;
      out = { code: 200, status: "success", requestId: "0123456789abcdef0123456789abcdef", success: true, data: { pageNumber: 1, pageSize: 10, totalPages: 0, totalItems: 0, contents: [] } };
    }
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(out));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

type Run = Awaited<ReturnType<typeof contract>>;
let mock: RunningServer;
let wrong: { url: string; server: Server };
let dir: string;
let passing: Run;
let failing: Run;
// Both CLI runs start at once (each pays the tsx start-up); the tests then read their results.
beforeAll(async () => {
  [mock, wrong, dir] = await Promise.all([startServer({ port: 0 }), wrongUpstream(), mkdtemp(join(tmpdir(), "livemock-cli-contract-"))]);
  [passing, failing] = await Promise.all([contract(["--vendor", "all", "--target", mock.url]), contract(["--vendor", "polyv", "--target", wrong.url, "--junit", join(dir, "contract.xml")])]);
}, 60_000); // 57 steps through a child process: ~19 s on a loaded 2-core machine
afterAll(async () => {
  await Promise.all([mock.close(), new Promise((done) => wrong.server.close(done)), rm(dir, { recursive: true, force: true })]);
});

describe("livemock contract (CLI)", () => {
  it("passes against `livemock serve` (startServer on port 0) with exit code 0", () => {
    const run = passing;
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`livemock contract against ${mock.url}`);
    expect(run.stdout).toMatch(/✓ save a task-reward activity on channel 4854808 {2}\[saveTaskRewardActivity 200\] {2}(\d+ ms|\d+\.\d\d s)/); // a cold first call on a loaded machine can take over a second
    expect(run.stdout).toMatch(/volcengine\/red-packet\s+pass\s+7\s+7\s+0/);
    expect(run.stdout).toContain(`PASSED: 12 scenarios, 57 steps against ${mock.url}`);
    expect(run.code).toBe(0);
  });

  it("fails against a wrong upstream with precise violations, JUnit XML, and exit code 1", async () => {
    const run = failing;
    expect(run.stdout).toMatch(/type-changed: response of polyv saveTaskRewardActivity \(HTTP 200\) violates specs\/polyv\.yaml at \$\.data: expected must be integer, actual "\d+" \(string\)/);
    expect(run.stdout).toContain(
      "vendor-accepts: response of polyv listLotteryActivities (HTTP 200) breaks the scenario's expectation at $.error.code: expected the vendor's error ($.error.code 20002 (integer), HTTP status 400 (integer)), actual a success envelope",
    );
    expect(run.stdout).toContain(`FAILED: 2 of 5 scenarios (2 of 26 steps) against ${wrong.url}`);
    expect(run.code).toBe(1);
    const xml = await readFile(join(dir, "contract.xml"), "utf8");
    expect(xmlProblem(xml)).toBeUndefined();
    expect(xml).toContain('tests="26" failures="2"');
    expect(xml.match(/<failure /g)).toHaveLength(2);
  });
});
