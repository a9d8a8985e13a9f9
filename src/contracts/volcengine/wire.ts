/**
 * Volcengine livesaas's wire for drift checks (`livemock proxy`, `livemock contract`): the
 * `ResponseMetadata.Error` of its envelope, the gateway's error catalogue by code and class,
 * livemock's verdict on a request without its signature, the secrets of V4 signing, and the
 * seed-file entries of a created red packet.
 */
import { catalogueOf, type ErrorClass, type LivemockVerdict, type VendorWire } from "../core/vendor-wire.ts";
import { type VolcError, type VolcErrorCode, volcError, volcErrors } from "./errors.ts";
import { readJsonBody } from "./json-body.ts";
import { operationNamedBy, type VolcOperationId, validateRequest, validators } from "./validators.ts";

/** The class of each catalogue entry that is not about the request itself. */
const CLASSES: Partial<Record<VolcErrorCode, ErrorClass>> = {
  MissingAuthenticationToken: "authentication",
  InvalidAuthorization: "authentication",
  MissingRequestInfo: "authentication",
  InvalidTimestamp: "authentication",
  InvalidAccessKey: "authentication",
  SignatureDoesNotMatch: "authentication",
  FlowLimitExceeded: "rate-limit",
  InternalError: "server",
};

const CODE_N = "$.ResponseMetadata.Error.CodeN";

const knownError = catalogueOf(
  (Object.keys(volcErrors) as VolcErrorCode[]).map((code) => ({
    code,
    status: volcErrors[code].status,
    message: volcErrors[code].message,
    class: CLASSES[code] ?? "request",
    fields: { [CODE_N]: volcErrors[code].codeN },
  })),
);

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** A reason starts with where the field is: `body TotalAmount: TotalAmount must be in [1, 2000000]. Got 0.` */
const FIELD_PREFIX = /^(query|body) ([A-Za-z_][\w.[\]]*):/u;

function refused(error: VolcError): LivemockVerdict {
  const where = FIELD_PREFIX.exec(error.reason);
  return { ok: false, code: error.code, message: error.message, reason: error.reason, path: where ? `$.${where[1]}.${where[2]}` : "$" };
}

/**
 * Volcengine's wire.
 *
 * @example
 * volcengineWire.specPath("/", new URLSearchParams("Action=CreateActivityRedPacket&Version=2023-08-01")) // "/#Action=CreateActivityRedPacket"
 */
export const volcengineWire: VendorWire = {
  vendor: "volcengine",
  baseUrl: "https://livesaas.volcengineapi.com",
  successStatus: 200,
  specPath(path, query) {
    const action = query.get("Action");
    // Every action is at the root path; an Action livemock does not serve has no place in the spec.
    return path === "/" && action !== null && operationNamedBy(action) !== undefined ? `/#Action=${action}` : undefined;
  },
  errorOf(body) {
    const metadata = isRecord(body) ? body.ResponseMetadata : undefined;
    const error = isRecord(metadata) ? metadata.Error : undefined;
    if (!isRecord(error)) return undefined;
    return {
      code: String(error.Code),
      message: String(error.Message ?? ""),
      codePath: "$.ResponseMetadata.Error.Code",
      messagePath: "$.ResponseMetadata.Error.Message",
      fields: { [CODE_N]: error.CodeN },
    };
  },
  knownError,
  judge(operation, request) {
    const op = operation as VolcOperationId;
    if (request.method.toUpperCase() !== request.specMethod.toUpperCase()) {
      const action = request.query.get("Action") ?? "";
      const version = request.query.get("Version") ?? "";
      return refused(volcError("InvalidActionOrVersion", { action, version }, `${action} is served on ${request.specMethod.toUpperCase()} only; the request used ${request.method}.`));
    }
    let body: unknown;
    if ("body" in validators[op]) {
      const parsed = readJsonBody(request.rawBody, request.contentType);
      if (!parsed.ok) return refused(parsed.error);
      body = parsed.value;
    }
    const verdict = validateRequest(op, { query: request.query, body });
    return verdict.ok ? { ok: true } : refused(verdict.error);
  },
  secretNames: ["authorization", "x-signature", "x-security-token", "SecretAccessKey", "SecretKey"],
  volatileNames: ["X-Date", "X-Signature", "X-Credential", "X-Expires", "X-SignedHeaders", "X-Algorithm", "X-Security-Token"],
  seedOf(operation, request) {
    if (operation !== "createActivityRedPacket" || !isRecord(request.body)) return [];
    const { ActivityID } = request.body;
    const room = typeof ActivityID === "number" && Number.isSafeInteger(ActivityID) && ActivityID > 0 ? [{ section: "volcengine" as const, list: "activities", item: { ActivityID } }] : [];
    return [...room, { section: "volcengine", list: "redPackets", item: request.body }];
  },
};
