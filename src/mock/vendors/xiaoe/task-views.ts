/**
 * How stored tasks look on the wire: task.get's `live_task` (reward_value as an object) and the
 * live_task_by_id 2.0 list items (task_condition as an integer, children nested).
 */

import type { components } from "../../../contracts/generated/xiaoe.ts";
import { parseCustomPrize } from "../../../contracts/xiaoe/index.ts";
import type { StoredTask } from "./task-state.ts";

type Schemas = components["schemas"];

/**
 * task.get renders `reward_value` as an object: the custom prize for reward_type 5, `{value}` for the
 * other rewards, `{}` for a task without reward (livemock's rendering; the doc only says "object").
 *
 * @example
 * rewardObject({ reward_type: 1, reward_value: "10" }) // { value: "10" }
 */
export function rewardObject(task: Pick<StoredTask, "reward_type" | "reward_value">): Schemas["LiveTask"]["reward_value"] {
  if (task.reward_type === 0) return {};
  if (task.reward_type === 5) {
    const prize = parseCustomPrize(task.reward_value);
    if (prize.ok) {
      const out: Record<string, string | number> = {};
      for (const [key, value] of Object.entries(prize.prize)) if (typeof value === "string" || typeof value === "number") out[key] = value;
      return out;
    }
  }
  return { value: task.reward_value };
}

/**
 * One task as task.get returns it.
 *
 * @example
 * taskGetSuccess(liveTaskView(task), requestId)
 */
export function liveTaskView(task: StoredTask): Schemas["LiveTask"] {
  return {
    id: task.id,
    alive_id: task.alive_id,
    task_type: task.task_type,
    task_condition: task.task_condition,
    task_content: "",
    task_state: task.task_state,
    reward_type: task.reward_type,
    reward_value: rewardObject(task),
    reward_frequency: task.reward_frequency,
    start_at: task.start_at,
    end_at: task.end_at,
    reward_pay_type: 0,
    team_pay_config: "",
    task_module: task.task_module,
    task_is_major: task.task_is_major,
    task_title: task.task_title,
    is_order: task.is_order,
  };
}

/**
 * A child as the list nests it under its main task.
 *
 * @example
 * listChildView(child).task_condition // 10 (an integer here)
 */
export function listChildView(task: StoredTask): Schemas["LiveTaskListChild"] {
  return {
    id: task.id,
    app_id: task.app_id,
    alive_id: task.alive_id,
    task_type: task.task_type,
    task_condition: task.task_condition === "" ? 0 : Number(task.task_condition),
    task_state: task.task_state,
    reward_type: task.reward_type,
    reward_value: task.reward_value,
    reward_frequency: task.reward_frequency,
    is_order: task.is_order,
    task_is_major: task.task_is_major,
    task_module: task.task_module,
    task_title: task.task_title,
    created_at: task.created_at,
    start_at: task.start_at,
    end_at: task.end_at,
  };
}

/**
 * A top-level task as the list returns it, with its children (looked up by id) nested.
 *
 * @example
 * listItemView(main, (id) => findTask(store, appId, id))
 */
export function listItemView(task: StoredTask, childById: (id: number) => StoredTask | undefined): Schemas["LiveTaskListItem"] {
  const { created_at, start_at, end_at, ...head } = listChildView(task);
  const children = task.child_ids.map(childById).filter((child): child is StoredTask => child !== undefined);
  return { ...head, child_tasks: children.map(listChildView), created_at, start_at, end_at };
}
