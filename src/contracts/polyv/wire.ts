/**
 * Polyv's wire for drift checks (`livemock proxy`, `livemock contract`): the v4 envelope's error,
 * the error catalogue by code and class, livemock's verdict on a request without its signature,
 * the secrets of the protocol, and the seed-file entries of a successful create.
 */
import { catalogueOf, type ErrorClass, type LivemockVerdict, type SeedEntry, type VendorWire } from "../core/vendor-wire.ts";
import { firstQueryValues } from "./coerce-query.ts";
import { type PolyvError, type PolyvErrorId, polyvError, polyvErrors } from "./errors.ts";
import { readJsonBody } from "./json-body.ts";
import { type PolyvOperationId, validateRequest, validators } from "./validators.ts";

/** The class of each catalogue entry that is not about the request itself. */
const CLASSES: Partial<Record<PolyvErrorId, ErrorClass>> = {
  applicationNotFound: "authentication",
  invalidSignature: "authentication",
  timestampExpired: "authentication",
  channelNotFound: "state",
  activityNotFound: "state",
  taskRewardNotEditable: "state",
  taskRewardNotStoppable: "state",
  rateLimited: "rate-limit",
  undefinedError: "server",
};

const knownError = catalogueOf(
  (Object.keys(polyvErrors) as PolyvErrorId[]).map((id) => ({ code: polyvErrors[id].code, status: polyvErrors[id].httpStatus, message: polyvErrors[id].message, class: CLASSES[id] ?? "request" })),
);

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** The query parameters an operation's query schema declares. */
function queryNames(operation: PolyvOperationId): ReadonlySet<string> {
  const shape = (validators[operation] as { query?: { shape?: Record<string, unknown> } }).query?.shape;
  return new Set(Object.keys(shape ?? {}));
}

function refused(operation: PolyvOperationId, error: PolyvError): LivemockVerdict {
  const field = error.field ?? "";
  const head = field.split(/[.[]/u)[0] ?? "";
  const path = field === "" ? "$" : queryNames(operation).has(head) ? `$.query.${field}` : field === "Content-Type" ? "$.headers.content-type" : `$.body.${field}`;
  return { ok: false, code: error.entry.code, message: error.desc, reason: error.reason, path };
}

/**
 * Polyv's wire.
 *
 * @example
 * polyvWire.judge("createLotteryActivity", { method: "POST", specMethod: "post", query, rawBody, contentType: "application/json" })
 */
export const polyvWire: VendorWire = {
  vendor: "polyv",
  baseUrl: "https://api.polyv.net",
  successStatus: 200,
  specPath: (path) => path,
  errorOf(body) {
    // The v2/v3 paths' envelope: {code, status, message, data}.
    if (isRecord(body) && (body.status === "error" || body.status === "fail") && typeof body.message === "string" && !("error" in body)) {
      const message = body.message;
      const entry = Object.values(polyvErrors).find((e) => e.message === message);
      // No error code on the wire: the catalogue code of that exact message, else the envelope code.
      return { code: entry?.code ?? (body.code as number), message, codePath: "$.message", messagePath: "$.message" };
    }
    if (!isRecord(body) || body.status !== "error" || !isRecord(body.error)) return undefined;
    return { code: body.error.code as number, message: String(body.error.desc ?? ""), codePath: "$.error.code", messagePath: "$.error.desc" };
  },
  knownError,
  judge(operation, request) {
    const op = operation as PolyvOperationId;
    if (request.method.toUpperCase() !== request.specMethod.toUpperCase()) {
      return refused(op, polyvError("methodNotAllowed", { reason: `${request.method} is not allowed; use ${request.specMethod.toUpperCase()}` }));
    }
    let body: unknown;
    if ("body" in validators[op]) {
      const parsed = readJsonBody(request);
      if (!parsed.ok) return refused(op, parsed.error);
      body = parsed.body;
    }
    // Parameters as the mock reads them: query, then urlencoded form fields, then the path's own.
    const form = request.contentType === "application/x-www-form-urlencoded" && request.rawBody !== "" ? new URLSearchParams(request.rawBody) : undefined;
    const params = firstQueryValues(request.query);
    const merged = form === undefined ? params : firstQueryValues(form, { ...params });
    const verdict = validateRequest(op, { query: request.pathParams === undefined ? merged : { ...merged, ...request.pathParams }, body });
    return verdict.ok ? { ok: true } : refused(op, verdict.error);
  },
  secretNames: ["sign", "appSecret"],
  volatileNames: ["timestamp", "sign"],
  seedOf(operation, request) {
    if (!isRecord(request.body)) return [];
    if (operation === "saveTaskRewardActivity") {
      const channelId = request.body.channelId;
      return [...channel(channelId), { section: "polyv", list: "taskRewards", item: request.body }];
    }
    if (operation === "createLotteryActivity") {
      const channelId = Number(request.query.get("channelId"));
      return [...channel(channelId), { section: "polyv", list: "lotteries", item: { channelId, ...request.body } }];
    }
    return [];
  },
};

/** The channel a created object lives in, as a seed-file room. */
function channel(channelId: unknown): SeedEntry[] {
  return typeof channelId === "number" && Number.isSafeInteger(channelId) && channelId > 0 ? [{ section: "polyv", list: "channels", item: { channelId } }] : [];
}
