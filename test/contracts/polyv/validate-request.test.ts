import { describe, expect, it } from "vitest";
import { validateRequest } from "../../../src/contracts/polyv/validators.ts";
import { SEED_001_BODY } from "../../support/seed-bodies.ts";

const AUTH = { appId: "frlr1zazn3", timestamp: "1670550787318", sign: "012332FBD8DBCFC068AFCB484A2ADECB" };

// Seed 001's example body, verbatim (no tasks[].sort, undocumented activityMode).
const SAVE_BODY = SEED_001_BODY;
const LOTTERY_BODY = { activityName: "无条件抽奖", lotteryCondition: "none", amount: 1, prizeName: "键盘" };

function failure(result: ReturnType<typeof validateRequest>) {
  if (result.ok) throw new Error("expected a validation failure");
  return { status: result.error.entry.httpStatus, code: result.error.entry.code, desc: result.error.desc, field: result.error.field, reason: result.error.reason };
}

describe("validating a Polyv request", () => {
  it("accepts the documented task-reward body and types the query", () => {
    const result = validateRequest("saveTaskRewardActivity", { query: AUTH, body: SAVE_BODY });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.query.timestamp).toBe(1670550787318);
    expect(result.body.tasks).toHaveLength(2);
  });

  it("coerces integer query parameters from URLSearchParams and treats empty values as missing", () => {
    const query = new URLSearchParams({ ...AUTH, channelId: "4854808", pageSize: "", pageNumber: "2" });
    const result = validateRequest("pageTaskRewardActivities", { query });
    expect(result).toMatchObject({ ok: true, query: { channelId: 4854808, pageNumber: 2 } });
    if (result.ok) expect(result.query.pageSize).toBeUndefined();
  });

  it.each([
    ["appId missing", "pageTaskRewardActivities", { timestamp: AUTH.timestamp, sign: AUTH.sign, channelId: "4854808" }, "param should not be empty: appId"],
    ["sign empty", "pageTaskRewardActivities", { ...AUTH, sign: "", channelId: "4854808" }, "param should not be empty: sign"],
    ["channelId missing", "pageTaskRewardActivities", { ...AUTH }, "param should not be empty: channelId"],
    ["activityId missing", "deleteTaskRewardActivity", { ...AUTH }, "param should not be empty: activityId"],
    ["id missing", "getLotteryActivity", { ...AUTH, channelId: "4854808" }, "param should not be empty: id"],
  ] as const)("answers 10002 when a required query parameter is %s", (_name, op, query, desc) => {
    expect(failure(validateRequest(op, { query }))).toMatchObject({ status: 400, code: 10002, desc });
  });

  it.each([
    ["timestamp is not digits", { ...AUTH, timestamp: "abc", channelId: "4854808" }, "param is not digit: timestamp"],
    ["channelId is not digits", { ...AUTH, channelId: "48x" }, "param is not digit: channelId"],
    ["pageSize is above 1000", { ...AUTH, channelId: "4854808", pageSize: "1001" }, "number range error: pageSize"],
    ["pageNumber is 0", { ...AUTH, channelId: "4854808", pageNumber: "0" }, "number range error: pageNumber"],
  ])("answers 10001 when %s", (_name, query, desc) => {
    const error = failure(validateRequest("pageTaskRewardActivities", { query }));
    expect(error).toMatchObject({ status: 400, code: 10001, desc });
    expect(error.reason).toMatch(/query parameter \w+/);
  });

  it.each([
    ["tasks is missing", { ...SAVE_BODY, tasks: undefined }, 10002, "param should not be empty: tasks", "tasks"],
    ["tasks is empty", { ...SAVE_BODY, tasks: [] }, 10002, "param should not be empty: tasks", "tasks"],
    ["activityName is empty", { ...SAVE_BODY, activityName: "" }, 10002, "param should not be empty: activityName", "activityName"],
    [
      "a nested required field is missing",
      { ...SAVE_BODY, tasks: [{ reachCondition: { type: "sign" }, rewardSetting: { type: "cash", amount: 1 } }] },
      10002,
      "param should not be empty: tasks[0].reachCondition.amount",
      "tasks[0].reachCondition.amount",
    ],
    ["activityName is longer than 64 characters", { ...SAVE_BODY, activityName: "活".repeat(65) }, 10001, "param length is incorrect: activityName", "activityName"],
    ["channelId is a string of something else than digits", { ...SAVE_BODY, channelId: "4854808a" }, 10001, "param is not number: channelId", "channelId"],
    ["taskRule is not 1 or 2", { ...SAVE_BODY, taskRule: 3 }, 10001, "param validate error: taskRule", "taskRule"],
    [
      "a reach type is unknown",
      { ...SAVE_BODY, tasks: [{ reachCondition: { type: "share", amount: 1 }, rewardSetting: { type: "cash", amount: 1 } }] },
      10001,
      "param validate error: tasks[0].reachCondition.type",
      "tasks[0].reachCondition.type",
    ],
    ["startTime is after endTime", { ...SAVE_BODY, startTime: 1722036312584, endTime: 1722035312584 }, 10001, "活动开始时间必须早于结束时间", "endTime"],
  ])("answers the vendor's error on a task-reward body when %s", (_name, body, code, desc, field) => {
    const error = failure(validateRequest("saveTaskRewardActivity", { query: AUTH, body }));
    expect(error).toMatchObject({ status: 400, code, desc, field });
    expect(error.reason).toContain(field);
  });

  it.each([
    ["a Y/N flag is something else", { ...LOTTERY_BODY, hiddenWinnerAmount: "yes" }, 10001, "param is not boolean (Y / N): hiddenWinnerAmount"],
    ["amount is 0", { ...LOTTERY_BODY, amount: 0 }, 10001, "number range error: amount"],
    ["amount is a fraction", { ...LOTTERY_BODY, amount: 1.5 }, 10001, "param is not number: amount"],
    ["prizeName is null", { ...LOTTERY_BODY, prizeName: null }, 10002, "param should not be empty: prizeName"],
    ["a receiveInfo item misses tips", { ...LOTTERY_BODY, receiveInfo: [{ field: "姓名" }] }, 10002, "param should not be empty: receiveInfo[0].tips"],
    ["a nullable field has the wrong type", { ...LOTTERY_BODY, thumbnail: 5 }, 10001, "param validate error: thumbnail"],
    ["lotteryCondition is not comment-free but activityDuration is missing", { ...LOTTERY_BODY, lotteryCondition: "duration", duration: 5, acceptType: "form" }, 10001, "活动时长不能为空"],
  ])("answers the vendor's error on a lottery body when %s", (_name, body, code, desc) => {
    expect(failure(validateRequest("createLotteryActivity", { query: { ...AUTH, channelId: "2974342" }, body }))).toMatchObject({ status: 400, code, desc });
  });

  it("accepts null for optional lottery fields, as a body copied from a get response carries", () => {
    expect(validateRequest("createLotteryActivity", { query: { ...AUTH, channelId: "2974342" }, body: { ...LOTTERY_BODY, thumbnail: null, acceptType: null, prizeInfo: null } }).ok).toBe(true);
  });

  it("checks the query before the body", () => {
    expect(failure(validateRequest("createLotteryActivity", { query: AUTH, body: {} })).desc).toBe("param should not be empty: channelId");
  });

  it("answers json format error when the body is not a JSON object", () => {
    for (const body of [undefined, null, "text", [1]]) {
      expect(failure(validateRequest("deleteLotteryActivity", { query: { ...AUTH, channelId: "2974342" }, body }))).toMatchObject({ code: 10001, desc: "json format error" });
    }
  });

  it("requires taskRule, startTime and endTime on update, as the real server does", () => {
    const { taskRule: _dropped, ...body } = { ...SAVE_BODY, activityId: 10465 };
    expect(failure(validateRequest("updateTaskRewardActivity", { query: AUTH, body }))).toMatchObject({ code: 10002, desc: "param should not be empty: taskRule" });
  });
});

