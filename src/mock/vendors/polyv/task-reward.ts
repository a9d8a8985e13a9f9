/**
 * Task-reward activities (任务奖励): save, update, page, delete, stop, stats and viewer-detail.
 * Status is derived from the mock clock: 0 not started, 1 in progress, 2 ended or stopped
 * (0 is documented; 1 and 2 are livemock's mapping).
 */
import { buildPolyvPage, type PolyvBody, type PolyvError, polyvError } from "../../../contracts/polyv/index.ts";
import type { StoreState } from "../../store/index.ts";
import { findPolyvChannel, polyvScope, polyvUserId } from "./channels.ts";
import type { PolyvApp } from "./credentials.ts";
import type { PolyvOutcome } from "./respond.ts";
import { taskRewardCounters, viewerRewardsOf } from "./results.ts";
import { type PolyvRoute, polyvRoute } from "./route.ts";

const BASE = "/live/v4/channel/task-reward-activity";

/** First activity id (the doc's `data: 10465`) and first task id (the doc's `taskId: 4827`). */
export const FIRST_TASK_REWARD_ID = 10465;
export const FIRST_TASK_ID = 4827;

export const TASK_REWARD_STATUS = { notStarted: 0, inProgress: 1, ended: 2 } as const;

type SaveBody = PolyvBody<"saveTaskRewardActivity">;
type RequestTask = SaveBody["tasks"][number];

interface StoredTask {
  taskId: number;
  sort: number;
  reachCondition: { type: string; amount: number };
  rewardSetting: { type: string; amount: number; limit: number | null; customReward: string };
}

/** A task-reward activity as the store keeps it. */
export interface StoredTaskReward {
  activityId: number;
  userId: string;
  channelId: number;
  activityName: string;
  activityMode: number;
  taskRule: number;
  startTime: number;
  endTime: number;
  /** Set by `stop`: the activity then counts as ended from that moment. */
  stoppedAt: number | null;
  tasks: StoredTask[];
}

/**
 * The status of an activity at `now`: 0 before startTime, 1 until endTime, 2 after it or once stopped.
 *
 * @example
 * taskRewardStatus({ startTime: 100, endTime: 200, stoppedAt: null }, 150) // 1
 */
export function taskRewardStatus(activity: Pick<StoredTaskReward, "startTime" | "endTime" | "stoppedAt">, now: number): 0 | 1 | 2 {
  if (activity.stoppedAt !== null || now >= activity.endTime) return TASK_REWARD_STATUS.ended;
  return now < activity.startTime ? TASK_REWARD_STATUS.notStarted : TASK_REWARD_STATUS.inProgress;
}

function storeTasks(state: StoreState, tasks: readonly RequestTask[], previous: readonly StoredTask[] = []): StoredTask[] {
  // A new activity (save) has no previous tasks: no set to build.
  const known = previous.length === 0 ? undefined : new Set(previous.map((task) => task.taskId));
  return tasks.map((task, index) => ({
    taskId: task.taskId !== undefined && known?.has(task.taskId) ? task.taskId : state.nextId("polyv:task-reward-task", FIRST_TASK_ID),
    sort: task.sort ?? index + 1,
    reachCondition: { type: task.reachCondition.type, amount: task.reachCondition.amount },
    rewardSetting: {
      type: task.rewardSetting.type,
      amount: task.rewardSetting.amount,
      limit: task.rewardSetting.limit ?? null,
      customReward: task.rewardSetting.customReward ?? "",
    },
  }));
}

/** The activity as `page` lists it (doc field order). */
function view(activity: StoredTaskReward, now: number) {
  return {
    activityId: activity.activityId,
    userId: activity.userId,
    channelId: activity.channelId,
    activityName: activity.activityName,
    activityMode: activity.activityMode,
    taskRule: activity.taskRule,
    status: taskRewardStatus(activity, now),
    startTime: activity.startTime,
    endTime: activity.endTime,
    tasks: activity.tasks.map((task) => ({
      taskId: task.taskId,
      sort: task.sort,
      startTime: activity.startTime,
      endTime: activity.endTime,
      reachCondition: { ...task.reachCondition },
      rewardSetting: { ...task.rewardSetting },
    })),
  };
}

function findActivity(state: StoreState, app: PolyvApp, activityId: number, channelId?: number): { ok: true; activity: StoredTaskReward } | { ok: false; error: PolyvError } {
  const activity = state.get<StoredTaskReward>(polyvScope(app.appId, "task-reward"), activityId);
  if (activity && (channelId === undefined || activity.channelId === channelId)) return { ok: true, activity };
  const where = channelId === undefined ? `appId ${app.appId}` : `channel ${channelId} of appId ${app.appId}`;
  return { ok: false, error: polyvError("activityNotFound", { field: "activityId", reason: `task-reward activity ${activityId} does not exist in ${where}` }) };
}

/** Newest first [inferred]. */
function activitiesOf(state: StoreState, app: PolyvApp, channelId: number): StoredTaskReward[] {
  return state
    .list<StoredTaskReward>(polyvScope(app.appId, "task-reward"))
    .filter((a) => a.channelId === channelId)
    .reverse();
}

const ok = (data: unknown): PolyvOutcome => ({ ok: true, data });

