/** How Xiaoe's stored objects look in the state view and the dashboard. */
import type { VendorStateView } from "../../core/vendor.ts";
import type { StoredLive, StoredTask } from "./task-state.ts";
import type { StoredLiveUser, StoredTaskCompletion, StoredUser } from "./user-state.ts";

const TASK_LABELS = ["已删除 deleted", "正常 normal", "已停止 stopped"];

/**
 * Lives by title; live tasks by title (a child by its parent) with their `task_state`; users by
 * nickname; live viewers and task completions by who, where and what.
 *
 * @example
 * xiaoeStateView.describe("live-task", { task_title: "观看 10 分钟", task_state: 1 }, Date.now())
 * // { title: "观看 10 分钟", status: 1, statusLabel: "正常 normal" }
 */
export const xiaoeStateView: VendorStateView = {
  kinds: {
    live: "直播 live",
    "live-task": "直播任务 live task",
    user: "用户 user",
    "live-user": "直播用户 live viewer",
    "task-completion": "直播任务完成 task completion",
  },
  describe(kind, value) {
    if (kind === "live") return { title: (value as StoredLive).title };
    if (kind === "live-task") {
      const task = value as StoredTask;
      const title = task.task_title || (task.parent_id ? `child of ${task.parent_id}` : `task_type ${task.task_type}`);
      return { title, status: task.task_state, statusLabel: TASK_LABELS[task.task_state] };
    }
    if (kind === "user") return { title: (value as StoredUser).user_nickname };
    if (kind === "live-user") {
      const viewer = value as StoredLiveUser;
      return { title: `${viewer.user_id} in ${viewer.alive_id} (${Math.floor(viewer.his_learn_time / 60)} min watched)` };
    }
    if (kind === "task-completion") {
      const completion = value as StoredTaskCompletion;
      return { title: `${completion.user_id} completed task ${completion.task_id}` };
    }
    return {};
  },
};
