/**
 * Xiaoe-tech push messages (消息推送) on the wire: the XML message (`type`, `app_id`, `message_id`,
 * `retry_times`, `xe_data` under a `<doc>` root), sent encrypted as
 * `POST <url>?msg_signature=&timestamp=&nonce=` with `<xml><Encrypt><![CDATA[...]]></Encrypt></xml>`
 * (mode `aes`, see push-crypto.ts) or as the plain XML (mode `plain`); and the receiver's side,
 * {@link decryptXiaoePush}.
 */
import { randomBytes } from "node:crypto";
import { timingSafeEqual } from "../../util/timing-safe-equal.ts";
import { CALLBACK_CATALOGUE } from "../generated/callbacks.ts";
import { decryptXiaoeMessage, encryptXiaoeMessage, xiaoePushSignature } from "./push-crypto.ts";
import { parseXml, toXml, type XmlObject } from "./push-xml.ts";

/** The Xiaoe part of the callback catalogue. */
export const XIAOE_CALLBACKS = CALLBACK_CATALOGUE.xiaoe;

/** Every push type livemock sends. */
export type XiaoePushType = keyof typeof XIAOE_CALLBACKS.events;

/** How a push travels: encrypted (the vendor's way) or plain XML (to read a first push). */
export type XiaoePushMode = "aes" | "plain";

/** The envelope every push shares. */
export interface XiaoePushEnvelope<Type extends string, Data> {
  type: Type;
  app_id: string;
  /** The dedupe key: the same on every retry. */
  message_id: string;
  /** 0 on the first attempt, then 1, 2, ... */
  retry_times: number;
  xe_data: Data;
}

/** `live_task`: a viewer completed a live task. */
export type XiaoeLiveTaskPush = XiaoePushEnvelope<
  "live_task",
  {
    action: string;
    app_id: string;
    data: {
      app_id: string;
      alive_id: string;
      task_id: number;
      user_id: string;
      reward_value: string;
      retry_times: number;
      task_module: number;
      task_condition: string;
      task_type: number;
      reward_type: number;
    };
  }
>;

/** `alive_user_data`: a viewer's data in a live changed (fields without a change are left out). */
export type XiaoeAliveUserDataPush = XiaoePushEnvelope<
  "alive_user_data",
  { app_id: string; alive_id: string; user_id: string; first_in_time?: string; last_in_time?: string; his_online_time?: number; his_online_times?: number; comment_num?: number }
>;

/** `alive_state_change`: 0 未开始 1 直播中 2 已结束. */
export type XiaoeAliveStateChangePush = XiaoePushEnvelope<"alive_state_change", { app_id: string; alive_id: string; alive_state: number }>;

/** Every Xiaoe push livemock sends. */
export type XiaoePush = XiaoeLiveTaskPush | XiaoeAliveUserDataPush | XiaoeAliveStateChangePush;

/** Fields XML carries as text that the vendor's pages type as integers. */
const INTEGER_FIELDS = new Set(["retry_times", "task_id", "task_module", "task_type", "reward_type", "alive_state", "his_online_time", "his_online_times", "comment_num"]);

/** The request of one push: query parameters (empty in plain mode), body and content type. */
export interface XiaoePushRequest {
  query: Record<string, string>;
  body: string;
  contentType: string;
}

/** Where a push is sent and how. */
export interface XiaoePushTarget {
  mode: XiaoePushMode;
  token: string;
  encodingAESKey: string;
  appId: string;
}

/**
 * The request of one push: the message as XML, encrypted and signed in mode `aes`.
 *
 * @example
 * const { query, body } = xiaoePushRequest(message, { mode: "aes", token, encodingAESKey, appId }, 1764892800);
 */
