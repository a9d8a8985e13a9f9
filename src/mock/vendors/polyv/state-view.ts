/** How Polyv's stored objects look in the state view and the dashboard. */
import type { VendorStateView } from "../../core/vendor.ts";
import type { PolyvChannel } from "./channels.ts";
import type { StoredLottery } from "./lottery.ts";
import type { StoredLotteryRecord, StoredLotteryWinner, StoredViewerTaskReward } from "./results.ts";
import { type StoredTaskReward, taskRewardStatus } from "./task-reward.ts";

const TASK_REWARD_LABELS = ["未开始 not started", "进行中 in progress", "已结束 ended"];

/**
 * Channels by name, task rewards with their status at `now`, lotteries as active or deleted, and
 * the live-room results: draws, winners (won or info sent), viewers' task rewards.
 *
 * @example
 * polyvStateView.describe("lottery", { fields: { activityName: "春节抽奖" }, deleted: false }, Date.now())
 * // { title: "春节抽奖", status: "active", statusLabel: "有效 active" }
 */
export const polyvStateView: VendorStateView = {
  kinds: {
    channel: "频道 channel",
    "task-reward": "任务奖励 task reward",
    lottery: "抽奖 lottery",
    "lottery-record": "抽奖记录 lottery draw",
    "lottery-winner": "中奖观众 lottery winner",
    "task-reward-viewer": "观众任务奖励 viewer task reward",
  },
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
    if (kind === "lottery-record") {
      const record = value as StoredLotteryRecord;
      return { title: `${record.prize ?? record.lotteryId}: ${record.winnerCount}/${record.totalUsers}` };
    }
    if (kind === "lottery-winner") {
      const winner = value as StoredLotteryWinner;
      const received = winner.receiveInfo !== null;
      return { title: `${winner.viewerName} (${winner.prize})`, status: received ? "received" : "won", statusLabel: received ? "已提交信息 info sent" : "已中奖 won" };
    }
    if (kind === "task-reward-viewer") {
      const reward = value as StoredViewerTaskReward;
      const status = reward.received ? "received" : reward.reached ? "reached" : "in progress";
      return { title: `${reward.viewerId} / task ${reward.taskId}`, status, statusLabel: { received: "已领取 received", reached: "已达成 reached", "in progress": "进行中 in progress" }[status] };
    }
    return {};
  },
};
