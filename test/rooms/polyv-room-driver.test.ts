/**
 * The Polyv room driver on its own (a fake engine from test/support/scripted-room.ts over the real
 * mock's store): viewers reach task-reward tasks in order and get their rewards, lotteries are drawn
 * on time and on a host move, and the vendor's own endpoints read the results back.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RoomInput, RoomViewer } from "../../src/mock/rooms/types.ts";
import { createPolyvRoomDriver } from "../../src/mock/vendors/polyv/room.ts";
import { polyvViewer } from "../../src/mock/vendors/polyv/room-viewers.ts";
import { DEMO_APP, LOTTERY, type PolyvHarness, polyvHarness, T0, TASK_REWARD } from "../polyv/support.ts";
import { type FakeRoom, fakeRoom, roomRandom } from "../support/scripted-room.ts";

const CHANNEL = 4854808;
const MIN = 60_000;

let h: PolyvHarness;
beforeEach(async () => {
  h = await polyvHarness();
});
afterEach(() => h.close());

const crowd = (type: Extract<RoomInput, { kind: "crowd" }>["type"], viewer: RoomViewer, minute: number): RoomInput => ({ kind: "crowd", type, viewer, at: T0 + minute * MIN });

const cash = (amount: number, limit?: number) => ({ type: "cash", amount, ...(limit === undefined ? {} : { limit }) });

async function saveActivity(activityName: string, taskRule: number, rewards: [Record<string, unknown>, Record<string, unknown>]): Promise<number> {
  const tasks = [
    { sort: 1, reachCondition: { type: "sign", amount: 1 }, rewardSetting: rewards[0] },
    { sort: 2, reachCondition: { type: "online", amount: 10 }, rewardSetting: rewards[1] },
  ];
  const saved = await h.signed({ path: `${TASK_REWARD}/save`, json: { channelId: CHANNEL, activityName, taskRule, startTime: T0, endTime: T0 + 60 * MIN, tasks } });
  return saved.json.data as number;
}

/** Two activities (sign 1 then 10 online minutes), sequential and parallel, and two lotteries. */
async function setUp() {
  const sequential = await saveActivity("解锁任务", 1, [cash(100, 2), { type: "custom", amount: 1, customReward: "优惠券" }]);
  const parallel = await saveActivity("并行任务", 2, [cash(50), { type: "nothing", amount: 0 }]);
  const none = (await h.signed({ path: `${LOTTERY}/create`, query: { channelId: CHANNEL }, json: { activityName: "无条件抽奖", lotteryCondition: "none", amount: 2, prizeName: "键盘" } })).json.data
    .id as number;
  const duration = (
    await h.signed({
      path: `${LOTTERY}/create`,
      query: { channelId: CHANNEL },
      json: {
        activityName: "观看时长抽奖",
        lotteryCondition: "duration",
        amount: 5,
        prizeName: "耳机",
        activityDuration: "20",
        duration: 15,
        acceptType: "form",
        formInfo: [{ field: "姓名", tips: "请输入姓名" }],
      },
    })
  ).json.data.id as number;
  return { sequential, parallel, none, duration };
}

/** Four viewers: a signs in at 2 and stays; b stays without signing in; c signs in and leaves at 5; d comes at 30. */
function script(room: FakeRoom, lotteryId: number) {
  const random = roomRandom(99);
  const [a, b, c, d] = [0, 1, 2, 3].map((i) => polyvViewer(i, random)) as [RoomViewer, RoomViewer, RoomViewer, RoomViewer];
  room.add(
    crowd("viewer.joined", a, 0),
    crowd("viewer.joined", b, 1),
    crowd("viewer.joined", c, 1),
    crowd("sign-in", a, 2),
    crowd("sign-in", c, 3),
    crowd("viewer.left", c, 5),
    crowd("viewer.joined", d, 30),
    crowd("sign-in", d, 31),
    { kind: "action", action: "draw-lottery", params: { lotteryId }, at: T0 + 40 * MIN },
  );
  return { a, b, c, d };
}

