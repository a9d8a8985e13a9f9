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
/** Hex digits of the RequestId drawn from one random number (40 bits: exact in a double). */
const DIGITS_PER_DRAW = 10;
const DRAW_RANGE = 16 ** DIGITS_PER_DRAW;

/** The last second chinaTimestamp14 formatted, and its text: calls within one second share it. */
let lastSecond = Number.NaN;
let lastTimestamp = "";

/**
 * Formats a time as `yyyyMMddHHmmss` in China time (UTC+8).
 *
 * @example
 * chinaTimestamp14(Date.UTC(2025, 5, 12, 13, 16, 50)) // "20250612211650"
 */
export function chinaTimestamp14(time: number | Date): string {
  const second = Math.floor((typeof time === "number" ? time : time.getTime()) / 1000);
  if (second !== lastSecond) {
    const d = new Date(second * 1000 + CHINA_OFFSET_MS);
    lastTimestamp = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
    lastSecond = second;
  }
  return lastTimestamp;
}

/** Character codes of the upper-case hex digits. */
const HEX_CODES = Array.from("0123456789ABCDEF", (digit) => digit.charCodeAt(0));
const TWO_POW_20 = 2 ** 20;

/** Five upper-case hex digits of an integer in [0, 2^20) (a 40-bit number's toString(16) costs several times more). */
function fiveHexDigits(n: number): string {
  return String.fromCharCode(HEX_CODES[(n >>> 16) & 15]!, HEX_CODES[(n >>> 12) & 15]!, HEX_CODES[(n >>> 8) & 15]!, HEX_CODES[(n >>> 4) & 15]!, HEX_CODES[n & 15]!);
}

/** Ten upper-case hex digits from one uniform draw in [0, 1) (its top 40 bits; out-of-range draws clamped). */
function hexDigitsOf(draw: number): string {
  const value = Math.min(DRAW_RANGE - 1, Math.max(0, Math.floor(draw * DRAW_RANGE)));
  return fiveHexDigits(Math.floor(value / TWO_POW_20)) + fiveHexDigits(value % TWO_POW_20);
}

/**
 * Creates a Volcengine RequestId: `yyyyMMddHHmmss` (China time) followed by 20 upper-case hex digits,
 * 34 characters, e.g. `20250612211650F6034647881AD3D59CF6`. The digits take two random draws, ten
 * from each.
 *
 * @example
 * createRequestId() // "20240101200000A1B2C3D4E5F60718293A4B"
 * createRequestId({ now: () => clock.now(), random: seededRandom })
 */
export function createRequestId(sources: RequestIdSources = {}): string {
  const now = sources.now ?? Date.now;
  const random = sources.random ?? Math.random;
  const timestamp = chinaTimestamp14(now());
  return timestamp + hexDigitsOf(random()) + hexDigitsOf(random());
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
