/**
 * Maps a failed validation to the InvalidParameter error Volcengine answers with (400, CodeN
 * 400001): Volcengine's wording over the neutral description of `core/zod-issue.ts`, e.g.
 * `TotalAmount must be in [1, 2000000].`, plus the precise reason for `x-livemock-reason`.
 */
import type { z } from "zod";
import type { NumericKind } from "../core/query.ts";
import { declaredRange, declaredSchemaAt, type IssueFacts, issueFacts, type ZodIssue } from "../core/zod-issue.ts";
import { type VolcError, volcError } from "./errors.ts";

/** What an expected type is called in a message (`int`: an integer number). */
const EXPECTED: Readonly<Record<string, string>> = { number: "a number", int: "an integer", string: "a string", boolean: "a boolean", object: "an object", array: "an array" };

/** Allowed values as the vendor lists them: strings bare, anything else as JSON. */
const listed = (values: readonly unknown[]): string => values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");

/**
 * The vendor-style message of a zod issue raised by a generated or refined schema. The issue gives
 * the field, its value and the bound broken; the field's declared schema gives what the issue leaves
 * out: whether a number must be an integer, and both ends of a range.
 */
function issueMessage(root: z.ZodType, facts: IssueFacts): string {
  const { issue, field: name, path, value, bound } = facts;
  if (issue.code === "custom") return issue.message;
  if (path.length === 0) return "The request body must be a JSON object.";
  if (value === undefined) return `${name} is required.`;
  const declared = declaredSchemaAt(root, path);
  if (declared === undefined) return `${name} is invalid.`;
  switch (bound?.kind) {
    case "values":
      return bound.values.length === 1 ? `${name} must be ${listed(bound.values)}.` : `${name} must be one of [${listed(bound.values)}].`;
    case "type": {
      const expected = bound.expected === "number" && declared.type === "integer" ? "int" : bound.expected;
      return `${name} must be ${EXPECTED[expected] ?? "valid"}.`;
    }
    case "min":
    case "max": {
      const { min, max } = declaredRange(declared);
      const range = `[${min ?? "-∞"}, ${max ?? "+∞"}]`;
      if (bound.of === "length") return `${name} length must be in ${range}.`;
      if (bound.of === "items") return `${name} must contain ${min !== undefined && max !== undefined ? `${min} to ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`} items.`;
      if (min !== undefined && max === undefined) return `${name} must be greater than or equal to ${min}.`;
      return `${name} must be in ${range}.`;
    }
    case "format":
      return name.endsWith("CoverImage") ? `${name} must be a URL including the scheme.` : `${name} is not in the expected format.`;
    default:
      return `${name} is invalid.`;
  }
}

/**
 * The InvalidParameter error for the first of a failed validation's issues; `root` is the schema
 * validated (not its compiled copy) and `input` what was validated.
 *
 * @example
 * issuesToVolcError(body, result.error.issues, json, "body") // detail "TotalAmount must be in [1, 2000000].", reason "body TotalAmount: … Got 0."
 */
export function issuesToVolcError(root: z.ZodType, issues: readonly ZodIssue[], input: unknown, where: "query" | "body"): VolcError {
  const issue = issues[0];
  if (!issue) return volcError("InvalidParameter", { detail: "The request is invalid." });
  const facts = issueFacts(issue, input);
  const message = issueMessage(root, facts);
  const got = facts.value === undefined ? "" : ` Got ${JSON.stringify(facts.value)}.`;
  const reason = `${where} ${facts.field || "(root)"}: ${message}${got}${issues.length > 1 ? ` (${issues.length - 1} more violation${issues.length > 2 ? "s" : ""})` : ""}`;
  return volcError("InvalidParameter", { detail: message }, reason);
}

/**
 * The InvalidParameter error for a numeric query parameter whose text is not a number (refused
 * before validation).
 *
 * @example
 * notANumberError({ key: "PageNo", text: "x", kind: "integer" }) // detail "PageNo must be an integer."
 */
export function notANumberError({ key, text, kind }: { key: string; text: string; kind: NumericKind }): VolcError {
  const message = `${key} must be ${EXPECTED[kind === "integer" ? "int" : "number"]}.`;
  return volcError("InvalidParameter", { detail: message }, `query ${key}: ${message} Got ${JSON.stringify(text)}.`);
}
