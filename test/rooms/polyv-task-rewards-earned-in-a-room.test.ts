/**
 * A user saves Polyv task-reward activities with the typed client, plays a room on the channel, and
 * reads what the viewers earned through Polyv's own pages: the activity's viewer-detail and stats,
 * and each viewer's task-reward page, where a custom reward is received once its form is submitted.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PolyvClient } from "../../src/client/index.ts";
import { type MockTarget, T0 } from "../client/support.ts";
import { CHANNEL, MINUTE, polyvRoomTarget } from "./polyv-support.ts";
import { admin, allEvents } from "./support.ts";

let target: MockTarget;
let polyv: PolyvClient;
beforeEach(async () => {
  ({ target, polyv } = await polyvRoomTarget());
});
afterEach(() => target.close());

describe("Polyv task rewards earned in a live room", () => {
  it("completes sign and online-minutes tasks in order and shows the rewards on Polyv's pages", async () => {
    const window = { channelId: CHANNEL, startTime: T0, endTime: T0 + 40 * MINUTE };
    const sequential = await polyv.saveTaskRewardActivity({
      ...window,
      activityName: "解锁任务",
      taskRule: 1,
      tasks: [
        { sort: 1, reachCondition: { type: "sign", amount: 1 }, rewardSetting: { type: "cash", amount: 100 } },
        { sort: 2, reachCondition: { type: "online", amount: 10 }, rewardSetting: { type: "custom", amount: 1, customReward: "优惠券" } },
      ],
    });
    const parallel = await polyv.saveTaskRewardActivity({
      ...window,
      activityName: "并行任务",
      taskRule: 2,
      tasks: [
        { sort: 1, reachCondition: { type: "online", amount: 5 }, rewardSetting: { type: "cash", amount: 50, limit: 10 } },
        { sort: 2, reachCondition: { type: "sign", amount: 1 }, rewardSetting: { type: "nothing", amount: 0 } },
      ],
    });
    const started = await admin(target.app, "POST", "/rooms", { vendor: "polyv", live: CHANNEL, viewers: 50, durationMinutes: 40, signInRate: 0.8 });
    expect(started.status).toBe(201);
    await admin(target.app, "POST", "/clock/advance", { minutes: 40 });
    const events = await allEvents(target.app, started.json.id);
    const completed = events.filter((e) => e.type === "task.completed");

    // Sequential: a viewer's online task never comes before their sign task; every sign task follows a sign-in.
    const seq = completed.filter((e) => e.object.id === sequential);
    const signTask = seq.find((e) => e.data.condition.type === "sign")!.data.taskId;
    for (const e of seq.filter((x) => x.data.condition.type === "online")) {
      expect(seq.some((x) => x.viewerId === e.viewerId && x.data.taskId === signTask && x.at <= e.at)).toBe(true);
    }
    for (const e of seq.filter((x) => x.data.taskId === signTask)) {
      expect(events.some((x) => x.type === "sign-in" && x.viewerId === e.viewerId && x.at <= e.at)).toBe(true);
    }
    // Parallel: the online task's 10 cash rewards, then reached without a reward.
    const par = completed.filter((e) => e.object.id === parallel && e.data.condition.type === "online");
    expect(par.length).toBeGreaterThan(10);
    expect(par.filter((e) => e.data.rewarded)).toHaveLength(10);

    // viewer-detail lists one row per completion; stats count the viewers.
    const detail = await polyv.pageTaskRewardViewerDetails({ channelId: CHANNEL, activityId: sequential, pageSize: 1000 });
    expect(detail.totalItems).toBe(seq.length);
    const stats = await polyv.pageTaskRewardActivityStats({ channelId: CHANNEL });
    const seqStats = stats.contents.find((s) => s.activityId === sequential)!;
    const reachedBoth = new Set(seq.filter((e) => e.data.condition.type === "online").map((e) => e.viewerId));
    expect(seqStats).toMatchObject({ participantTask: new Set(seq.map((e) => e.viewerId)).size, reachAllTask: reachedBoth.size, reachAllReward: 0 });

    // A viewer who reached both: the custom reward is received once the form is submitted.
    const viewerId = [...reachedBoth][0] as string;
    const mine = await polyv.pageViewerTaskRewards({ viewerId });
    const custom = mine.contents.find((r) => r.activityId === sequential && r.taskReward?.type === "custom")!;
    expect(custom).toMatchObject({ viewerId, channelId: CHANNEL, taskReward: { type: "custom", amount: "1", customReward: "优惠券" }, formInfo: null });
    expect(await polyv.submitViewerTaskRewardAcceptInfo({ id: Number(custom.id), viewerId, formInfo: [{ field: "姓名", value: "王芳" }] })).toBeNull();
    const after = await polyv.pageTaskRewardActivityStats({ channelId: CHANNEL });
    expect(after.contents.find((s) => s.activityId === sequential)).toMatchObject({ reachAllReward: 1 });
  });
});
