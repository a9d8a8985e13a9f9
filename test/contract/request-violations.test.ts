/**
 * The runner tells a wrong request from a wrong response: a request the spec refuses is reported on
 * the request side, with the JSON path into its query or body.
 */
import { describe, expect, it } from "vitest";
import { checkExchange } from "../../src/runner/check-exchange.ts";
import type { ClientExchange } from "../../src/runner/types.ts";

const okAnswer = { status: 200, headers: {}, body: JSON.stringify({ code: 200, status: "success", requestId: "0123456789abcdef0123456789abcdef", success: true, data: 1 }) };

describe("checkExchange", () => {
  it("reports a body field the spec requires as missing from the request", () => {
    const exchange: ClientExchange = {
      vendor: "polyv",
      operation: "saveTaskRewardActivity",
      attempt: 1,
      request: {
        method: "POST",
        url: "https://api.polyv.net/live/v4/channel/task-reward-activity/save?appId=frlr1zazn3&timestamp=1700000000000&sign=ABC",
        headers: {},
        body: JSON.stringify({ channelId: 4854808, taskRule: 2, startTime: 1, endTime: 2, tasks: [] }),
      },
      response: okAnswer,
      durationMs: 1,
    };
    const violations = checkExchange(exchange);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations).toContainEqual(expect.objectContaining({ side: "request", source: "spec", operation: "saveTaskRewardActivity", path: "$.body.activityName", actual: "(missing)" }));
    expect(violations.every((v) => v.side === "request")).toBe(true);
  });

  it("types the query as the spec declares it, and names a non-numeric id in it", () => {
    const base = "https://api.polyv.net/live/v4/channel/lottery-activity/get?appId=frlr1zazn3&timestamp=1700000000000&sign=ABC&channelId=2974342";
    const answer = {
      status: 400,
      headers: {},
      body: JSON.stringify({ code: 400, status: "error", requestId: "0123456789abcdef0123456789abcdef", error: { code: 10001, desc: "param is not digit: id" }, success: false }),
    };
    const exchange = (url: string): ClientExchange => ({ vendor: "polyv", operation: "getLotteryActivity", attempt: 1, request: { method: "GET", url, headers: {} }, response: answer, durationMs: 1 });
    expect(checkExchange(exchange(`${base}&id=12`))).toEqual([]);
    expect(checkExchange(exchange(`${base}&id=abc`))).toEqual([expect.objectContaining({ side: "request", path: "$.query.id", actual: '"abc" (string)' })]);
  });

  it("reports an answer that is not JSON, and no answer at all, on the response side", () => {
    const request = { method: "GET", url: "https://livesaas.volcengineapi.com/?Action=GetActivityRedPacket&Version=2023-08-01&ActivityID=1&RedPacketID=2", headers: {} };
    const html: ClientExchange = {
      vendor: "volcengine",
      operation: "getActivityRedPacket",
      attempt: 1,
      request,
      response: { status: 502, headers: {}, body: "<html>Bad gateway</html>" },
      durationMs: 1,
    };
    expect(checkExchange(html)).toEqual([expect.objectContaining({ side: "response", path: "$", expected: "a JSON body", status: 502 })]);
    const none: ClientExchange = { vendor: "volcengine", operation: "getActivityRedPacket", attempt: 1, request, durationMs: 1 };
    expect(checkExchange(none)).toEqual([expect.objectContaining({ side: "response", expected: "an HTTP response" })]);
  });
});
