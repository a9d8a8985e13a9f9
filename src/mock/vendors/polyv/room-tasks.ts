/**
 * Task-reward activities played by a room's crowd. A viewer's progress in an activity is counted
 * over the activity's window `[startTime, endTime)` (or until it was stopped):
 *
 * - `sign`: sign-ins made in the window, at least `amount` [doc: 达成条件 sign 签到];
 * - `online`: minutes watched in the window, at least `amount` [doc: online 在线时长], checked by a
 *   timer at the exact moment the viewer would reach it;
 * - the SDK-only `questionnaire` and `custom` conditions: the crowd never meets them [inferred].
 *
 * `taskRule: 1` (解锁任务) completes tasks strictly in `sort` order: a task is checked only once the
 * previous ones are done, and a task unlocked after its counter was already met completes at the
 * unlock moment, as counters are cumulative over the window [inferred]. `taskRule: 2` (并行任务)
 * checks every task independently.
 *
 * Reaching a task grants its reward (a `task-reward-viewer` record): `cash`, `externalPoint` and
 * `nothing` rewards count as received at once, a `custom` one when the viewer submits the accept
 * form [inferred]. `rewardSetting.limit` is read as the number of rewards the task hands out: a
 * viewer reaching it after that completes the task (the event says `rewarded: false`) and is
 * recorded as reached, never received, as Polyv shows "奖励已领完" [inferred].
 */
import type { RoomHandle } from "../../rooms/types.ts";
import { type ActivityMemo, isOnline, type PolyvRoomMemory, type ViewerMemo, watchedMs } from "./room-memory.ts";

type Effects = Pick<RoomHandle, "emit" | "schedule">;

const MINUTE = 60_000;

/** Sequential tasks (解锁任务). */
export const TASK_RULE_SEQUENTIAL = 1;

/** End of an activity's window: its end, or when it was stopped. */
export function activityEnd(activity: Pick<ActivityMemo, "endTime" | "stoppedAt">): number {
  return activity.stoppedAt === null ? activity.endTime : Math.min(activity.stoppedAt, activity.endTime);
}

/** The activity's tasks in their order (`sort`, then task id). */
export function orderedTasks(activity: Pick<ActivityMemo, "tasks">): ActivityMemo["tasks"] {
  return [...activity.tasks].sort((a, b) => a.sort - b.sort || a.taskId - b.taskId);
}

/**
 * True when the viewer meets the task's condition at `at` (counted from the activity's start).
 *
 * @example
 * conditionMet({ type: "online", amount: 5 }, viewer, activity, at)
 */
export function conditionMet(condition: { type: string; amount: number }, viewer: ViewerMemo, activity: ActivityMemo, at: number): boolean {
  switch (condition.type) {
    case "sign":
      return viewer.signIns.filter((t) => t >= activity.startTime && t <= at).length >= condition.amount;
    case "online":
      return watchedMs(viewer, activity.startTime, at) >= condition.amount * MINUTE;
    default:
      return false;
  }
}

/**
 * Checks every activity in progress at `at` for one viewer: completes what the viewer has reached
 * (emitting `task.completed`, queuing the reward), then schedules the next online-minutes check.
 *
 * @example
 * evaluateTasks(memory, room, "1648432000417", input.at);
 */
export function evaluateTasks(memory: PolyvRoomMemory, room: Effects, viewerId: string, at: number): void {
  const viewer = memory.viewers[viewerId];
  if (viewer === undefined) return;
  for (const activity of Object.values(memory.activities)) {
    if (at < activity.startTime || at >= activityEnd(activity)) continue;
    const perActivity = memory.progress[activity.activityId] ?? {};
    memory.progress[activity.activityId] = perActivity;
    const done = perActivity[viewerId] ?? [];
    perActivity[viewerId] = done;
    for (const task of orderedTasks(activity)) {
      if (done.includes(task.taskId)) continue;
      if (conditionMet(task.reachCondition, viewer, activity, at)) {
        done.push(task.taskId);
        grant(memory, room, activity, task, viewerId, at);
      } else if (activity.taskRule === TASK_RULE_SEQUENTIAL) {
        break;
      }
    }
    if (done.length === 0) delete perActivity[viewerId];
  }
  scheduleOnlineCheck(memory, room, viewerId, at);
}

