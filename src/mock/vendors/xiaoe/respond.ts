/**
 * Turns Xiaoe contract results into the core's `VendorResponse` (always HTTP 200, like the vendor).
 */
import { type XiaoeErrorId, type XiaoeFailure, type XiaoeWarning, xiaoeFailure } from "../../../contracts/xiaoe/index.ts";
import type { VendorResponse } from "../../core/vendor.ts";

/** Who was served: the operation addressed and the app authenticated, when known; the leniencies the request relied on. */
export interface Served {
  operation?: string | undefined;
  owner?: string | undefined;
  warnings?: readonly XiaoeWarning[] | undefined;
}

function withServed(response: VendorResponse, served: Served): VendorResponse {
  if (served.operation !== undefined) response.operation = served.operation;
  if (served.owner !== undefined) response.owner = served.owner;
  if (served.warnings !== undefined) response.warnings = served.warnings;
  return response;
}

/**
 * A failure ready for the core: the vendor envelope, its code, and the precise reason.
 *
 * @example
 * return failed(xiaoeFailure("missingAccessToken", "access_token: required"), { operation: "createLiveTask" });
 */
export function failed(failure: XiaoeFailure, served: Served = {}): VendorResponse {
  return withServed({ status: failure.status, body: failure.envelope, errorCode: failure.code, reason: failure.reason }, served);
}

/**
 * Shorthand for `failed(xiaoeFailure(id, reason), served)`.
 *
 * @example
 * return fail("unknownApi", "livemock does not serve POST /xe.foo/1.0.0");
 */
export function fail(id: XiaoeErrorId, reason: string, served: Served = {}): VendorResponse {
  return failed(xiaoeFailure(id, reason), served);
}

/**
 * A success envelope for the core.
 *
 * @example
 * return succeeded(taskCreateSuccess({ task_id, alive_id }), { operation: "createLiveTask", owner: appId });
 */
export function succeeded(body: unknown, served: Served = {}): VendorResponse {
  return withServed({ status: 200, body }, served);
}
