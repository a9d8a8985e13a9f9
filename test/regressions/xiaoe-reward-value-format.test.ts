/**
 * Caught reading seed 000 against the mock: `reward_value` is "积分数值、优惠券码、红包、自定义奖品(JSON字符串)"
 * by `reward_type`, so a 积分 (points, `reward_type` 1) task takes a points value; livemock checked
 * only the custom prize (type 5) and accepted `"abc"` and `"-5"` as points. Both task.create and
 * task.update (and an ordered combo's children) now refuse a points value that is not a positive
 * integer string, with the operation's failure message and a reason naming the field, and the spec
 * (Ajv) refuses the same bodies. Types 2, 3 and 4 have no documented format: any non-empty string.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { specValidator } from "../../src/contracts/core/spec-validator.ts";
import { singleTask } from "../contracts/xiaoe/seed-examples.ts";
import { changeChild, orderedCombo } from "../contracts/xiaoe/task-create-cases.ts";
import { DEMO_LIVE, PATHS, sendable, type XiaoeHarness, xiaoeHarness } from "../xiaoe/support.ts";

const POINTS_REASON = (value: string) => `reward_value: ${JSON.stringify(value)} is not valid for reward_type 1 (积分, points: a positive integer as a string, e.g. "100")`;
const CREATE_FAILED = { code: 1, msg: "创建直播任务失败", data: null };
const UPDATE_FAILED = { code: 1, msg: "编辑直播任务失败", data: null };
const BAD_POINTS = ["abc", "-5", "0", "1.5", "1e3", "", " 7"];

let h: XiaoeHarness;
let token = "";
let taskId = 0;
const points = (value: string) => ({ ...sendable(singleTask(), token), reward_type: 1, reward_value: value });

beforeAll(async () => {
  h = await xiaoeHarness({ transport: "http" });
  token = await h.token();
  const created = await h.post(PATHS.create, points("100"));
  expect(created.json).toMatchObject({ code: 0, data: { alive_id: DEMO_LIVE } });
  taskId = created.json.data.task_id;
});
afterAll(() => h.close());

describe("a Xiaoe points reward_value, over HTTP", () => {
  it.each(BAD_POINTS)("task.create refuses points %j", async (value) => {
    const res = await h.post(PATHS.create, points(value));
    expect(res.status).toBe(200);
    expect(res.json).toEqual(CREATE_FAILED);
    expect(res.reason).toBe(value === "" ? "reward_value: must not be empty" : POINTS_REASON(value));
  });

  it.each(BAD_POINTS)("task.update refuses points %j", async (value) => {
    const res = await h.post(PATHS.update, { ...points(value), live_task_id: taskId });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(UPDATE_FAILED);
    expect(res.reason).toBe(value === "" ? "reward_value: must not be empty" : POINTS_REASON(value));
  });

  it("refuses a points value on an ordered combo's child, naming the child", async () => {
    const body = changeChild(sendable(orderedCombo(), token), 1, (child) => ({ ...child, alive_id: DEMO_LIVE, reward_type: 1, reward_value: "-5" }));
    const res = await h.post(PATHS.create, { ...body, alive_id: DEMO_LIVE });
    expect(res.json).toEqual(CREATE_FAILED);
    expect(res.reason).toBe(`child_tasks[1].${POINTS_REASON("-5")}`);
  });

  it("accepts positive integer points on create and update, and reads them back", async () => {
    const updated = await h.post(PATHS.update, { ...points("2500"), live_task_id: taskId });
    expect(updated.json).toMatchObject({ code: 0 });
    const read = await h.post(PATHS.get, { access_token: token, alive_id: DEMO_LIVE, live_task_id: taskId });
    expect(read.json.data.live_task).toMatchObject({ id: taskId, reward_type: 1 });
    expect(JSON.stringify(read.json.data.live_task.reward_value)).toContain("2500");
  });

  it.each([
    [2, "cou_5f1e2d3c4b5a"],
    [3, "红包"],
    [4, "p_5f1e2d3c4b5a"],
  ])("accepts any non-empty reward_value for reward_type %i (no documented format)", async (rewardType, value) => {
    const res = await h.post(PATHS.create, { ...points(value), reward_type: rewardType });
    expect(res.json).toMatchObject({ code: 0 });
  });
});

describe("the spec refuses the same points values", () => {
  const spec = specValidator("xiaoe");
  it.each(BAD_POINTS.filter((v) => v !== ""))("createLiveTask and updateLiveTask with points %j", (value) => {
    const body = { ...singleTask(), reward_type: 1, reward_value: value };
    expect(spec.validateBody("createLiveTask", body).valid).toBe(false);
    expect(spec.validateBody("updateLiveTask", { ...body, live_task_id: 1975339 }).valid).toBe(false);
  });

  it("accepts points 100 and the other reward types' values", () => {
    expect(spec.validateBody("createLiveTask", { ...singleTask(), reward_type: 1, reward_value: "100" }).valid).toBe(true);
    for (const rewardType of [2, 3, 4]) expect(spec.validateBody("createLiveTask", { ...singleTask(), reward_type: rewardType, reward_value: "abc" }).valid).toBe(true);
  });
});
