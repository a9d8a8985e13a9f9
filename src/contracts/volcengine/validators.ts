/**
 * Request and response validators of the Volcengine red-packet actions: the zod schemas generated
 * from specs/volcengine.yaml, with the spec's `if`/`then`/`else` and `dependentSchemas` conditionals
 * layered on as named refinements, and `validateRequest`, which turns the first violation into the
 * vendor's error (InvalidParameter 400001, MissingParameter, InvalidActionOrVersion).
 */
import { z } from "zod";
import * as generated from "../generated/volcengine.zod.ts";
import { VOLC_RED_PACKET_VERSION } from "./constants.ts";
import { volcError, type VolcError } from "./errors.ts";
import { compiledSchema } from "../core/compiled-schema.ts";

type CreateBody = z.output<typeof generated.CreateActivityRedPacketBody>;
type UpdateBody = z.output<typeof generated.UpdateActivityRedPacketBody>;
/** The fields the red-packet rules read (shared by Create and Update bodies). */
type RedPacketConfig = CreateBody | UpdateBody;

/** One violation found by a cross-field rule. */
export interface RuleViolation {
  path: (string | number)[];
  message: string;
}

/** A named cross-field rule of the spec, with the vendor-style message of each violation. */
export interface RedPacketRule {
  name: string;
  /** The spec construct it implements. */
  spec: string;
  check(value: RedPacketConfig): readonly RuleViolation[];
}

const isPoints = (v: RedPacketConfig): boolean => v.RedPacketType === 1;

/** What a rule finds in a body that keeps it: one shared empty list, as almost every body keeps every rule. */
const NO_VIOLATIONS: readonly RuleViolation[] = [];

/** Fields a rule may require. */
type RequirableField = "TotalAmount" | "RedPacketNumber" | "MiniAppId" | "MiniAppRedirectUrl";

/** One violation per field of `fields` absent from `v`: `<field> is required when <condition>.` */
function missingFields(v: RedPacketConfig, fields: readonly RequirableField[], condition: string): readonly RuleViolation[] {
  let found: RuleViolation[] | undefined;
  for (const field of fields) {
    if (v[field] === undefined) (found ??= []).push({ path: [field], message: `${field} is required when ${condition}.` });
  }
  return found ?? NO_VIOLATIONS;
}

const AMOUNT_AND_NUMBER: readonly RequirableField[] = ["TotalAmount", "RedPacketNumber"];
const MINI_APP_FIELDS: readonly RequirableField[] = ["MiniAppId", "MiniAppRedirectUrl"];

/**
 * The red-packet body's conditionals, in the order the spec lists them. Absent fields take their
 * documented defaults (RedPacketType 0, AmountCalculationType 0, both redirect switches false),
 * exactly as the spec's `if` schemas (which need the field present to match) read them.
 */
export const redPacketRules: readonly RedPacketRule[] = [
  {
    name: "cashPacketRequiresAmountAndNumber",
    spec: "else (RedPacketType absent or 0): required [TotalAmount, RedPacketNumber]",
    check: (v) => (isPoints(v) ? NO_VIOLATIONS : missingFields(v, AMOUNT_AND_NUMBER, "RedPacketType is 0")),
  },
  {
    name: "pointsPacketRequiresRewardsPointsConfig",
    spec: "then (RedPacketType 1): required [RewardsPointsConfig]",
    check: (v) => (isPoints(v) && v.RewardsPointsConfig === undefined ? [{ path: ["RewardsPointsConfig"], message: "RewardsPointsConfig is required when RedPacketType is 1." }] : NO_VIOLATIONS),
  },
  {
    name: "pointsPacketTotalAmountRange",
    spec: "then (RedPacketType 1): TotalAmount maximum 100000",
    check: (v) =>
      isPoints(v) && v.TotalAmount !== undefined && v.TotalAmount > 100000
        ? [{ path: ["TotalAmount"], message: "TotalAmount must be in [1, 100000]." }]
        : NO_VIOLATIONS,
  },
  {
    name: "fixedPointsRequireFixedRewardPointConfigs",
    spec: "then/if (AmountCalculationType 1): RewardsPointsConfig required [FixedRewardPointConfigs]",
    check: (v) =>
      isPoints(v) && v.RewardsPointsConfig?.AmountCalculationType === 1 && v.RewardsPointsConfig.FixedRewardPointConfigs === undefined
        ? [{ path: ["RewardsPointsConfig", "FixedRewardPointConfigs"], message: "RewardsPointsConfig.FixedRewardPointConfigs is required when AmountCalculationType is 1." }]
        : NO_VIOLATIONS,
  },
  {
    name: "randomPointsRequireAmountAndNumber",
    spec: "then/else (AmountCalculationType absent or 0): required [TotalAmount, RedPacketNumber]",
    check: (v) => (isPoints(v) && v.RewardsPointsConfig?.AmountCalculationType !== 1 ? missingFields(v, AMOUNT_AND_NUMBER, "AmountCalculationType is 0") : NO_VIOLATIONS),
  },
  {
    name: "customRedirectRequiresUrl",
    spec: "dependentSchemas.EnableCustomRedirect: if true then required [CustomRedirectUrl]",
    check: (v) =>
      v.EnableCustomRedirect === true && v.CustomRedirectUrl === undefined
        ? [{ path: ["CustomRedirectUrl"], message: "CustomRedirectUrl is required when EnableCustomRedirect is true." }]
        : NO_VIOLATIONS,
  },
  {
    name: "miniAppRequiresIdAndUrl",
    spec: "dependentSchemas.EnableMiniApp: if true then required [MiniAppId, MiniAppRedirectUrl]",
    check: (v) => (v.EnableMiniApp === true ? missingFields(v, MINI_APP_FIELDS, "EnableMiniApp is true") : NO_VIOLATIONS),
  },
];

