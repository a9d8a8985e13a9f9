/**
 * Polyv request/response validators: the schemas generated from specs/polyv.yaml plus the vendor's
 * cross-field rules as named refinements, and `validateRequest`, which answers with the exact
 * Polyv error for the first problem found.
 */
import type { z } from "zod";
import { compiledSchema } from "../core/compiled-schema.ts";
import { digitStringsAsIntegers } from "../core/json-integers.ts";
import { operations } from "../generated/polyv.zod.ts";
import { coerceQuery, type RawQuery } from "./coerce-query.ts";
import { type PolyvError, polyvError } from "./errors.ts";
import { issueToPolyvError } from "./issue-to-error.ts";
import { withLotteryRules } from "./lottery-rules.ts";

/**
 * Every operation's `{ query?, body?, response? }` schemas, keyed by the spec's operationId.
 * Query schemas expect already-typed values (see `coerceQuery`).
 */
export const validators = {
  ...operations,
  createLotteryActivity: { ...operations.createLotteryActivity, body: withLotteryRules(operations.createLotteryActivity.body) },
  updateLotteryActivity: { ...operations.updateLotteryActivity, body: withLotteryRules(operations.updateLotteryActivity.body) },
} satisfies Record<string, { query?: z.ZodType; body?: z.ZodType; response?: z.ZodType }>;

type Validators = typeof validators;
export type PolyvOperationId = keyof Validators;

type PartOf<Op extends PolyvOperationId, K extends "query" | "body" | "response"> = Validators[Op] extends { [P in K]: infer S extends z.ZodType } ? z.output<S> : undefined;

export type PolyvQuery<Op extends PolyvOperationId> = PartOf<Op, "query">;
export type PolyvBody<Op extends PolyvOperationId> = PartOf<Op, "body">;
export type PolyvResponse<Op extends PolyvOperationId> = PartOf<Op, "response">;

export type PolyvValidation<Op extends PolyvOperationId> = { ok: true; query: PolyvQuery<Op>; body: PolyvBody<Op> } | { ok: false; error: PolyvError };

/**
 * Business rules the spec states in `x-livemock-rules` and JSON Schema cannot express; checked after
 * the schemas pass. (Kept out of `validators` so the spec and the zod schemas give the same verdict.)
 */
const businessRules: Partial<Record<PolyvOperationId, (body: Record<string, unknown>) => PolyvError | undefined>> = {
  saveTaskRewardActivity: startBeforeEnd,
  updateTaskRewardActivity: startBeforeEnd,
};

function startBeforeEnd(body: Record<string, unknown>): PolyvError | undefined {
  const { startTime, endTime } = body;
  if (typeof startTime === "number" && typeof endTime === "number" && startTime >= endTime) {
    return polyvError("timeRangeInvalid", { field: "endTime", reason: `body field endTime (${endTime}) must be greater than startTime (${startTime})` });
  }
  return undefined;
}

/**
 * Validates a request's query (raw strings from the URL, coerced by the spec's types) and JSON body
 * for an operation. The query is checked first, then the body, then the business rules; the first
 * problem becomes the Polyv error (catalogue entry, filled `desc`, and a reason naming the field
 * for `x-livemock-reason`). A body field the spec types integer may be a JSON string of digits
 * (`"channelId":"4854808"`, as Polyv's own CLI sends ids and the real server accepts): it is read as
 * that number before validation, so handlers see numbers; a string of anything else is still
 * refused (`param is not number: <field>`). See `info.x-livemock-digit-strings` in specs/polyv.yaml.
 *
 * @example
 * const result = validateRequest("createLotteryActivity", { query: c.req.query(), body: await c.req.json() });
 * if (!result.ok) return c.json(buildPolyvErrorEnvelope(result.error, requestId), result.error.entry.httpStatus);
 * result.body.activityName; // typed
 */
export function validateRequest<Op extends PolyvOperationId>(operationId: Op, input: { query?: RawQuery; body?: unknown }): PolyvValidation<Op> {
  const schemas: { query?: z.ZodType; body?: z.ZodType } = validators[operationId];
  let query: unknown;
  let body: unknown;
  if (schemas.query !== undefined) {
    const coerced = coerceQuery(schemas.query, input.query ?? {});
    const result = compiledSchema(schemas.query).safeParse(coerced);
    if (!result.success) return { ok: false, error: firstError(result.error, coerced, "query") };
    query = result.data;
  }
  if (schemas.body !== undefined) {
    const raw = input.body;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      return { ok: false, error: polyvError("jsonFormat", { reason: "the request body must be a JSON object" }) };
    }
    const read = digitStringsAsIntegers(schemas.body, raw);
    const result = compiledSchema(schemas.body).safeParse(read);
    if (!result.success) return { ok: false, error: firstError(result.error, read, "body") };
    body = result.data;
    const broken = businessRules[operationId]?.(body as Record<string, unknown>);
    if (broken) return { ok: false, error: broken };
  }
  return { ok: true, query, body } as PolyvValidation<Op>;
}

function firstError(error: z.ZodError, input: unknown, where: "query" | "body"): PolyvError {
  const issue = error.issues[0];
  return issue ? issueToPolyvError(issue, input, where) : polyvError("paramInvalid", { name: "(unknown)" });
}
