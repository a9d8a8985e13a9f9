/** How Xiaoe's stored objects look in the state view and the dashboard. */
import type { VendorStateView } from "../../core/vendor.ts";

const TASK_LABELS = ["已删除 deleted", "正常 normal", "已停止 stopped"];

/**
 * Lives by title; live tasks by title (a child by its parent) with their `task_state`.
 *
 * @example
 * xiaoeStateView.describe("live-task", { task_title: "观看 10 分钟", task_state: 1 }, Date.now())
 * // { title: "观看 10 分钟", status: 1, statusLabel: "正常 normal" }
 */
export const xiaoeStateView: VendorStateView = {
  kinds: { live: "直播 live", "live-task": "直播任务 live task" },
  describe(kind, value: any) {
    if (kind === "live") return { title: value.title };
    if (kind === "live-task") {
      const title = value.task_title || (value.parent_id ? `child of ${value.parent_id}` : `task_type ${value.task_type}`);
      return { title, status: value.task_state, statusLabel: TASK_LABELS[value.task_state] };
    }
    return {};
  },
};
