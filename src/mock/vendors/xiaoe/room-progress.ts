/**
 * How a viewer's moves complete a live's tasks, per viewer:
 *
 * - a task counts only while it and its main task are 正常 and inside its own window;
 * - watch minutes are the viewer's watch time inside the window (every visit), completed by a timer
 *   set for the moment the minutes are reached if the viewer stays;
 * - an action condition (comment, like, sign-in, share) is completed by that move;
 * - in an ordered combo (`is_order` 1) a child counts only after the previous child is complete:
 *   watch time from that moment, and a later move than the one that completed the previous child;
 * - a combo's main task completes with its last child, if it is itself open then;
 * - each viewer completes each task once [inferred: `reward_frequency` ("1" in every example) is kept
 *   as written, not read as a repeat count].
 *
 * Every completion is remembered for the commit (`task-completion` records) and announced as a
 * `task.completed` event carrying the fields of Xiaoe's `live_task` push.
 */
import { formatXiaoeDateTime } from "../../../contracts/xiaoe/index.ts";
import type { RoomHandle } from "../../rooms/types.ts";
import { type CountedAction, describeNeed, isOpenAt, type RoomTask, type RoomTaskSet } from "./room-tasks.ts";
import { type ViewerState, watchedWithin } from "./room-viewers.ts";
import type { StoredTaskCompletion } from "./user-state.ts";

/** One completion: when, and which input of the room caused it (-1 when read back from the store). */
export interface Done {
  at: number;
  input: number;
}

/** The driver's memory of a room (JSON-serialisable). */
export interface XiaoeRoomMemory {
  tasks: RoomTaskSet;
  viewers: Record<string, ViewerState>;
  /** Completions by task id, then user id. */
  done: Record<string, Record<string, Done>>;
  /** Completions not yet written to the store. */
  pending: Omit<StoredTaskCompletion, "id">[];
  /** Viewers whose records changed since the last commit. */
  dirty: Record<string, true>;
  /** Watch timers asked for, by `viewer:task`, at their due time. */
  timers: Record<string, number>;
  /** Inputs handled so far. */
  input: number;
  /** Time of the last input handled. */
  now: number;
  /** The tasks changed at the last prepare: every viewer's watch timers are set again. */
  refreshAll: boolean;
}

/** A watch timer's payload. */
export interface WatchTimer {
  readonly watch: number;
  readonly viewer: string;
}

/**
 * The driver's memory of a room, set up on first use.
 *
 * @example
 * roomMemory(room).viewers
 */
export function roomMemory(room: RoomHandle): XiaoeRoomMemory {
  const memory = room.memory as Partial<XiaoeRoomMemory>;
  if (memory.tasks === undefined) {
    Object.assign(memory, { tasks: { byId: {}, topIds: [] }, viewers: {}, done: {}, pending: [], dirty: {}, timers: {}, input: 0, now: room.startedAt, refreshAll: false });
  }
  return memory as XiaoeRoomMemory;
}

function doneOf(memory: XiaoeRoomMemory, taskId: number, viewerId: string): Done | undefined {
  return memory.done[taskId]?.[viewerId];
}

/** From when a task counts for a viewer, and after which input; undefined while an ordered combo's previous child is open. */
function countFrom(memory: XiaoeRoomMemory, task: RoomTask, parent: RoomTask | undefined, viewerId: string): Done | undefined {
  if (parent === undefined || !task.ordered) return { at: task.startMs, input: -1 };
  const index = parent.childIds.indexOf(task.id);
  if (index <= 0) return { at: task.startMs, input: -1 };
  const previous = doneOf(memory, parent.childIds[index - 1]!, viewerId);
  return previous && { at: Math.max(task.startMs, previous.at), input: previous.input };
}

const rewardOf = (task: RoomTask) => (task.rewardType === 0 ? null : { reward_type: task.rewardType, reward_value: task.rewardValue });

function record(memory: XiaoeRoomMemory, room: RoomHandle, task: RoomTask, viewer: ViewerState, now: number): void {
  memory.done[task.id] ??= {};
  memory.done[task.id]![viewer.id] = { at: now, input: memory.input };
  const completion: Omit<StoredTaskCompletion, "id"> = {
    alive_id: room.live,
    task_id: task.id,
    user_id: viewer.id,
    task_module: task.taskModule,
    task_type: task.taskType,
    task_condition: task.taskCondition,
    reward_type: task.rewardType,
    reward_value: task.rewardValue,
    completed_at: formatXiaoeDateTime(now),
  };
  memory.pending.push(completion);
  delete memory.timers[`${viewer.id}:${task.id}`];
  room.emit({
    type: "task.completed",
    viewerId: viewer.id,
    object: { kind: "live-task", id: task.id },
    data: {
      // The `live_task` push's fields (https://api-doc.xiaoe-tech.com/api_list/news_push/live_task.html) ...
      app_id: room.owner,
      ...completion,
      // ... and what a reader needs besides: whose, which combo, what it took, what it gave.
      nickname: viewer.nickname,
      completed_at_ms: now,
      task_is_major: task.taskIsMajor,
      parent_task_id: task.parentId,
      is_order: task.ordered ? 1 : 0,
      task_title: task.taskTitle,
      condition: describeNeed(task.need),
      reward: rewardOf(task),
    },
  });
}

