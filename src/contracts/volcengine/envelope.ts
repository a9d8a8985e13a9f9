/**
 * Volcengine success envelope and RequestId generator.
 */
import { VOLC_REGION, VOLC_SERVICE } from "./constants.ts";

/** Sources the RequestId generator draws from; both injectable so the mock can be deterministic. */
export interface RequestIdSources {
  /** Current time (ms since the epoch, or a Date). Default `Date.now`. */
  now?: () => number | Date;
  /** Uniform random number in [0, 1). Default `Math.random`. */
  random?: () => number;
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000; // Asia/Shanghai, no daylight saving
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const UPPER_HEX = "0123456789ABCDEF";

/**
 * Formats a time as `yyyyMMddHHmmss` in China time (UTC+8).
 *
 * @example
 * chinaTimestamp14(Date.UTC(2025, 5, 12, 13, 16, 50)) // "20250612211650"
 */
export function chinaTimestamp14(time: number | Date): string {
  const d = new Date((typeof time === "number" ? time : time.getTime()) + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/**
 * Creates a Volcengine RequestId: `yyyyMMddHHmmss` (China time) followed by 20 upper-case hex digits,
 * 34 characters, e.g. `20250612211650F6034647881AD3D59CF6`.
 *
 * @example
 * createRequestId() // "20240101200000A1B2C3D4E5F60718293A4B"
 * createRequestId({ now: () => clock.now(), random: seededRandom })
 */
export function createRequestId(sources: RequestIdSources = {}): string {
  const now = sources.now ?? Date.now;
  const random = sources.random ?? Math.random;
  let hex = "";
  for (let i = 0; i < 20; i++) hex += UPPER_HEX[Math.min(15, Math.max(0, Math.floor(random() * 16)))];
  return chinaTimestamp14(now()) + hex;
}

/** The `ResponseMetadata` of a success. */
export interface VolcSuccessMetadata {
  RequestId: string;
  Action: string;
  Version: string;
  Service: string;
  Region: string;
  SystemTime: number;
}

/** A success envelope. */
export interface VolcSuccessEnvelope<R> {
  ResponseMetadata: VolcSuccessMetadata;
  Result: R;
}

/** What a success envelope needs besides the result. */
export interface VolcSuccessContext {
  requestId: string;
  action: string;
  version: string;
  /** Unix seconds, or a Date (converted to whole seconds). */
  systemTime: number | Date;
}

/**
 * Builds the success envelope `{ResponseMetadata{RequestId, Action, Version, Service, Region,
 * SystemTime}, Result}`, keys in the vendor's order. `SystemTime` is unix seconds.
 *
 * @example
 * buildSuccessEnvelope({ ID: 1825100000340169 }, {
 *   requestId: createRequestId(), action: "CreateActivityRedPacket", version: "2023-08-01", systemTime: new Date(),
 * })
 */
export function buildSuccessEnvelope<R>(result: R, context: VolcSuccessContext): VolcSuccessEnvelope<R> {
  const t = context.systemTime;
  const seconds = t instanceof Date ? Math.floor(t.getTime() / 1000) : Math.floor(t);
  return {
    ResponseMetadata: {
      RequestId: context.requestId,
      Action: context.action,
      Version: context.version,
      Service: VOLC_SERVICE,
      Region: VOLC_REGION,
      SystemTime: seconds,
    },
    Result: result,
  };
}
