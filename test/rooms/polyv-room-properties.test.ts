/**
 * Property-based invariants of the Polyv room driver over random crowds, task-reward activities,
 * lotteries and host moves (fast-check), checked against an independent recount of the inputs:
 * a lottery draw never has more winners than its `amount` nor anyone twice; a task is completed
 * only when its condition is met, within its window, in task order for sequential activities (and
 * a parallel task met before the end is completed); step sizes change nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MockContext } from "../../src/mock/core/context.ts";
import type { RoomEvent, RoomInput, RoomViewer } from "../../src/mock/rooms/types.ts";
import { createMemoryStore } from "../../src/mock/store/index.ts";
import { polyvScope } from "../../src/mock/vendors/polyv/channels.ts";
import type { StoredLottery } from "../../src/mock/vendors/polyv/lottery.ts";
import { createPolyvRoomDriver } from "../../src/mock/vendors/polyv/room.ts";
import { polyvViewer } from "../../src/mock/vendors/polyv/room-viewers.ts";
import type { StoredTaskReward } from "../../src/mock/vendors/polyv/task-reward.ts";
import { fakeRoom, roomRandom } from "../support/scripted-room.ts";

const APP = { appId: "frlr1zazn3", appSecret: "s", userId: "cc167950af" };
const CHANNEL = 4854808;
const T0 = Date.parse("2026-03-01T00:00:00Z");
const MIN = 60_000;
const ROOM_MINUTES = 60;
const END = T0 + ROOM_MINUTES * MIN;
const RUNS = Number(process.env.LIVEMOCK_PROPERTY_RUNS) || 60;

const second = (max: number) => fc.integer({ min: 0, max: max * 60 }).map((s) => s * 1000);

const viewerArb = fc.record({
  sessions: fc.array(fc.tuple(second(ROOM_MINUTES), second(40)), { minLength: 1, maxLength: 3 }),
  signIns: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
  comments: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
  shares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
});

const taskArb = fc.record({
  type: fc.constantFrom("sign", "online"),
  amount: fc.integer({ min: 1, max: 25 }),
  reward: fc.constantFrom("cash", "custom", "nothing"),
  limit: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
});

const activityArb = fc.record({
  taskRule: fc.constantFrom(1, 2),
  start: fc.integer({ min: -10, max: 50 }),
  length: fc.integer({ min: 5, max: 70 }),
  tasks: fc.array(taskArb, { minLength: 1, maxLength: 4 }),
  stopAt: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
});

const lotteryArb = fc.record({
  condition: fc.constantFrom("none", "invite", "duration", "comment", "question"),
  amount: fc.integer({ min: 1, max: 5 }),
  activityDuration: fc.option(fc.integer({ min: 1, max: 70 }), { nil: null }),
  duration: fc.integer({ min: 1, max: 20 }),
  inviteNum: fc.integer({ min: 1, max: 2 }),
  repeatWin: fc.constantFrom("Y", "N"),
  online: fc.constantFrom("Y", "N", undefined),
  prizes: fc.array(fc.record({ correctAnswerCount: fc.integer({ min: 0, max: 3 }), amount: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 3 }),
});

const scenarioArb = fc.record({
  viewers: fc.array(viewerArb, { minLength: 1, maxLength: 20 }),
  activities: fc.array(activityArb, { maxLength: 3 }),
  lotteries: fc.array(lotteryArb, { maxLength: 3 }),
  draws: fc.array(fc.record({ at: second(ROOM_MINUTES), lottery: fc.integer({ min: 0, max: 3 }) }), { maxLength: 4 }),
  step: fc.integer({ min: 1, max: 45 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

interface Built {
  inputs: RoomInput[];
  /** Per viewer: watch sessions [join, leave] (clipped at the room's end) and moves. */
  viewers: Map<string, { sessions: [number, number][]; signIns: number[] }>;
  activities: StoredTaskReward[];
  lotteries: StoredLottery[];
}