function conditionMet(memory: XiaoeRoomMemory, task: RoomTask, gate: Done, viewer: ViewerState, now: number, trigger: CountedAction | undefined): boolean {
  const need = task.need;
  if (need.kind === "watch") return watchedWithin(viewer, gate.at, task.endMs, now) >= need.minutes * 60_000;
  if (need.kind === "action") return trigger === need.action && memory.input > gate.input && now >= gate.at;
  return false;
}

/**
 * Completes a task for a viewer at `now` if it is open, not yet completed by them, its turn has come
 * (ordered combos) and its condition is met (`trigger`: the move being handled); then its main task
 * when that was the last child.
 *
 * @example
 * tryComplete(memory, room, task, viewer, input.at, "comment")
 */
export function tryComplete(memory: XiaoeRoomMemory, room: RoomHandle, task: RoomTask, viewer: ViewerState, now: number, trigger?: CountedAction): void {
  if (doneOf(memory, task.id, viewer.id)) return;
  const parent = task.parentId === null ? undefined : memory.tasks.byId[task.parentId];
  if (task.parentId !== null && parent === undefined) return;
  if (!isOpenAt(task, parent, now)) return;
  const gate = countFrom(memory, task, parent, viewer.id);
  if (!gate || !conditionMet(memory, task, gate, viewer, now, trigger)) return;
  record(memory, room, task, viewer, now);
  if (!parent) return;
  if (!doneOf(memory, parent.id, viewer.id) && isOpenAt(parent, undefined, now) && parent.childIds.every((id) => doneOf(memory, id, viewer.id))) {
    record(memory, room, parent, viewer, now);
  }
  // The next child of an ordered combo starts counting now.
  if (task.ordered) refreshWatchTimers(memory, room, viewer, now);
}

/**
 * Completes what a viewer's move meets.
 *
 * @example
 * onAction(memory, room, viewer, "like", input.at)
 */
export function onAction(memory: XiaoeRoomMemory, room: RoomHandle, viewer: ViewerState, action: CountedAction, now: number): void {
  for (const task of Object.values(memory.tasks.byId)) {
    if (task.need.kind === "action" && task.need.action === action) tryComplete(memory, room, task, viewer, now, action);
  }
}

/**
 * Completes every watch task a viewer has reached by `now` (a timer, the room's end).
 *
 * @example
 * checkWatch(memory, room, viewer, room.endsAt)
 */
export function checkWatch(memory: XiaoeRoomMemory, room: RoomHandle, viewer: ViewerState, now: number): void {
  for (const task of Object.values(memory.tasks.byId)) if (task.need.kind === "watch") tryComplete(memory, room, task, viewer, now);
}

/**
 * Sets a timer for each watch task an online viewer can still complete on this visit, at the moment
 * its minutes are reached (once per due time), and completes at once what is already reached.
 *
 * @example
 * refreshWatchTimers(memory, room, viewer, input.at)
 */
export function refreshWatchTimers(memory: XiaoeRoomMemory, room: RoomHandle, viewer: ViewerState, now: number): void {
  if (viewer.since === null) return;
  for (const task of Object.values(memory.tasks.byId)) {
    if (task.need.kind !== "watch" || doneOf(memory, task.id, viewer.id) || task.state !== 1) continue;
    const parent = task.parentId === null ? undefined : memory.tasks.byId[task.parentId];
    if (task.parentId !== null && parent?.state !== 1) continue;
    const gate = countFrom(memory, task, parent, viewer.id);
    if (!gate) continue;
    const missing = task.need.minutes * 60_000 - watchedWithin(viewer, gate.at, task.endMs, now);
    if (missing <= 0) {
      tryComplete(memory, room, task, viewer, now);
      continue;
    }
    const due = Math.max(now, gate.at) + missing;
    const key = `${viewer.id}:${task.id}`;
    // Past the room's end the end itself checks (checkWatch); past the window it cannot complete.
    if (due >= task.endMs || due > room.endsAt || memory.timers[key] === due) continue;
    memory.timers[key] = due;
    room.schedule(due, { watch: task.id, viewer: viewer.id } satisfies WatchTimer);
  }
}
