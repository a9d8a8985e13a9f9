/**
 * `livemock contract` as a function (the CLI calls it): usage errors, `--target real` without
 * credentials, `--help` listing what each scenario creates, and `--junit` writing well-formed XML
 * with the failures. Spawned-CLI tests are in test/cli/contract.test.ts.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type ContractCommandIo, runContractCommand } from "../../src/runner/command.ts";
import type { ContractReport } from "../../src/runner/types.ts";
import { emptyPolyvPage, inProcessTarget, rewritingFetch, xmlProblem } from "./support.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function capture(env: Record<string, string> = {}, extra: Partial<ContractCommandIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ContractCommandIo = { env, out: (t) => out.push(t), err: (t) => err.push(t), ...extra };
  return { io, out: () => out.join("\n"), err: () => err.join("\n") };
}

describe("livemock contract (command)", () => {
  it("--target real without credentials names every missing variable and exits 2, before any call", async () => {
    let called = false;
    const run = capture(
      { POLYV_APP_ID: "someapp" },
      {
        fetch: async () => {
          called = true;
          return new Response("{}");
        },
      },
    );
    expect(await runContractCommand(["--target", "real"], run.io)).toBe(2);
    expect(run.err()).toContain("missing environment variables: POLYV_APP_SECRET, XIAOE_APP_ID, XIAOE_CLIENT_ID, XIAOE_SECRET_KEY, VOLC_ACCESSKEY, VOLC_SECRETKEY");
    expect(run.err()).not.toContain("POLYV_APP_ID,");
    expect(called).toBe(false);

    const volc = capture();
    expect(await runContractCommand(["--vendor", "volcengine", "--target", "real"], volc.io)).toBe(2);
    expect(volc.err()).toMatch(/missing environment variables: VOLC_ACCESSKEY, VOLC_SECRETKEY$/);
  });

  it("refuses unknown vendors, targets and options with exit 2", async () => {
    expect(await runContractCommand(["--vendor", "douyin"], capture().io)).toBe(2);
    expect(await runContractCommand(["--target", "localhost:4010"], capture().io)).toBe(2);
    expect(await runContractCommand(["--channel", "abc"], capture().io)).toBe(2);
    const unknown = capture();
    expect(await runContractCommand(["--vendor", "polyv", "--scenario", "xiaoe/errors"], unknown.io)).toBe(2);
    expect(unknown.err()).toContain("known: polyv/task-reward, polyv/lottery, polyv/channel, polyv/results, polyv/errors");
  });

  it("--help lists every scenario and what it creates", async () => {
    const help = capture();
    expect(await runContractCommand(["--help"], help.io)).toBe(0);
    for (const id of [
      "polyv/task-reward",
      "polyv/lottery",
      "polyv/channel",
      "polyv/results",
      "polyv/errors",
      "xiaoe/live-task",
      "xiaoe/errors",
      "volcengine/red-packet",
      "volcengine/errors",
      "volcengine/red-packet-results",
      "volcengine/callbacks",
    ])
      expect(help.out()).toContain(id);
    expect(help.out()).toContain("creates: 1 lottery activity");
    expect(help.out()).toContain("Xiaoe has no delete API");
    expect(help.out()).toContain("creates: nothing (read-only calls)");
  });

  it("prints progress and a summary, --junit writes well-formed XML and --json the report with the failures (exit 1)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "livemock-contract-"));
    dirs.push(dir);
    const { fetch } = inProcessTarget();
    const lenient = rewritingFetch(fetch, (url, answer) => {
      if (answer.json?.error?.code === 20002) return { status: 200, json: emptyPolyvPage };
      if (url.pathname.endsWith("/task-reward-activity/save")) return { ...answer, json: { ...answer.json, data: `<${answer.json.data}&>` } };
      return undefined;
    });
    const run = capture({}, { fetch: lenient, cwd: dir });
    const code = await runContractCommand(["--vendor", "polyv", "--target", "http://livemock.test", "--junit", "reports/contract.xml", "--json", "reports/contract.json"], run.io);
    expect(code).toBe(1);
    expect(run.out()).toMatch(/✓ create a lottery activity on channel 2974342 {2}\[createLotteryActivity 200\] {2}\d+ ms/);
    expect(run.out()).toContain('type-changed: response of polyv saveTaskRewardActivity (HTTP 200) violates specs/polyv.yaml at $.data: expected must be integer, actual "<');
    expect(run.out()).toMatch(/polyv\/errors\s+FAIL\s+3\s+2\s+1/);
    expect(run.out()).toContain("FAILED: 2 of 5 scenarios (2 of 26 steps) against http://livemock.test");

    const xml = await readFile(join(dir, "reports/contract.xml"), "utf8");
    expect(xmlProblem(xml)).toBeUndefined();
    expect(xml).toContain('<testsuites name="livemock contract" tests="26" failures="2"');
    expect(xml).toContain('<testsuite name="polyv/lottery" tests="7" failures="0"');
    expect(xml).toMatch(
      /<testcase classname="livemock\.contract\.polyv\.task-reward" name="save a task-reward activity on channel 4854808" time="[\d.]+">\s*<failure message="type-changed: response of polyv saveTaskRewardActivity \(HTTP 200\) violates specs\/polyv\.yaml at \$\.data: expected must be integer, actual &quot;&lt;\d+&amp;&gt;&quot; \(string\)" type="type-changed">/,
    );
    expect(xml).toContain("$.error.code: expected the vendor&apos;s error");

    const json = JSON.parse(await readFile(join(dir, "reports/contract.json"), "utf8")) as ContractReport;
    const violations = json.scenarios.flatMap((s) => s.steps.flatMap((step) => step.violations));
    expect(violations.map((v) => [v.kind, v.operation, v.path])).toEqual([
      ["type-changed", "saveTaskRewardActivity", "$.data"],
      ["vendor-accepts", "listLotteryActivities", "$.error.code"],
    ]);
  });

  it("exits 0 when everything passes", async () => {
    const { fetch } = inProcessTarget();
    const run = capture({}, { fetch });
    expect(await runContractCommand(["--vendor", "xiaoe", "--target", "http://livemock.test", "--alive-id", "l_696ef6c1e4b0694c5b78ba7b"], run.io)).toBe(0);
    expect(run.out()).toContain("PASSED: 3 scenarios, 10 steps against http://livemock.test");
    expect(run.out()).toContain("xiaoe: livemock demo credentials");
  });
});

describe("the JUnit check itself", () => {
  it("rejects broken XML", () => {
    expect(xmlProblem('<?xml version="1.0"?>\n<a><b></a>')).toMatch(/wrong element/);
    expect(xmlProblem("<a>x & y</a>")).toMatch(/entity/);
    expect(xmlProblem('<a x="1"><b/></a>')).toBeUndefined();
  });
});
