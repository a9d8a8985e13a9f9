/**
 * Vendor errors forced by a fault rule, rendered from each vendor's own catalogue in its own
 * envelope and HTTP status, exactly as the vendor module would answer that error.
 */
import { buildPolyvErrorEnvelope, createPolyvRequestId, polyvError, polyvErrors, type PolyvErrorId } from "../../contracts/polyv/index.ts";
import { buildErrorEnvelope, createRequestId, volcError, volcErrors, type VolcErrorCode } from "../../contracts/volcengine/index.ts";
import { xiaoeErrors, xiaoeFailure, type XiaoeErrorId } from "../../contracts/xiaoe/index.ts";
import type { MockContext } from "../core/context.ts";
import type { VendorName, VendorRequest, VendorResponse } from "../core/vendor.ts";

/** One error a rule can force, as `GET /__livemock/faults/errors` lists it. */
export interface ForcedErrorOption {
  /** The id a rule names in `error`. */
  id: string;
  /** HTTP status of the answer. */
  status: number;
  /** The envelope's code (`50001`, `1001`, `InternalError`). */
  code: string | number;
  message: string;
}

/** The error a rule forces when it names none (fail-next): the vendor's generic server-side error. */
export const DEFAULT_FORCED_ERROR: Readonly<Record<VendorName, string>> = Object.freeze({
  polyv: "undefinedError",
  xiaoe: "systemBusy",
  volcengine: "InternalError",
});

/**
 * Every error a rule may force for a vendor: the vendor's whole catalogue.
 *
 * @example
 * forcedErrorOptions("xiaoe").find((e) => e.id === "rateLimited")?.code // 2053
 */
export function forcedErrorOptions(vendor: VendorName): ForcedErrorOption[] {
  switch (vendor) {
    case "polyv":
      return Object.values(polyvErrors).map((e) => ({ id: e.id, status: e.httpStatus, code: e.code, message: e.message }));
    case "xiaoe":
      return Object.values(xiaoeErrors).map((e) => ({ id: e.id, status: e.status, code: e.code, message: e.msg }));
    case "volcengine":
      return Object.values(volcErrors).map((e) => ({ id: e.code, status: e.status, code: e.code, message: e.message }));
  }
}

/**
 * True when `id` is in the vendor's catalogue.
 *
 * @example
 * isForcedErrorId("polyv", "rateLimited") // true
 */
export function isForcedErrorId(vendor: VendorName, id: string): boolean {
  return forcedErrorOptions(vendor).some((e) => e.id === id);
}

/**
 * The vendor's answer for a forced error: its envelope, HTTP status, error code and an
 * `x-livemock-reason` naming the rule. Request ids come from the seeded random source, as the
 * vendor modules' own do.
 *
 * @example
 * const response = forcedErrorResponse(context, "polyv", "rateLimited", request, { ruleId: "f1", operation: "createLotteryActivity" });
 * response.status // 429
 */
export function forcedErrorResponse(
  context: MockContext,
  vendor: VendorName,
  id: string,
  request: VendorRequest,
  meta: { ruleId: string; operation?: string | undefined; params?: Record<string, string> | undefined },
): VendorResponse {
  const reason = `fault injected by livemock (rule ${meta.ruleId}): forced ${vendor} error ${id}`;
  const headers = { "x-livemock-fault": meta.ruleId };
  const operation = meta.operation === undefined ? {} : { operation: meta.operation };
  const params = meta.params ?? {};
  switch (vendor) {
    case "polyv": {
      const error = polyvError(id as PolyvErrorId, { name: params.name ?? "", label: params.label ?? "", reason });
      const body = buildPolyvErrorEnvelope(error, createPolyvRequestId(() => context.random.next(), context.clock.now()));
      return { status: body.code, body, errorCode: error.entry.code, reason, headers, ...operation };
    }
    case "xiaoe": {
      const failure = xiaoeFailure(id as XiaoeErrorId, reason);
      return { status: failure.status, body: failure.envelope, errorCode: failure.code, reason, headers, ...operation };
    }
    case "volcengine": {
      const action = request.query.get("Action") ?? undefined;
      const version = request.query.get("Version") ?? undefined;
      const filled = { detail: "The request was rejected.", name: "Action", info: "Authorization", accessKey: "", action: action ?? "", version: version ?? "", ...params };
      const error = volcError(id as VolcErrorCode, filled, reason);
      const requestId = createRequestId({ now: () => context.clock.now(), random: () => context.random.next() });
      const body = buildErrorEnvelope(error, { requestId, action, version });
      return { status: error.status, body, errorCode: error.code, reason, headers, ...operation };
    }
  }
}
