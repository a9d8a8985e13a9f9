/**
 * Turns results and Volcengine errors into the VendorResponse the core renders: the vendor's exact
 * envelope, its HTTP status, and the journal fields (operation, error code, reason, owner).
 */
import { buildErrorEnvelope, buildSuccessEnvelope, createRequestId, type RequestIdSources, type VolcError, type VolcengineWarning, type VolcOperationId } from "../../../contracts/volcengine/index.ts";
import type { MockContext } from "../../core/context.ts";
import type { VendorResponse } from "../../core/vendor.ts";

/** What an answer echoes of the request and reports to the journal. */
export interface AnswerContext {
  /** The request's Action (absent: the error metadata carries only RequestId and Error). */
  action?: string | undefined;
  version?: string | undefined;
  /** The spec operation addressed, for the journal and the spec check of the response. */
  operation?: VolcOperationId | undefined;
  /** The access key the request was authenticated (or claimed to be signed) as. */
  owner?: string | undefined;
  /** The leniencies the request's signature relied on, for `x-livemock-warning`. */
  warnings?: readonly VolcengineWarning[] | undefined;
}

/** Builds success and error responses with deterministic RequestIds (mock clock + seeded random). */
export interface Responder {
  success(result: unknown, at: AnswerContext & { action: string; version: string; receivedAt: number }): VendorResponse;
  failure(error: VolcError, at: AnswerContext): VendorResponse;
}

/**
 * Creates the responder of one app. It reads `context.random` at call time (reset replaces it).
 *
 * @example
 * const respond = createResponder(context);
 * return respond.failure(volcError("MissingParameter", { name: "Action" }), {});
 */
export function createResponder(context: MockContext): Responder {
  const sources: RequestIdSources = { now: () => context.clock.now(), random: () => context.random.next() };
  const requestId = () => createRequestId(sources);
  return {
    success(result, at) {
      const body = buildSuccessEnvelope(result, { requestId: requestId(), action: at.action, version: at.version, systemTime: at.receivedAt / 1000 });
      return withJournal({ status: 200, body }, at);
    },
    failure(error, at) {
      const body = buildErrorEnvelope(error, { requestId: requestId(), action: at.action, version: at.version });
      return withJournal({ status: error.status, body, errorCode: error.code, reason: error.reason }, at);
    },
  };
}

/** Adds the journal fields of an answer (operation, owner) that are known. */
function withJournal(response: VendorResponse, at: AnswerContext): VendorResponse {
  if (at.operation !== undefined) response.operation = at.operation;
  if (at.owner !== undefined) response.owner = at.owner;
  if (at.warnings !== undefined) response.warnings = at.warnings;
  return response;
}
