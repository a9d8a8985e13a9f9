/**
 * A user runs `livemock proxy` from the command line in front of a (fake) vendor, stops it with
 * SIGTERM and gets the drift summary, drift.json and drift.junit.xml; later `livemock drift <dir>`
 * prints the same report as JSON, JUnit or text (and a seed file), and `livemock replay <dir>`
 * answers with what was recorded.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signPolyvQuery } from "../../src/contracts/polyv/index.ts";
import { parseYaml } from "../../src/mock/seed-file.ts";
import type { DriftReport } from "../../src/proxy/types.ts";
import { xmlProblem } from "../contract/support.ts";
import { DEMO, type FakeUpstream, fakeUpstream, mockApp, verifiers } from "../proxy/support.ts";
import { startCli } from "../support/cli.ts";
import { repoPath } from "../support/vendors.ts";

/** Runs `node bin/livemock.js <args>` to completion. */
function livemock(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [repoPath("bin/livemock.js"), ...args], { cwd: repoPath("") });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, stdout, stderr })));
}

const signedList = () => `/live/v4/channel/lottery-activity/list?${new URLSearchParams(signPolyvQuery({ channelId: 2974342 }, { ...DEMO.polyv, timestamp: Date.now() }))}`;

let upstream: FakeUpstream;
let dir: string;
let proxied: unknown;
let proxyRun: { code: number | null; output: string };
type Run = Awaited<ReturnType<typeof livemock>>;
let json: Run;
let junit: Run;
let seeded: Run;
let usage: Run;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "livemock-cli-proxy-"));
  // A Polyv whose answers carry a field the spec does not declare.
  upstream = await fakeUpstream(verifiers.polyv, (_arrived, mocked) => ({ ...mocked!, json: { ...(mocked!.json as object), traceId: "t-1" } }), mockApp());
  const proxy = await startCli(["--vendor", "polyv", "--upstream", upstream.url, "--port", "0", "--record", dir], {}, 20_000, "proxy");
  const response = await fetch(`${proxy.url}${signedList()}`);
  proxied = await response.json();
  const code = await proxy.stop("SIGTERM");
  proxyRun = { code, output: proxy.output() };
  // Each run pays the CLI's start-up: all at once.
  [json, junit, seeded, usage] = await Promise.all([
    livemock(["drift", dir, "--format", "json"]),
    livemock(["drift", dir, "--format", "junit"]),
    livemock(["drift", dir, "--seed-file", join(dir, "seed.yaml")]),
    livemock(["drift", "--format", "xml", dir]),
  ]);
});
afterAll(async () => {
  await upstream.close();
  await rm(dir, { recursive: true, force: true });
});

describe("livemock proxy / drift / replay (CLI)", () => {
  it("proxy: forwards, and at SIGTERM prints the summary and writes drift.json and drift.junit.xml (exit 0)", async () => {
    expect(proxyRun.output).toMatch(/livemock proxy: polyv requests to http:\/\/127\.0\.0\.1:\d+\/, listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(proxyRun.output).toContain("livemock proxy: SIGTERM, finishing the exchanges in flight");
    expect(proxyRun.output).toContain("#0001 unknown-field: response of polyv listLotteryActivities (HTTP 200) violates specs/polyv.yaml at $.traceId");
    expect(proxyRun.output).toContain(`DRIFT: 1 entry of 1 kind in 1 of 1 exchanges (record: ${dir})`);
    expect(proxyRun.output).toContain(`drift.json and drift.junit.xml written to ${dir}`);
    expect(proxyRun.code).toBe(0);
    expect(upstream.arrived.map((a) => a.signatureOk)).toEqual([true]);
    expect((proxied as any).traceId).toBe("t-1");

    const report = JSON.parse(await readFile(join(dir, "drift.json"), "utf8")) as DriftReport;
    expect(report).toMatchObject({ vendor: "polyv", exchanges: 1, operations: { listLotteryActivities: { calls: 1, drift: 1 } } });
    const xml = await readFile(join(dir, "drift.junit.xml"), "utf8");
    expect(xmlProblem(xml)).toBeUndefined();
    expect(xml).toContain('<testcase classname="livemock.drift.polyv" name="listLotteryActivities (1 call)">');
    expect(xml).toContain('type="unknown-field"');
  });

  it("drift <dir> --format json prints the same report (exit 1: there is drift); --format junit the XML", async () => {
    expect(json.stderr).toBe("");
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as DriftReport;
    expect(report.drift).toEqual([expect.objectContaining({ exchange: 1, operation: "listLotteryActivities", kind: "unknown-field", path: "$.traceId", side: "response" })]);
    expect(report).toEqual({ ...(JSON.parse(await readFile(join(dir, "drift.json"), "utf8")) as DriftReport), endedAt: report.endedAt });
    expect(xmlProblem(junit.stdout.trim())).toBeUndefined();
    expect(junit.stdout).toContain('failures="1"');
  });

  it("drift <dir> --seed-file writes a seed file; the text report names where it comes from", async () => {
    const run = seeded;
    expect(run.stdout).toContain("DRIFT: 1 entry of 1 kind in 1 of 1 exchanges");
    expect(run.stdout).toContain("seed file written to");
    // A list creates nothing: an empty seed file, still loadable.
    expect(parseYaml(await readFile(join(dir, "seed.yaml"), "utf8"))).toEqual({});
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--format must be text, json or junit");
  });

  it("replay <dir> answers with the recorded answer", async () => {
    const replay = await startCli([dir, "--port", "0"], {}, 20_000, "replay");
    try {
      const response = await fetch(`${replay.url}${signedList()}`);
      expect(response.headers.get("x-livemock-replay")).toBe("1");
      expect(await response.json()).toEqual(proxied);
    } finally {
      await replay.stop();
    }
  });
});
