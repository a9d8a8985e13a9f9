/**
 * Maps a zod validation issue to the Polyv error the real server would answer with.
 */
import type { z } from "zod";
import { polyvError, type PolyvError, type PolyvErrorId } from "./errors.ts";
import type { LotteryRuleIssueParams } from "./lottery-rules.ts";

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/**
 * Formats an issue path the way Java bean validation names properties: `tasks[0].reachCondition.type`.
 *
 * @example
 * formatPolyvPath(["tasks", 0, "sort"]) // "tasks[0].sort"
 */
export function formatPolyvPath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let node: unknown = input;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

function isNullAlternative(issue: Issue): boolean {
  return (issue.code === "invalid_type" && issue.expected === "null") || (issue.code === "invalid_value" && issue.values.length === 1 && issue.values[0] === null);
}

/** Reduces a union failure (`[T, "null"]`, enums with null) to the issue of the branch that matters. */
function leafIssue(issue: Issue): Issue {
  if (issue.code !== "invalid_union") return issue;
  const branches = issue.errors.flat().filter((inner) => !isNullAlternative(inner));
  if (branches.length > 0 && branches.every((inner) => inner.code === "invalid_value")) {
    const values = branches.flatMap((inner) => (inner.code === "invalid_value" ? inner.values : []));
    return { code: "invalid_value", values, path: issue.path, message: issue.message, input: issue.input } as Issue;
  }
  const first = branches[0];
  return first ? leafIssue({ ...first, path: [...issue.path, ...first.path] } as Issue) : issue;
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The Polyv error for a zod issue on the query or the JSON body; `input` is what was validated
 * (after query coercion), used to tell a missing value from a wrong one.
 *
 * @example
 * issueToPolyvError(result.error.issues[0]!, body, "body") // { entry: 10002 ..., desc: "param should not be empty: tasks" }
 */
export function issueToPolyvError(issue: Issue, input: unknown, where: "query" | "body"): PolyvError {
  const leaf = leafIssue(issue);
  const name = formatPolyvPath(leaf.path);
  const value = valueAt(input, leaf.path);
  const at = `${where === "query" ? "query parameter" : "body field"} ${name || "(root)"}`;
  const make = (id: PolyvErrorId, detail: string, extra: { label?: string } = {}) =>
    polyvError(id, { name, field: name, ...extra, reason: `${at}: ${detail} (got ${describe(value)})` });

  if (leaf.code === "custom") {
    const params = leaf.params as Partial<LotteryRuleIssueParams> | undefined;
    if (params?.polyvError) return make(params.polyvError, `required by rule ${params.polyvRule ?? "?"}`, { label: params.label ?? name });
    return make("paramInvalid", leaf.message);
  }
  if (leaf.path.length === 0 && where === "body") return make("jsonFormat", "the body must be a JSON object");
  if (isEmpty(value)) return make("paramEmpty", "required and must not be empty");

  switch (leaf.code) {
    case "invalid_type":
      if (leaf.expected === "number" || leaf.expected === "int") {
        if (typeof value === "number") return make("paramNotNumber", "must be an integer");
        return where === "query" ? make("paramNotDigit", "must be digits") : make("paramNotNumber", "must be a JSON number");
      }
      return make("paramInvalid", `must be of type ${leaf.expected}`);
    case "too_big":
    case "too_small": {
      const bound = leaf.code === "too_big" ? `at most ${String(leaf.maximum)}` : `at least ${String(leaf.minimum)}`;
      if (leaf.origin === "string") return make("paramLength", `length must be ${bound} characters`);
      if (leaf.origin === "array") return make("paramLength", `must have ${bound} items`);
      if (leaf.code === "too_big" && Number(leaf.maximum) >= Number.MAX_SAFE_INTEGER) return make("paramExceedsInteger", `must be ${bound}`);
      return make("numberRange", `must be ${bound}`);
    }
    case "invalid_value": {
      const allowed = leaf.values.filter((v) => v !== null);
      if (allowed.length > 0 && allowed.every((v) => v === "Y" || v === "N")) return make("paramNotBoolean", "must be Y or N");
      return make("paramInvalid", `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`);
    }
    default:
      return make("paramInvalid", leaf.message);
  }
}
