/**
 * Applies the fault rules to one vendor call, inside the core's single request path: delays it,
 * answers a forced vendor error, or marks the connection to be dropped. A forced error or a drop
 * happens before the vendor handles the call, so it changes no state (like a gateway failure).
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { MockContext } from "../core/context.ts";
import type { VendorModule, VendorRequest, VendorResponse } from "../core/vendor.ts";
import { forcedErrorResponse } from "./forced-error.ts";

/** What happens to the call. */
export type FaultOutcome = { kind: "pass" } | { kind: "respond"; response: VendorResponse } | { kind: "drop"; response: VendorResponse };

/**
 * Matches the call against the rules (the operation is asked of the vendor only when a rule names
 * one), waits the matched latency, and returns what the dispatcher must do.
 *
 * @example
 * const fault = context.faults.size > 0 ? await injectFault(context, vendor, request) : { kind: "pass" };
 */
export async function injectFault(context: MockContext, vendor: VendorModule, request: VendorRequest): Promise<FaultOutcome> {
  let operation: string | undefined;
  let asked = false;
  const operationOf = () => {
    if (!asked) {
      asked = true;
      operation = vendor.operationOf?.(request);
    }
    return operation;
  };
  const verdict = await context.faults.match(vendor.name, operationOf, context.clock.now());
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);
  const rule = verdict.terminal;
  if (!rule) return { kind: "pass" };
  const op = operationOf();
  if (rule.kind === "drop") {
    const reason = `fault injected by livemock (rule ${rule.id}): connection dropped`;
    return { kind: "drop", response: { status: 0, body: null, reason, ...(op === undefined ? {} : { operation: op }) } };
  }
  const id = rule.error ?? vendor.errors.fallback;
  return { kind: "respond", response: forcedErrorResponse(vendor, id, request, { ruleId: rule.id, operation: op, params: rule.params }) };
}
