/**
 * A live's tasks as a room plays them: each stored task (single, combo main, combo child) flattened
 * into a plain, JSON-serialisable node with its time window in epoch ms and what completes it.
 *
 * What a condition means for a viewer (seed 000 "单项任务/子任务参数说明"; thresholds beyond the
 * watch minutes are not documented, so one action completes an action condition [inferred]):
 * - `task_type` 1 观看, `task_condition` N: N minutes watched inside the task's window;
 * - `task_type` 2 互动: `1` one comment, `2` one share, `3` one like;
 * - `task_type` 4 活跃: `9` one sign-in;
 * - a combo's main task: every child complete (in order when `is_order` is 1).
 * Conditions no crowd move drives (share-invite 21, share-new-user 22, orders 4, spend 5, tip 6,
 * vote 7, questionnaire 8, quiz 10) never complete in a room.
 */
import { parseXiaoeDateTime } from "../../../contracts/xiaoe/index.ts";
import type { CrowdEventType } from "../../rooms/types.ts";
import type { StoreState } from "../../store/index.ts";
import { findTask, mainTasksOf, type StoredTask } from "./task-state.ts";

/** The crowd moves a task condition counts. */
export type CountedAction = Extract<CrowdEventType, "comment" | "like" | "sign-in" | "share">;

/** What completes a task node. */
export type TaskNeed =
  | { readonly kind: "watch"; readonly minutes: number }
  | { readonly kind: "action"; readonly action: CountedAction }
  | { readonly kind: "children" }
  | { readonly kind: "not-simulated"; readonly condition: string };

/** One task (single, combo main or combo child) as a room plays it. */
export interface RoomTask {
  readonly id: number;
  readonly parentId: number | null;
  readonly childIds: readonly number[];
  /** The main task's `is_order` is 1 (children complete in order). */
  readonly ordered: boolean;
  readonly taskModule: 0 | 1;
  readonly taskIsMajor: 0 | 1;
  readonly taskType: number;
  readonly taskCondition: string;
  readonly taskTitle: string;
  readonly rewardType: number;
  readonly rewardValue: string;
  /** 0 deleted, 1 normal, 2 stopped. */
  readonly state: 0 | 1 | 2;
  readonly startAt: string;
  readonly endAt: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly need: TaskNeed;
}

/** A live's tasks by id, and the top-level ids oldest first. */
export interface RoomTaskSet {
  readonly byId: Record<string, RoomTask>;
  readonly topIds: readonly number[];
}

/** `task_type` 2 and 4 conditions a crowd move meets. */
const ACTION_CONDITIONS: Readonly<Record<string, CountedAction>> = { "2:1": "comment", "2:2": "share", "2:3": "like", "4:9": "sign-in" };

/** Readable names of the conditions, for the dashboard and the events. */
const CONDITION_NAMES: Readonly<Record<string, string>> = {
  "2:1": "评论 comment",
  "2:2": "分享 share",
  "2:21": "分享拉人 share-invite",
  "2:22": "分享拉新 share-new-user",
  "2:3": "点赞 like",
  "3:4": "下单笔数 orders",
  "3:5": "消费金额 spend",
  "4:6": "打赏 tip",
  "4:7": "投票 vote",
  "4:8": "问卷 questionnaire",
  "4:9": "签到 sign-in",
  "4:10": "答题 quiz",
};

/**
 * What completes a stored task.
 *
 * @example
 * taskNeed({ task_module: 0, task_is_major: 0, task_type: 1, task_condition: "3", child_ids: [] }) // { kind: "watch", minutes: 3 }
 */
export function taskNeed(task: Pick<StoredTask, "task_type" | "task_condition" | "child_ids" | "parent_id">): TaskNeed {
  if (task.parent_id === null && task.child_ids.length > 0) return { kind: "children" };
  if (task.task_type === 1 && /^[1-9][0-9]*$/.test(task.task_condition)) return { kind: "watch", minutes: Number(task.task_condition) };
  const action = ACTION_CONDITIONS[`${task.task_type}:${task.task_condition}`];
  return action ? { kind: "action", action } : { kind: "not-simulated", condition: `${task.task_type}:${task.task_condition}` };
}

/**
 * A task's condition in words.
 *
 * @example
 * describeNeed({ kind: "watch", minutes: 10 }) // "观看 watch 10 min"
 */
export function describeNeed(need: TaskNeed): string {
  if (need.kind === "watch") return `观看 watch ${need.minutes} min`;
  if (need.kind === "children") return "组合 all children";
  if (need.kind === "action") return CONDITION_NAMES[Object.keys(ACTION_CONDITIONS).find((key) => ACTION_CONDITIONS[key] === need.action)!]!;
  return `${CONDITION_NAMES[need.condition] ?? need.condition} (not simulated)`;
}

function roomTask(task: StoredTask, ordered: boolean): RoomTask {
  return {
    id: task.id,
    parentId: task.parent_id,
    childIds: task.child_ids,
    ordered,
    taskModule: task.task_module,
    taskIsMajor: task.task_is_major,
    taskType: task.task_type,
    taskCondition: task.task_condition,
    taskTitle: task.task_title,
    rewardType: task.reward_type,
    rewardValue: task.reward_value,
    state: task.task_state,
    startAt: task.start_at,
    endAt: task.end_at,
    // Stored times were validated on create; an unreadable one gives an empty window (JSON keeps no Infinity).
    startMs: parseXiaoeDateTime(task.start_at) ?? 0,
    endMs: parseXiaoeDateTime(task.end_at) ?? 0,
    need: taskNeed(task),
  };
}

/**
 * Reads a live's tasks (deleted ones left out, as the task list leaves them out) from the store.
 *
 * @example
 * loadRoomTasks(state, appId, "l_696ef6c1e4b0694c5b78ba7b").topIds // [1975339, ...]
 */
export function loadRoomTasks(state: StoreState, appId: string, aliveId: string): RoomTaskSet {
  const byId: Record<string, RoomTask> = {};
  const topIds: number[] = [];
  for (const main of mainTasksOf(state, appId, aliveId)) {
    const ordered = main.task_module === 1 && main.is_order === 1;
    byId[main.id] = roomTask(main, ordered);
    topIds.push(main.id);
    for (const childId of main.child_ids) {
      const child = findTask(state, appId, childId);
      if (child) byId[childId] = roomTask(child, ordered);
    }
  }
  return { byId, topIds };
}

/**
 * Whether a task counts at `at`: it and its main task are 正常 (task_state 1) and `at` is inside its
 * window, start included, end excluded [inferred: the doc does not say whether end_at is inclusive].
 *
 * @example
 * isOpenAt(task, parent, Date.parse("2026-03-01T01:00:00Z"))
 */
export function isOpenAt(task: RoomTask, parent: RoomTask | undefined, at: number): boolean {
  return task.state === 1 && (parent === undefined || parent.state === 1) && at >= task.startMs && at < task.endMs;
}
