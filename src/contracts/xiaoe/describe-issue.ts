/**
 * Turns zod issues into the precise, field-naming reasons livemock sends in `x-livemock-reason`
 * (Xiaoe's own envelope has a fixed `msg`, so the detail lives there): Xiaoe's wording over the
 * neutral description of `core/zod-issue.ts`.
 */
import { formatFieldPath, issueFacts, type ZodIssue } from "../core/zod-issue.ts";

/**
 * Renders a path the way a user writes it: `child_tasks[1].task_condition`.
 *
 * @example
 * formatPath(["child_tasks", 1, "task_condition"]) // "child_tasks[1].task_condition"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return formatFieldPath(path) || "(body)";
}

/**
 * A short JSON-ish rendering of a received value for messages (long strings are cut).
 *
 * @example
 * showValue("abc") // "\"abc\""
 * showValue(undefined) // "nothing"
 */
export function showValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return "an array";
  if (value !== null && typeof value === "object") return "an object";
  return JSON.stringify(value);
}

const EXPECTED: Record<string, string> = {
  int: "an integer",
  number: "a number",
  string: "a string",
  array: "an array",
  object: "an object",
  null: "null",
  boolean: "a boolean",
};

/** What a pattern-checked field must look like, by field name. */
const FORMAT_HINTS: Record<string, string> = {
  start_at: 'must be "YYYY-MM-DD HH:mm:ss"',
  end_at: 'must be "YYYY-MM-DD HH:mm:ss"',
  alive_id: 'must be a live id such as "l_696ef6c1e4b0694c5b78ba7b"',
  task_condition: "must be a positive integer written as a string",
  child_tasks: "must be a JSON string of an array of child tasks",
  app_id: 'must be "app" followed by 12 lowercase letters or digits',
};

const listed = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(", ");

/**
 * Describes one zod issue as `<field>: <what is wrong>`. Custom issues (the vendor rules) already carry
 * a complete reason as their message and are returned as is. `prefix` is where `input` sits in the
 * request (for a field validated on its own).
 *
 * @example
 * const result = TaskCreateRequest.safeParse(body);
 * if (!result.success) describeIssue(result.error.issues[0]!, body) // "task_module: 5 is not one of 0, 1"
 */
export function describeIssue(issue: ZodIssue, input: unknown, prefix: readonly PropertyKey[] = []): string {
  if (issue.code === "custom") return issue.message;
  const facts = issueFacts(issue, input);
  const { value, bound } = facts;
  const path = [...prefix, ...facts.path];
  const where = formatPath(path);
  if (facts.union) {
    if (value === undefined) return `${where}: required`;
    if (bound?.kind === "values") return `${where}: ${showValue(value)} is not one of ${listed(bound.values)}`;
    return `${where}: ${showValue(value)} is not valid`;
  }
  switch (bound?.kind) {
    case "type":
      if (value === undefined) return `${where}: required`;
      return `${where}: expected ${EXPECTED[bound.expected] ?? bound.expected}, got ${showValue(value)}`;
    case "values":
      return `${where}: ${showValue(value)} is not ${bound.values.length === 1 ? JSON.stringify(bound.values[0]) : `one of ${listed(bound.values)}`}`;
    case "format": {
      const field = String([...path].reverse().find((key) => typeof key === "string") ?? "");
      return `${where}: ${showValue(value)} ${FORMAT_HINTS[field] ?? `does not match ${bound.format === "regex" ? bound.pattern : bound.format}`}`;
    }
    case "min":
      if (bound.of === "length") return `${where}: must not be empty`;
      if (bound.of === "items") return `${where}: needs at least ${String(bound.limit)} item(s)`;
      return `${where}: ${showValue(value)} is below the minimum ${String(bound.limit)}`;
    case "max":
      if (bound.of === "length") return `${where}: longer than ${String(bound.limit)} characters`;
      return `${where}: ${showValue(value)} is above the maximum ${String(bound.limit)}`;
    default:
      return `${where}: ${issue.message}`;
  }
}