describe("Polyv validateRequest reads integers sent as JSON strings of digits", () => {
  it("reads them as numbers at any depth, nullable and enum fields included, without changing the input", () => {
    const body = {
      ...SAVE_BODY,
      channelId: "4854808",
      taskRule: "2",
      startTime: "1722035312584",
      endTime: "1722036312584",
      tasks: [{ sort: "1", reachCondition: { type: "sign", amount: "3" }, rewardSetting: { type: "cash", amount: "100", limit: "5" } }],
    };
    const before = structuredClone(body);
    const result = validateRequest("saveTaskRewardActivity", { query: AUTH, body });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body).toMatchObject({ channelId: 4854808, taskRule: 2, startTime: 1722035312584, endTime: 1722036312584 });
    expect(result.body.tasks[0]).toMatchObject({ sort: 1, reachCondition: { amount: 3 }, rewardSetting: { amount: 100, limit: 5 } });
    expect(body).toEqual(before);
  });

  it("reads integer array items and ids of lottery update and delete", () => {
    const update = validateRequest("updateLotteryActivity", {
      query: { ...AUTH, channelId: "2974342" },
      body: { ...LOTTERY_BODY, id: "20527", lotteryRange: "customGroup", customGroupIds: ["7", 8] },
    });
    expect(update).toMatchObject({ ok: true, body: { id: 20527, customGroupIds: [7, 8] } });
    expect(validateRequest("deleteLotteryActivity", { query: { ...AUTH, channelId: "2974342" }, body: { id: "20527" } })).toMatchObject({ ok: true, body: { id: 20527 } });
  });

  it.each([
    ["a decimal", "20527.0", 10001, "param is not number: id"],
    ["digits with spaces", " 20527", 10001, "param is not number: id"],
    ["hex", "0x5037", 10001, "param is not number: id"],
    ["an empty string", "", 10002, "param should not be empty: id"],
  ])("still refuses %s", (_name, id, code, desc) => {
    expect(failure(validateRequest("deleteLotteryActivity", { query: { ...AUTH, channelId: "2974342" }, body: { id } }))).toMatchObject({ status: 400, code, desc, field: "id" });
  });

  it("judges a digit string by the field's bounds like the number it spells", () => {
    expect(failure(validateRequest("createLotteryActivity", { query: { ...AUTH, channelId: "2974342" }, body: { ...LOTTERY_BODY, amount: "0" } }))).toMatchObject({
      code: 10001,
      desc: "number range error: amount",
    });
  });

  it("leaves strings alone where the spec types a string", () => {
    const result = validateRequest("createLotteryActivity", { query: { ...AUTH, channelId: "2974342" }, body: { ...LOTTERY_BODY, prizeName: "123" } });
    expect(result).toMatchObject({ ok: true, body: { prizeName: "123" } });
  });
});
