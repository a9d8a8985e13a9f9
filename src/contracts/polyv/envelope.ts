/**
 * Polyv v4 success envelope, page object and request ids.
 */

/** The v4 success envelope, keys in Polyv's order. */
export interface PolyvSuccessEnvelope<T> {
  code: 200;
  status: "success";
  requestId: string;
  data: T;
  success: true;
}

/**
 * Wraps a payload in Polyv's success envelope, keys in order `code, status, requestId, data, success`.
 *
 * @example
 * buildPolyvSuccess(10465, "e9eb12f0-5d55-482a-8a47-62863d04772c")
 * // { code: 200, status: "success", requestId: "e9eb...", data: 10465, success: true }
 */
export function buildPolyvSuccess<T>(data: T, requestId: string): PolyvSuccessEnvelope<T> {
  return { code: 200, status: "success", requestId, data, success: true };
}

/** Polyv's page object. */
export interface PolyvPage<T> {
  pageNumber: number;
  pageSize: number;
  totalPages: number;
  totalItems: number;
  contents: T[];
}

/**
 * Slices all items into Polyv's page object (`pageNumber` from 1; defaults 1 and 10 as documented).
 *
 * @example
 * buildPolyvPage([a, b, c], { pageNumber: 2, pageSize: 2 })
 * // { pageNumber: 2, pageSize: 2, totalPages: 2, totalItems: 3, contents: [c] }
 */
export function buildPolyvPage<T>(items: readonly T[], options: { pageNumber?: number; pageSize?: number } = {}): PolyvPage<T> {
  const pageNumber = options.pageNumber ?? 1;
  const pageSize = options.pageSize ?? 10;
  const start = (pageNumber - 1) * pageSize;
  return {
    pageNumber,
    pageSize,
    totalPages: Math.ceil(items.length / pageSize),
    totalItems: items.length,
    contents: items.slice(start, start + pageSize),
  };
}

/** A uniform integer in [0, range) from one draw (clamped, in case the source ever returns 1). */
function randomBelow(random: () => number, range: number): number {
  return Math.min(range - 1, Math.floor(random() * range));
}

/** The character codes of the lowercase hex digits, by value. */
const HEX_DIGIT_CODES: readonly number[] = Array.from("0123456789abcdef", (digit) => digit.charCodeAt(0));

/**
 * `count` random lowercase hex digits, 6 (24 bits) per draw: a double carries 53 bits, and a draw
 * just below 1 still gives all f's. The digits are gathered as character codes and made into one
 * string at the end (no intermediate strings).
 *
 * @example
 * randomHex(Math.random, 32) // "9f1c...e2": 6 draws
 */
function randomHex(random: () => number, count: number): string {
  const codes = new Array<number>(count);
  let bits = 0;
  for (let index = 0; index < count; index++) {
    const digit = index % 6;
    if (digit === 0) bits = randomBelow(random, 0x1000000);
    codes[index] = HEX_DIGIT_CODES[(bits >>> (20 - 4 * digit)) & 0xf]!;
  }
  return String.fromCharCode.apply(null, codes);
}

/**
 * `count` random decimal digits, 8 per draw (the leading digits of a uniform 8-digit number).
 *
 * @example
 * randomDecimal(Math.random, 4) // "0831": 1 draw
 */
function randomDecimal(random: () => number, count: number): string {
  let out = "";
  // 1e8 + n has 9 digits: dropping the leading 1 zero-pads n to 8.
  for (let left = count; left > 0; left -= 8) out += String(1e8 + randomBelow(random, 1e8)).slice(1);
  return out.length === count ? out : out.slice(0, count);
}

/**
 * A request id in the dotted form Polyv's servers emit: 32 lowercase hex, a 1-3 digit number and
 * 17 digits (e.g. `723ed01861804e9aa3dc1cf1aced83d5.72.17097790901718347`). Pass a seeded `random`
 * (and `now`) for deterministic ids; digits are drawn several at a time (8 draws with `now`).
 *
 * @example
 * createPolyvRequestId()                    // "9f1c...e2.128.17097790901718347"
 * createPolyvRequestId(seededRandom, 1700000000000)
 */
export function createPolyvRequestId(random: () => number = Math.random, now?: number): string {
  const hex = randomHex(random, 32);
  const node = 1 + randomBelow(random, 255);
  const head = now === undefined ? String(1 + randomBelow(random, 9)) : String(Math.trunc(now)).slice(0, 13);
  return `${hex}.${node}.${head}${randomDecimal(random, 17 - head.length)}`;
}

/**
 * The older envelope of Polyv's v2/v3 paths (`/live/v3/...`): `{code, status, message, data}`,
 * `message` empty on success [doc: global error page]. No `requestId` and no `success`.
 */
export interface PolyvLegacyEnvelope<T> {
  code: number;
  status: "success" | "error" | "fail";
  message: string;
  data: T;
}

/**
 * Wraps a payload in the v2/v3 success envelope, keys in order `code, status, message, data`.
 *
 * @example
 * buildPolyvLegacySuccess(true) // { code: 200, status: "success", message: "", data: true }
 */
export function buildPolyvLegacySuccess<T>(data: T): PolyvLegacyEnvelope<T> {
  return { code: 200, status: "success", message: "", data };
}

/**
 * The v2/v3 error envelope: `code` = HTTP status, `status` "error" for 4xx and "fail" for 5xx [doc],
 * the catalogue's message (`desc`) in `message`, and `data: ""` [inferred].
 *
 * @example
 * buildPolyvLegacyError(400, "channel not found.") // { code: 400, status: "error", message: "channel not found.", data: "" }
 */
export function buildPolyvLegacyError(httpStatus: number, message: string): PolyvLegacyEnvelope<""> {
  return { code: httpStatus, status: httpStatus >= 500 ? "fail" : "error", message, data: "" };
}