function withRedPacketRules<T extends z.ZodType<RedPacketConfig>>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    for (const rule of redPacketRules) {
      for (const violation of rule.check(value)) {
        ctx.addIssue({ code: "custom", path: violation.path, message: violation.message, params: { rule: rule.name } });
      }
    }
  }) as T;
}

const createActivityRedPacketBody = withRedPacketRules(generated.createActivityRedPacketBody);
const updateActivityRedPacketBody = withRedPacketRules(generated.updateActivityRedPacketBody);

/**
 * Validators keyed by the spec's operationId: the generated query, body and 200-response schemas,
 * with the cross-field rules on the Create and Update bodies.
 */
export const validators = {
  createActivityRedPacket: { query: generated.createActivityRedPacketQuery, body: createActivityRedPacketBody, response: generated.createActivityRedPacketResponse },
  updateActivityRedPacket: { query: generated.updateActivityRedPacketQuery, body: updateActivityRedPacketBody, response: generated.updateActivityRedPacketResponse },
  deleteActivityRedPacket: { query: generated.deleteActivityRedPacketQuery, body: generated.deleteActivityRedPacketBody, response: generated.deleteActivityRedPacketResponse },
  getActivityRedPacket: { query: generated.getActivityRedPacketQuery, response: generated.getActivityRedPacketResponse },
  listActivityRedPacket: { query: generated.listActivityRedPacketQuery, response: generated.listActivityRedPacketResponse },
  sendActivityRedPacket: { query: generated.sendActivityRedPacketQuery, body: generated.sendActivityRedPacketBody, response: generated.sendActivityRedPacketResponse },
  drawActivityRedPacket: { query: generated.drawActivityRedPacketQuery, body: generated.drawActivityRedPacketBody, response: generated.drawActivityRedPacketResponse },
} as const satisfies Record<keyof typeof generated.operations, { query?: z.ZodType; body?: z.ZodType; response?: z.ZodType }>;

/** An operationId of the spec. */
export type VolcOperationId = keyof typeof validators;

/** Action name (as on the wire) of every operation. */
export const volcActions = {
  createActivityRedPacket: "CreateActivityRedPacket",
  updateActivityRedPacket: "UpdateActivityRedPacket",
  deleteActivityRedPacket: "DeleteActivityRedPacket",
  getActivityRedPacket: "GetActivityRedPacket",
  listActivityRedPacket: "ListActivityRedPacket",
  sendActivityRedPacket: "SendActivityRedPacket",
  drawActivityRedPacket: "DrawActivityRedPacket",
} as const satisfies Record<VolcOperationId, string>;

/** The HTTP method each action is served on (POST: JSON body; GET: every parameter in the query). */
export const volcActionMethods = {
  createActivityRedPacket: "POST",
  updateActivityRedPacket: "POST",
  deleteActivityRedPacket: "POST",
  getActivityRedPacket: "GET",
  listActivityRedPacket: "GET",
  sendActivityRedPacket: "POST",
  drawActivityRedPacket: "POST",
} as const satisfies Record<VolcOperationId, "GET" | "POST">;

