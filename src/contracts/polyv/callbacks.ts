/**
 * Polyv's live status callback (直播状态回调) on the wire: a GET to the account's
 * `streamCallbackUrl` with `channelId`, `status` (live | end), `timestamp` (13-digit ms), `sign`,
 * `sessionId`, `startTime` and `endTime`; `sign = md5(appSecret + timestamp)` in lowercase hex (the
 * doc leaves the case open: compare case-insensitively). No retries.
 */
import { hexDigest } from "../../util/hex-digest.ts";
import { timingSafeEqual } from "../../util/timing-safe-equal.ts";
import { CALLBACK_CATALOGUE } from "../generated/callbacks.ts";

/** The Polyv part of the callback catalogue. */
export const POLYV_CALLBACKS = CALLBACK_CATALOGUE.polyv;

/** The live status callback's query, every value a string. */
export interface PolyvLiveStatusCallback {
  channelId: string;
  status: "live" | "end";
  timestamp: string;
  sign: string;
  sessionId: string;
  startTime: string;
  /** Empty while the channel is live. */
  endTime: string;
}

/** A verdict on a received callback. */
export type PolyvVerdict = { ok: true; event: PolyvLiveStatusCallback } | { ok: false; reason: string };

/**
 * The callback `sign`.
 *
 * @example
 * polyvCallbackSign("1557976774000", "6ef8d34c08f44e91a18428842ff0ba7e") // "f4df248df5afd8585c09450b1f7c327f"
 */
export function polyvCallbackSign(timestamp: string, appSecret: string): string {
  return hexDigest("md5", appSecret + timestamp);
}

/**
 * The query of a live status callback, signed.
 *
 * @example
 * polyvLiveStatusQuery({ channelId: "4854808", status: "live", timestamp: "1557976774000", sessionId: "s1", startTime: "1557976774000", endTime: "" }, secret)
 */
export function polyvLiveStatusQuery(fields: Omit<PolyvLiveStatusCallback, "sign">, appSecret: string): PolyvLiveStatusCallback {
  const { channelId, status, timestamp, sessionId, startTime, endTime } = fields;
  return { channelId, status, timestamp, sign: polyvCallbackSign(timestamp, appSecret), sessionId, startTime, endTime };
}

/**
 * Verifies a Polyv live status callback from its query (`URLSearchParams`, a query string, a full
 * URL or an object of strings).
 *
 * @example
 * const verdict = verifyPolyvCallback(new URL(req.url, "http://x").searchParams, process.env.POLYV_APP_SECRET!);
 * if (verdict.ok && verdict.event.status === "end") closeSession(verdict.event.sessionId);
 */
export function verifyPolyvCallback(query: URLSearchParams | string | Readonly<Record<string, string | undefined>>, appSecret: string): PolyvVerdict {
  let params: URLSearchParams;
  if (query instanceof URLSearchParams) params = query;
  else if (typeof query === "string") params = new URLSearchParams(query.includes("?") ? query.slice(query.indexOf("?") + 1) : query);
  else params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const timestamp = params.get("timestamp");
  const sign = params.get("sign");
  if (!timestamp) return { ok: false, reason: "timestamp is missing" };
  if (!sign) return { ok: false, reason: "sign is missing" };
  if (!timingSafeEqual(sign.toLowerCase(), polyvCallbackSign(timestamp, appSecret))) return { ok: false, reason: "sign does not match md5(appSecret + timestamp)" };
  const status = params.get("status");
  if (status !== "live" && status !== "end") return { ok: false, reason: `status must be live or end, got ${JSON.stringify(status)}` };
  const event: PolyvLiveStatusCallback = {
    channelId: params.get("channelId") ?? "",
    status,
    timestamp,
    sign,
    sessionId: params.get("sessionId") ?? "",
    startTime: params.get("startTime") ?? "",
    endTime: params.get("endTime") ?? "",
  };
  return { ok: true, event };
}
