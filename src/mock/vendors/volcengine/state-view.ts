/** How Volcengine's stored objects look in the state view and the dashboard. */
import type { VendorStateView } from "../../core/vendor.ts";
import type { StoredCallbackConfig } from "./callback-configs.ts";
import type { StoredRedPacketGrab } from "./grabs.ts";
import { RedPacketStatus, type StoredRedPacket } from "./red-packets.ts";

const RED_PACKET_LABELS = ["未发送 initialised", "已发送 sent", "开奖中 drawing", "已开奖 drawn", "开奖失败 draw failed"];

/**
 * Activities by name; red packets by kind, amount and count, with the status a read would answer now.
 *
 * @example
 * volcengineStateView.describe("activity", { ActivityID: 1824920000234844, Name: "新品发布" }, Date.now()) // { title: "新品发布" }
 */
export const volcengineStateView: VendorStateView = {
  kinds: { activity: "直播间 activity", redPacket: "红包 red packet", redPacketGrab: "抢红包 red-packet grab", callbackConfig: "回调配置 callback configuration" },
  describe(kind, value, now) {
    if (kind === "activity") return { title: (value as { Name?: string }).Name };
    if (kind === "redPacket") {
      const packet = value as StoredRedPacket;
      let status: number = packet.RedPacketStatus;
      // Automatic draws happen when a packet is read; show what a read would answer now.
      if (status === RedPacketStatus.sent && packet.config?.OpenRedPacketType === 0 && packet.sentAt !== undefined && now >= packet.sentAt + packet.config.DeadLine * 60_000)
        status = RedPacketStatus.drawn;
      const title = `${packet.config?.RedPacketType === 1 ? "积分 points" : "现金 cash"} ${packet.config?.TotalAmount} × ${packet.config?.RedPacketNumber}`;
      return { title, status, statusLabel: RED_PACKET_LABELS[status] };
    }
    if (kind === "redPacketGrab") {
      const grab = value as StoredRedPacketGrab;
      return { title: `${grab.UserName} → ${grab.RedPacketID}: ${grab.Amount}`, status: grab.Amount > 0 ? 1 : 0, statusLabel: grab.Amount > 0 ? "中奖 won" : "参与 joined" };
    }
    if (kind === "callbackConfig") {
      // The AccountSecret stays out of the view: secrets are shown only as ids.
      const config = value as StoredCallbackConfig;
      return { title: `${config.CallbackType} ${config.EventName || "(no documented event)"} → ${config.urls?.length ?? 0} URL(s) for ${config.FollowerUserName}` };
    }
    return {};
  },
};