/** Every operation by its Action name. */
const operationsByAction: ReadonlyMap<string, VolcOperationId> = new Map((Object.keys(volcActions) as VolcOperationId[]).map((op) => [volcActions[op], op]));

/**
 * Finds the operation an Action names, whatever the Version (so an error for a wrong Version can
 * still be told apart from an unknown Action); undefined for an Action livemock does not serve.
 *
 * @example
 * operationNamedBy("CreateActivityRedPacket") // "createActivityRedPacket"
 * operationNamedBy("ListActivityAPI") // undefined
 */
export function operationNamedBy(action: string): VolcOperationId | undefined {
  return operationsByAction.get(action);
}

/**
 * Finds the operation for an Action/Version pair, or undefined when Volcengine would answer
 * InvalidActionOrVersion.
 *
 * @example
 * operationForAction("CreateActivityRedPacket", "2023-08-01") // "createActivityRedPacket"
 */
export function operationForAction(action: string, version: string): VolcOperationId | undefined {
  if (version !== VOLC_RED_PACKET_VERSION) return undefined;
  return operationsByAction.get(action);
}

type Ops = typeof validators;
type QueryOf<Op extends VolcOperationId> = Ops[Op] extends { query: infer Q extends z.ZodType } ? z.output<Q> : undefined;
type BodyOf<Op extends VolcOperationId> = Ops[Op] extends { body: infer B extends z.ZodType } ? z.output<B> : undefined;

/** The verdict of validateRequest. */
export type ValidateRequestResult<Op extends VolcOperationId> =
  | { ok: true; query: QueryOf<Op>; body: BodyOf<Op> }
  | { ok: false; error: VolcError };

/** Raw query values as they arrive from a URL. */
export type RawQuery = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

// ---- reading generated schemas (zod 4 internals kept to this one place) ----

interface ZodInternals {
  _zod: { def: { type: string; checks?: Array<{ _zod: { def: Record<string, unknown> } }>; [key: string]: unknown } };
}
const defOf = (schema: unknown): ZodInternals["_zod"]["def"] => (schema as ZodInternals)._zod.def;

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (["optional", "nullable", "default", "prefault", "readonly", "nonoptional", "catch"].includes(def.type)) current = def.innerType;
    else if (def.type === "pipe") current = def.in;
    else return current;
  }
}

/** The schema of a field at a path inside an object schema, unwrapped; undefined when unknown. */
function schemaAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = unwrap(root);
  for (const segment of path) {
    const def = defOf(current);
    if (def.type === "object" && typeof segment === "string") current = (def.shape as Record<string, unknown>)[segment];
    else if (def.type === "array" && typeof segment === "number") current = def.element;
    else return undefined;
    if (current === undefined) return undefined;
    current = unwrap(current);
  }
  return current;
}

interface Bounds {
  min?: number;
  max?: number;
  integer: boolean;
}

function boundsOf(schema: unknown): Bounds {
  const bounds: Bounds = { integer: false };
  for (const check of defOf(schema).checks ?? []) {
    const def = check._zod.def;
    if (def.check === "greater_than" && typeof def.value === "number") bounds.min = def.value;
    if (def.check === "less_than" && typeof def.value === "number") bounds.max = def.value;
    if (def.check === "min_length" && typeof def.minimum === "number") bounds.min = def.minimum;
    if (def.check === "max_length" && typeof def.maximum === "number") bounds.max = def.maximum;
    if (def.check === "number_format" && (def.format === "safeint" || def.format === "int32" || def.format === "int64")) bounds.integer = true;
  }
  return bounds;
}

function literalValues(schema: unknown): unknown[] | undefined {
  const def = defOf(schema);
  if (def.type === "literal") return def.values as unknown[];
  if (def.type === "enum") return Object.values(def.entries as Record<string, unknown>);
  if (def.type === "union") {
    const values: unknown[] = [];
    for (const option of def.options as unknown[]) {
      const inner = literalValues(unwrap(option));
      if (!inner) return undefined;
      values.push(...inner);
    }
    return values;
  }
  return undefined;
}

function expectedType(schema: unknown): string {
  const def = defOf(schema);
  switch (def.type) {
    case "number":
      return boundsOf(schema).integer ? "an integer" : "a number";
    case "int":
      return "an integer";
    case "string":
      return "a string";
    case "boolean":
      return "a boolean";
    case "object":
      return "an object";
    case "array":
      return "an array";
    default:
      return "valid";
  }
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, seg) => (typeof seg === "number" ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg)), "");
}

