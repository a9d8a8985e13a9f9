/**
 * Volcengine's error catalogue as data, and the builder of its error envelope.
 * Sources: the public gateway error tables (docs 6369/68677 and siblings) and the livemock decisions in
 * the vendor fact sheet; `inferred: true` marks what no Volcengine document confirms.
 */
import { VOLC_REGION, VOLC_SERVICE } from "./constants.ts";

/** One error Volcengine can return. `message` may hold `{name}` placeholders. */
export interface VolcErrorEntry {
  /** `Error.Code`. */
  readonly code: string;
  /** `Error.CodeN`. */
  readonly codeN: number;
  /** HTTP status. */
  readonly status: number;
  /** `Error.Message`, a template when it contains `{placeholders}`. */
  readonly message: string;
  /** True when the code, status or wording is livemock's best guess. */
  readonly inferred: boolean;
}

/** Every error livemock emits for Volcengine, keyed by `Error.Code`. */
export const volcErrors = {
  MissingAuthenticationToken: { code: "MissingAuthenticationToken", codeN: 100003, status: 401, message: "Request is missing Authentication Token.", inferred: false },
  InvalidAuthorization: { code: "InvalidAuthorization", codeN: 100024, status: 400, message: "Invalid 'Authorization' header, Pls check authorization header.", inferred: false },
  MissingRequestInfo: { code: "MissingRequestInfo", codeN: 100004, status: 400, message: "The request is missing {info} information.", inferred: false },
  // 403 in four product tables, 400 in the platform table: livemock follows the majority.
  InvalidTimestamp: { code: "InvalidTimestamp", codeN: 100006, status: 403, message: "The Signature of the request is expired.", inferred: false },
  InvalidAccessKey: { code: "InvalidAccessKey", codeN: 100009, status: 401, message: "The accesskey [{accessKey}] included in the request is invalid.", inferred: false },
  SignatureDoesNotMatch: {
    code: "SignatureDoesNotMatch",
    codeN: 100010,
    status: 401,
    message: "The request signature we calculated does not match the signature you provided. Check your Secret Access Key and signing method. Consult the service documentation for details.",
    inferred: false,
  },
  MissingParameter: { code: "MissingParameter", codeN: 100002, status: 400, message: "The request is missing {name} parameter.", inferred: false },
  InvalidActionOrVersion: { code: "InvalidActionOrVersion", codeN: 100008, status: 404, message: "Could not find operation {action} for version {version}.", inferred: false },
  // CodeN only from third-party code; the wording is ours.
  FlowLimitExceeded: { code: "FlowLimitExceeded", codeN: 100018, status: 429, message: "Request exceeds the flow limit of {action}.", inferred: true },
  // livesaas publishes no service codes: CodeN 400001 and the field wording are livemock's.
  InvalidParameter: { code: "InvalidParameter", codeN: 400001, status: 400, message: "{detail}", inferred: true },
  InternalError: { code: "InternalError", codeN: 100014, status: 500, message: "Service has some internal Error. Pls Contact With Admin.", inferred: false },
} as const satisfies Record<string, VolcErrorEntry>;

/** The `Error.Code` of every catalogued error. */
export type VolcErrorCode = keyof typeof volcErrors;

/** A concrete error: a catalogue entry with its message filled, plus the reason for `x-livemock-reason`. */
export interface VolcError {
  readonly entry: VolcErrorEntry;
  readonly code: VolcErrorCode;
  readonly codeN: number;
  readonly status: number;
  /** The filled `Error.Message`. */
  readonly message: string;
  /** A precise human reason naming the field or the check that failed (never a secret). */
  readonly reason: string;
}

/**
 * Builds a concrete error from the catalogue, filling the message template's `{placeholders}`.
 *
 * @example
 * volcError("InvalidAccessKey", { accessKey: "AKLTunknown" }).message
 * // "The accesskey [AKLTunknown] included in the request is invalid."
 * volcError("InvalidParameter", { detail: "TotalAmount must be in [1, 2000000]." }).status // 400
 */
export function volcError(code: VolcErrorCode, params: Record<string, string | number> = {}, reason?: string): VolcError {
  const entry: VolcErrorEntry = volcErrors[code];
  const message = entry.message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  return { entry, code, codeN: entry.codeN, status: entry.status, message, reason: reason ?? message };
}

/** What the error envelope's metadata echoes of the request. */
export interface VolcErrorContext {
  requestId: string;
  /** The request's Action; when absent the metadata carries only RequestId and Error. */
  action?: string | undefined;
  version?: string | undefined;
}

/** The Volcengine error envelope, keys in the vendor's order. */
export interface VolcErrorEnvelope {
  ResponseMetadata: {
    RequestId: string;
    Action?: string;
    Version?: string;
    Service?: string;
    Region?: string;
    Error: { CodeN: number; Code: string; Message: string };
  };
}

/**
 * Builds the error envelope for an error: `ResponseMetadata{RequestId, Action, Version, Service,
 * Region, Error{CodeN, Code, Message}}`, no `Result`, no `SystemTime`. Without an Action the metadata
 * holds only RequestId and Error, as observed on the real gateway.
 *
 * @example
 * const err = volcError("SignatureDoesNotMatch");
 * const body = buildErrorEnvelope(err, { requestId, action: "CreateActivityRedPacket", version: "2023-08-01" });
 * return { status: err.status, body, errorCode: err.code, reason: err.reason }; // a VendorResponse
 */
export function buildErrorEnvelope(error: Pick<VolcError, "code" | "codeN" | "message">, context: VolcErrorContext): VolcErrorEnvelope {
  const failure = { CodeN: error.codeN, Code: error.code, Message: error.message };
  if (context.action === undefined || context.action === "") {
    return { ResponseMetadata: { RequestId: context.requestId, Error: failure } };
  }
  return {
    ResponseMetadata: {
      RequestId: context.requestId,
      Action: context.action,
      ...(context.version === undefined ? {} : { Version: context.version }),
      Service: VOLC_SERVICE,
      Region: VOLC_REGION,
      Error: failure,
    },
  };
}
