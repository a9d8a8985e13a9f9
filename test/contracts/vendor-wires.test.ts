/**
 * The wires drift checks read vendor knowledge from: livemock's own error envelopes never drift from
 * its catalogue, an unknown code, message or status does, livemock's verdict on a request names the
 * field it refuses, and fields the spec does not declare are found.
 */
import { describe, expect, it } from "vitest";
import { specValidator } from "../../src/contracts/core/spec-validator.ts";
import { undeclaredFields } from "../../src/contracts/core/undeclared-fields.ts";
import { answerDrift, matchesTemplate, operationOf, verdictDrift } from "../../src/contracts/core/vendor-wire.ts";
import { buildPolyvErrorEnvelope, polyvError, polyvErrors } from "../../src/contracts/polyv/index.ts";
import { vendorWires } from "../../src/contracts/vendor-wires.ts";
import { buildErrorEnvelope, volcError, volcErrors } from "../../src/contracts/volcengine/index.ts";
import { xiaoeErrorEnvelope, xiaoeErrors } from "../../src/contracts/xiaoe/index.ts";
import { SEED_003_BODY } from "../support/seed-bodies.ts";

const { polyv, xiaoe, volcengine } = vendorWires;

describe("answers against livemock's catalogue", () => {
  it("finds nothing in livemock's own error envelopes, with their statuses", () => {
    for (const entry of Object.values(polyvErrors)) {
      expect(answerDrift(polyv, entry.httpStatus, buildPolyvErrorEnvelope(polyvError(entry.id as keyof typeof polyvErrors, { name: "channelId", label: "活动时长" }), "r"))).toEqual([]);
    }
    for (const entry of Object.values(xiaoeErrors)) expect(answerDrift(xiaoe, 200, xiaoeErrorEnvelope(entry.id))).toEqual([]);
    for (const code of Object.keys(volcErrors) as (keyof typeof volcErrors)[]) {
      const error = volcError(code, { name: "Action", info: "Authorization", accessKey: "AK", action: "A", version: "V", detail: "TotalAmount is invalid." });
      expect(answerDrift(volcengine, error.status, buildErrorEnvelope(error, { requestId: "r", action: "CreateActivityRedPacket", version: "2023-08-01" }))).toEqual([]);
    }
  });

  it("names an unknown code, an unknown message, another status and another CodeN by their JSON paths", () => {
    expect(answerDrift(polyv, 400, { code: 400, status: "error", requestId: "r", error: { code: 99999, desc: "new" }, success: false })).toEqual([
      expect.objectContaining({ kind: "unknown-error-code", path: "$.error.code", actual: '99999 ("new")' }),
    ]);
    expect(answerDrift(xiaoe, 200, { code: 2008, msg: "token expired", data: null }).map((f) => [f.kind, f.path])).toEqual([["unknown-error-message", "$.msg"]]);
    expect(answerDrift(polyv, 200, buildPolyvErrorEnvelope(polyvErrors.invalidSignature, "r"))).toEqual([
      { kind: "status-changed", side: "response", path: "HTTP status", expected: "HTTP 400 (livemock's status for error 20002)", actual: "HTTP 200" },
    ]);
    const codeN = { ResponseMetadata: { RequestId: "r", Error: { CodeN: 1, Code: "SignatureDoesNotMatch", Message: volcErrors.SignatureDoesNotMatch.message } } };
    expect(answerDrift(volcengine, 401, codeN).map((f) => [f.kind, f.path])).toEqual([["error-code-changed", "$.ResponseMetadata.Error.CodeN"]]);
    expect(answerDrift(polyv, 201, { code: 200, status: "success", requestId: "r", data: 1, success: true }).map((f) => f.kind)).toEqual(["status-changed"]);
  });

  it("matches message templates, placeholders as any text", () => {
    expect(matchesTemplate("param should not be empty: {name}", "param should not be empty: tasks[0].sort")).toBe(true);
    expect(matchesTemplate("param should not be empty: {name}", "param must not be empty: x")).toBe(false);
    expect(matchesTemplate("{label}不能为空", "活动时长不能为空")).toBe(true);
  });
});

