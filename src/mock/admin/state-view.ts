/**
 * `GET /__livemock/state`: the store dumped per vendor, credential (owner) and kind, each object
 * with its id, a title and its status (code and a bilingual label, since the dashboard shows the
 * vendors' own Chinese terms), plus the stored value itself. Tokens are not in the store.
 */
import type { Store } from "../store/index.ts";
import { taskRewardStatus } from "../vendors/polyv/task-reward.ts";

/** One object as the state dump shows it. */
export interface StateObject {
  id: string;
  title?: string;
  status?: number | string;
  /** `进行中 in progress`. */
  statusLabel?: string;
  value: unknown;
}

/** vendor -> owner -> kind -> objects. */
export type StateDump = Record<string, Record<string, Record<string, StateObject[]>>>;

/** Bilingual names of the stored kinds, for the dashboard. */
export const KIND_LABELS: Readonly<Record<string, string>> = Object.freeze({
  channel: "频道 channel",
  "task-reward": "任务奖励 task reward",
  lottery: "抽奖 lottery",
  live: "直播 live",
  "live-task": "直播任务 live task",
  activity: "直播间 activity",
  redPacket: "红包 red packet",
});

const TASK_REWARD_LABELS = ["未开始 not started", "进行中 in progress", "已结束 ended"];
const XIAOE_TASK_LABELS = ["已删除 deleted", "正常 normal", "已停止 stopped"];
const RED_PACKET_LABELS = ["未发送 initialised", "已发送 sent", "开奖中 drawing", "已开奖 drawn", "开奖失败 draw failed"];

function describe(vendor: string, kind: string, id: string, value: any, now: number): StateObject {
  const out: StateObject = { id, value };
  const set = (title: unknown, status?: number | string, label?: string) => {
    if (typeof title === "string" && title !== "") out.title = title;
    if (status !== undefined) out.status = status;
    if (label !== undefined) out.statusLabel = label;
  };
  if (vendor === "polyv" && kind === "channel") set(value.name);
  else if (vendor === "polyv" && kind === "task-reward") {
    const status = taskRewardStatus(value, now);
    set(value.activityName, status, TASK_REWARD_LABELS[status]);
  } else if (vendor === "polyv" && kind === "lottery") set(value.fields?.activityName, value.deleted ? "deleted" : "active", value.deleted ? "已删除 deleted" : "有效 active");
  else if (vendor === "xiaoe" && kind === "live") set(value.title);
  else if (vendor === "xiaoe" && kind === "live-task") {
    const title = value.task_title || (value.parent_id ? `child of ${value.parent_id}` : `task_type ${value.task_type}`);
    set(title, value.task_state, XIAOE_TASK_LABELS[value.task_state]);
  } else if (vendor === "volcengine" && kind === "activity") set(value.Name);
  else if (vendor === "volcengine" && kind === "redPacket") {
    let status: number = value.RedPacketStatus;
    // Automatic draws happen when a packet is read; show what a read would answer now.
    if (status === 1 && value.config?.OpenRedPacketType === 0 && value.sentAt !== undefined && now >= value.sentAt + value.config.DeadLine * 60_000) status = 3;
    set(`${value.config?.RedPacketType === 1 ? "积分 points" : "现金 cash"} ${value.config?.TotalAmount} × ${value.config?.RedPacketNumber}`, status, RED_PACKET_LABELS[status]);
  }
  return out;
}

/**
 * Dumps the store, optionally only one vendor and/or owner.
 *
 * @example
 * stateDump(context.store, context.clock.now(), { vendor: "polyv" }).polyv?.frlr1zazn3?.channel?.length // 3
 */
export function stateDump(store: Store, now: number, filter: { vendor?: string | undefined; owner?: string | undefined } = {}): StateDump {
  const out: StateDump = {};
  for (const [key, entries] of store.snapshot().collections) {
    const [vendor = "", owner = "", kind = ""] = key.split("\u0000");
    if ((filter.vendor && vendor !== filter.vendor) || (filter.owner && owner !== filter.owner) || entries.length === 0) continue;
    const byOwner = (out[vendor] ??= {});
    const byKind = (byOwner[owner] ??= {});
    byKind[kind] = entries.map(([id, value]) => describe(vendor, kind, id, value, now));
  }
  return out;
}