const formatList = (values: readonly unknown[]): string => `[${values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ")}]`;

/** The vendor-style message of a zod issue raised by a generated or refined schema. */
function issueMessage(root: unknown, issue: z.core.$ZodIssue, input: unknown): string {
  const path = issue.path;
  const name = fieldName(path);
  if (issue.code === "custom") return issue.message;
  if (path.length === 0) return "The request body must be a JSON object.";
  const leaf = schemaAt(root, path);
  const value = path.reduce<unknown>((acc, seg) => (acc !== null && typeof acc === "object" ? (acc as Record<PropertyKey, unknown>)[seg] : undefined), input);
  if (value === undefined) return `${name} is required.`;
  if (leaf === undefined) return `${name} is invalid.`;
  const literals = literalValues(leaf);
  if (literals) return literals.length === 1 ? `${name} must be ${formatList(literals).slice(1, -1)}.` : `${name} must be one of ${formatList(literals)}.`;
  const type = defOf(leaf).type;
  if (issue.code === "invalid_type") return `${name} must be ${expectedType(leaf)}.`;
  if (issue.code === "too_small" || issue.code === "too_big") {
    const { min, max } = boundsOf(leaf);
    const range = `[${min ?? "-∞"}, ${max ?? "+∞"}]`;
    if (type === "string") return `${name} length must be in ${range}.`;
    if (type === "array") return `${name} must contain ${min !== undefined && max !== undefined ? `${min} to ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`} items.`;
    if (min !== undefined && max === undefined) return `${name} must be greater than or equal to ${min}.`;
    return `${name} must be in ${range}.`;
  }
  if (issue.code === "invalid_format") {
    if (name.endsWith("CoverImage")) return `${name} must be a URL including the scheme.`;
    return `${name} is not in the expected format.`;
  }
  return `${name} is invalid.`;
}

function firstIssueError(root: unknown, issues: readonly z.core.$ZodIssue[], input: unknown, where: "query" | "body"): VolcError {
  const issue = issues[0];
  if (!issue) return volcError("InvalidParameter", { detail: "The request is invalid." });
  const message = issueMessage(root, issue, input);
  const at = fieldName(issue.path) || "(root)";
  const got = issue.path.reduce<unknown>((acc, seg) => (acc !== null && typeof acc === "object" ? (acc as Record<PropertyKey, unknown>)[seg] : undefined), input);
  const reason = `${where} ${at}: ${message}${got === undefined ? "" : ` Got ${JSON.stringify(got)}.`}${issues.length > 1 ? ` (${issues.length - 1} more violation${issues.length > 2 ? "s" : ""})` : ""}`;
  return volcError("InvalidParameter", { detail: message }, reason);
}

function firstValue(query: RawQuery | undefined, key: string): string | undefined {
  if (!query) return undefined;
  if (query instanceof URLSearchParams) return query.get(key) ?? undefined;
  const value = query[key];
  if (value === undefined) return undefined;
  return typeof value === "string" ? value : value[0];
}

/** One parameter of an operation's query: its key, and whether it is read as a number. */
interface QueryField {
  key: string;
  /** `integer` or `number` for a numeric parameter (not a numeric literal); undefined for a string. */
  numeric: "integer" | "number" | undefined;
}

const INTEGER_TEXT = /^[+-]?\d+$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The parameters of a query schema, in its key order, with the type each is coerced to. */
function queryFieldsOf(schema: z.ZodType): QueryField[] {
  const shape = defOf(unwrap(schema)).shape as Record<string, unknown>;
  return Object.entries(shape).map(([key, fieldSchema]) => {
    const leaf = unwrap(fieldSchema);
    const numeric = defOf(leaf).type === "number" && literalValues(leaf) === undefined;
    return { key, numeric: numeric ? (boundsOf(leaf).integer ? "integer" : "number") : undefined };
  });
}

/**
 * Coerces raw query strings to the spec's parameter types (integers for integer parameters); a
 * non-numeric value for an integer parameter yields the vendor's InvalidParameter.
 */
