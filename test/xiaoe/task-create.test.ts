import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { orderedComboDefect, singleTask, unorderedCombo } from "../contracts/xiaoe/seed-examples.ts";
import { orderedCombo, taskCreateRuleCases } from "../contracts/xiaoe/task-create-cases.ts";
import { DEMO_LIVE, PATHS, sendable, type XiaoeHarness, xiaoeHarness } from "./support.ts";

let h: XiaoeHarness;
let token: string;
beforeEach(async () => {
  h = await xiaoeHarness();
  token = await h.token();
});
afterEach(async () => h.close());

const CREATE_FAILED = { code: 1, msg: "创建直播任务失败", data: null };

describe("creating a live task with the seed 000 examples", () => {
  it("creates the single-task example (fresh token, seeded live) as task 1975339", async () => {
    const res = await h.post(PATHS.create, sendable(singleTask(), token));
    expect(res.json).toEqual({ code: 0, msg: "操作成功", data: { task_id: 1975339, alive_id: DEMO_LIVE } });
    expect(res.operation).toBe("createLiveTask");
    expect(res.reason).toBeNull();
  });

  it("creates the unordered-combo example: the main task's id is answered, each child gets its own id", async () => {
    await h.post(PATHS.create, sendable(singleTask(), token));
    const res = await h.post(PATHS.create, sendable(unorderedCombo(), token));
    expect(res.json).toEqual({ code: 0, msg: "操作成功", data: { task_id: 1975340, alive_id: DEMO_LIVE } });
    const listed = await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE });
    const combo = listed.json.data.list[1];
    expect(combo.id).toBe(1975340);
    expect(combo.child_tasks.map((c: { id: number }) => c.id)).toEqual([1975341, 1975342]);
    // the next task continues the sequence after the children
    const next = await h.post(PATHS.create, sendable(singleTask(), token));
    expect(next.json.data.task_id).toBe(1975343);
  });

  it("answers the ordered-combo example as printed (app_id, no access_token) with 2007", async () => {
    const res = await h.post(PATHS.create, orderedComboDefect());
    expect(res.json).toEqual({ code: 2007, msg: "缺失 凭证access_token", data: null });
    expect(res.reason).toMatch(/^access_token: required/);
  });

  it("creates the ordered-combo example once it carries a token, children keeping their own rewards", async () => {
    const res = await h.post(PATHS.create, { ...orderedCombo(), access_token: token });
    expect(res.json.code).toBe(0);
    const listed = await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE });
    const [main] = listed.json.data.list;
    expect(main).toMatchObject({ is_order: 1, task_module: 1, task_is_major: 0, reward_type: 5, task_title: "任务包" });
    expect(main.child_tasks.map((c: { reward_type: number; reward_value: string }) => [c.reward_type, c.reward_type === 5 ? JSON.parse(c.reward_value).prizeName : c.reward_value])).toEqual([
      [5, "1"],
      [1, "1"],
    ]);
  });

  it("answers an unknown alive_id with 创建直播任务失败 and says the live does not exist", async () => {
    const res = await h.post(PATHS.create, { ...sendable(singleTask(), token), alive_id: "l_000000000000000000000000" });
    expect(res.json).toEqual(CREATE_FAILED);
    expect(res.reason).toBe("alive_id: live l_000000000000000000000000 does not exist for app apptrfbbm2m8971");
  });

  it("answers the doc's placeholder live l_xxxxx (not seeded) the same way", async () => {
    const { access_token: _t, ...body } = singleTask();
    const res = await h.post(PATHS.create, { ...body, access_token: token });
    expect(res.json).toEqual(CREATE_FAILED);
    expect(res.reason).toMatch(/^alive_id: live l_xxxxx does not exist/);
  });

  it("stores nothing when a create fails", async () => {
    await h.post(PATHS.create, { ...sendable(singleTask(), token), task_type: 2, task_condition: "99" });
    const listed = await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE });
    expect(listed.json.data).toEqual({ is_open_task: 0, list: [] });
    expect((await h.post(PATHS.create, sendable(singleTask(), token))).json.data.task_id).toBe(1975339);
  });
});

describe("creating a live task: each seed 000 rule rejected over HTTP with its reason", () => {
  it.each(taskCreateRuleCases)("%s", async (_label, build, reason) => {
    const res = await h.post(PATHS.create, { ...build(), access_token: token });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(CREATE_FAILED);
    if (typeof reason === "string") expect(res.reason).toBe(reason);
    else expect(res.reason).toMatch(reason);
  });

  it("accepts a form-encoded body with integers written as strings", async () => {
    const { rule_config: _rc, ...body } = sendable(singleTask(), token);
    const form = new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)]));
    const res = await h.call({ method: "POST", path: PATHS.create, body: form.toString(), headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(res.json).toMatchObject({ code: 0, data: { alive_id: DEMO_LIVE } });
  });

  it("accepts a multipart body labelled application/json, as the official PHP SDK's curl call sends a PHP array", async () => {
    const { rule_config: _rc, ...body } = sendable(singleTask(), token);
    const boundary = "------------------------a1b2c3d4e5f6";
    const parts = Object.entries(body).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${String(v)}\r\n`);
    const res = await h.call({ method: "POST", path: PATHS.create, body: `${parts.join("")}--${boundary}--\r\n`, headers: { "content-type": `application/json; boundary=${boundary}` } });
    expect(res.json).toMatchObject({ code: 0, data: { alive_id: DEMO_LIVE } });
  });

  it("accepts every documented share condition and a watch task of any positive minutes", async () => {
    for (const [taskType, condition] of [
      [2, "2"],
      [2, "21"],
      [2, "22"],
      [1, "120"],
    ] as const) {
      const res = await h.post(PATHS.create, { ...sendable(singleTask(), token), task_type: taskType, task_condition: condition });
      expect(res.reason ?? "ok").toBe("ok");
    }
  });
});
