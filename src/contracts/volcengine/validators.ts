/**
 * Request and response validators of the Volcengine red-packet actions: the zod schemas generated
 * from specs/volcengine.yaml, with the spec's `if`/`then`/`else` and `dependentSchemas` conditionals
 * layered on as named refinements, and `validateRequest`, which turns the first violation into the
 * vendor's error (InvalidParameter 400001, MissingParameter, InvalidActionOrVersion).
 */
import type { z } from "zod";
import { compiledSchema } from "../core/compiled-schema.ts";
import { coerceQuery, firstQueryValue, type QueryCoercion, type RawQuery } from "../core/query.ts";
import * as generated from "../generated/volcengine.zod.ts";
import { VOLC_DATA_API_VERSION, VOLC_RED_PACKET_VERSION } from "./constants.ts";
import { type VolcError, volcError } from "./errors.ts";
import { issuesToVolcError, notANumberError } from "./issue-to-error.ts";

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
    if (v[field] === undefined) {
      found ??= [];
      found.push({ path: [field], message: `${field} is required when ${condition}.` });
    }
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
    check: (v) => (isPoints(v) && v.TotalAmount !== undefined && v.TotalAmount > 100000 ? [{ path: ["TotalAmount"], message: "TotalAmount must be in [1, 100000]." }] : NO_VIOLATIONS),
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

/** Most URLs one 回调生效账号 may configure for a callback type (doc 3019/1756928). */
export const VOLC_MAX_CALLBACK_URLS = 10;

/**
 * The URLs of a `CallbackUrls` value: split on ';', blanks dropped.
 *
 * @example
 * splitCallbackUrls("https://a.example/cb; https://b.example/cb") // ["https://a.example/cb", "https://b.example/cb"]
 */
export function splitCallbackUrls(value: string): string[] {
  return value
    .split(";")
    .map((url) => url.trim())
    .filter((url) => url !== "");
}

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
  listRedPacketDataApi: { query: generated.listRedPacketDataApiQuery, response: generated.listRedPacketDataApiResponse },
  listRedPacketRecordApi: { query: generated.listRedPacketRecordApiQuery, response: generated.listRedPacketRecordApiResponse },
  addCallbackConfig: { query: generated.addCallbackConfigQuery, body: generated.addCallbackConfigBody, response: generated.addCallbackConfigResponse },
  listCallbackConfigs: { query: generated.listCallbackConfigsQuery, response: generated.listCallbackConfigsResponse },
  listCallbackEvents: { query: generated.listCallbackEventsQuery, response: generated.listCallbackEventsResponse },
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
  listRedPacketDataApi: "ListRedPacketDataAPI",
  listRedPacketRecordApi: "ListRedPacketRecordAPI",
  addCallbackConfig: "AddCallbackConfig",
  listCallbackConfigs: "ListCallbackConfigs",
  listCallbackEvents: "ListCallbackEvents",
} as const satisfies Record<VolcOperationId, string>;

/** The Version each action is served under: 2023-08-01, except the older red-packet data APIs. */
export const volcActionVersions: Readonly<Record<VolcOperationId, string>> = {
  createActivityRedPacket: VOLC_RED_PACKET_VERSION,
  updateActivityRedPacket: VOLC_RED_PACKET_VERSION,
  deleteActivityRedPacket: VOLC_RED_PACKET_VERSION,
  getActivityRedPacket: VOLC_RED_PACKET_VERSION,
  listActivityRedPacket: VOLC_RED_PACKET_VERSION,
  sendActivityRedPacket: VOLC_RED_PACKET_VERSION,
  drawActivityRedPacket: VOLC_RED_PACKET_VERSION,
  listRedPacketDataApi: VOLC_DATA_API_VERSION,
  listRedPacketRecordApi: VOLC_DATA_API_VERSION,
  addCallbackConfig: VOLC_RED_PACKET_VERSION,
  listCallbackConfigs: VOLC_RED_PACKET_VERSION,
  listCallbackEvents: VOLC_RED_PACKET_VERSION,
};

