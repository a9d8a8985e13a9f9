/**
 * Turns zod issues into the precise, field-naming reasons livemock sends in `x-livemock-reason`
 * (Xiaoe's own envelope has a fixed `msg`, so the detail lives there).
 */
import type { z } from "zod";

/** A zod issue as produced by `safeParse`. */
export type ZodIssue = z.core.$ZodIssue;

/**
 * Renders a path the way a user writes it: `child_tasks[1].task_condition`.
 *
 * @example
 * formatPath(["child_tasks", 1, "task_condition"]) // "child_tasks[1].task_condition"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(body)";
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

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
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

function literalValues(issue: ZodIssue): unknown[] | undefined {
  if (issue.code !== "invalid_union") return undefined;
  const values: unknown[] = [];
  for (const branch of issue.errors) {
    for (const inner of branch) {
      if (inner.code !== "invalid_value") return undefined;
      values.push(...inner.values);
    }
  }
  return values;
}

/**
 * Describes one zod issue as `<field>: <what is wrong>`. Custom issues (the vendor rules) already carry
 * a complete reason as their message and are returned as is.
 *
 * @example
 * const result = TaskCreateRequest.safeParse(body);
 * if (!result.success) describeIssue(result.error.issues[0]!, body) // "task_module: 5 is not one of 0, 1"
 */
export function describeIssue(issue: ZodIssue, input: unknown, prefix: readonly PropertyKey[] = []): string {
  if (issue.code === "custom") return issue.message;
  const path = [...prefix, ...issue.path];
  const where = formatPath(path);
  const value = valueAt(input, issue.path);
  const field = String([...path].reverse().find((key) => typeof key === "string") ?? "");
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return `${where}: required`;
      return `${where}: expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${showValue(value)}`;
    case "invalid_value":
      return `${where}: ${showValue(value)} is not ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`}`;
    case "invalid_union": {
      const values = literalValues(issue);
      if (value === undefined) return `${where}: required`;
      if (values) return `${where}: ${showValue(value)} is not one of ${values.map((v) => JSON.stringify(v)).join(", ")}`;
      return `${where}: ${showValue(value)} is not valid`;
    }
    case "invalid_format":
      return `${where}: ${showValue(value)} ${FORMAT_HINTS[field] ?? `does not match ${issue.format === "regex" ? (issue as { pattern?: string }).pattern : issue.format}`}`;
    case "too_small":
      if (issue.origin === "string") return `${where}: must not be empty`;
      if (issue.origin === "array") return `${where}: needs at least ${String(issue.minimum)} item(s)`;
      return `${where}: ${showValue(value)} is below the minimum ${String(issue.minimum)}`;
    case "too_big":
      if (issue.origin === "string") return `${where}: longer than ${String(issue.maximum)} characters`;
      return `${where}: ${showValue(value)} is above the maximum ${String(issue.maximum)}`;
    default:
      return `${where}: ${issue.message}`;
  }
}
