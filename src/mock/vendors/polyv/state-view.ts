/** How Polyv's stored objects look in the state view and the dashboard. */
import type { VendorStateView } from "../../core/vendor.ts";
import type { PolyvChannel } from "./channels.ts";
import type { StoredLottery } from "./lottery.ts";
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
  describe(kind, value, now) {
    if (kind === "channel") return { title: (value as PolyvChannel).name };
    if (kind === "task-reward") {
      const activity = value as StoredTaskReward;
      const status = taskRewardStatus(activity, now);
      return { title: activity.activityName, status, statusLabel: TASK_REWARD_LABELS[status] };
    }
    if (kind === "lottery") {
      const lottery = value as StoredLottery;
      return { title: lottery.fields?.activityName, status: lottery.deleted ? "deleted" : "active", statusLabel: lottery.deleted ? "已删除 deleted" : "有效 active" };
    }
    return {};
  },
};