/** The HTTP method each action is served on (POST: JSON body; GET: every parameter in the query). */
export const volcActionMethods = {
  createActivityRedPacket: "POST",
  updateActivityRedPacket: "POST",
  deleteActivityRedPacket: "POST",
  getActivityRedPacket: "GET",
  listActivityRedPacket: "GET",
  sendActivityRedPacket: "POST",
  drawActivityRedPacket: "POST",
  listRedPacketDataApi: "GET",
  listRedPacketRecordApi: "GET",
  addCallbackConfig: "POST",
  listCallbackConfigs: "GET",
  listCallbackEvents: "GET",
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
  const operation = operationsByAction.get(action);
  return operation !== undefined && volcActionVersions[operation] === version ? operation : undefined;
}

type Ops = typeof validators;
type QueryOf<Op extends VolcOperationId> = Ops[Op] extends { query: infer Q extends z.ZodType } ? z.output<Q> : undefined;
type BodyOf<Op extends VolcOperationId> = Ops[Op] extends { body: infer B extends z.ZodType } ? z.output<B> : undefined;

/** The verdict of validateRequest. */
export type ValidateRequestResult<Op extends VolcOperationId> = { ok: true; query: QueryOf<Op>; body: BodyOf<Op> } | { ok: false; error: VolcError };

export type { RawQuery } from "../core/query.ts";

/**
 * Volcengine's reading of a query: only the parameters the schema declares, an empty value kept as
 * "", numbers written with a sign, spaces or (for number parameters) decimals accepted, anything
 * else refused before validation (see {@link validateRequest}).
 */
const VOLC_QUERY: QueryCoercion = { undeclared: "drop", empty: "keep", numbers: "lenient" };

/** What validateRequest runs for one operation, prepared on first use. */
interface PreparedValidator {
  /** The query schema (it names the parameters and explains a failure) and its `z.compile`d copy. */
  query?: PreparedSchema;
  /** The body schema and its `z.compile`d copy. */
  body?: PreparedSchema;
}

/** A schema and the compiled copy that checks requests ({@link compiledSchema}). */
interface PreparedSchema {
  schema: z.ZodType;
  compiled: z.ZodType;
}

/** The operations {@link preparedValidatorOf} has prepared so far. */
const preparedValidators: Partial<Record<VolcOperationId, PreparedValidator>> = {};

/**
 * The operation's query and body schemas compiled ({@link compiledSchema}). Prepared on first use,
 * off start-up.
 *
 * @example
 * preparedValidatorOf("createActivityRedPacket").body?.compiled.safeParse(body)
 */
function preparedValidatorOf(operationId: VolcOperationId): PreparedValidator {
  const known = preparedValidators[operationId];
  if (known !== undefined) return known;
  const entry: { query?: z.ZodType; body?: z.ZodType } = validators[operationId];
  const prepared: PreparedValidator = {};
  if (entry.query) prepared.query = { schema: entry.query, compiled: compiledSchema(entry.query) };
  if (entry.body) prepared.body = { schema: entry.body, compiled: compiledSchema(entry.body) };
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
  const action = firstQueryValue(request.query, "Action");
  const version = firstQueryValue(request.query, "Version");
  if (action === undefined || action === "") {
    return { ok: false, error: volcError("MissingParameter", { name: "Action" }, "The query has no Action parameter.") };
  }
  if (version === undefined || version === "") {
    return { ok: false, error: volcError("MissingParameter", { name: "Version" }, "The query has no Version parameter.") };
  }
  if (action !== volcActions[operationId] || version !== volcActionVersions[operationId]) {
    return {
      ok: false,
      error: volcError("InvalidActionOrVersion", { action, version }, `Action ${action} with Version ${version} is not ${volcActions[operationId]} ${volcActionVersions[operationId]}.`),
    };
  }

  const prepared = preparedValidatorOf(operationId);
  let query: unknown;
  if (prepared.query) {
    const coerced = coerceQuery(prepared.query.schema, request.query, VOLC_QUERY);
    if (coerced.notANumber) return { ok: false, error: notANumberError(coerced.notANumber) };
    const parsed = prepared.query.compiled.safeParse(coerced.values);
    if (!parsed.success) return { ok: false, error: issuesToVolcError(prepared.query.schema, parsed.error.issues, coerced.values, "query") };
    query = parsed.data;
  }

  let body: unknown;
  if (prepared.body) {
    const parsed = prepared.body.compiled.safeParse(request.body);
    if (!parsed.success) return { ok: false, error: issuesToVolcError(prepared.body.schema, parsed.error.issues, request.body, "body") };
    body = parsed.data;
  }
  return { ok: true, query, body } as ValidateRequestResult<Op>;
}
