/**
 * Polyv live rooms: a room is one channel (a doc channel or a created one) of one app. Its crowd
 * drives the channel's task-reward activities (room-tasks.ts) and lotteries (room-lottery.ts); what
 * it produces is written to the store kinds the result endpoints read (results.ts):
 * `task-reward-viewer` (viewer-detail, stats, viewer-task-reward/page), `lottery-record`
 * (lottery/list, activity-record/list) and `lottery-winner` (query-winner-viewer).
 */
import { type Awaitable, andThen } from "../../../util/awaitable.ts";
import type { MockContext } from "../../core/context.ts";
import type { RoomAction, RoomDriver, RoomHandle, RoomInput } from "../../rooms/types.ts";
import type { StoreState } from "../../store/index.ts";
import { POLYV_DOC_CHANNELS, type PolyvChannel, polyvScope } from "./channels.ts";
import type { StoredLottery } from "./lottery.ts";
import { polyvResultScope, type StoredLotteryRecord, type StoredLotteryWinner, type StoredViewerTaskReward } from "./results.ts";
import { drawLottery, launchLotteries, lotteryWindowMs, polyvCode } from "./room-lottery.ts";
import { type ActivityMemo, isOnline, type LotteryMemo, type PolyvRoomMemory, polyvMemory } from "./room-memory.ts";
import { evaluateTasks, scheduleAllOnlineChecks } from "./room-tasks.ts";
import { polyvViewer } from "./room-viewers.ts";
import type { StoredTaskReward } from "./task-reward.ts";

/** First id of the viewers' task-reward records (`viewer-task-reward/page`'s `id`) [inferred]. */
export const FIRST_VIEWER_TASK_REWARD_ID = 1;

