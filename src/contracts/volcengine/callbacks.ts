/**
 * Volcengine livesaas callbacks (回调) on the wire: the payload of each event livemock sends, the
 * `Sign` rule (lowercase hex MD5 of the AccountSecret followed by the listed fields' values, no
 * separators; the lists come from the catalogue, specs/callbacks.yaml), and the receiver's check.
 * Used by the mock to sign and by receivers (`livemock/callbacks`) to verify.
 */
import { hexDigest } from "../../util/hex-digest.ts";
import { timingSafeEqual } from "../../util/timing-safe-equal.ts";
import { CALLBACK_CATALOGUE } from "../generated/callbacks.ts";

/** The Volcengine part of the callback catalogue. */
export const VOLC_CALLBACKS = CALLBACK_CATALOGUE.volcengine;

/** Every EventType livemock sends. */
export type VolcCallbackEventType = keyof typeof VOLC_CALLBACKS.events;

/** One grab of a red packet (`UserInfos` of ActivityRedPacketInfoCallBack). */
export interface VolcRedPacketUserInfo {
  Amount: string;
  ExternalId: string;
  Extra: string;
  IsPriorityUser: string;
  NickName: string;
  Telephone: string;
  UserAccessIP: string;
  UserAgent: string;
  UserId: string;
}

/** 10 红包结果: sent when a red packet ends, its grabs in `UserInfos` (at most 2000 per callback). */
export interface VolcRedPacketCallback {
  AccountId: string;
  ActivityId: string;
  ActivityName: string;
  EventType: "ActivityRedPacketInfoCallBack";
  IsOpenSmsNotification: string;
  /** The only unquoted field. */
  RedPacketId: number;
  RedPacketNumber: string;
  RedPacketType: string;
  RedPacketUnit: string;
  RequestUuid: string;
  RewardsPointsBatch: string;
  Sign: string;
  SubAccountName: string;
  Timestamp: string;
  TotalAmount: string;
  UserInfos: VolcRedPacketUserInfo[];
}

/** One viewer who received a task's bonus (`UserInfos` of the bonus batch). */
export interface VolcBonusUserInfo {
  ExternalUserId: string;
  FinishTime: string;
  UserId: string;
  UserNickName: string;
  /** The sub-task's index: a JSON number. */
  BonusIndex: number;
}

/** 30 福利任务奖励接收批量聚合: the viewers who completed a task (sub-task `BonusIndex`), at most 1000 per callback. */
export interface VolcBonusBatchCallback {
  AccountId: string;
  ActivityId: string;
  EventType: "ActivityUserReceiveActivityBonusBatchCallBack";
  /** The 福利任务's id. */
  Id: string;
  RequestUuid: string;
  Sign: string;
  SubAccountName: string;
  UserInfos: VolcBonusUserInfo[];
}

/** 23 观众状态变化: a viewer entered (`Status` "1") or left ("2"). `Timestamp` is in milliseconds here. */
export interface VolcUserEnterCallback {
  ActivityID: string;
  EventType: "ActivityUserEnterCallBack";
  EnterTimestamp: string;
  UserID: string;
  ExternalUserID: string;
  Timestamp: string;
  Sign: string;
  Status: string;
  UserDevice: string;
  UsageType: string;
  SubAccountName: string;
}

/** One comment of CommentCallback's `Data`. */
export interface VolcCommentData {
  ChatId: number;
  CreateTime: number;
  TextContent: string;
  User: { Nickname: string; UserId: number; ExternalId: string };
  IsDelete: boolean;
  LikeCount: number;
  IsPresenter: boolean;
  reviewStatus: number;
  ActivityID: number;
  SubAccountName: string;
}

/** 22 评论发送: the comments sent together. */
export interface VolcCommentCallback {
  AccountId: string;
  ActivityId: string;
  EventType: "CommentCallback";
  Timestamp: string;
  Sign: string;
  RequestUuid: string;
  Data: VolcCommentData[];
}

