/**
 * What turns a canonical request into a signature: the X-Date, the credential scope, the signing key
 * (derived once per secret, day, region and service, then cached) and the HMAC of the string to
 * sign. Shared by signing (sign.ts), presigning (presign.ts) and verification (verify.ts).
 */
import { createHmac } from "node:crypto";
import { utcCalendarMs } from "../../../util/civil-time.ts";
import { digitsAt } from "../../../util/digits-at.ts";
import { sha256Hex } from "./canonical-request.ts";

/** The algorithm name, first in the Authorization header, the string to sign and X-Algorithm. */
export const ALGORITHM = "HMAC-SHA256";
/** The last part of the credential scope and of the signing key's HMAC chain. */
export const TERMINATOR = "request";

/**
 * Formats a time as Volcengine's X-Date, UTC `YYYYMMDDTHHMMSSZ`.
 *
 * @example
 * formatXDate(new Date("2024-01-01T12:00:00Z")) // "20240101T120000Z"
 */
export function formatXDate(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

const X_DATE_SHAPE = /^\d{8}T\d{6}Z$/;

/**
 * Parses an X-Date (`YYYYMMDDTHHMMSSZ`) into epoch milliseconds, or undefined when malformed.
 *
 * @example
 * parseXDate("20240101T120000Z") // 1704110400000
 */
export function parseXDate(xDate: string): number | undefined {
  if (!X_DATE_SHAPE.test(xDate)) return undefined;
  return utcCalendarMs(digitsAt(xDate, 0, 4), digitsAt(xDate, 4, 6), digitsAt(xDate, 6, 8), digitsAt(xDate, 9, 11), digitsAt(xDate, 11, 13), digitsAt(xDate, 13, 15));
}

/**
 * The X-Date of a signing time: a Date formatted, or an X-Date string checked and kept.
 *
 * @example
 * toXDate(new Date("2024-01-01T12:00:00Z")) // "20240101T120000Z"
 * toXDate("2024-01-01") // throws: not an X-Date
 */
export function toXDate(date: Date | string): string {
  if (typeof date === "string") {
    if (parseXDate(date) === undefined) throw new Error(`date must be a Date or an X-Date YYYYMMDDTHHMMSSZ, got "${date}"`);
    return date;
  }
  return formatXDate(date);
}

/**
 * The credential scope `date8/region/service/request`.
 *
 * @example
 * credentialScope("20240101", "cn-north-1", "livesaas") // "20240101/cn-north-1/livesaas/request"
 */
export function credentialScope(date8: string, region: string, service: string): string {
  return `${date8}/${region}/${service}/${TERMINATOR}`;
}

const signingKeyCache = new Map<string, Buffer>();
const SIGNING_KEY_CACHE_LIMIT = 512;

/** The key signingKey returned last and what it was derived from (requests in a row mostly share it). */
let lastKey: { sk: string; date8: string; region: string; service: string; key: Buffer } | undefined;

/**
 * Derives (and caches per secret, date, region and service) the V4 signing key:
 * HMAC chain SK -> date8 -> region -> service -> "request".
 *
 * @example
 * const key = signingKey("livemock-volc-secret", "20240101", "cn-north-1", "livesaas");
 */
export function signingKey(sk: string, date8: string, region: string, service: string): Buffer {
  const last = lastKey;
  if (last !== undefined && last.sk === sk && last.date8 === date8 && last.region === region && last.service === service) return last.key;
  const key = cachedSigningKey(sk, date8, region, service);
  lastKey = { sk, date8, region, service, key };
  return key;
}

/** signingKey's lookup in (or addition to) the cache of every recent key. */
function cachedSigningKey(sk: string, date8: string, region: string, service: string): Buffer {
  const cacheKey = `${sk}\u0000${date8}\u0000${region}\u0000${service}`;
  const hit = signingKeyCache.get(cacheKey);
  if (hit) return hit;
  const kDate = createHmac("sha256", sk).update(date8).digest();
  const kRegion = createHmac("sha256", kDate).update(region).digest();
  const kService = createHmac("sha256", kRegion).update(service).digest();
  const key = createHmac("sha256", kService).update(TERMINATOR).digest();
  if (signingKeyCache.size >= SIGNING_KEY_CACHE_LIMIT) signingKeyCache.clear();
  signingKeyCache.set(cacheKey, key);
  return key;
}

/**
 * The signature of a canonical request: lowercase hex HMAC-SHA256, under the signing key, of the
 * string to sign (algorithm, X-Date, scope and the canonical request's SHA-256, one a line).
 *
 * @example
 * const scope = credentialScope("20240101", "cn-north-1", "livesaas");
 * signatureOf(signingKey(sk, "20240101", "cn-north-1", "livesaas"), "20240101T120000Z", scope, canonicalRequest(frame, query, headerBlock)) // 64 hex digits
 */
export function signatureOf(key: Buffer, xDate: string, scope: string, canonical: string): string {
  return createHmac("sha256", key)
    .update(`${ALGORITHM}\n${xDate}\n${scope}\n${sha256Hex(canonical)}`)
    .digest("hex");
}
