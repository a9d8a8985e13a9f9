/**
 * Xiaoe-tech request validators: the generated zod schemas (from specs/xiaoe.yaml) with the vendor's
 * cross-field rules layered on as named refinements, and `validateRequest`, which turns a failure into
 * the exact vendor error plus a precise reason for the `x-livemock-reason` header.
 */
import { z } from "zod";
import { compiledSchema } from "../core/compiled-schema.ts";
import * as generated from "../generated/xiaoe.zod.ts";
import { describeIssue } from "./describe-issue.ts";
import { type XiaoeErrorId, type XiaoeFailure, xiaoeFailure } from "./errors.ts";
import { refineTaskBody } from "./task-rules.ts";

/**
 * Per operationId: `query`, `body` and `response` schemas. Task create/update bodies carry the spec's
 * `if`/`then`/`else` and `x-livemock-rules` as refinements (issue message = complete reason,
 * `params.rule` = rule name).
 *
 * @example
 * validators.createLiveTask.body.safeParse(body).success
 */
export const validators = {
  getAccessToken: { query: generated.getAccessTokenQuery, body: generated.getAccessTokenBody, response: generated.getAccessTokenResponse },
  createLiveTask: { query: generated.createLiveTaskQuery, body: generated.createLiveTaskBody.superRefine(refineTaskBody), response: generated.createLiveTaskResponse },
  updateLiveTask: { query: generated.updateLiveTaskQuery, body: generated.updateLiveTaskBody.superRefine(refineTaskBody), response: generated.updateLiveTaskResponse },
  getLiveTask: { query: generated.getLiveTaskQuery, body: generated.getLiveTaskBody, response: generated.getLiveTaskResponse },
  listLiveTasks: { query: generated.listLiveTasksQuery, body: generated.listLiveTasksBody, response: generated.listLiveTasksResponse },
  listUsers: { query: generated.listUsersQuery, body: generated.listUsersBody, response: generated.listUsersResponse },
  getUsersByIds: { query: generated.getUsersByIdsQuery, body: generated.getUsersByIdsBody, response: generated.getUsersByIdsResponse },
} as const;

/** The operations of the Xiaoe spec. */
export type XiaoeOperationId = keyof typeof validators;

type Validators = typeof validators;
/** A validated body of an operation. */
export type XiaoeRequestBody<Op extends XiaoeOperationId> = z.output<Validators[Op]["body"]>;
/** A validated query of an operation. */
export type XiaoeRequestQuery<Op extends XiaoeOperationId> = z.output<Validators[Op]["query"]>;

/** Outcome of {@link validateRequest}. */
export type XiaoeValidation<Op extends XiaoeOperationId> = { ok: true; query: XiaoeRequestQuery<Op>; body: XiaoeRequestBody<Op> } | { ok: false; error: XiaoeFailure };

/** What arrived on the wire. */
export interface XiaoeRawRequest {
  /** Query parameters as strings (repeated keys: the first value counts). */
  query?: Record<string, string | string[] | undefined>;
  /** The decoded body: a JSON value, or the fields of a form-encoded body. */
  body?: unknown;
  /** `form` when the body was `application/x-www-form-urlencoded`: integer fields are then coerced from strings. Default `json`. */
  bodyEncoding?: "json" | "form";
}

/** Whether `operationId` names a Xiaoe operation. */
export function isXiaoeOperationId(operationId: string): operationId is XiaoeOperationId {
  return Object.hasOwn(validators, operationId);
}

function firstValues(query: XiaoeRawRequest["query"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[key] = first;
  }
  return out;
}

function asRecord(body: unknown): Record<string, unknown> | undefined {
  return body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
}

/** Names of the integer-typed fields of an object schema, read from the generated schema itself. */
function integerFields(schema: z.ZodType): Set<string> {
  const out = new Set<string>();
  if (!(schema instanceof z.ZodObject)) return out;
  const isInteger = (node: z.ZodType): boolean => {
    if (node instanceof z.ZodOptional) return isInteger(node.unwrap() as z.ZodType);
    if (node instanceof z.ZodNumber) return true;
    if (node instanceof z.ZodLiteral) return [...node.values].every((v) => typeof v === "number");
    if (node instanceof z.ZodUnion) return (node.options as readonly z.ZodType[]).every(isInteger);
    return false;
  };
  for (const [key, node] of Object.entries(schema.shape as Record<string, z.ZodType>)) if (isInteger(node)) out.add(key);
  return out;
}

/** Form bodies carry every value as a string: turn integer fields written as integers into numbers. */
function coerceForm(body: Record<string, unknown>, schema: z.ZodType): Record<string, unknown> {
  const ints = integerFields(schema);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    out[key] = ints.has(key) && typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
  }
  return out;
}

function firstReason(issues: readonly z.core.$ZodIssue[], input: unknown): { reason: string; field: string } {
  const issue = issues[0];
  if (!issue) return { reason: "(body): invalid", field: "" };
  return { reason: describeIssue(issue, input), field: String(issue.path[0] ?? "") };
}

/** Which catalogue entry a failed token request maps to, by the first offending field. */
function tokenErrorFor(field: string, missing: boolean): XiaoeErrorId {
  switch (field) {
    case "app_id":
      return missing ? "missingAppId" : "invalidAppId";
    case "secret_key":
      return missing ? "missingSecretKey" : "wrongSecretKey";
    case "grant_type":
      return missing ? "missingGrantType" : "invalidGrantType";
    default:
      return "invalidClientId";
  }
}