/** 1 直播状态变化 (GET, query parameters): `Status` 1 直播中 2 预告 3 回放 4 已结束. */
export interface VolcStatusCallback {
  ActivityID: string;
  EventType: "ActivityStatusModifyCallBack";
  Status: string;
  Timestamp: string;
  Sign: string;
  IsLockPreview: string;
  SubAccountName: string;
  RequestUuid: string;
}

/** Every Volcengine callback livemock sends, by EventType. */
export type VolcengineCallback = VolcRedPacketCallback | VolcBonusBatchCallback | VolcUserEnterCallback | VolcCommentCallback | VolcStatusCallback;

/** A verdict on a received callback: the typed payload, or why it is refused. */
export type VolcengineVerdict = { ok: true; event: VolcengineCallback } | { ok: false; reason: string };

const isEventType = (value: unknown): value is VolcCallbackEventType => typeof value === "string" && Object.hasOwn(VOLC_CALLBACKS.events, value);

/**
 * The `Sign` of a payload: md5 of the AccountSecret followed by the values of the event's listed
 * fields, in order, without separators, lowercase hex.
 *
 * @example
 * volcCallbackSign({ EventType: "ActivityStatusModifyCallBack", ActivityID: "123", Status: "1", Timestamp: "1582518318" }, "abc")
 * // "3d5fc13702c89c3c34c811ba8ac8fbbc"
 */
export function volcCallbackSign(payload: Readonly<Record<string, unknown>>, accountSecret: string): string {
  const type = payload.EventType;
  if (!isEventType(type)) throw new Error(`livemock: no sign rule for Volcengine EventType ${JSON.stringify(type)}`);
  const values = VOLC_CALLBACKS.events[type].sign.map((field) => {
    const value = payload[field];
    return value === undefined || value === null ? "" : String(value);
  });
  return hexDigest("md5", accountSecret + values.join(""));
}

/**
 * Verifies a Volcengine callback as a receiver gets it: the JSON body of a POST (object or text),
 * or the query of a GET (`URLSearchParams`, a query string or an object). The `Sign` is compared
 * case-insensitively and in constant time.
 *
 * @example
 * app.post("/volc", (req, res) => {
 *   const verdict = verifyVolcengineCallback(req.body, process.env.VOLC_ACCOUNT_SECRET!);
 *   if (!verdict.ok) return res.status(401).end(verdict.reason);
 *   if (verdict.event.EventType === "ActivityRedPacketInfoCallBack") grant(verdict.event.UserInfos);
 *   res.status(200).json({ message: "ok" });
 * });
 */
export function verifyVolcengineCallback(payload: unknown, accountSecret: string): VolcengineVerdict {
  let fields: Record<string, unknown>;
  if (payload instanceof URLSearchParams) fields = Object.fromEntries(payload);
  else if (typeof payload === "string") {
    const text = payload.trim();
    if (text.startsWith("{")) {
      try {
        fields = JSON.parse(text) as Record<string, unknown>;
      } catch (error) {
        return { ok: false, reason: `the body is not JSON: ${(error as Error).message}` };
      }
    } else fields = Object.fromEntries(new URLSearchParams(text.startsWith("?") ? text.slice(1) : text));
  } else if (typeof payload === "object" && payload !== null && !Array.isArray(payload)) fields = payload as Record<string, unknown>;
  else return { ok: false, reason: "the callback is neither a JSON object nor a query" };
  if (!isEventType(fields.EventType)) return { ok: false, reason: `unknown EventType ${JSON.stringify(fields.EventType)}` };
  const sign = fields.Sign;
  if (typeof sign !== "string" || sign === "") return { ok: false, reason: "Sign is missing" };
  const expected = volcCallbackSign(fields, accountSecret);
  if (!timingSafeEqual(sign.toLowerCase(), expected)) return { ok: false, reason: `Sign does not match md5(AccountSecret + ${VOLC_CALLBACKS.events[fields.EventType].sign.join(" + ")})` };
  return { ok: true, event: fields as unknown as VolcengineCallback };
}