/** The lottery activity id of a `draw-lottery` move: a positive integer, or its digits. */
function lotteryIdOf(params: Readonly<Record<string, unknown>>): number | undefined {
  const raw = params.lotteryId;
  const id = typeof raw === "string" && /^\d{1,16}$/u.test(raw) ? Number(raw) : raw;
  return typeof id === "number" && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

const actions: Record<string, RoomAction> = {
  "draw-lottery": {
    summary: "draws the channel's lottery activity `lotteryId` now, among the viewers meeting its condition",
    check(params, room) {
      const id = lotteryIdOf(params);
      if (id === undefined) return `lotteryId must be the id of a lottery activity of the channel (a positive integer), got ${JSON.stringify(params.lotteryId)}`;
      // Once the room has read the channel (always, for a move posted to a playing room), the lottery must be there.
      const memory = polyvMemory(room);
      if (!memory.loaded) return undefined;
      const lottery = memory.lotteries[id];
      if (lottery === undefined) return `lotteryId: no lottery activity ${id} in channel ${room.live}`;
      return lottery.deleted ? `lotteryId: lottery activity ${id} was deleted` : undefined;
    },
  },
};

function lotteryMemo(lottery: StoredLottery): LotteryMemo {
  const f = lottery.fields;
  return {
    id: lottery.id,
    activityName: f.activityName,
    condition: f.lotteryCondition,
    amount: f.amount,
    prizeName: f.prizeName,
    windowMs: lotteryWindowMs(f.activityDuration, f.activityDurationType),
    duration: f.duration ?? null,
    inviteNum: f.inviteNum ?? null,
    comment: f.comment ?? null,
    repeatWin: f.repeatWinEnabled === "Y",
    onlineOnly: f.lotteryOnlineEnabled !== "N",
    lotteryRange: f.lotteryRange ?? "all",
    prizes: (f.prizeInfo ?? []).map((p) => ({ prizeItem: p.prizeItem, prizeName: p.prizeName, correctAnswerCount: p.correctAnswerCount, amount: p.amount })),
    deleted: lottery.deleted,
  };
}

function activityMemo(a: StoredTaskReward): ActivityMemo {
  return { activityId: a.activityId, activityName: a.activityName, taskRule: a.taskRule, startTime: a.startTime, endTime: a.endTime, stoppedAt: a.stoppedAt, tasks: a.tasks };
}

/** Reads the channel's activities, lotteries and granted rewards into the room's memory. */
function load(state: StoreState, room: RoomHandle): void {
  const memory = polyvMemory(room);
  const owner = room.owner;
  const channelId = Number(room.live);
  const channel = state.get<PolyvChannel>(polyvScope(owner, "channel"), channelId);
  if (channel) memory.channel = { channelId, userId: channel.userId, name: channel.name };
  memory.activities = {};
  const unknown = new Set<number>();
  for (const a of state.list<StoredTaskReward>(polyvScope(owner, "task-reward"))) {
    if (a.channelId !== channelId) continue;
    memory.activities[a.activityId] = activityMemo(a);
    for (const task of a.tasks) if (task.rewardSetting.limit !== null && memory.granted[task.taskId] === undefined) unknown.add(task.taskId);
  }
  memory.lotteries = {};
  for (const lottery of state.list<StoredLottery>(polyvScope(owner, "lottery"))) {
    if (lottery.channelId === channelId) memory.lotteries[lottery.id] = lotteryMemo(lottery);
  }
  // Rewards a limited task handed out before the room saw it (seeds, earlier rooms), read once per
  // task: from then on the room counts its own (one room per channel at a time).
  if (unknown.size > 0) {
    for (const taskId of unknown) memory.granted[taskId] = 0;
    for (const r of state.list<StoredViewerTaskReward>(polyvResultScope(owner, "task-reward-viewer"))) {
      if (unknown.has(r.taskId) && r.rewarded !== false) memory.granted[r.taskId] = (memory.granted[r.taskId] ?? 0) + 1;
    }
  }
  memory.loaded = true;
  memory.checked = false;
}

/** Writes what the step produced, then forgets it. */
function write(state: StoreState, room: RoomHandle): void {
  const memory = polyvMemory(room);
  const { rewards, records, winners } = memory.pending;
  const rewardScope = polyvResultScope(room.owner, "task-reward-viewer");
  for (const r of rewards) {
    const id = state.nextId("polyv:task-reward-viewer", FIRST_VIEWER_TASK_REWARD_ID);
    state.put<StoredViewerTaskReward>(rewardScope, id, {
      id,
      activityId: r.activityId,
      channelId: memory.channel?.channelId ?? Number(room.live),
      viewerId: r.viewerId,
      taskId: r.taskId,
      sort: r.sort,
      taskReach: r.taskReach,
      taskReward: r.taskReward,
      reached: true,
      received: r.received,
      rewarded: r.rewarded,
      formInfo: null,
    });
  }
  for (const record of records) state.put<StoredLotteryRecord>(polyvResultScope(room.owner, "lottery-record"), record.lotteryId, record);
  for (const winner of winners) state.put<StoredLotteryWinner>(polyvResultScope(room.owner, "lottery-winner"), winner.winnerCode, winner);
  memory.pending = { rewards: [], records: [], winners: [] };
}

/** Plays one input over the memory (exported for the driver's own tests). */
export function handlePolyvInput(input: RoomInput, room: RoomHandle): void {
  const memory = polyvMemory(room);
  const at = input.at;
  if (input.kind === "start" && memory.sessionId === "") memory.sessionId = polyvCode(`${room.id}:${room.startedAt}`, 10);
  // Objects read by this step's prepare: open new lotteries, watch new online-minutes tasks.
  if (!memory.checked) {
    memory.checked = true;
    launchLotteries(memory, room, at);
    // Every viewer's next check again only when an activity appeared or changed (a prepare runs per chunk).
    const key = JSON.stringify(Object.values(memory.activities).map((a) => [a.activityId, a.taskRule, a.startTime, a.endTime, a.stoppedAt, a.tasks.map((t) => [t.taskId, t.sort, t.reachCondition])]));
    if (key !== memory.activitiesKey) {
      memory.activitiesKey = key;
      scheduleAllOnlineChecks(memory, room, at);
    }
  }
  switch (input.kind) {
    case "crowd":
      crowd(memory, room, input);
      return;
    case "timer":
      timer(memory, room, input.payload, at);
      return;
    case "action": {
      const lotteryId = lotteryIdOf(input.params);
      if (input.action !== "draw-lottery" || lotteryId === undefined) {
        memory.skipped.push({ at, action: input.action, reason: "unknown action or parameters" });
        return;
      }
      const drawn = drawLottery(memory, room, lotteryId, at, room.id);
      if (typeof drawn === "string") memory.skipped.push({ at, action: input.action, reason: drawn });
      return;
    }
    case "end":
      // The live is over: count everyone's watch time up to now, then close their sessions.
      for (const viewerId of memory.order) {
        const viewer = memory.viewers[viewerId]!;
        if (!isOnline(viewer)) continue;
        evaluateTasks(memory, room, viewerId, at);
        viewer.sessions[viewer.sessions.length - 1]![1] = at;
      }
      return;
    case "start":
      return;
  }
}

function crowd(memory: PolyvRoomMemory, room: RoomHandle, input: Extract<RoomInput, { kind: "crowd" }>): void {
  const { viewer: who, at } = input;
  let viewer = memory.viewers[who.id];
  if (viewer === undefined) {
    viewer = { nickname: who.nickname, sessions: [], signIns: [], comments: [], shares: [] };
    memory.viewers[who.id] = viewer;
    memory.order.push(who.id);
  }
  switch (input.type) {
    case "viewer.joined":
      if (!isOnline(viewer)) viewer.sessions.push([at, null]);
      break;
    case "viewer.left":
      // Count the watch time up to the leaving moment first.
      evaluateTasks(memory, room, who.id, at);
      if (isOnline(viewer)) viewer.sessions[viewer.sessions.length - 1]![1] = at;
      return;
    case "sign-in":
      viewer.signIns.push(at);
      break;
    case "comment":
      viewer.comments.push(at);
      return;
    case "share":
      viewer.shares.push(at);
      return;
    case "like":
      return;
  }
  evaluateTasks(memory, room, who.id, at);
}

function timer(memory: PolyvRoomMemory, room: RoomHandle, payload: unknown, at: number): void {
  const p = payload as { type?: string; viewerId?: string; lotteryId?: number };
  if (p.type === "task-check" && typeof p.viewerId === "string") {
    if (memory.checks[p.viewerId] === at) delete memory.checks[p.viewerId];
    evaluateTasks(memory, room, p.viewerId, at);
  } else if (p.type === "lottery-draw" && typeof p.lotteryId === "number") {
    const run = memory.runs[p.lotteryId];
    // Its own scheduled draw, unless a host move drew it before.
    if (run !== undefined && run.drawAt === at && run.draws.length === 0) drawLottery(memory, room, p.lotteryId, at, room.id);
  }
}

/** The dashboard's view: each task's completions, each lottery's draws and winners. */
function view(room: RoomHandle): Record<string, unknown> {
  const memory = polyvMemory(room);
  return {
    channel: memory.channel,
    sessionId: memory.sessionId,
    taskRewards: Object.values(memory.activities).map((a) => ({
      activityId: a.activityId,
      activityName: a.activityName,
      taskRule: a.taskRule,
      tasks: a.tasks.map((t) => ({
        taskId: t.taskId,
        sort: t.sort,
        condition: t.reachCondition,
        completed: Object.values(memory.progress[a.activityId] ?? {}).filter((done) => done.includes(t.taskId)).length,
      })),
    })),
    lotteries: Object.values(memory.lotteries).map((l) => ({
      id: l.id,
      activityName: l.activityName,
      condition: l.condition,
      amount: l.amount,
      drawAt: memory.runs[l.id]?.drawAt ?? null,
      draws: memory.runs[l.id]?.draws ?? [],
    })),
    skipped: memory.skipped,
  };
}

/**
 * The Polyv room driver over the app's context.
 *
 * @example
 * return { ...behaviour, rooms: createPolyvRoomDriver(context) };
 */
export function createPolyvRoomDriver(context: MockContext): RoomDriver {
  const findLive = (live: string): Awaitable<{ owner: string; live: string; title?: string } | undefined> => {
    if (!/^\d{1,12}$/u.test(live)) return undefined;
    const channelId = Number(live);
    const apps = context.credentials.polyv;
    const tryApp = (i: number): Awaitable<{ owner: string; live: string; title?: string } | undefined> => {
      const app = apps[i];
      if (app === undefined) return undefined;
      const found = context.store.transact({ vendor: "polyv", owner: app.appId }, (state) => state.get<PolyvChannel>(polyvScope(app.appId, "channel"), channelId));
      return andThen(found, (channel) => (channel ? { owner: app.appId, live: String(channelId), title: channel.name } : tryApp(i + 1)));
    };
    return tryApp(0);
  };
  return {
    liveField: "channelId",
    findLive,
    viewer: polyvViewer,
    // The task-reward doc's channel (seed 001).
    demoLives: [String(POLYV_DOC_CHANNELS[0])],
    actions,
    prepare: (room) => context.store.transact({ vendor: "polyv", owner: room.owner }, (state) => load(state, room)),
    handle: handlePolyvInput,
    commit: (room) => {
      const { rewards, records, winners } = polyvMemory(room).pending;
      if (rewards.length + records.length + winners.length === 0) return;
      return context.store.transact({ vendor: "polyv", owner: room.owner }, (state) => write(state, room));
    },
    view,
  };
}
