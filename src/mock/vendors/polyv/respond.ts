/**
 * Turns a Polyv outcome (payload or error) into the core's `VendorResponse`: the v4 envelope, the
 * HTTP status equal to the envelope's `code`, and the precise reason for `x-livemock-reason`.
 */
import {
  buildPolyvErrorEnvelope,
  buildPolyvLegacyError,
  buildPolyvLegacySuccess,
  buildPolyvSuccess,
  createPolyvRequestId,
  type PolyvError,
  type PolyvWarning,
} from "../../../contracts/polyv/index.ts";
import type { MockContext } from "../../core/context.ts";
import type { VendorResponse } from "../../core/vendor.ts";

/** What a Polyv handler decides: a payload for `data`, or an error from the catalogue; `warnings`: the leniencies the request relied on. */
export type PolyvOutcome = ({ ok: true; data: unknown } | { ok: false; error: PolyvError }) & { warnings?: readonly PolyvWarning[] };

/** Who and what a response is about, for the journal and the spec check. */
export interface PolyvResponseMeta {
  operation?: string;
  owner?: string;
  headers?: Record<string, string>;
  /** Leniencies the request relied on before the outcome (its signature), for `x-livemock-warning`. */
  warnings?: readonly PolyvWarning[];
  /** `legacy`: the v2/v3 paths' `{code, status, message, data}` envelope; default the v4 one. */
  envelope?: "v4" | "legacy";
}

/**
 * A request id in Polyv's dotted form, drawn from the seeded random source (read at call time,
 * because a reset replaces it) and the mock clock.
 *
 * @example
 * polyvRequestId(context) // "1f0c...9a.37.17400000000001234"
 */
export function polyvRequestId(context: MockContext): string {
  const random = context.random;
  return createPolyvRequestId(() => random.next(), context.clock.now());
}

/**
 * The success response: `{code:200,status:"success",requestId,data,success:true}`.
 *
 * @example
 * return polyvSuccess(context, 10465, { operation: "saveTaskRewardActivity", owner: app.appId });
 */
export function polyvSuccess(context: MockContext, data: unknown, meta: PolyvResponseMeta = {}): VendorResponse {
  const { envelope, ...rest } = meta;
  if (envelope === "legacy") return { status: 200, body: buildPolyvLegacySuccess(data), ...rest };
  return { status: 200, body: buildPolyvSuccess(data, polyvRequestId(context)), ...rest };
}

/**
 * The error response: the v4 error envelope, HTTP status = envelope `code`, the error code for the
 * journal and the precise reason (naming the field) for `x-livemock-reason`.
 *
 * @example
 * return polyvFailure(context, polyvError("channelNotFound"), { operation: "pageTaskRewardActivities" });
 */
export function polyvFailure(context: MockContext, error: PolyvError, meta: PolyvResponseMeta = {}): VendorResponse {
  const { envelope, ...rest } = meta;
  if (envelope === "legacy") {
    return { status: error.entry.httpStatus, body: buildPolyvLegacyError(error.entry.httpStatus, error.desc), errorCode: error.entry.code, reason: error.reason, ...rest };
  }
  const body = buildPolyvErrorEnvelope(error, polyvRequestId(context));
  return { status: body.code, body, errorCode: error.entry.code, reason: error.reason, ...rest };
}

/**
 * Renders an outcome as a success or an error response.
 *
 * @example
 * return polyvRespond(context, route.run(input), { operation: route.operation, owner: app.appId });
 */
export function polyvRespond(context: MockContext, outcome: PolyvOutcome, meta: PolyvResponseMeta = {}): VendorResponse {
  const all = outcome.warnings === undefined ? meta : { ...meta, warnings: meta.warnings ? [...meta.warnings, ...outcome.warnings] : outcome.warnings };
  return outcome.ok ? polyvSuccess(context, outcome.data, all) : polyvFailure(context, outcome.error, all);
}
