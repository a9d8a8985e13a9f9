/**
 * Xiaoe-tech's wire for drift checks (`livemock proxy`, `livemock contract`): the `{code, msg, data}`
 * envelope's error, the error catalogue by code and class, livemock's verdict on a request without
 * its token's validity, the secrets of the protocol, and the seed-file entries of a created task.
 */
import { catalogueOf, type ErrorClass, type LivemockVerdict, type VendorWire } from "../core/vendor-wire.ts";
import { type XiaoeErrorId, type XiaoeFailure, xiaoeErrors, xiaoeFailure } from "./errors.ts";
import { decodeBody, queryRecord } from "./read-body.ts";
import { isXiaoeOperationId, validateRequest, type XiaoeOperationId } from "./validators.ts";

/** The class of each catalogue entry that is not about the request itself. */
const CLASSES: Partial<Record<XiaoeErrorId, ErrorClass>> = {
  systemBusy: "server",
  responseFormatError: "server",
  wrongSecretKey: "authentication",
  invalidAccessToken: "authentication",
  noPermission: "authentication",
  invalidClientId: "authentication",
  ipNotWhitelisted: "authentication",
  rateLimited: "rate-limit",
  trafficSpike: "rate-limit",
  liveNotFound: "state",
  liveTaskNotFound: "state",
};

const knownError = catalogueOf(
  (Object.keys(xiaoeErrors) as XiaoeErrorId[]).map((id) => ({ code: xiaoeErrors[id].code, status: xiaoeErrors[id].status, message: xiaoeErrors[id].msg, class: CLASSES[id] ?? "request" })),
);

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** A reason starts with the field it is about: `child_tasks[1].task_condition: "99" is not valid …`. */
const FIELD_PREFIX = /^([A-Za-z_]\w*(?:\[\d+\]|\.[A-Za-z_]\w*)*): /u;

function refused(operation: XiaoeOperationId, failure: XiaoeFailure): LivemockVerdict {
  const field = FIELD_PREFIX.exec(failure.reason)?.[1];
  const path = field === undefined ? "$" : `$.${operation === "getAccessToken" ? "query" : "body"}.${field}`;
  return { ok: false, code: failure.code, message: failure.msg, reason: failure.reason, path };
}

/**
 * Xiaoe-tech's wire.
 *
 * @example
 * xiaoeWire.errorOf({ code: 2008, msg: "access_token 过期 或者不存在", data: null }) // { code: 2008, … }
 */
export const xiaoeWire: VendorWire = {
  vendor: "xiaoe",
  baseUrl: "https://api.xiaoe-tech.com",
  successStatus: 200,
  specPath: (path) => path,
  errorOf(body) {
    if (!isRecord(body) || body.code === 0 || body.code === undefined) return undefined;
    return { code: body.code as number, message: String(body.msg ?? ""), codePath: "$.code", messagePath: "$.msg" };
  },
  knownError,
  judge(operation, request) {
    if (!isXiaoeOperationId(operation)) return { ok: true };
    if (request.method.toUpperCase() !== request.specMethod.toUpperCase()) {
      return refused(operation, xiaoeFailure("wrongMethod", `method: takes ${request.specMethod.toUpperCase()}, not ${request.method}`));
    }
    const query = queryRecord(request.query);
    const body = decodeBody(request);
    if (operation === "getAccessToken") {
      const verdict = validateRequest(operation, { query, body: body.ok ? body.fields : undefined });
      return verdict.ok ? { ok: true } : refused(operation, verdict.error);
    }
    const token = (body.ok ? body.fields?.access_token : undefined) ?? query.access_token;
    if (token === undefined || token === null || token === "") return refused(operation, xiaoeFailure("missingAccessToken", "access_token: required (send it in the JSON body)"));
    if (!body.ok) {
      // As the mock answers it: what the operation answers a body without its fields, naming the real problem.
      const empty = validateRequest(operation, { query, body: { access_token: token } });
      return refused(operation, empty.ok ? xiaoeFailure("systemBusy", body.problem) : { ...empty.error, reason: body.problem });
    }
    const verdict = validateRequest(operation, { query, body: body.fields, bodyEncoding: body.encoding });
    return verdict.ok ? { ok: true } : refused(operation, verdict.error);
  },
  secretNames: ["secret_key", "access_token", "client_secret"],
  volatileNames: ["access_token"],
  seedOf(operation, request) {
    if (operation !== "createLiveTask" || !isRecord(request.body)) return [];
    const { access_token: _token, ...task } = request.body;
    const live = typeof task.alive_id === "string" ? [{ section: "xiaoe" as const, list: "lives", item: { alive_id: task.alive_id } }] : [];
    return [...live, { section: "xiaoe", list: "tasks", item: task }];
  },
};
