import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errorOf, type PolyvHarness, polyvHarness, T0, TASK_REWARD, taskRewardBody } from "./support.ts";

let h: PolyvHarness;
beforeEach(async () => {
  h = await polyvHarness();
});
afterEach(() => h.close());

const MIN = 60_000;
const save = async (json: unknown): Promise<number> => {
  const result = await h.signed({ path: `${TASK_REWARD}/save`, json });
  expect(result.status).toBe(200);
  return result.json.data as number;
};
const page = async (query: Record<string, string | number> = { channelId: 4854808 }) => (await h.signed({ path: `${TASK_REWARD}/page`, query })).json.data;
const activity = async (id: number) => (await page()).contents.find((c: { activityId: number }) => c.activityId === id);
const update = (json: unknown) => h.signed({ path: `${TASK_REWARD}/update`, json });
const stop = (activityId: number) => h.signed({ path: `${TASK_REWARD}/stop`, query: { activityId } });
const remove = (activityId: number) => h.signed({ path: `${TASK_REWARD}/delete`, query: { activityId } });

describe("a task-reward activity over time", () => {
  it("is 0 before it starts, 1 while it runs and 2 once it has ended, following the mock clock", async () => {
    const id = await save(taskRewardBody(T0 + 10 * MIN, T0 + 20 * MIN));
    expect((await activity(id)).status).toBe(0);
    h.clock.set(T0 + 10 * MIN);
    expect((await activity(id)).status).toBe(1);
    h.clock.set(T0 + 20 * MIN);
    expect((await activity(id)).status).toBe(2);
  });

  it("goes through save → page → update → page → delete → page", async () => {
    const id = await save(taskRewardBody(T0 + 10 * MIN, T0 + 20 * MIN));
    const before = await activity(id);
    expect(before).toMatchObject({ activityName: "签到有礼", taskRule: 2, tasks: [{ sort: 1 }] });

    const changed = await update({
      channelId: 4854808,
      activityId: id,
      activityName: "改名",
      taskRule: 1,
      startTime: T0 + 30 * MIN,
      endTime: T0 + 40 * MIN,
      tasks: [
        { taskId: before.tasks[0].taskId, sort: 1, reachCondition: { type: "sign", amount: 2 }, rewardSetting: { type: "cash", amount: 50, limit: 3 } },
        { reachCondition: { type: "online", amount: 5 }, rewardSetting: { type: "nothing", amount: 0 } },
      ],
    });
    expect(changed.json).toEqual({ code: 200, status: "success", requestId: expect.any(String), data: null, success: true });

    const after = await activity(id);
    expect(after).toMatchObject({ activityId: id, activityName: "改名", taskRule: 1, status: 0, startTime: T0 + 30 * MIN, endTime: T0 + 40 * MIN });
    expect(after.tasks).toHaveLength(2);
    expect(after.tasks[0]).toMatchObject({ taskId: before.tasks[0].taskId, sort: 1, startTime: T0 + 30 * MIN, rewardSetting: { type: "cash", amount: 50, limit: 3 } });
    expect(after.tasks[1].taskId).not.toBe(before.tasks[0].taskId);
    expect(after.tasks[1].sort).toBe(2);

    expect((await remove(id)).json).toMatchObject({ code: 200, data: null });
    expect((await page()).totalItems).toBe(0);
    expect(errorOf(await remove(id))).toEqual({ status: 400, code: 30002, desc: "activity not found." });
  });

  it("keeps the name when an update leaves it out", async () => {
    const id = await save(taskRewardBody(T0 + 10 * MIN, T0 + 20 * MIN));
    const result = await update({ ...taskRewardBody(T0 + 10 * MIN, T0 + 25 * MIN), activityName: undefined, activityId: id });
    expect(result.status).toBe(200);
    expect(await activity(id)).toMatchObject({ activityName: "签到有礼", endTime: T0 + 25 * MIN });
  });

  it("refuses an update once the activity has started or ended (30003)", async () => {
    const id = await save(taskRewardBody(T0 + 10 * MIN, T0 + 20 * MIN));
    for (const at of [T0 + 10 * MIN, T0 + 20 * MIN]) {
      h.clock.set(at);
      const result = await update({ ...taskRewardBody(T0 + 30 * MIN, T0 + 40 * MIN), activityId: id });
      expect(errorOf(result)).toEqual({ status: 400, code: 30003, desc: "任务奖励活动状态，不允许编辑" });
      expect(result.operation).toBe("updateTaskRewardActivity");
    }
  });

  it.each([
    ["taskRule", "param should not be empty: taskRule"],
    ["startTime", "param should not be empty: startTime"],
    ["endTime", "param should not be empty: endTime"],
    ["activityId", "param should not be empty: activityId"],
    ["tasks", "param should not be empty: tasks"],
  ])("requires %s on update, as the real server does", async (field, desc) => {
    const id = await save(taskRewardBody(T0 + 10 * MIN, T0 + 20 * MIN));
    const body: Record<string, unknown> = { ...taskRewardBody(T0 + 10 * MIN, T0 + 20 * MIN), activityId: id };
    delete body[field];
    expect(errorOf(await update(body))).toEqual({ status: 400, code: 10002, desc });
  });

  it("answers 30002 for an update of an unknown activity or one of another channel, 30001 for an unknown channel", async () => {
    const id = await save(taskRewardBody(T0 + 10 * MIN, T0 + 20 * MIN));
    expect(errorOf(await update({ ...taskRewardBody(T0 + 10 * MIN, T0 + 20 * MIN), activityId: 99 })).code).toBe(30002);
    expect(errorOf(await update({ ...taskRewardBody(T0 + 10 * MIN, T0 + 20 * MIN), activityId: id, channelId: 5004544 })).code).toBe(30002);
    expect(errorOf(await update({ ...taskRewardBody(T0 + 10 * MIN, T0 + 20 * MIN), activityId: id, channelId: 1111111 })).code).toBe(30001);
  });

  it("validates update bodies like save bodies (start before end)", async () => {
    const id = await save(taskRewardBody(T0 + 10 * MIN, T0 + 20 * MIN));
    expect(errorOf(await update({ ...taskRewardBody(T0 + 20 * MIN, T0 + 10 * MIN), activityId: id }))).toEqual({ status: 400, code: 10001, desc: "活动开始时间必须早于结束时间" });
  });

  it("stops only a running activity, which then reads as ended at the stop time", async () => {
    const id = await save(taskRewardBody(T0 + 10 * MIN, T0 + 20 * MIN));
    expect(errorOf(await stop(id))).toEqual({ status: 400, code: 30003, desc: "任务奖励活动状态，不允许结束" });
    h.clock.set(T0 + 12 * MIN);
    const stopped = await stop(id);
    expect(stopped.json).toMatchObject({ code: 200, status: "success", data: null, success: true });
    expect(stopped.operation).toBe("stopTaskRewardActivity");
    expect(await activity(id)).toMatchObject({ status: 2, endTime: T0 + 12 * MIN, tasks: [{ endTime: T0 + 12 * MIN }] });
    expect(errorOf(await stop(id)).code).toBe(30003);
    expect(errorOf(await update({ ...taskRewardBody(T0 + 30 * MIN, T0 + 40 * MIN), activityId: id })).code).toBe(30003);
  });

  it("answers 30002 when stopping or deleting an unknown activity, 10002 without activityId", async () => {
    expect(errorOf(await stop(424242))).toEqual({ status: 400, code: 30002, desc: "activity not found." });
    expect(errorOf(await h.signed({ path: `${TASK_REWARD}/delete` }))).toEqual({ status: 400, code: 10002, desc: "param should not be empty: activityId" });
  });

  it("deletes at any status", async () => {
    const id = await save(taskRewardBody(T0 + 10 * MIN, T0 + 20 * MIN));
    h.clock.set(T0 + 15 * MIN);
    expect((await remove(id)).status).toBe(200);
  });
});

