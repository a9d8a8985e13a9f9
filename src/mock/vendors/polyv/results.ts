/**
 * What happens in a live room, read back through the API: lottery draws and their winners, and the
 * task rewards viewers earned. These endpoints list the records the store holds (kinds
 * `lottery-record`, `lottery-winner` and `task-reward-viewer`, per owner), which a live room on the
 * channel fills (room.ts), as may a seed or a test; without one the pages are empty, the honest
 * answer. Paths and shapes from the official TS SDK [sdk].
 */
import { buildPolyvPage, polyvError } from "../../../contracts/polyv/index.ts";
import type { Scope, StoreState } from "../../store/index.ts";
import { findPolyvChannel } from "./channels.ts";
import type { PolyvOutcome } from "./respond.ts";
import { type PolyvRoute, polyvRoute } from "./route.ts";

/** The store kinds of live-room results. */
export type PolyvResultKind = "lottery-record" | "lottery-winner" | "task-reward-viewer";

/**
 * Where an app's results of a kind live in the store.
 *
 * @example
 * state.put(polyvResultScope("frlr1zazn3", "lottery-winner"), winner.winnerCode, winner)
 */
export function polyvResultScope(appId: string, kind: PolyvResultKind): Scope {
  return { vendor: "polyv", owner: appId, kind };
}

/** One draw (抽奖场次) in a channel; stored under its `lotteryId`. */
export interface StoredLotteryRecord {
  lotteryId: string;
  channelId: number;
  userId: string;
  sessionId: string | null;
  /** The lottery activity the draw came from, when it did. */
  activityId: number | null;
  activityName: string | null;
  lotteryRange: string | null;
  actor: string | null;
  prize: string | null;
  amount: number | null;
  winnerCount: number;
  totalUsers: number;
  /** When the draw happened (epoch ms). */
  createdTime: number;
}

/** One winner of a draw; stored under its `winnerCode`. */
export interface StoredLotteryWinner {
  winnerCode: string;
  lotteryId: string;
  channelId: number;
  viewerId: string;
  viewerName: string;
  prize: string;
  winTime: number;
  /** What `add-receive-info` stored: the JSON string as sent. */
  receiveInfo: string | null;
}

/** One reward a viewer earned (or is earning) for a task; stored under its `id`. */
export interface StoredViewerTaskReward {
  id: number;
  activityId: number;
  channelId: number;
  viewerId: string;
  taskId: number;
  sort: number;
  taskReach: { type: string; amount: number };
  taskReward: { type: string; amount: string; limit: number | null; customReward: string | null };
  /** The viewer reached the task's condition. */
  reached: boolean;
  /** The viewer received the reward. */
  received: boolean;
  /** False when the viewer reached the task after its `limit` rewards were granted (absent: true). */
  rewarded?: boolean;
  formInfo: { field: string; value?: string; type?: string }[] | null;
}

const ok = (data: unknown): PolyvOutcome => ({ ok: true, data });
const within = (value: number, from: number | undefined, to: number | undefined) => (from === undefined || value >= from) && (to === undefined || value <= to);

/**
 * A viewer's task rewards in the shape of viewer-detail and viewer-task-reward/page.
 *
 * @example
 * viewerTaskRewardView(record).taskReward.amount // "300"
 */
export function viewerTaskRewardView(r: StoredViewerTaskReward) {
  return { id: r.id, activityId: r.activityId, channelId: r.channelId, viewerId: r.viewerId, taskId: r.taskId, sort: r.sort, taskReach: r.taskReach, taskReward: r.taskReward, formInfo: r.formInfo };
}

/**
 * The stats counters of an activity from its viewers' records: viewers taking part, viewers who
 * reached every task, viewers who received every reward.
 *
 * @example
 * taskRewardCounters(state, "frlr1zazn3", 10465, 2) // { participantTask: 0, reachAllTask: 0, reachAllReward: 0 }
 */
export function taskRewardCounters(state: StoreState, appId: string, activityId: number, taskCount: number) {
  const byViewer = new Map<string, StoredViewerTaskReward[]>();
  for (const r of state.list<StoredViewerTaskReward>(polyvResultScope(appId, "task-reward-viewer"))) {
    if (r.activityId !== activityId) continue;
    byViewer.set(r.viewerId, [...(byViewer.get(r.viewerId) ?? []), r]);
  }
  let reachAllTask = 0;
  let reachAllReward = 0;
  for (const records of byViewer.values()) {
    if (records.filter((r) => r.reached).length >= taskCount) reachAllTask++;
    if (records.filter((r) => r.received).length >= taskCount) reachAllReward++;
  }
  return { participantTask: byViewer.size, reachAllTask, reachAllReward };
}

/**
 * The viewer records of one activity (optionally one viewer), for viewer-detail (whose doc example
 * has a numeric viewerId: digit-string ids are sent as numbers).
 *
 * @example
 * viewerRewardsOf(state, "frlr1zazn3", 10465, undefined)
 */
export function viewerRewardsOf(state: StoreState, appId: string, activityId: number, viewerId: string | undefined) {
  return state
    .list<StoredViewerTaskReward>(polyvResultScope(appId, "task-reward-viewer"))
    .filter((r) => r.activityId === activityId && (viewerId === undefined || r.viewerId === viewerId))
    .map((r) => ({ viewerId: /^\d+$/u.test(r.viewerId) ? Number(r.viewerId) : r.viewerId, taskId: r.taskId, sort: r.sort, taskReach: r.taskReach, taskReward: r.taskReward }));
}