function build(s: Scenario): Built {
  const random = roomRandom(s.seed);
  const inputs: RoomInput[] = [];
  const viewers = new Map<string, { sessions: [number, number][]; signIns: number[] }>();
  s.viewers.forEach((v, index) => {
    const viewer: RoomViewer = polyvViewer(index, random);
    // Non-overlapping sessions: sort by join, push each after the previous leave.
    const sessions: [number, number][] = [];
    let free = T0;
    for (const [join, stay] of [...v.sessions].sort((a, b) => a[0] - b[0])) {
      const joinAt = Math.max(free, T0 + join);
      if (joinAt >= END) break;
      const leaveAt = Math.min(joinAt + stay + 1000, END);
      sessions.push([joinAt, leaveAt]);
      free = leaveAt + 1000;
    }
    const at = (f: number) => {
      const [a, b] = sessions[Math.floor(f * sessions.length) % sessions.length]!;
      return a + Math.floor((b - a) * f);
    };
    for (const [a, b] of sessions) {
      inputs.push({ kind: "crowd", type: "viewer.joined", viewer, at: a });
      if (b < END) inputs.push({ kind: "crowd", type: "viewer.left", viewer, at: b });
    }
    const signIns = sessions.length === 0 ? [] : v.signIns.map(at);
    for (const t of signIns) inputs.push({ kind: "crowd", type: "sign-in", viewer, at: t });
    if (sessions.length > 0) {
      for (const f of v.comments) inputs.push({ kind: "crowd", type: "comment", viewer, at: at(f), text: "666" });
      for (const f of v.shares) inputs.push({ kind: "crowd", type: "share", viewer, at: at(f) });
    }
    viewers.set(viewer.id, { sessions, signIns });
  });
  let taskId = 4827;
  const activities = s.activities.map((a, i): StoredTaskReward => {
    const startTime = T0 + a.start * MIN;
    const endTime = startTime + a.length * MIN;
    const stoppedAt = a.stopAt === null ? null : T0 + a.stopAt * MIN;
    return {
      activityId: 10465 + i,
      userId: APP.userId,
      channelId: CHANNEL,
      activityName: `activity ${i}`,
      activityMode: 1,
      taskRule: a.taskRule,
      startTime,
      endTime: stoppedAt !== null && stoppedAt < endTime ? stoppedAt : endTime,
      stoppedAt: stoppedAt !== null && stoppedAt < endTime ? stoppedAt : null,
      tasks: a.tasks.map((t, sort) => ({
        taskId: taskId++,
        sort: sort + 1,
        reachCondition: { type: t.type, amount: t.type === "sign" ? Math.min(t.amount, 3) : t.amount },
        rewardSetting: { type: t.reward, amount: 100, limit: t.limit, customReward: "" },
      })),
    };
  });
  const lotteries = s.lotteries.map(
    (l, i): StoredLottery => ({
      id: 20521 + i,
      channelId: CHANNEL,
      deleted: false,
      fields: {
        activityName: `lottery ${i}`,
        lotteryCondition: l.condition,
        amount: l.amount,
        prizeName: "键盘",
        activityDuration: l.activityDuration === null ? null : String(l.activityDuration),
        duration: l.duration,
        inviteNum: l.inviteNum,
        comment: "抽奖",
        repeatWinEnabled: l.repeatWin,
        ...(l.online === undefined ? {} : { lotteryOnlineEnabled: l.online }),
        prizeInfo: l.prizes.map((p, n) => ({ prizeItem: `${n + 1}等奖`, prizeName: `奖品${n}`, correctAnswerCount: p.correctAnswerCount, acceptType: "form", amount: p.amount })),
      } as StoredLottery["fields"],
    }),
  );
  for (const d of s.draws) inputs.push({ kind: "action", action: "draw-lottery", params: { lotteryId: 20521 + d.lottery }, at: T0 + d.at });
  return { inputs, viewers, activities, lotteries };
}

async function play(built: Built, step: number, seed: number): Promise<RoomEvent[]> {
  const store = createMemoryStore();
  store.transact({ vendor: "polyv", owner: APP.appId }, (state) => {
    state.put(polyvScope(APP.appId, "channel"), CHANNEL, { channelId: CHANNEL, userId: APP.userId, name: "room" });
    for (const a of built.activities) state.put(polyvScope(APP.appId, "task-reward"), a.activityId, a);
    for (const l of built.lotteries) state.put(polyvScope(APP.appId, "lottery"), l.id, l);
  });
  const context = { store, credentials: { polyv: [APP] } } as unknown as MockContext;
  const room = fakeRoom(createPolyvRoomDriver(context), { vendor: "polyv", live: String(CHANNEL), owner: APP.appId, startedAt: T0, durationMinutes: ROOM_MINUTES, seed });
  room.add(...built.inputs);
  await room.playAll(step);
  return room.events;
}