function grant(memory: PolyvRoomMemory, room: Effects, activity: ActivityMemo, task: ActivityMemo["tasks"][number], viewerId: string, at: number): void {
  const setting = task.rewardSetting;
  const given = memory.granted[task.taskId] ?? 0;
  const rewarded = setting.limit === null || setting.limit <= 0 || given < setting.limit;
  if (rewarded) memory.granted[task.taskId] = given + 1;
  const taskReward = {
    type: setting.type,
    // viewer-detail shows the amount as a string [doc].
    amount: String(setting.amount),
    limit: setting.limit,
    customReward: setting.customReward === "" ? null : setting.customReward,
  };
  memory.pending.rewards.push({
    activityId: activity.activityId,
    viewerId,
    taskId: task.taskId,
    sort: task.sort,
    reachedAt: at,
    taskReach: { ...task.reachCondition },
    taskReward,
    rewarded,
    received: rewarded && setting.type !== "custom",
  });
  room.emit({
    type: "task.completed",
    viewerId,
    object: { kind: "task-reward", id: activity.activityId },
    data: {
      taskId: task.taskId,
      sort: task.sort,
      condition: { ...task.reachCondition },
      reward: taskReward,
      rewarded,
      ...(rewarded ? {} : { why: `the task's ${setting.limit} rewards are all granted` }),
    },
  });
}

/**
 * When an online viewer would next reach an online-minutes task (the earliest over the activities,
 * only the current task of a sequential one), or undefined.
 */
export function nextOnlineReach(memory: PolyvRoomMemory, viewerId: string, at: number): number | undefined {
  const viewer = memory.viewers[viewerId];
  if (viewer === undefined || !isOnline(viewer)) return undefined;
  let next: number | undefined;
  for (const activity of Object.values(memory.activities)) {
    const end = activityEnd(activity);
    if (at >= end) continue;
    const done = memory.progress[activity.activityId]?.[viewerId] ?? [];
    const open = orderedTasks(activity).filter((task) => !done.includes(task.taskId));
    const candidates = activity.taskRule === TASK_RULE_SEQUENTIAL ? open.slice(0, 1) : open;
    const from = Math.max(at, activity.startTime);
    const watched = watchedMs(viewer, activity.startTime, from);
    for (const task of candidates) {
      if (task.reachCondition.type !== "online") continue;
      const reachAt = from + Math.max(0, task.reachCondition.amount * MINUTE - watched);
      if (reachAt < end && (next === undefined || reachAt < next)) next = reachAt;
    }
  }
  return next;
}

function scheduleOnlineCheck(memory: PolyvRoomMemory, room: Effects, viewerId: string, at: number): void {
  const reachAt = nextOnlineReach(memory, viewerId, at);
  if (reachAt === undefined) return;
  const pending = memory.checks[viewerId];
  // One timer per viewer and moment: a later-scheduled one still fires and re-checks.
  if (pending !== undefined && pending >= at && pending <= reachAt) return;
  memory.checks[viewerId] = reachAt;
  room.schedule(reachAt, { type: "task-check", viewerId });
}

/**
 * Starts watching online-minutes tasks for every viewer online (an activity appeared or started).
 *
 * @example
 * scheduleAllOnlineChecks(memory, room, input.at);
 */
export function scheduleAllOnlineChecks(memory: PolyvRoomMemory, room: Effects, at: number): void {
  for (const viewerId of memory.order) scheduleOnlineCheck(memory, room, viewerId, at);
}