function coerceQuery(fields: readonly QueryField[], raw: RawQuery | undefined): { ok: true; value: Record<string, unknown> } | { ok: false; error: VolcError } {
  const out: Record<string, unknown> = {};
  for (const { key, numeric } of fields) {
    const value = firstValue(raw, key);
    if (value === undefined) continue;
    if (numeric === undefined) {
      out[key] = value;
      continue;
    }
    if (!(numeric === "integer" ? INTEGER_TEXT : NUMBER_TEXT).test(value.trim())) {
      const message = `${key} must be ${numeric === "integer" ? "an integer" : "a number"}.`;
      return { ok: false, error: volcError("InvalidParameter", { detail: message }, `query ${key}: ${message} Got ${JSON.stringify(value)}.`) };
    }
    out[key] = Number(value.trim());
  }
  return { ok: true, value: out };
}

/** What validateRequest runs for one operation, prepared on first use. */
interface PreparedValidator {
  /** The query schema compiled by `z.compile`, with its parameters. */
  query?: { schema: z.ZodType; fields: readonly QueryField[] };
  /** The body schema compiled by `z.compile`. */
  body?: z.ZodType;
}

/** The operations {@link preparedValidatorOf} has prepared so far. */
const preparedValidators: Partial<Record<VolcOperationId, PreparedValidator>> = {};

/**
 * The operation's query and body schemas compiled ({@link compiledSchema}), and the query's
 * parameters read from its schema once. Prepared on first use, off start-up.
 *
 * @example
 * preparedValidatorOf("createActivityRedPacket").body?.safeParse(body)
 */
function preparedValidatorOf(operationId: VolcOperationId): PreparedValidator {
  const known = preparedValidators[operationId];
  if (known !== undefined) return known;
  const entry: { query?: z.ZodType; body?: z.ZodType } = validators[operationId];
  const prepared: PreparedValidator = {};
  if (entry.query) prepared.query = { schema: compiledSchema(entry.query), fields: queryFieldsOf(entry.query) };
  if (entry.body) prepared.body = compiledSchema(entry.body);
  preparedValidators[operationId] = prepared;
  return prepared;
}

/**
 * Validates a request to one operation: Action and Version (MissingParameter when absent,
 * InvalidActionOrVersion when they do not name this operation), then the query (strings coerced to
 * the spec's types) and the JSON body against the generated schemas plus the cross-field rules.
 * The first violation becomes the vendor's InvalidParameter (400, CodeN 400001) with a message naming
 * the field, e.g. `TotalAmount must be in [1, 2000000].`; `error.reason` is the precise reason for the
 * `x-livemock-reason` header.
 *
 * @example
 * const verdict = validateRequest("createActivityRedPacket", { query: url.searchParams, body: json });
 * if (!verdict.ok) return c.json(buildErrorEnvelope(verdict.error, ctx), verdict.error.status);
 * verdict.body.ActivityID; // number
 */
export function validateRequest<Op extends VolcOperationId>(operationId: Op, request: { query?: RawQuery; body?: unknown }): ValidateRequestResult<Op> {
  const ops: Ops = validators;
  const entry = ops[operationId] as { query?: z.ZodType; body?: z.ZodType };
  const action = firstValue(request.query, "Action");
  const version = firstValue(request.query, "Version");
  if (action === undefined || action === "") {
    return { ok: false, error: volcError("MissingParameter", { name: "Action" }, "The query has no Action parameter.") };
  }
  if (version === undefined || version === "") {
    return { ok: false, error: volcError("MissingParameter", { name: "Version" }, "The query has no Version parameter.") };
  }
  if (action !== volcActions[operationId] || version !== VOLC_RED_PACKET_VERSION) {
    return {
      ok: false,
      error: volcError("InvalidActionOrVersion", { action, version }, `Action ${action} with Version ${version} is not ${volcActions[operationId]} ${VOLC_RED_PACKET_VERSION}.`),
    };
  }

  const prepared = preparedValidatorOf(operationId);
  let query: unknown = undefined;
  if (prepared.query) {
    const coerced = coerceQuery(prepared.query.fields, request.query);
    if (!coerced.ok) return coerced;
    const parsed = prepared.query.schema.safeParse(coerced.value);
    if (!parsed.success) return { ok: false, error: firstIssueError(entry.query, parsed.error.issues, coerced.value, "query") };
    query = parsed.data;
  }

  let body: unknown = undefined;
  if (prepared.body) {
    const parsed = prepared.body.safeParse(request.body);
    if (!parsed.success) return { ok: false, error: firstIssueError(entry.body, parsed.error.issues, request.body, "body") };
    body = parsed.data;
  }
  return { ok: true, query, body } as ValidateRequestResult<Op>;
}
