/** How Polyv's stored objects look in the state view and the dashboard. */
import type { VendorStateView } from "../../core/vendor.ts";
import { type StoredTaskReward, taskRewardStatus } from "./task-reward.ts";

const TASK_REWARD_LABELS = ["未开始 not started", "进行中 in progress", "已结束 ended"];

/**
 * Channels by name, task rewards with their status at `now`, lotteries as active or deleted.
 *
 * @example
 * polyvStateView.describe("lottery", { fields: { activityName: "春节抽奖" }, deleted: false }, Date.now())
 * // { title: "春节抽奖", status: "active", statusLabel: "有效 active" }
 */
export const polyvStateView: VendorStateView = {
  kinds: { channel: "频道 channel", "task-reward": "任务奖励 task reward", lottery: "抽奖 lottery" },
  describe(kind, value: any, now) {
    if (kind === "channel") return { title: value.name };
    if (kind === "task-reward") {
      const status = taskRewardStatus(value as StoredTaskReward, now);
      return { title: value.activityName, status, statusLabel: TASK_REWARD_LABELS[status] };
    }
    if (kind === "lottery") return { title: value.fields?.activityName, status: value.deleted ? "deleted" : "active", statusLabel: value.deleted ? "已删除 deleted" : "有效 active" };
    return {};
  },
};
