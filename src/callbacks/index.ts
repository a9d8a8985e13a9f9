/**
 * `livemock/callbacks`: what a receiver of vendor callbacks needs, and what livemock itself uses to
 * sign and encrypt them. Volcengine's `Sign`, Polyv's `sign`, Xiaoe's encrypted push.
 *
 * @example
 * import { verifyVolcengineCallback, verifyPolyvCallback, decryptXiaoePush } from "livemock/callbacks";
 */

export { CALLBACK_CATALOGUE } from "../contracts/generated/callbacks.ts";
export type { PolyvLiveStatusCallback, PolyvVerdict } from "../contracts/polyv/callbacks.ts";
export { polyvCallbackSign, verifyPolyvCallback } from "../contracts/polyv/callbacks.ts";
export type {
  VolcBonusBatchCallback,
  VolcBonusUserInfo,
  VolcCallbackEventType,
  VolcCommentCallback,
  VolcCommentData,
  VolcengineCallback,
  VolcengineVerdict,
  VolcRedPacketCallback,
  VolcRedPacketUserInfo,
  VolcStatusCallback,
  VolcUserEnterCallback,
} from "../contracts/volcengine/callbacks.ts";
export { verifyVolcengineCallback, volcCallbackSign } from "../contracts/volcengine/callbacks.ts";
export type {
  XiaoeAliveStateChangePush,
  XiaoeAliveUserDataPush,
  XiaoeLiveTaskPush,
  XiaoePush,
  XiaoePushEnvelope,
  XiaoePushMode,
  XiaoePushType,
  XiaoePushVerdict,
} from "../contracts/xiaoe/callbacks.ts";
export { decryptXiaoePush } from "../contracts/xiaoe/callbacks.ts";
