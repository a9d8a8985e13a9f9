/**
 * Maps a zod validation issue to the Polyv error the real server would answer with: Polyv's codes
 * and wording over the neutral description of `core/zod-issue.ts`.
 */
import { issueFacts, type ZodIssue } from "../core/zod-issue.ts";
import { type PolyvError, type PolyvErrorId, polyvError } from "./errors.ts";
import type { LotteryRuleIssueParams } from "./lottery-rules.ts";

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The Polyv error for a zod issue on the query or the JSON body; `input` is what was validated
 * (after query coercion), used to tell a missing value from a wrong one. Fields are named as Java
 * bean validation names them (`tasks[0].reachCondition.type`); a union (`[T, null]`, enums with
 * null) is judged by the branch that matters.
 *
 * @example
 * issueToPolyvError(result.error.issues[0]!, body, "body") // { entry: 10002 ..., desc: "param should not be empty: tasks" }
 */
export function issueToPolyvError(issue: ZodIssue, input: unknown, where: "query" | "body"): PolyvError {
  const { issue: leaf, field: name, path, value, bound } = issueFacts(issue, input);
  const at = `${where === "query" ? "query parameter" : "body field"} ${name || "(root)"}`;
  const make = (id: PolyvErrorId, detail: string, extra: { label?: string } = {}) => polyvError(id, { name, field: name, ...extra, reason: `${at}: ${detail} (got ${describe(value)})` });

  if (leaf.code === "custom") {
    const params = leaf.params as Partial<LotteryRuleIssueParams> | undefined;
    if (params?.polyvError) return make(params.polyvError, `required by rule ${params.polyvRule ?? "?"}`, { label: params.label ?? name });
    return make("paramInvalid", leaf.message);
  }
  if (path.length === 0 && where === "body") return make("jsonFormat", "the body must be a JSON object");
  if (isEmpty(value)) return make("paramEmpty", "required and must not be empty");

  switch (bound?.kind) {
    case "type":
      if (bound.expected === "number" || bound.expected === "int") {
        if (typeof value === "number") return make("paramNotNumber", "must be an integer");
        return where === "query" ? make("paramNotDigit", "must be digits") : make("paramNotNumber", "must be a JSON number");
      }
      return make("paramInvalid", `must be of type ${bound.expected}`);
    case "min":
    case "max": {
      const limit = bound.kind === "max" ? `at most ${String(bound.limit)}` : `at least ${String(bound.limit)}`;
      if (bound.of === "length") return make("paramLength", `length must be ${limit} characters`);
      if (bound.of === "items") return make("paramLength", `must have ${limit} items`);
      if (bound.kind === "max" && Number(bound.limit) >= Number.MAX_SAFE_INTEGER) return make("paramExceedsInteger", `must be ${limit}`);
      return make("numberRange", `must be ${limit}`);
    }
    case "values": {
      const allowed = bound.values.filter((v) => v !== null);
      if (allowed.length > 0 && allowed.every((v) => v === "Y" || v === "N")) return make("paramNotBoolean", "must be Y or N");
      return make("paramInvalid", `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`);
    }
    default:
      return make("paramInvalid", leaf.message);
  }
}