/**
 * The result endpoints: lottery winners and records, a winner's delivery details, a viewer's task
 * rewards and the form to receive one.
 *
 * @example
 * for (const route of resultRoutes()) table.add(route.method, route.path, route);
 */
export function resultRoutes(): PolyvRoute[] {
  return [
    polyvRoute("GET", "/live/v4/channel/lottery/query-winner-viewer", "queryLotteryWinners", ({ state, app, query }) => {
      const channel = findPolyvChannel(state, app, query.channelId);
      if (!channel.ok) return channel;
      const items = state
        .list<StoredLotteryWinner>(polyvResultScope(app.appId, "lottery-winner"))
        .filter((w) => w.channelId === query.channelId && w.lotteryId === query.lotteryId)
        .map((w) => ({ viewerId: w.viewerId, viewerName: w.viewerName, prize: w.prize, winTime: w.winTime, winnerCode: w.winnerCode, receiveInfo: w.receiveInfo }));
      return ok(buildPolyvPage(items, { pageNumber: query.pageNumber, pageSize: query.pageSize }));
    }),

    polyvRoute("GET", "/live/v4/channel/lottery/list", "listChannelLotteryRecords", ({ state, app, query }) => {
      const channel = findPolyvChannel(state, app, query.channelId);
      if (!channel.ok) return channel;
      const items = recordsOf(state, app.appId, query.channelId, query.lotteryId, query.sessionId)
        .filter((r) => within(r.createdTime, query.startTime, query.endTime))
        .map(({ activityId: _a, activityName: _n, ...r }) => r);
      return ok(buildPolyvPage(items, { pageNumber: query.pageNumber, pageSize: query.pageSize }));
    }),

    polyvRoute("GET", "/live/v4/channel/lottery/activity-record/list", "listLotteryActivityRecords", ({ state, app, query }) => {
      const channel = findPolyvChannel(state, app, query.channelId);
      if (!channel.ok) return channel;
      const items = recordsOf(state, app.appId, query.channelId, query.lotteryId, query.sessionId)
        .filter((r) => within(r.createdTime, query.startTimeBegin, query.startTimeEnd))
        .map((r) => ({
          id: r.activityId,
          channelId: r.channelId,
          lotteryId: r.lotteryId,
          sessionId: r.sessionId,
          activityName: r.activityName,
          startTime: r.createdTime,
          winnerCount: r.winnerCount,
          totalUsers: r.totalUsers,
        }));
      return ok(buildPolyvPage(items, { pageNumber: query.pageNumber, pageSize: query.pageSize }));
    }),

    polyvRoute("POST", "/live/v4/channel/lottery/add-receive-info", "addLotteryReceiveInfo", ({ state, app, query, body }) => {
      const channel = findPolyvChannel(state, app, query.channelId);
      if (!channel.ok) return channel;
      const scope = polyvResultScope(app.appId, "lottery-winner");
      const winner = state.get<StoredLotteryWinner>(scope, body.winnerCode);
      if (!winner || winner.channelId !== query.channelId || winner.lotteryId !== body.lotteryId || winner.viewerId !== body.viewerId) {
        const reason = `no winner with winnerCode ${body.winnerCode}, lotteryId ${body.lotteryId} and viewerId ${body.viewerId} in channel ${query.channelId} of appId ${app.appId}`;
        return { ok: false, error: polyvError("recordNotFound", { field: "winnerCode", reason }) };
      }
      state.put<StoredLotteryWinner>(scope, body.winnerCode, { ...winner, receiveInfo: body.receiveInfo ?? null });
      return ok(null);
    }),

    polyvRoute("GET", "/live/v4/user/viewer-task-reward/page", "pageViewerTaskRewards", ({ state, app, query }) => {
      const items = state
        .list<StoredViewerTaskReward>(polyvResultScope(app.appId, "task-reward-viewer"))
        .filter((r) => r.viewerId === query.viewerId)
        .map(viewerTaskRewardView);
      return ok(buildPolyvPage(items, { pageNumber: query.pageNumber, pageSize: query.pageSize }));
    }),

    polyvRoute("POST", "/live/v4/user/viewer-task-reward/submit-accept-info", "submitViewerTaskRewardAcceptInfo", ({ state, app, body }) => {
      const scope = polyvResultScope(app.appId, "task-reward-viewer");
      const record = state.get<StoredViewerTaskReward>(scope, body.id);
      if (!record || record.viewerId !== body.viewerId) {
        return { ok: false, error: polyvError("recordNotFound", { field: "id", reason: `viewer ${body.viewerId} has no task reward ${body.id} for appId ${app.appId}` }) };
      }
      // The form is how a custom reward is received [inferred]; a reward the task's limit denied stays unreceived.
      const received = record.received || (record.reached && record.rewarded !== false);
      state.put<StoredViewerTaskReward>(scope, body.id, { ...record, formInfo: body.formInfo, received });
      return ok(null);
    }),
  ];
}

function recordsOf(state: StoreState, appId: string, channelId: number, lotteryId: string | undefined, sessionId: string | undefined): StoredLotteryRecord[] {
  return state
    .list<StoredLotteryRecord>(polyvResultScope(appId, "lottery-record"))
    .filter((r) => r.channelId === channelId && (lotteryId === undefined || r.lotteryId === lotteryId) && (sessionId === undefined || r.sessionId === sessionId))
    .reverse();
}
