/**
 * Vendor errors forced by a fault rule, answered by the vendor module from its own catalogue, in its
 * own envelope and HTTP status, exactly as it would answer that error.
 */
import type { ForcedErrorOption, VendorModule, VendorRequest, VendorResponse } from "../core/vendor.ts";

export type { ForcedErrorOption } from "../core/vendor.ts";

/**
 * True when `id` is in the vendor's catalogue.
 *
 * @example
 * isForcedErrorId(polyv, "rateLimited") // true
 */
export function isForcedErrorId(vendor: VendorModule, id: string): boolean {
  return vendor.errors.catalogue.some((e: ForcedErrorOption) => e.id === id);
}

/**
 * The vendor's answer for a forced error, with an `x-livemock-fault` header and an
 * `x-livemock-reason` naming the rule.
 *
 * @example
 * const response = forcedErrorResponse(polyv, "rateLimited", request, { ruleId: "f1", operation: "createLotteryActivity" });
 * response.status // 429
 */
export function forcedErrorResponse(
  vendor: VendorModule,
  id: string,
  request: VendorRequest,
  meta: { ruleId: string; operation?: string | undefined; params?: Readonly<Record<string, string>> | undefined },
): VendorResponse {
  const reason = `fault injected by livemock (rule ${meta.ruleId}): forced ${vendor.name} error ${id}`;
  const answer = vendor.errors.forced(id, request, { reason, params: meta.params ?? {} });
  const response: VendorResponse = { ...answer, reason, headers: { ...answer.headers, "x-livemock-fault": meta.ruleId } };
  if (meta.operation !== undefined) response.operation = meta.operation;
  return response;
}