describe("listing task-reward activities", () => {
  it("pages newest first and honours pageNumber/pageSize", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 3; i += 1) ids.push(await save(taskRewardBody(T0 + MIN, T0 + 2 * MIN, { activityName: `a${i}` })));
    const first = await page({ channelId: 4854808, pageSize: 2 });
    expect(first).toMatchObject({ pageNumber: 1, pageSize: 2, totalPages: 2, totalItems: 3 });
    expect(first.contents.map((c: { activityId: number }) => c.activityId)).toEqual([ids[2], ids[1]]);
    const second = await page({ channelId: 4854808, pageSize: 2, pageNumber: 2 });
    expect(second.contents.map((c: { activityId: number }) => c.activityId)).toEqual([ids[0]]);
  });

  it("lists only the channel asked for, and an empty page for a channel without activities", async () => {
    await save(taskRewardBody(T0 + MIN, T0 + 2 * MIN));
    expect(await page({ channelId: 5004544 })).toEqual({ pageNumber: 1, pageSize: 10, totalPages: 0, totalItems: 0, contents: [] });
  });

  it.each([
    [{}, 10002, "param should not be empty: channelId"],
    [{ channelId: "abc" }, 10001, "param is not digit: channelId"],
    [{ channelId: 4854808, pageSize: 1001 }, 10001, "number range error: pageSize"],
    [{ channelId: 4854808, pageNumber: 0 }, 10001, "number range error: pageNumber"],
    [{ channelId: 7777777 }, 30001, "channel not found."],
  ])("answers bad page queries with the Polyv error (%o)", async (query, code, desc) => {
    expect(errorOf(await h.signed({ path: `${TASK_REWARD}/page`, query }))).toEqual({ status: 400, code, desc });
  });
});

describe("task-reward statistics and viewer details", () => {
  it("pages one stats row per activity of the channel, with zero counters", async () => {
    const id = await save(taskRewardBody(T0 + MIN, T0 + 2 * MIN));
    const result = await h.signed({ path: `${TASK_REWARD}/stats`, query: { channelId: 4854808 } });
    expect(result.operation).toBe("pageTaskRewardActivityStats");
    expect(result.json.data).toEqual({
      pageNumber: 1,
      pageSize: 10,
      totalPages: 1,
      totalItems: 1,
      contents: [{ channelId: 4854808, activityId: id, activityName: "签到有礼", taskRule: 2, startTime: T0 + MIN, endTime: T0 + 2 * MIN, participantTask: 0, reachAllTask: 0, reachAllReward: 0 }],
    });
  });

  it("answers an empty viewer page for a known activity and 30002 for an unknown one", async () => {
    const id = await save(taskRewardBody(T0 + MIN, T0 + 2 * MIN));
    const result = await h.signed({ path: `${TASK_REWARD}/viewer-detail`, query: { channelId: 4854808, activityId: id, viewerId: "v1" } });
    expect(result.operation).toBe("pageTaskRewardViewerDetails");
    expect(result.json.data).toEqual({ pageNumber: 1, pageSize: 10, totalPages: 0, totalItems: 0, contents: [] });
    expect(errorOf(await h.signed({ path: `${TASK_REWARD}/viewer-detail`, query: { channelId: 4854808, activityId: 1 } })).code).toBe(30002);
    expect(errorOf(await h.signed({ path: `${TASK_REWARD}/viewer-detail`, query: { channelId: 4854808 } })).desc).toBe("param should not be empty: activityId");
  });
});
