/**
 * Building and printing violations: JSON paths, short renderings of values, and the error a
 * scenario throws when an expectation fails.
 */
import { valueAt as valueAtPath } from "../contracts/core/zod-issue.ts";
import type { VendorName } from "../contracts/vendor-name.ts";
import type { ContractWarning, Violation } from "./types.ts";

/** Thrown by a scenario expectation; carries the violations it found. */
export class ContractViolationError extends Error {
  override readonly name = "ContractViolationError";
  readonly violations: Violation[];

  constructor(violations: Violation[]) {
    super(violations.map(formatViolation).join("\n"));
    this.violations = violations;
  }
}

/**
 * Turns a dotted path as the spec validator reports it (`data.contents.0.id`, `(root)`) into a JSON
 * path (`$.data.contents[0].id`, `$`).
 *
 * @example
 * toJsonPath("data.contents.0.id") // "$.data.contents[0].id"
 */
export function toJsonPath(dotted: string): string {
  if (dotted === "" || dotted === "(root)") return "$";
  return `$${dotted
    .split(".")
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`))
    .join("")}`;
}

/**
 * The value at a dotted validator path, or `undefined` when absent.
 *
 * @example
 * valueAt({ data: [{ id: 1 }] }, "data.0.id") // 1
 */
export function valueAt(root: unknown, dotted: string): unknown {
  return dotted === "" || dotted === "(root)" ? root : valueAtPath(root, dotted.split("."));
}

/**
 * A short rendering of a value with its JSON type, for "actual" columns.
 *
 * @example
 * describeValue("12") // '"12" (string)'
 * describeValue(undefined) // "(missing)"
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "(missing)";
  const type = value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "number" && Number.isInteger(value) ? "integer" : typeof value;
  let text = JSON.stringify(value) ?? String(value);
  if (text.length > 120) text = `${text.slice(0, 117)}...`;
  return type === "null" ? "null" : `${text} (${type})`;
}

/** What a violation's source is worded as. */
const AGAINST: Record<Violation["source"], (vendor: string) => string> = {
  spec: (vendor) => `violates specs/${vendor}.yaml`,
  scenario: () => "breaks the scenario's expectation",
  livemock: () => "differs from livemock",
};

/**
 * One line that says how (the drift kind), who was wrong, where, and how.
 *
 * @example
 * formatViolation(v) // 'type-changed: response of polyv saveTaskRewardActivity (HTTP 200) violates specs/polyv.yaml at $.data: expected must be integer, actual "12" (string)'
 */
export function formatViolation(v: Violation): string {
  const status = v.status === undefined ? "" : ` (HTTP ${v.status})`;
  return `${v.kind}: ${v.side} of ${v.vendor} ${v.operation}${status} ${AGAINST[v.source](v.vendor)} at ${v.path}: expected ${v.expected}, actual ${v.actual}`;
}

/**
 * One line for a warning: the request, the leniency it relied on and the documented rule.
 *
 * @example
 * formatWarning(w) // "request of xiaoe createLiveTask relied on xiaoe.auth.access-token-in-query: access_token came in the query string; the doc sends ..."
 */
export function formatWarning(w: ContractWarning): string {
  return `request of ${w.vendor} ${w.operation} relied on ${w.id}: ${w.message}`;
}

/**
 * A scenario expectation on a response: throws {@link ContractViolationError} when `actual` is not
 * `expected` (compared as JSON).
 *
 * @example
 * expectValue("polyv", "getLotteryActivity", "$.data.prizeName", "鼠标", got.prizeName);
 */
export function expectValue(vendor: VendorName, operation: string, path: string, expected: unknown, actual: unknown): void {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return;
  throw new ContractViolationError([{ vendor, operation, kind: "value-changed", side: "response", source: "scenario", path, expected: describeValue(expected), actual: describeValue(actual) }]);
}

/**
 * A scenario expectation stated in words: throws when `ok` is false.
 *
 * @example
 * expectThat("polyv", "pageTaskRewardActivities", "$.data.contents", ok, `an activity with activityId ${id}`, `ids ${ids}`);
 */
export function expectThat(vendor: VendorName, operation: string, path: string, ok: boolean, expected: string, actual: string): void {
  if (ok) return;
  throw new ContractViolationError([{ vendor, operation, kind: "value-changed", side: "response", source: "scenario", path, expected, actual }]);
}