describe("a Polyv room driver", () => {
  it("completes tasks in order, grants rewards and draws lotteries, read back through Polyv's endpoints", async () => {
    const ids = await setUp();
    const driver = createPolyvRoomDriver(h.app.livemock.context);
    expect(await driver.findLive(String(CHANNEL))).toEqual({ owner: DEMO_APP.appId, live: String(CHANNEL), title: `livemock channel ${CHANNEL}` });
    expect(await driver.findLive("999999")).toBeUndefined();
    const room = fakeRoom(driver, { vendor: "polyv", live: String(CHANNEL), owner: DEMO_APP.appId, startedAt: T0, durationMinutes: 60 });
    const { a, b, c, d } = script(room, ids.none);
    await room.playAll(7 * MIN);

    const completed = room.events.filter((e) => e.type === "task.completed").map((e) => [e.viewerId, e.object?.id, e.data?.taskId, (e.at - T0) / MIN, e.data?.rewarded]);
    // Sequential: a signs at 2 (task 1), then 10 online minutes at 10 (task 2). c signs (task 1) but leaves at 5.
    // d signs at 31 but the two cash rewards of task 1 are gone; d's 10 minutes come at 40.
    const sequential = completed.filter((x) => x[1] === ids.sequential);
    expect(sequential.map(([v, , , at, rewarded]) => [v, at, rewarded])).toEqual([
      [a.id, 2, true],
      [c.id, 3, true],
      [a.id, 10, true],
      [d.id, 31, false],
      [d.id, 40, true],
    ]);
    // b never signs in: a sequential activity never unlocks b's online task; the parallel one does.
    const parallel = completed.filter((x) => x[1] === ids.parallel);
    expect(parallel.map(([v, , , at]) => [v, at])).toEqual([
      [a.id, 2],
      [c.id, 3],
      [a.id, 10],
      [b.id, 11],
      [d.id, 31],
      [d.id, 40],
    ]);

    // The none lottery, drawn at 40 among the 3 online viewers (a, b, d): 2 winners.
    // The duration lottery draws itself at 20 (its activityDuration) among who watched 15 minutes: a, b.
    const drawn = room.events.filter((e) => e.type === "lottery.drawn");
    expect(drawn.map((e) => [e.object?.id, (e.at - T0) / MIN, e.data?.participants, e.data?.winners])).toEqual([
      [ids.duration, 20, 2, 2],
      [ids.none, 40, 1, 1],
    ]);
    const durationWinners = room.events.filter((e) => e.type === "lottery.won" && e.object?.id === ids.duration).map((e) => e.viewerId);
    expect(durationWinners.sort()).toEqual([a.id, b.id].sort());
    // repeatWinEnabled N: a and b won already, so only d takes part in the none lottery.
    expect(room.events.filter((e) => e.type === "lottery.won" && e.object?.id === ids.none).map((e) => e.viewerId)).toEqual([d.id]);

    // Read back: viewer-detail, stats, the viewer's own page.
    const detail = await h.signed({ path: `${TASK_REWARD}/viewer-detail`, query: { channelId: CHANNEL, activityId: ids.sequential } });
    // a: 2, c: 1, d: 2 (d's first one reached after the task's 2 cash rewards were gone).
    expect(detail.json.data.totalItems).toBe(5);
    expect(detail.json.data.contents[0]).toEqual({
      viewerId: Number(a.id),
      taskId: expect.any(Number),
      sort: 1,
      taskReach: { type: "sign", amount: 1 },
      taskReward: { type: "cash", amount: "100", limit: 2, customReward: null },
    });
    const stats = await h.signed({ path: `${TASK_REWARD}/stats`, query: { channelId: CHANNEL } });
    const seqStats = stats.json.data.contents.find((s: { activityId: number }) => s.activityId === ids.sequential);
    // a and d reached both tasks; the custom reward waits for the accept form, so nobody received every reward yet.
    expect(seqStats).toMatchObject({ participantTask: 3, reachAllTask: 2, reachAllReward: 0 });
    const parStats = stats.json.data.contents.find((s: { activityId: number }) => s.activityId === ids.parallel);
    expect(parStats).toMatchObject({ participantTask: 4, reachAllTask: 2, reachAllReward: 2 });
    const mine = await h.signed({ path: "/live/v4/user/viewer-task-reward/page", query: { viewerId: a.id } });
    expect(mine.json.data.totalItems).toBe(4);

    // Lottery results.
    const records = await h.signed({ path: "/live/v4/channel/lottery/list", query: { channelId: CHANNEL } });
    expect(records.json.data.totalItems).toBe(2);
    const record = records.json.data.contents.find((r: { prize: string }) => r.prize === "耳机");
    expect(record).toMatchObject({ channelId: CHANNEL, userId: "cc167950af", winnerCount: 2, totalUsers: 2, amount: 5, createdTime: T0 + 20 * MIN });
    expect(record.lotteryId).toMatch(/^[0-9a-z]{10}$/u);
    const winners = await h.signed({ path: "/live/v4/channel/lottery/query-winner-viewer", query: { channelId: CHANNEL, lotteryId: record.lotteryId } });
    expect(winners.json.data.contents.map((w: { viewerId: string }) => w.viewerId).sort()).toEqual([a.id, b.id].sort());
    expect(winners.json.data.contents[0]).toMatchObject({ prize: "耳机", winTime: T0 + 20 * MIN, winnerCode: expect.stringMatching(/^[0-9A-Z]{8}$/u) });
    const activityRecords = await h.signed({ path: "/live/v4/channel/lottery/activity-record/list", query: { channelId: CHANNEL } });
    expect(activityRecords.json.data.contents.map((r: { id: number }) => r.id).sort()).toEqual([ids.none, ids.duration].sort());
  });

  it("plays the same whatever the step sizes", async () => {
    const ids = await setUp();
    const driver = createPolyvRoomDriver(h.app.livemock.context);
    const runs: unknown[] = [];
    for (const step of [60 * MIN, 7 * MIN, 1 * MIN]) {
      await h.app.livemock.reset();
      // The reset restores the counters too, so the objects get the same ids again.
      expect(await setUp()).toEqual(ids);
      const room = fakeRoom(driver, { vendor: "polyv", live: String(CHANNEL), owner: DEMO_APP.appId, startedAt: T0, durationMinutes: 60 });
      script(room, ids.none);
      await room.playAll(step);
      runs.push(room.events.map(({ seq: _s, ...e }) => e));
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });
});
