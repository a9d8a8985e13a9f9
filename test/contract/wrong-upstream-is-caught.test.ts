/**
 * A deliberately wrong upstream makes the scenarios fail with precise violations: which operation,
 * request or response, the JSON path, expected vs actual; and a scenario that fails midway still
 * deletes what it created.
 */
import { describe, expect, it } from "vitest";
import { createPolyvClient } from "../../src/client/index.ts";
import { VENDOR_NAMES } from "../../src/contracts/vendor-name.ts";
import { runContract } from "../../src/runner/run.ts";
import { scenariosFor } from "../../src/runner/scenarios/index.ts";
import type { Violation } from "../../src/runner/types.ts";
import { formatViolation } from "../../src/runner/violations.ts";
import { type Answer, emptyPolyvPage, inProcessTarget, rewritingFetch } from "./support.ts";

const scenario = (id: string) => scenariosFor(VENDOR_NAMES).filter((s) => s.id === id);
const violationsOf = (report: Awaited<ReturnType<typeof runContract>>): Violation[] => report.scenarios.flatMap((s) => s.steps.flatMap((step) => step.violations));

describe("the contract against a wrong upstream", () => {
  it("names a wrong field type in a Polyv success envelope: operation, response, $.data, expected vs actual", async () => {
    const { target, fetch } = inProcessTarget();
    const wrong = rewritingFetch(fetch, (url, answer) => (url.pathname.endsWith("/task-reward-activity/save") ? { ...answer, json: { ...answer.json, data: String(answer.json.data) } } : undefined));
    const report = await runContract({ target, fetch: wrong, scenarios: scenario("polyv/task-reward") });
    expect(report.passed).toBe(false);
    const [violation, ...rest] = violationsOf(report);
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({
      vendor: "polyv",
      operation: "saveTaskRewardActivity",
      kind: "type-changed",
      side: "response",
      source: "spec",
      path: "$.data",
      expected: "must be integer",
      status: 200,
    });
    expect(violation!.actual).toMatch(/^"\d+" \(string\)$/);
    expect(formatViolation(violation!)).toMatch(
      /^type-changed: response of polyv saveTaskRewardActivity \(HTTP 200\) violates specs\/polyv\.yaml at \$\.data: expected must be integer, actual "\d+" \(string\)$/,
    );
    expect(report.scenarios[0]!.steps.map((s) => s.passed)).toEqual([false]);
  });

  it("names an HTTP 200 success where Polyv refuses a bad signature", async () => {
    const { target, fetch } = inProcessTarget();
    const lenient = rewritingFetch(fetch, (_url, answer) => (answer.json?.error?.code === 20002 ? { status: 200, json: emptyPolyvPage } : undefined));
    const report = await runContract({ target, fetch: lenient, scenarios: scenario("polyv/errors") });
    const steps = report.scenarios[0]!.steps;
    expect(steps.map((s) => s.passed)).toEqual([false, true, true]);
    expect(steps[0]!.violations).toEqual([
      expect.objectContaining({
        operation: "listLotteryActivities",
        kind: "vendor-accepts",
        side: "response",
        source: "scenario",
        path: "$.error.code",
        status: 200,
        expected: "the vendor's error ($.error.code 20002 (integer), HTTP status 400 (integer))",
        actual: expect.stringMatching(/^a success envelope with data \{"pageNumber":1/),
      }),
    ]);
  });

  it("names a wrong Volcengine error code and status (expected vs actual)", async () => {
    const { target, fetch } = inProcessTarget();
    const wrong = rewritingFetch(fetch, (_url, answer) => {
      const error = answer.json?.ResponseMetadata?.Error;
      return error?.Code === "InvalidTimestamp"
        ? { status: 401, json: { ...answer.json, ResponseMetadata: { ...answer.json.ResponseMetadata, Error: { ...error, Code: "SignatureDoesNotMatch", CodeN: 100010 } } } }
        : undefined;
    });
    const report = await runContract({ target, fetch: wrong, scenarios: scenario("volcengine/errors") });
    const violations = violationsOf(report);
    expect(violations.map((v) => [v.kind, v.path, v.expected, v.actual.split(" (")[0]])).toEqual([
      // livemock's catalogue: SignatureDoesNotMatch never says the signature expired
      [
        "unknown-error-message",
        "$.ResponseMetadata.Error.Message",
        expect.stringMatching(/^livemock's message for "SignatureDoesNotMatch": "The request signature we calculated/),
        '"The Signature of the request is expired."',
      ],
      // the scenario's expectation
      ["error-code-changed", "$.ResponseMetadata.Error.Code", '"InvalidTimestamp" (string)', '"SignatureDoesNotMatch"'],
      ["error-code-changed", "$.ResponseMetadata.Error.CodeN", "100006 (integer)", "100010"],
      ["status-changed", "HTTP status", "403 (integer)", "401"],
    ]);
  });

  it.each([
    {
      id: "polyv/task-reward",
      refuse: (url: URL, answer: Answer) =>
        url.pathname.endsWith("/task-reward-activity/save")
          ? { status: 400, json: { code: 400, status: "error", requestId: answer.json.requestId, error: { code: 10002, desc: "param should not be empty: tasks" }, success: false } }
          : undefined,
      violation: { vendor: "polyv", operation: "saveTaskRewardActivity", status: 400 },
      actual: /^Polyv saveTaskRewardActivity failed: 10002 param should not be empty: tasks \(HTTP 400, requestId \S+\)$/,
    },
    {
      id: "xiaoe/live-task",
      refuse: (url: URL) => (url.pathname === "/token" ? { status: 200, json: { code: 2004, msg: "secret_key 错误，或者 app_id 无效", data: null } } : undefined),
      violation: { vendor: "xiaoe", operation: "getAccessToken", status: 200 },
      actual: /^Xiaoe getAccessToken failed: 2004 secret_key 错误，或者 app_id 无效$/,
    },
    {
      id: "volcengine/red-packet",
      refuse: (url: URL, answer: Answer) =>
        url.searchParams.get("Action") === "CreateActivityRedPacket"
          ? { status: 400, json: { ResponseMetadata: { ...answer.json.ResponseMetadata, Error: { CodeN: 400001, Code: "InvalidParameter", Message: "TotalAmount is invalid" } } } }
          : undefined,
      violation: { vendor: "volcengine", operation: "createActivityRedPacket", status: 400 },
      actual: /^Volcengine createActivityRedPacket failed: InvalidParameter \(400001, HTTP 400, RequestId \S+\): TotalAmount is invalid$/,
    },
  ])("names a vendor error where $id expects a success: its HTTP status and the error's message", async ({ id, refuse, violation, actual }) => {
    const { target, fetch } = inProcessTarget();
    const report = await runContract({ target, fetch: rewritingFetch(fetch, refuse), scenarios: scenario(id) });
    const firstStep = report.scenarios[0]!.steps[0]!;
    expect(firstStep.passed).toBe(false);
    expect(firstStep.violations).toContainEqual({
      ...violation,
      kind: "vendor-refuses",
      side: "response",
      source: "scenario",
      path: "$",
      expected: "a success envelope",
      actual: expect.stringMatching(actual),
    });
  });

  it("still deletes what it created when a later step fails (cleanup in a finally)", async () => {
    const { app, target, fetch } = inProcessTarget();
    const wrong = rewritingFetch(fetch, (url, answer) => (url.pathname.endsWith("/lottery-activity/update") ? { ...answer, json: { ...answer.json, data: { updated: true } } } : undefined));
    const report = await runContract({ target, fetch: wrong, scenarios: scenario("polyv/lottery") });
    const steps = report.scenarios[0]!.steps;
    expect(steps.map((s) => [s.title.split(" ")[0], s.passed, s.cleanup])).toEqual([
      ["create", true, false],
      ["get", true, false],
      ["find", true, false],
      ["update", false, false],
      ["cleanup:", true, true],
    ]);
    expect(steps[3]!.violations[0]).toMatchObject({ operation: "updateLotteryActivity", side: "response", path: "$.data", actual: '{"updated":true} (object)' });
    expect(app.livemock.context.journal.entries().at(-1)).toMatchObject({ operation: "deleteLotteryActivity", status: 200 });
    const polyv = createPolyvClient({ fetch, env: {}, appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" });
    expect((await polyv.listLotteryActivities({ channelId: 2974342, pageSize: 1000 })).contents.filter((a) => a.activityName === "livemock contract")).toEqual([]);
  });
});