export function xiaoePushRequest(message: Readonly<Record<string, unknown>>, target: XiaoePushTarget, nowSeconds: number): XiaoePushRequest {
  const xml = toXml(message);
  const contentType = XIAOE_CALLBACKS.encryption.contentType;
  if (target.mode === "plain") return { query: {}, body: xml, contentType };
  const encrypt = encryptXiaoeMessage(xml, target.encodingAESKey, target.appId);
  const timestamp = String(nowSeconds);
  const nonce = String(randomBytes(4).readUInt32BE(0));
  return {
    query: { msg_signature: xiaoePushSignature(target.token, timestamp, nonce, encrypt), timestamp, nonce },
    body: `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
    contentType,
  };
}

const typed = (value: XmlObject): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === "object" ? typed(v) : INTEGER_FIELDS.has(k) && /^-?\d+$/.test(v) ? Number(v) : v]));

/** What {@link decryptXiaoePush} answers. */
export type XiaoePushVerdict = { ok: true; message: XiaoePush; appId: string } | { ok: false; reason: string };

/**
 * Checks and decrypts a Xiaoe push as the receiver gets it: `msg_signature`, `timestamp` and `nonce`
 * from the query, the `<xml><Encrypt>` body. The app id inside the ciphertext must be `appId`. With
 * `allowPlain`, a body that is the plain `<doc>` XML (livemock's `plain` mode) is read as is.
 * Integer fields come back as numbers.
 *
 * @example
 * const verdict = decryptXiaoePush({ query: req.query, body: rawBody }, { token, encodingAESKey, appId });
 * if (verdict.ok && verdict.message.type === "live_task") grant(verdict.message.xe_data.data.user_id);
 * res.end("success");
 */
export function decryptXiaoePush(
  request: { query: URLSearchParams | Readonly<Record<string, unknown>>; body: string },
  options: { token: string; encodingAESKey: string; appId: string; allowPlain?: boolean },
): XiaoePushVerdict {
  const parsed = parseXml(request.body);
  if (!parsed) return { ok: false, reason: "the body is not XML" };
  let xml: string;
  if (parsed.root === "xml" && typeof parsed.value.Encrypt === "string") {
    const q = request.query instanceof URLSearchParams ? Object.fromEntries(request.query) : request.query;
    const pick = (name: string) => (typeof q[name] === "string" ? (q[name] as string) : Array.isArray(q[name]) ? String((q[name] as unknown[])[0]) : undefined);
    const signature = pick("msg_signature");
    const timestamp = pick("timestamp");
    const nonce = pick("nonce");
    if (!signature || !timestamp || !nonce) return { ok: false, reason: "msg_signature, timestamp and nonce must be in the query" };
    const encrypt = parsed.value.Encrypt;
    if (!timingSafeEqual(signature.toLowerCase(), xiaoePushSignature(options.token, timestamp, nonce, encrypt)))
      return { ok: false, reason: "msg_signature does not match sha1(sorted token, timestamp, nonce, Encrypt)" };
    let opened: { message: string; appId: string };
    try {
      opened = decryptXiaoeMessage(encrypt, options.encodingAESKey);
    } catch (error) {
      return { ok: false, reason: `Encrypt could not be decrypted: ${(error as Error).message}` };
    }
    if (opened.appId !== options.appId) return { ok: false, reason: `the message was encrypted for app ${JSON.stringify(opened.appId)}, not ${JSON.stringify(options.appId)}` };
    xml = opened.message;
  } else if (options.allowPlain) xml = request.body;
  else return { ok: false, reason: "the body has no <xml><Encrypt>: a plain push (pass allowPlain to accept it)" };
  const message = parseXml(xml);
  if (!message) return { ok: false, reason: "the decrypted message is not XML" };
  const value = typed(message.value);
  if (typeof value.type !== "string" || !Object.hasOwn(XIAOE_CALLBACKS.events, value.type)) return { ok: false, reason: `unknown push type ${JSON.stringify(value.type)}` };
  return { ok: true, message: value as unknown as XiaoePush, appId: String(value.app_id ?? "") };
}