const TOKEN_FIELD_ORDER = ["app_id", "secret_key", "grant_type", "client_id"] as const;

function validateToken(request: XiaoeRawRequest): XiaoeValidation<"getAccessToken"> {
  const query = firstValues(request.query);
  const fromBody = asRecord(request.body) ?? {};
  // A body field wins over the same query field; the query alone is enough (PHP/Java SDKs).
  const merged: Record<string, unknown> = { ...query };
  for (const [key, value] of Object.entries(fromBody)) if (value !== undefined) merged[key] = value;
  // Report in the order of the global code table: 2001/2002, 2003, 2005/2006, 2020.
  for (const field of TOKEN_FIELD_ORDER) {
    const value = merged[field];
    if (value === undefined || value === "") return { ok: false, error: xiaoeFailure(tokenErrorFor(field, true), `${field}: required (query string or JSON body)`) };
    const fieldSchema = generated.TokenRequest.shape[field];
    const parsed = fieldSchema.safeParse(value);
    if (!parsed.success) {
      const reason = describeIssue(parsed.error.issues[0]!, value, [field]);
      return { ok: false, error: xiaoeFailure(tokenErrorFor(field, false), reason) };
    }
  }
  const body = generated.TokenRequest.parse(merged);
  const parsedQuery = generated.getAccessTokenQuery.safeParse(query);
  return { ok: true, query: parsedQuery.success ? parsedQuery.data : {}, body };
}

/** The error a business operation answers a body that fails validation with. */
function businessErrorFor(operationId: Exclude<XiaoeOperationId, "getAccessToken">, field: string): XiaoeErrorId {
  switch (operationId) {
    case "createLiveTask":
      return "taskCreateFailed";
    case "updateLiveTask":
      return "taskUpdateFailed";
    case "getLiveTask":
      return field === "live_task_id" ? "liveTaskNotFound" : "liveNotFound";
    case "listLiveTasks":
      return "liveNotFound";
    case "listUsers":
    case "getUsersByIds":
      return "invalidUserQuery";
  }
}

/**
 * Validates a Xiaoe request as the vendor would, returning either the typed query and body or the exact
 * vendor error:
 * - `getAccessToken`: parameters from the query string or a JSON body (body wins); missing/invalid
 *   `app_id` 2001/2002, `secret_key` 2003 (wrong type 2004), `grant_type` 2005/2006, `client_id` 2020.
 * - business operations: `access_token` from the body, else the query; missing → 2007. Then the body
 *   with every spec rule: task.create failures → code 1 `创建直播任务失败`, task.update → `编辑直播任务失败`,
 *   task.get → `直播不存在` (alive_id) or `直播任务不存在` (live_task_id), list → `直播不存在`; the user
 *   lookups (xe.user.batch.get, xe.user.batch_by_user_id.get) → code 1 `参数错误`.
 * The error's `reason` names the field, for the `x-livemock-reason` header. Token validity (2008),
 * credentials (2004/2020 mismatches), permissions and rate limits are the mock's business, not this function's.
 *
 * @example
 * const result = validateRequest("createLiveTask", { body });
 * if (!result.ok) {
 *   // result.error.envelope → { code: 1, msg: "创建直播任务失败", data: null }
 *   // result.error.reason  → 'child_tasks[1].task_condition: "99" is not valid for task_type 2 (interaction: 1, 2, 21, 22, 3)'
 * }
 */
export function validateRequest<Op extends XiaoeOperationId>(operationId: Op, request: XiaoeRawRequest): XiaoeValidation<Op>;
export function validateRequest(operationId: XiaoeOperationId, request: XiaoeRawRequest): XiaoeValidation<XiaoeOperationId> {
  if (!isXiaoeOperationId(operationId)) throw new Error(`unknown Xiaoe operation ${String(operationId)}`);
  if (operationId === "getAccessToken") return validateToken(request);

  const query = firstValues(request.query);
  const schemas = validators[operationId];
  let body = asRecord(request.body);
  const token = body?.access_token ?? query.access_token;
  if (token === undefined || token === null || token === "") {
    return { ok: false, error: xiaoeFailure("missingAccessToken", "access_token: required (send it in the JSON body)") };
  }
  // The caller's object is never written to: a copy carries a token that came from the query.
  if (body?.access_token === undefined) body = { ...body, access_token: token };
  if (request.bodyEncoding === "form") body = coerceForm(body, validators[operationId].body);

  const parsed = compiledSchema(schemas.body).safeParse(body);
  if (!parsed.success) {
    const { reason, field } = firstReason(parsed.error.issues, body);
    // Present but not a usable string: the token cannot exist, which Xiaoe reports as 2008.
    if (field === "access_token") return { ok: false, error: xiaoeFailure("invalidAccessToken", reason) };
    return { ok: false, error: xiaoeFailure(businessErrorFor(operationId, field), reason) };
  }
  const parsedQuery = compiledSchema(schemas.query).safeParse(query);
  return { ok: true, query: parsedQuery.success ? parsedQuery.data : {}, body: parsed.data };
}