const watched = (sessions: [number, number][], from: number, to: number) => sessions.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);

function checkLotteries(events: RoomEvent[], built: Built): void {
  const byActivity = new Map<string | number, Set<string>>();
  const everWon = new Set<string>();
  for (const drawn of events.filter((e) => e.type === "lottery.drawn")) {
    const lottery = built.lotteries.find((l) => l.id === drawn.object?.id)!;
    const won = events.filter((e) => e.type === "lottery.won" && e.data?.lotteryId === drawn.data?.lotteryId).map((e) => e.viewerId!);
    expect(won.length).toBe(drawn.data?.winners);
    expect(won.length).toBeLessThanOrEqual(lottery.fields.amount);
    expect(new Set(won).size).toBe(won.length);
    const before = byActivity.get(lottery.id) ?? new Set<string>();
    for (const viewerId of won) {
      expect(before.has(viewerId)).toBe(false);
      if (lottery.fields.repeatWinEnabled !== "Y") expect(everWon.has(viewerId)).toBe(false);
    }
    for (const viewerId of won) {
      before.add(viewerId);
      everWon.add(viewerId);
    }
    byActivity.set(lottery.id, before);
  }
}

function checkTasks(events: RoomEvent[], built: Built): void {
  const completed = events.filter((e) => e.type === "task.completed");
  for (const activity of built.activities) {
    const ordered = [...activity.tasks].sort((a, b) => a.sort - b.sort);
    for (const [viewerId, v] of built.viewers) {
      const mine = completed.filter((e) => e.object?.id === activity.activityId && e.viewerId === viewerId);
      // Each task at most once, within the activity's window, only once its condition is met.
      expect(new Set(mine.map((e) => e.data?.taskId)).size).toBe(mine.length);
      for (const e of mine) {
        const task = activity.tasks.find((t) => t.taskId === e.data?.taskId)!;
        expect(e.at).toBeGreaterThanOrEqual(activity.startTime);
        expect(e.at).toBeLessThan(activity.endTime);
        const counter = task.reachCondition.type === "sign" ? v.signIns.filter((t) => t >= activity.startTime && t <= e.at).length : watched(v.sessions, activity.startTime, e.at) / MIN;
        expect(counter).toBeGreaterThanOrEqual(task.reachCondition.amount);
      }
      if (activity.taskRule === 1) {
        // Sequential: a prefix of the tasks, in order, at non-decreasing times.
        expect(mine.map((e) => e.data?.taskId)).toEqual(ordered.slice(0, mine.length).map((t) => t.taskId));
        for (let i = 1; i < mine.length; i++) expect(mine[i]!.at).toBeGreaterThanOrEqual(mine[i - 1]!.at);
      } else {
        // Parallel: a task met before the window's end is completed.
        const end = Math.min(activity.endTime, END);
        for (const task of activity.tasks) {
          const met =
            task.reachCondition.type === "sign"
              ? v.signIns.filter((t) => t >= activity.startTime && t < end).length >= task.reachCondition.amount
              : watched(v.sessions, activity.startTime, end) > task.reachCondition.amount * MIN;
          if (met) expect(mine.some((e) => e.data?.taskId === task.taskId)).toBe(true);
        }
      }
    }
  }
}

describe("Polyv room invariants (fast-check)", () => {
  it("holds over random crowds, activities, lotteries and steps", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const built = build(s);
        const events = await play(built, s.step * MIN, s.seed);
        checkLotteries(events, built);
        checkTasks(events, built);
        // Step sizes change nothing.
        const oneStep = await play(built, ROOM_MINUTES * MIN, s.seed);
        expect(oneStep).toEqual(events);
      }),
      { numRuns: RUNS, seed: process.env.LIVEMOCK_PROPERTY_SEED ? Number(process.env.LIVEMOCK_PROPERTY_SEED) : undefined },
    );
  });
});
