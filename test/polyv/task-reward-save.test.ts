import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errorOf, type PolyvHarness, polyvHarness, SEED_001_BODY, T0, TASK_REWARD, taskRewardBody } from "./support.ts";

let h: PolyvHarness;
beforeEach(async () => {
  h = await polyvHarness();
});
afterEach(() => h.close());

const save = (json: unknown) => h.signed({ path: `${TASK_REWARD}/save`, json });
const page = (query: Record<string, string | number> = { channelId: 4854808 }) => h.signed({ path: `${TASK_REWARD}/page`, query });

describe("creating a task-reward activity (seed 001)", () => {
  it("accepts the doc's example body verbatim and answers the documented shape with id 10465", async () => {
    const result = await save(SEED_001_BODY);
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ code: 200, status: "success", requestId: expect.any(String), data: 10465, success: true });
    expect(Object.keys(result.json)).toEqual(["code", "status", "requestId", "data", "success"]);
    expect(result.json.requestId).toMatch(/^[0-9a-f]{32}\.\d{1,3}\.\d{17}$/);
    expect(result.operation).toBe("saveTaskRewardActivity");
  });

  it("numbers ids sequentially and the doc example's activity reads back from page in the documented shape", async () => {
    expect((await save(SEED_001_BODY)).json.data).toBe(10465);
    expect((await save({ ...SEED_001_BODY, activityName: "second" })).json.data).toBe(10466);
    const listed = await page();
    expect(listed.json.data).toMatchObject({ pageNumber: 1, pageSize: 10, totalPages: 1, totalItems: 2 });
    const first = listed.json.data.contents.find((c: { activityId: number }) => c.activityId === 10465);
    expect(first).toEqual({
      activityId: 10465,
      userId: "cc167950af",
      channelId: 4854808,
      activityName: "测试活动",
      activityMode: 1,
      taskRule: 1,
      status: 2, // the doc's window (July 2024) is long over at the mock's clock
      startTime: 1722035312584,
      endTime: 1722036312584,
      tasks: [
        {
          taskId: 4827,
          sort: 1,
          startTime: 1722035312584,
          endTime: 1722036312584,
          reachCondition: { type: "sign", amount: 10 },
          rewardSetting: { type: "cash", amount: 1, limit: 10, customReward: "" },
        },
        {
          taskId: 4828,
          sort: 2,
          startTime: 1722035312584,
          endTime: 1722036312584,
          reachCondition: { type: "sign", amount: 15 },
          rewardSetting: { type: "cash", amount: 10, limit: 10, customReward: "" },
        },
      ],
    });
  });

  it("keeps the sort a caller sends", async () => {
    const body = taskRewardBody(T0 + 60_000, T0 + 120_000, {
      tasks: [
        { sort: 5, reachCondition: { type: "sign", amount: 1 }, rewardSetting: { type: "nothing", amount: 0 } },
        { sort: 3, reachCondition: { type: "online", amount: 2 }, rewardSetting: { type: "cash", amount: 100 } },
      ],
    });
    await save(body);
    const tasks = (await page()).json.data.contents[0].tasks;
    expect(tasks.map((t: { sort: number }) => t.sort)).toEqual([5, 3]);
    expect(tasks[1].rewardSetting).toEqual({ type: "cash", amount: 100, limit: null, customReward: "" });
  });

  it.each([
    ["channelId missing", { channelId: undefined }, 10002, "param should not be empty: channelId"],
    ["activityName missing", { activityName: undefined }, 10002, "param should not be empty: activityName"],
    ["activityName empty", { activityName: "" }, 10002, "param should not be empty: activityName"],
    ["activityName over 64 characters", { activityName: "活".repeat(65) }, 10001, "param length is incorrect: activityName"],
    ["taskRule missing", { taskRule: undefined }, 10002, "param should not be empty: taskRule"],
    ["taskRule not 1 or 2", { taskRule: 3 }, 10001, "param validate error: taskRule"],
    ["startTime missing", { startTime: undefined }, 10002, "param should not be empty: startTime"],
    ["endTime not a number", { endTime: "tomorrow" }, 10001, "param is not number: endTime"],
    ["tasks missing", { tasks: undefined }, 10002, "param should not be empty: tasks"],
    ["tasks empty", { tasks: [] }, 10002, "param should not be empty: tasks"],
    ["reachCondition missing", { tasks: [{ rewardSetting: { type: "cash", amount: 1 } }] }, 10002, "param should not be empty: tasks[0].reachCondition"],
    [
      "reachCondition.type unknown",
      { tasks: [{ reachCondition: { type: "share", amount: 1 }, rewardSetting: { type: "cash", amount: 1 } }] },
      10001,
      "param validate error: tasks[0].reachCondition.type",
    ],
    [
      "reachCondition.amount missing",
      { tasks: [{ reachCondition: { type: "sign" }, rewardSetting: { type: "cash", amount: 1 } }] },
      10002,
      "param should not be empty: tasks[0].reachCondition.amount",
    ],
    [
      "rewardSetting.type unknown",
      { tasks: [{ reachCondition: { type: "sign", amount: 1 }, rewardSetting: { type: "coupon", amount: 1 } }] },
      10001,
      "param validate error: tasks[0].rewardSetting.type",
    ],
    [
      "rewardSetting.amount not an integer (fen)",
      { tasks: [{ reachCondition: { type: "sign", amount: 1 }, rewardSetting: { type: "cash", amount: 1.5 } }] },
      10001,
      "param is not number: tasks[0].rewardSetting.amount",
    ],
    ["startTime not before endTime", { startTime: T0 + 10_000, endTime: T0 + 10_000 }, 10001, "活动开始时间必须早于结束时间"],
  ])("answers %s with the field named", async (_name, overrides, code, desc) => {
    const result = await save(taskRewardBody(T0 + 60_000, T0 + 120_000, overrides));
    expect(errorOf(result)).toEqual({ status: 400, code, desc });
    expect(result.reason).toBeTruthy();
    expect(result.operation).toBe("saveTaskRewardActivity");
  });

  it("answers 30001 channel not found for a channel the app does not have", async () => {
    const result = await save(taskRewardBody(T0 + 60_000, T0 + 120_000, { channelId: 1234567 }));
    expect(errorOf(result)).toEqual({ status: 400, code: 30001, desc: "channel not found." });
    expect(result.reason).toContain("1234567");
  });

  it("writes nothing when validation fails", async () => {
    await save(taskRewardBody(T0 + 60_000, T0 + 120_000, { taskRule: 9 }));
    expect((await page()).json.data.totalItems).toBe(0);
    expect((await save(SEED_001_BODY)).json.data).toBe(10465);
  });
});
