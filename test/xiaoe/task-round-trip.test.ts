import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { singleTask, unorderedCombo } from "../contracts/xiaoe/seed-examples.ts";
import { orderedCombo } from "../contracts/xiaoe/task-create-cases.ts";
import { DEMO_LIVE, PATHS, sendable, type XiaoeHarness, xiaoeHarness } from "./support.ts";

let h: XiaoeHarness;
let token: string;
beforeEach(async () => {
  h = await xiaoeHarness();
  token = await h.token();
});
afterEach(async () => h.close());

const create = async (body: Record<string, unknown>) => (await h.post(PATHS.create, body)).json.data.task_id as number;
const get = (id: number, aliveId = DEMO_LIVE) => h.post(PATHS.get, { access_token: token, alive_id: aliveId, live_task_id: id });
const list = (aliveId = DEMO_LIVE) => h.post(PATHS.list, { access_token: token, alive_id: aliveId });

describe("reading back a created task", () => {
  it("returns a single task from task.get with reward_value as an object and a request_id", async () => {
    const id = await create(sendable(singleTask(), token));
    const res = await get(id);
    expect(res.operation).toBe("getLiveTask");
    expect(res.json.code).toBe(0);
    expect(res.json.request_id).toMatch(/^[0-9a-f]{32}$/);
    expect(res.json.data.live_task).toMatchObject({
      id,
      alive_id: DEMO_LIVE,
      task_type: 1,
      task_condition: "3",
      task_state: 1,
      reward_type: 5,
      start_at: "2026-03-01 00:00:00",
      end_at: "2026-03-03 00:00:00",
      task_module: 0,
      task_is_major: 0,
    });
    expect(res.json.data.live_task.reward_value).toMatchObject({ prizeName: "自定义奖品名称", qrcode: "1", prizeNum: 1 });
  });

  it("renders a points reward as {value} and a child of an unordered combo without reward", async () => {
    const main = await create(sendable(unorderedCombo(), token));
    const mainTask = (await get(main)).json.data.live_task;
    expect(mainTask).toMatchObject({ task_module: 1, task_is_major: 0, task_type: 0, task_condition: "", task_title: "任务包", reward_type: 1, reward_value: { value: "1" } });
    const child = (await get(main + 1)).json.data.live_task;
    expect(child).toMatchObject({ id: main + 1, task_module: 1, task_is_major: 1, task_type: 1, task_condition: "10", reward_type: 0, reward_value: {} });
  });

  it("lists main tasks oldest first with children nested, conditions as integers, created_at from the mock clock", async () => {
    expect((await list()).json).toEqual({ code: 0, msg: "ok", data: { is_open_task: 0, list: [] } });
    const single = await create(sendable(singleTask(), token));
    h.clock.advance(60_000);
    const combo = await create(sendable(unorderedCombo(), token));
    const res = await list();
    expect(res.operation).toBe("listLiveTasks");
    expect(res.json.data.is_open_task).toBe(1);
    const [first, second] = res.json.data.list;
    expect(first).toMatchObject({ id: single, app_id: "apptrfbbm2m8971", task_condition: 3, child_tasks: [], created_at: "2026-03-01 08:00:00" });
    expect(second).toMatchObject({ id: combo, task_type: 0, task_condition: 0, is_order: 0, created_at: "2026-03-01 08:01:00" });
    expect(second.child_tasks).toEqual([
      expect.objectContaining({ id: combo + 1, task_type: 1, task_condition: 10, task_is_major: 1, reward_type: 0, reward_value: "" }),
      expect.objectContaining({ id: combo + 2, task_type: 4, task_condition: 9, reward_frequency: "1" }),
    ]);
    expect(res.json.data.list).toHaveLength(2);
  });

  it("answers 直播不存在 for an unknown live on task.get and on the list", async () => {
    const id = await create(sendable(singleTask(), token));
    for (const res of [await get(id, "l_000000000000000000000000"), await list("l_000000000000000000000000")]) {
      expect(res.json).toEqual({ code: 1, msg: "直播不存在", data: null });
      expect(res.reason).toBe("alive_id: live l_000000000000000000000000 does not exist for app apptrfbbm2m8971");
    }
  });

  it("answers 直播任务不存在 for an unknown task id", async () => {
    const res = await get(1234567);
    expect(res.json).toEqual({ code: 1, msg: "直播任务不存在", data: null });
    expect(res.reason).toMatch(/^live_task_id: no task 1234567 in live/);
  });

  it("answers a non-integer live_task_id on task.get with 直播任务不存在 naming the field", async () => {
    const res = await h.post(PATHS.get, { access_token: token, alive_id: DEMO_LIVE, live_task_id: "abc" });
    expect(res.json).toEqual({ code: 1, msg: "直播任务不存在", data: null });
    expect(res.reason).toBe('live_task_id: expected a number, got "abc"');
  });
});