/**
 * The task-reward endpoints.
 *
 * @example
 * for (const route of taskRewardRoutes()) table.add(route.method, route.path, route);
 */
export function taskRewardRoutes(): PolyvRoute[] {
  return [
    polyvRoute("POST", `${BASE}/save`, "saveTaskRewardActivity", ({ state, app, body }) => {
      const channel = findPolyvChannel(state, app, body.channelId);
      if (!channel.ok) return channel;
      const activityId = state.nextId("polyv:task-reward", FIRST_TASK_REWARD_ID);
      const activity: StoredTaskReward = {
        activityId,
        userId: polyvUserId(app),
        channelId: body.channelId,
        activityName: body.activityName,
        activityMode: body.activityMode ?? 1,
        taskRule: body.taskRule,
        startTime: body.startTime,
        endTime: body.endTime,
        stoppedAt: null,
        tasks: storeTasks(state, body.tasks),
      };
      state.put(polyvScope(app.appId, "task-reward"), activityId, activity);
      return ok(activityId);
    }),

    polyvRoute("POST", `${BASE}/update`, "updateTaskRewardActivity", ({ state, app, body, now }) => {
      const channel = findPolyvChannel(state, app, body.channelId);
      if (!channel.ok) return channel;
      const found = findActivity(state, app, body.activityId, body.channelId);
      if (!found.ok) return found;
      const current = found.activity;
      const status = taskRewardStatus(current, now);
      if (status !== TASK_REWARD_STATUS.notStarted) {
        return {
          ok: false,
          error: polyvError("taskRewardNotEditable", {
            field: "activityId",
            reason: `task-reward activity ${current.activityId} has status ${status} (${status === 1 ? "in progress" : "ended"}); only an activity that has not started (status 0) can be updated`,
          }),
        };
      }
      const updated: StoredTaskReward = {
        ...current,
        activityName: body.activityName ?? current.activityName,
        activityMode: body.activityMode ?? current.activityMode,
        taskRule: body.taskRule,
        startTime: body.startTime,
        endTime: body.endTime,
        tasks: storeTasks(state, body.tasks, current.tasks),
      };
      state.put(polyvScope(app.appId, "task-reward"), current.activityId, updated);
      return ok(null);
    }),

    polyvRoute("GET", `${BASE}/page`, "pageTaskRewardActivities", ({ state, app, query, now }) => {
      const channel = findPolyvChannel(state, app, query.channelId);
      if (!channel.ok) return channel;
      const items = activitiesOf(state, app, query.channelId).map((a) => view(a, now));
      return ok(buildPolyvPage(items, { pageNumber: query.pageNumber, pageSize: query.pageSize }));
    }),

    polyvRoute("GET", `${BASE}/delete`, "deleteTaskRewardActivity", ({ state, app, query }) => {
      const found = findActivity(state, app, query.activityId);
      if (!found.ok) return found;
      state.delete(polyvScope(app.appId, "task-reward"), query.activityId);
      return ok(null);
    }),

    polyvRoute("GET", `${BASE}/stop`, "stopTaskRewardActivity", ({ state, app, query, now }) => {
      const found = findActivity(state, app, query.activityId);
      if (!found.ok) return found;
      const status = taskRewardStatus(found.activity, now);
      if (status !== TASK_REWARD_STATUS.inProgress) {
        return {
          ok: false,
          error: polyvError("taskRewardNotStoppable", {
            field: "activityId",
            reason: `task-reward activity ${query.activityId} has status ${status} (${status === 0 ? "not started" : "ended"}); only an activity in progress (status 1) can be stopped`,
          }),
        };
      }
      state.put(polyvScope(app.appId, "task-reward"), query.activityId, { ...found.activity, stoppedAt: now, endTime: now });
      return ok(null);
    }),

    polyvRoute("GET", `${BASE}/stats`, "pageTaskRewardActivityStats", ({ state, app, query }) => {
      const channel = findPolyvChannel(state, app, query.channelId);
      if (!channel.ok) return channel;
      // Counted from the viewer records the store holds (a live room fills them; none by default).
      const items = activitiesOf(state, app, query.channelId).map((a) => ({
        channelId: a.channelId,
        activityId: a.activityId,
        activityName: a.activityName,
        taskRule: a.taskRule,
        startTime: a.startTime,
        endTime: a.endTime,
        ...taskRewardCounters(state, app.appId, a.activityId, a.tasks.length),
      }));
      return ok(buildPolyvPage(items, { pageNumber: query.pageNumber, pageSize: query.pageSize }));
    }),

    polyvRoute("GET", `${BASE}/viewer-detail`, "pageTaskRewardViewerDetails", ({ state, app, query }) => {
      const channel = findPolyvChannel(state, app, query.channelId);
      if (!channel.ok) return channel;
      const found = findActivity(state, app, query.activityId, query.channelId);
      if (!found.ok) return found;
      // The viewer records the store holds (a live room fills them; none by default).
      const items = viewerRewardsOf(state, app.appId, query.activityId, query.viewerId);
      return ok(buildPolyvPage(items, { pageNumber: query.pageNumber, pageSize: query.pageSize }));
    }),
  ];
}
