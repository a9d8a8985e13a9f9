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

/**
 * A request id in the dotted form Polyv's servers emit: 32 lowercase hex, a 1-3 digit number and
 * 17 digits (e.g. `723ed01861804e9aa3dc1cf1aced83d5.72.17097790901718347`). Pass a seeded `random`
 * (and `now`) for deterministic ids.
 *
 * @example
 * createPolyvRequestId()                    // "9f1c...e2.128.17097790901718347"
 * createPolyvRequestId(seededRandom, 1700000000000)
 */
export function createPolyvRequestId(random: () => number = Math.random, now?: number): string {
  const digit = (base: number) => Math.min(base - 1, Math.floor(random() * base));
  let hex = "";
  for (let i = 0; i < 32; i += 1) hex += digit(16).toString(16);
  const node = 1 + digit(255);
  let tail = now === undefined ? String(1 + digit(9)) : String(Math.trunc(now)).slice(0, 13);
  while (tail.length < 17) tail += String(digit(10));
  return `${hex}.${node}.${tail}`;
}
