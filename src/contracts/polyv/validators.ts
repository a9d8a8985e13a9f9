/**
 * Polyv request/response validators: the schemas generated from specs/polyv.yaml plus the vendor's
 * cross-field rules as named refinements, and `validateRequest`, which answers with the exact
 * Polyv error for the first problem found.
 */
import { z } from "zod";
import { operations } from "../generated/polyv.zod.ts";
import { coerceQuery, type RawQuery } from "./coerce-query.ts";
import { polyvError, type PolyvError } from "./errors.ts";
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

/** The schemas {@link validateRequest} runs for an operation (absent when the operation has no such part). */
interface RequestSchemas {
  readonly query: z.ZodType | undefined;
  readonly body: z.ZodType | undefined;
}

/** The operations {@link compiledValidatorsOf} has compiled so far. */
const compiledValidators = new Map<PolyvOperationId, RequestSchemas>();

/** The `z.compile`d copy of an operation's query or body schema, when the operation has one. */
function compiledPart(schemas: object, key: "query" | "body"): z.ZodType | undefined {
  return key in schemas ? z.compile((schemas as Record<typeof key, z.ZodType>)[key]) : undefined;
}

/**
 * The operation's query and body schemas compiled by `z.compile`: one generated function checks a
 * valid input (refinements, lottery rules included) without zod's per-field payloads; any other input
 * falls back to the schema itself, so issues, and the errors made from them, are the runtime's.
 * Compiled on first use (every operation together takes about 40 ms, kept off start-up).
 *
 * @example
 * compiledValidatorsOf("saveTaskRewardActivity").body?.safeParse(body)
 */
function compiledValidatorsOf(operationId: PolyvOperationId): RequestSchemas {
  const known = compiledValidators.get(operationId);
  if (known !== undefined) return known;
  const source: object = validators[operationId];
  const compiled: RequestSchemas = { query: compiledPart(source, "query"), body: compiledPart(source, "body") };
  compiledValidators.set(operationId, compiled);
  return compiled;
}

/**
 * Validates a request's query (raw strings from the URL, coerced by the spec's types) and JSON body
 * for an operation. The query is checked first, then the body, then the business rules; the first
 * problem becomes the Polyv error (catalogue entry, filled `desc`, and a reason naming the field
 * for `x-livemock-reason`).
 *
 * @example
 * const result = validateRequest("createLotteryActivity", { query: c.req.query(), body: await c.req.json() });
 * if (!result.ok) return c.json(buildPolyvErrorEnvelope(result.error, requestId), result.error.entry.httpStatus);
 * result.body.activityName; // typed
 */
export function validateRequest<Op extends PolyvOperationId>(operationId: Op, input: { query?: RawQuery; body?: unknown }): PolyvValidation<Op> {
  const schemas = compiledValidatorsOf(operationId);
  let query: unknown;
  let body: unknown;
  if (schemas.query !== undefined) {
    // The compiled clone keeps the object schema's shape, which coerceQuery reads.
    const coerced = coerceQuery(schemas.query, input.query ?? {});
    const result = schemas.query.safeParse(coerced);
    if (!result.success) return { ok: false, error: firstError(result.error, coerced, "query") };
    query = result.data;
  }
  if (schemas.body !== undefined) {
    const raw = input.body;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      return { ok: false, error: polyvError("jsonFormat", { reason: "the request body must be a JSON object" }) };
    }
    const result = schemas.body.safeParse(raw);
    if (!result.success) return { ok: false, error: firstError(result.error, raw, "body") };
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