describe("livemock's verdict on a request", () => {
  const lottery = (body: unknown) => ({
    method: "POST",
    specMethod: "post",
    query: new URLSearchParams("appId=frlr1zazn3&timestamp=1&sign=ABC&channelId=2974342"),
    rawBody: JSON.stringify(body),
    contentType: "application/json",
  });

  it("accepts a doc example and refuses a broken body, naming the field as a JSON path", () => {
    expect(polyv.judge("createLotteryActivity", lottery(SEED_003_BODY))).toEqual({ ok: true });
    const { prizeName: _, ...noPrize } = SEED_003_BODY;
    expect(polyv.judge("createLotteryActivity", lottery(noPrize))).toMatchObject({ ok: false, code: 10002, path: "$.body.prizeName" });
    expect(polyv.judge("createLotteryActivity", { ...lottery(SEED_003_BODY), method: "GET" })).toMatchObject({ ok: false, code: 40500 });
    const volc = volcengine.judge("createActivityRedPacket", {
      method: "POST",
      specMethod: "post",
      query: new URLSearchParams("Action=CreateActivityRedPacket&Version=2023-08-01"),
      rawBody: JSON.stringify({ ActivityID: 1824920000234844, TotalAmount: 0, RedPacketNumber: 1 }),
      contentType: "application/json",
    });
    expect(volc).toMatchObject({ ok: false, code: "InvalidParameter", path: "$.body.TotalAmount" });
    expect(xiaoe.judge("listLiveTasks", { method: "POST", specMethod: "post", query: new URLSearchParams(), rawBody: "{}", contentType: "application/json" })).toMatchObject({
      ok: false,
      code: 2007,
      path: "$.body.access_token",
    });
  });

  it("drifts when the vendor accepts what livemock refuses, or refuses (not for auth or state) what it accepts", () => {
    const success = { code: 200, status: "success", requestId: "r", data: { id: 1 }, success: true };
    const refusal = { ok: false as const, code: 10002, message: "param should not be empty: prizeName", reason: "body field prizeName: required", path: "$.body.prizeName" };
    expect(verdictDrift(polyv, refusal, success)).toEqual([expect.objectContaining({ kind: "vendor-accepts", side: "request", path: "$.body.prizeName" })]);
    expect(verdictDrift(polyv, { ok: true }, buildPolyvErrorEnvelope(polyvError("paramEmpty", { name: "x" }), "r"))).toEqual([
      expect.objectContaining({ kind: "vendor-refuses", path: "$.error.code" }),
    ]);
    expect(verdictDrift(polyv, { ok: true }, buildPolyvErrorEnvelope(polyvErrors.invalidSignature, "r"))).toEqual([]);
    expect(verdictDrift(xiaoe, { ok: true }, xiaoeErrorEnvelope("liveNotFound"))).toEqual([]);
    expect(verdictDrift(xiaoe, { ok: true }, xiaoeErrorEnvelope("taskCreateFailed"))).toEqual([expect.objectContaining({ kind: "vendor-refuses" })]);
  });
});

describe("operations and undeclared fields", () => {
  it("finds each vendor's operation from method-free path and query, Volcengine's by Action", () => {
    expect(operationOf(polyv, specValidator("polyv"), "/live/v4/channel/lottery-activity/create", new URLSearchParams())).toEqual({ operation: "createLotteryActivity", method: "post" });
    expect(operationOf(xiaoe, specValidator("xiaoe"), "/token", new URLSearchParams())).toEqual({ operation: "getAccessToken", method: "get" });
    expect(operationOf(volcengine, specValidator("volcengine"), "/", new URLSearchParams("Action=ListActivityRedPacket&Version=2023-08-01"))).toEqual({
      operation: "listActivityRedPacket",
      method: "get",
    });
    expect(operationOf(volcengine, specValidator("volcengine"), "/", new URLSearchParams("Action=ListActivityAPI"))).toBeUndefined();
    expect(operationOf(polyv, specValidator("polyv"), "/live/v4/channel/nothing", new URLSearchParams())).toBeUndefined();
    expect(operationOf(polyv, specValidator("polyv"), "/live/v2/channels/5300001/delete", new URLSearchParams())).toEqual({ operation: "deleteChannel", method: "post" });
    expect(operationOf(polyv, specValidator("polyv"), "/live/v2/channels//delete", new URLSearchParams())).toBeUndefined();
  });

  it("names fields the spec does not declare, deep in arrays, and none in a documented answer", () => {
    const validator = specValidator("polyv");
    const schemas = validator.schemasOf("pageTaskRewardActivities", 200);
    const page = {
      code: 200,
      status: "success",
      requestId: "r",
      success: true,
      data: { pageNumber: 1, pageSize: 10, totalPages: 1, totalItems: 1, contents: [{ activityId: 1, channelId: 2, extra: true }] },
    };
    expect(undeclaredFields(validator.spec, schemas, page)).toEqual(["data.contents.0.extra"]);
    expect(undeclaredFields(validator.spec, schemas, { ...page, data: { ...page.data, contents: [] }, traceId: "t" })).toEqual(["traceId"]);
    expect(undeclaredFields(validator.spec, validator.schemasOf("createLotteryActivity", "body"), SEED_003_BODY)).toEqual([]);
  });
});
