import { describe, expect, it } from "vitest";
import { validateRequest } from "../../../src/contracts/xiaoe/index.ts";
import { orderedComboDefect, singleTask } from "./seed-examples.ts";

const update = () => ({ ...singleTask(), live_task_id: 1975339 });

describe("updating a live task", () => {
  it("accepts the create fields plus live_task_id", () => {
    const result = validateRequest("updateLiveTask", { body: update() });
    expect(result.ok ? result.body.live_task_id : result.error.reason).toBe(1975339);
  });

  it("accepts the ordered-combo doc example once it carries an access_token", () => {
    const result = validateRequest("updateLiveTask", { body: { ...orderedComboDefect(), access_token: "xe_xxxxx" } });
    expect(result.ok ? result.body.live_task_id : result.error.reason).toBe(1385878);
  });

  it("answers 编辑直播任务失败 when live_task_id is missing", () => {
    const { live_task_id: _id, ...body } = update();
    const result = validateRequest("updateLiveTask", { body });
    expect(result.ok ? undefined : [result.error.envelope, result.error.reason]).toEqual([{ code: 1, msg: "编辑直播任务失败", data: null }, "live_task_id: required"]);
  });

  it("answers 编辑直播任务失败 for a broken task rule, with the rule's reason", () => {
    const result = validateRequest("updateLiveTask", { body: { ...update(), task_type: 3, task_condition: "1" } });
    expect(result.ok ? undefined : [result.error.envelope, result.error.reason]).toEqual([
      { code: 1, msg: "编辑直播任务失败", data: null },
      'task_condition: "1" is not valid for task_type 3 (consumption: 4, 5)',
    ]);
  });
});

describe("reading live tasks", () => {
  it("accepts the task.get doc example", () => {
    const result = validateRequest("getLiveTask", { body: { access_token: "xe_xxxxx", alive_id: "l_xxxxx", live_task_id: 1381858 } });
    expect(result.ok ? result.body : result.error.reason).toEqual({ access_token: "xe_xxxxx", alive_id: "l_xxxxx", live_task_id: 1381858 });
  });

  it("answers 直播不存在 for a malformed alive_id on task.get", () => {
    const result = validateRequest("getLiveTask", { body: { access_token: "xe_xxxxx", alive_id: "12345", live_task_id: 1381858 } });
    expect(result.ok ? undefined : result.error.envelope).toEqual({ code: 1, msg: "直播不存在", data: null });
  });

  it("answers 直播任务不存在 for a non-integer live_task_id on task.get", () => {
    const result = validateRequest("getLiveTask", { body: { access_token: "xe_xxxxx", alive_id: "l_xxxxx", live_task_id: "1381858" } });
    expect(result.ok ? undefined : [result.error.envelope, result.error.reason]).toEqual([{ code: 1, msg: "直播任务不存在", data: null }, 'live_task_id: expected a number, got "1381858"']);
  });

  it("answers 直播不存在 when the list call has no alive_id", () => {
    const result = validateRequest("listLiveTasks", { body: { access_token: "xxxx" } });
    expect(result.ok ? undefined : [result.error.envelope, result.error.reason]).toEqual([{ code: 1, msg: "直播不存在", data: null }, "alive_id: required"]);
  });

  it("accepts the list doc example", () => {
    const result = validateRequest("listLiveTasks", { body: { access_token: "xxxx", alive_id: "l_xxxxxxxx1111" } });
    expect(result.ok).toBe(true);
  });
});

describe("the access_token of business calls", () => {
  it.each([
    ["missing", {}],
    ["empty", { access_token: "" }],
    ["null", { access_token: null }],
  ])("answers 2007 when it is %s", (_label, token) => {
    const result = validateRequest("listLiveTasks", { body: { alive_id: "l_xxxxx", ...token } });
    expect(result.ok ? undefined : result.error.envelope).toEqual({ code: 2007, msg: "缺失 凭证access_token", data: null });
  });

  it("answers 2007 when the body is not an object at all", () => {
    const result = validateRequest("createLiveTask", { body: [singleTask()] });
    expect(result.ok ? undefined : result.error.code).toBe(2007);
  });

  it("answers 2008 when it is not a string", () => {
    const result = validateRequest("listLiveTasks", { body: { alive_id: "l_xxxxx", access_token: 12345 } });
    expect(result.ok ? undefined : [result.error.code, result.error.reason]).toEqual([2008, "access_token: expected a string, got 12345"]);
  });

  it("prefers the body's token over the query's", () => {
    const result = validateRequest("listLiveTasks", { body: { alive_id: "l_xxxxx", access_token: "xe_body" }, query: { access_token: "xe_query" } });
    expect(result.ok ? result.body.access_token : result.error.reason).toBe("xe_body");
  });
});

describe("form-encoded bodies", () => {
  const asForm = (body: Record<string, unknown>) => Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));

  it("coerces integer fields written as strings", () => {
    const { rule_config: _rc, ...body } = singleTask();
    const result = validateRequest("createLiveTask", { body: asForm(body), bodyEncoding: "form" });
    expect(result.ok ? [result.body.task_module, result.body.task_type, result.body.reward_type] : result.error.reason).toEqual([0, 1, 5]);
  });

  it("reports a non-numeric integer field with the create failure and the field", () => {
    const { rule_config: _rc, ...body } = singleTask();
    const result = validateRequest("createLiveTask", { body: { ...asForm(body), task_module: "abc" }, bodyEncoding: "form" });
    expect(result.ok ? undefined : [result.error.envelope.msg, result.error.reason]).toEqual(["创建直播任务失败", 'task_module: "abc" is not one of 0, 1']);
  });

  it("leaves JSON bodies strict: a quoted integer is rejected", () => {
    const result = validateRequest("createLiveTask", { body: { ...singleTask(), task_module: "0" } });
    expect(result.ok ? undefined : result.error.reason).toBe('task_module: "0" is not one of 0, 1');
  });
});