describe("updating a task (full replace by live_task_id)", () => {
  it("replaces a single task and shows the new fields on get and list", async () => {
    const id = await create(sendable(singleTask(), token));
    const res = await h.post(PATHS.update, {
      ...sendable(singleTask(), token),
      live_task_id: id,
      task_type: 3,
      task_condition: "5",
      reward_type: 1,
      reward_value: "50",
      end_at: "2026-03-05 00:00:00",
    });
    expect(res.json).toEqual({ code: 0, msg: "操作成功", data: { task_id: id, alive_id: DEMO_LIVE } });
    expect(res.operation).toBe("updateLiveTask");
    expect((await get(id)).json.data.live_task).toMatchObject({ task_type: 3, task_condition: "5", reward_type: 1, reward_value: { value: "50" }, end_at: "2026-03-05 00:00:00" });
    expect((await list()).json.data.list).toHaveLength(1);
  });

  it("turns an unordered combo into the ordered one: children keep their ids by position and gain rewards", async () => {
    const main = await create(sendable(unorderedCombo(), token));
    const res = await h.post(PATHS.update, { ...orderedCombo(), access_token: token, live_task_id: main });
    expect(res.json.code).toBe(0);
    const [listed] = (await list()).json.data.list;
    expect(listed).toMatchObject({ id: main, is_order: 1, reward_type: 5 });
    expect(listed.child_tasks.map((c: { id: number; reward_type: number }) => [c.id, c.reward_type])).toEqual([
      [main + 1, 5],
      [main + 2, 1],
    ]);
  });

  it("drops children no longer sent and numbers extra children after the last id", async () => {
    const main = await create(sendable(unorderedCombo(), token));
    const body = sendable(unorderedCombo(), token);
    const oneChild = JSON.stringify([JSON.parse(body.child_tasks as string)[0]]);
    expect((await h.post(PATHS.update, { ...body, child_tasks: oneChild, live_task_id: main })).json.code).toBe(0);
    expect((await list()).json.data.list[0].child_tasks.map((c: { id: number }) => c.id)).toEqual([main + 1]);
    expect((await get(main + 2)).json.msg).toBe("直播任务不存在");
    const three = JSON.stringify([...JSON.parse(body.child_tasks as string), { task_type: 2, task_condition: "3" }]);
    expect((await h.post(PATHS.update, { ...body, child_tasks: three, live_task_id: main })).json.code).toBe(0);
    expect((await list()).json.data.list[0].child_tasks.map((c: { id: number }) => c.id)).toEqual([main + 1, main + 3, main + 4]);
  });

  it("answers a broken rule with 编辑直播任务失败 and leaves the task unchanged", async () => {
    const id = await create(sendable(singleTask(), token));
    const res = await h.post(PATHS.update, { ...sendable(singleTask(), token), live_task_id: id, task_type: 3, task_condition: "1" });
    expect(res.json).toEqual({ code: 1, msg: "编辑直播任务失败", data: null });
    expect(res.reason).toBe('task_condition: "1" is not valid for task_type 3 (consumption: 4, 5)');
    expect((await get(id)).json.data.live_task.task_type).toBe(1);
  });

  it("answers 编辑直播任务失败 without live_task_id", async () => {
    const res = await h.post(PATHS.update, sendable(singleTask(), token));
    expect(res.json).toEqual({ code: 1, msg: "编辑直播任务失败", data: null });
    expect(res.reason).toBe("live_task_id: required");
  });

  it("answers 直播任务不存在 for an unknown task and for a task of another live", async () => {
    const res = await h.post(PATHS.update, { ...sendable(singleTask(), token), live_task_id: 1975339 });
    expect(res.json).toEqual({ code: 1, msg: "直播任务不存在", data: null });
    expect(res.reason).toBe("live_task_id: no task 1975339 in live l_696ef6c1e4b0694c5b78ba7b for app apptrfbbm2m8971");
  });

  it("answers 编辑直播任务失败 for an unknown live", async () => {
    const id = await create(sendable(singleTask(), token));
    const res = await h.post(PATHS.update, { ...sendable(singleTask(), token), alive_id: "l_000000000000000000000000", live_task_id: id });
    expect(res.json).toEqual({ code: 1, msg: "编辑直播任务失败", data: null });
    expect(res.reason).toMatch(/^alive_id: live l_000000000000000000000000 does not exist/);
  });

  it("refuses to update a combo child on its own", async () => {
    const main = await create(sendable(unorderedCombo(), token));
    const res = await h.post(PATHS.update, { ...sendable(singleTask(), token), live_task_id: main + 1 });
    expect(res.json).toEqual({ code: 1, msg: "编辑直播任务失败", data: null });
    expect(res.reason).toBe(`live_task_id: ${main + 1} is a child of combo task ${main}; update the main task with the full child_tasks`);
  });
});

describe("state and reset", () => {
  it("restores the seeded state on POST /__livemock/reset: tasks gone, ids from 1975339 again, demo live still there", async () => {
    await create(sendable(singleTask(), token));
    await h.app.request("/__livemock/reset", { method: "POST" });
    token = await h.token();
    expect((await list()).json.data.list).toEqual([]);
    expect(await create(sendable(singleTask(), token))).toBe(1975339);
  });
});
