/**
 * Xiaoe's `YYYY-MM-DD HH:mm:ss` times (China time, UTC+8) and the start-before-end rule.
 */
import type { RuleViolation } from "./rule-violation.ts";

const SHAPE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/**
 * Parses a Xiaoe time into epoch milliseconds, or undefined when it is not a real calendar time
 * (wrong shape, 2026-02-30, 24:00:00 ...).
 *
 * @example
 * parseXiaoeDateTime("2026-03-01 00:00:00") // 1772294400000 (2026-02-28T16:00:00Z)
 * parseXiaoeDateTime("2026-02-30 00:00:00") // undefined
 */
export function parseXiaoeDateTime(value: string): number | undefined {
  const match = SHAPE.exec(value);
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || back.getUTCHours() !== h || back.getUTCMinutes() !== mi || back.getUTCSeconds() !== s) return undefined;
  return utc - CHINA_OFFSET_MS;
}

/**
 * Formats epoch milliseconds as a Xiaoe time (UTC+8).
 *
 * @example
 * formatXiaoeDateTime(Date.UTC(2026, 1, 28, 16)) // "2026-03-01 00:00:00"
 */
export function formatXiaoeDateTime(epochMs: number): string {
  const d = new Date(epochMs + CHINA_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
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
