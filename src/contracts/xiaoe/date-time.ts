/**
 * Xiaoe's `YYYY-MM-DD HH:mm:ss` times (China time, UTC+8) and the start-before-end rule.
 *
 * Both directions are plain integer arithmetic on the proleptic Gregorian calendar (the one `Date`
 * uses), without a `Date` object, a regex match or an intermediate array: parsing runs twice per task
 * body and formatting once per stored task, on the hot path of task.create. The results are exactly
 * those of the `Date` round trip livemock used before (test/contracts/xiaoe/date-time.test.ts).
 */

import { civilFromDays, DAY_SECONDS, utcCalendarMs } from "../../util/civil-time.ts";
import { digitsAt } from "../../util/digits-at.ts";
import type { RuleViolation } from "./rule-violation.ts";

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
/** Largest distance from the epoch a `Date` can hold (ECMAScript TimeClip). */
const MAX_TIME_MS = 8.64e15;

/** Whether `value` has the separators of `YYYY-MM-DD HH:mm:ss` (the digits are read by {@link digitsAt}). */
function hasDateTimeSeparators(value: string): boolean {
  return (
    value.length === 19 &&
    value.charCodeAt(4) === 45 /* - */ &&
    value.charCodeAt(7) === 45 /* - */ &&
    value.charCodeAt(10) === 32 /* space */ &&
    value.charCodeAt(13) === 58 /* : */ &&
    value.charCodeAt(16) === 58 /* : */
  );
}

/**
 * Parses a Xiaoe time into epoch milliseconds, or undefined when it is not a real calendar time
 * (wrong shape, 2026-02-30, 24:00:00 ...). Years 0000-0099 are not real either: `Date.UTC`, which
 * livemock used to check with, reads them as 1900-1999.
 *
 * @example
 * parseXiaoeDateTime("2026-03-01 00:00:00") // 1772294400000 (2026-02-28T16:00:00Z)
 * parseXiaoeDateTime("2026-02-30 00:00:00") // undefined
 */
export function parseXiaoeDateTime(value: string): number | undefined {
  if (!hasDateTimeSeparators(value)) return undefined;
  const century = digitsAt(value, 0, 2);
  const yearOfCentury = digitsAt(value, 2, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  const hour = digitsAt(value, 11, 13);
  const minute = digitsAt(value, 14, 16);
  const second = digitsAt(value, 17, 19);
  if (century < 0 || yearOfCentury < 0) return undefined;
  const year = century * 100 + yearOfCentury;
  if (year < 100) return undefined;
  const asUtc = utcCalendarMs(year, month, day, hour, minute, second);
  return asUtc === undefined ? undefined : asUtc - CHINA_OFFSET_MS;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The `Date`-based formatting, for the times arithmetic does not cover (NaN, ±Infinity, beyond the `Date` range). */
function formatWithDate(chinaMs: number): string {
  const d = new Date(chinaMs);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/**
 * The text of a China-time second counted from 1970-01-01 00:00:00 China time.
 *
 * @example
 * formatChinaSecond(0) // "1970-01-01 00:00:00"
 */
function formatChinaSecond(second: number): string {
  const days = Math.floor(second / DAY_SECONDS);
  const secondOfDay = second - days * DAY_SECONDS;
  const { year, month, day } = civilFromDays(days);
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor(secondOfDay / 60) % 60;
  return `${year}-${pad2(month)}-${pad2(day)} ${pad2(hour)}:${pad2(minute)}:${pad2(secondOfDay % 60)}`;
}

/** The second {@link formatXiaoeDateTime} formatted last and its text: the tasks written within one second share it. */
let lastSecond = Number.NaN;
let lastSecondText = "";

/**
 * Formats epoch milliseconds as a Xiaoe time (UTC+8); fractions of a millisecond are cut toward zero,
 * as `new Date()` does.
 *
 * @example
 * formatXiaoeDateTime(Date.UTC(2026, 1, 28, 16)) // "2026-03-01 00:00:00"
 */
export function formatXiaoeDateTime(epochMs: number): string {
  const chinaMs = epochMs + CHINA_OFFSET_MS;
  if (!(Math.abs(chinaMs) <= MAX_TIME_MS)) return formatWithDate(chinaMs);
  const second = Math.floor(Math.trunc(chinaMs) / 1000);
  if (second !== lastSecond) {
    lastSecondText = formatChinaSecond(second);
    lastSecond = second;
  }
  return lastSecondText;
}

/**
 * Rule `start-before-end`: both times are real calendar times and start is strictly before end.
 * `prefix` names where the pair lives (`[]` for the body, `["child_tasks", 1]` for a child).
 *
 * @example
 * timeWindowViolations("2026-03-03 00:00:00", "2026-03-01 00:00:00", [])
 * // [{ rule: "start-before-end", path: ["end_at"], reason: "end_at: \"2026-03-01 00:00:00\" is not after start_at \"2026-03-03 00:00:00\"" }]
 */
export function timeWindowViolations(startAt: string | undefined, endAt: string | undefined, prefix: readonly PropertyKey[], label = ""): RuleViolation[] {
  const rule = "start-before-end";
  const out: RuleViolation[] = [];
  const start = startAt === undefined ? undefined : parseXiaoeDateTime(startAt);
  const end = endAt === undefined ? undefined : parseXiaoeDateTime(endAt);
  if (startAt !== undefined && start === undefined) out.push({ rule, path: [...prefix, "start_at"], reason: `${label}start_at: ${JSON.stringify(startAt)} is not a real date and time` });
  if (endAt !== undefined && end === undefined) out.push({ rule, path: [...prefix, "end_at"], reason: `${label}end_at: ${JSON.stringify(endAt)} is not a real date and time` });
  if (start !== undefined && end !== undefined && !(start < end)) {
    out.push({ rule, path: [...prefix, "end_at"], reason: `${label}end_at: ${JSON.stringify(endAt)} is not after start_at ${JSON.stringify(startAt)}` });
  }
  return out;
}
