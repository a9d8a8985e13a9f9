/**
 * Drift in one proxied exchange: what the contract runner checks (the spec, fields it does not
 * declare, livemock's error catalogue and statuses), plus livemock's own verdict on the request
 * against the vendor's (accepted what livemock refuses, or the reverse), a request the spec does
 * not have, and an upstream that gave no usable answer.
 */
import type { SpecValidator } from "../contracts/core/spec-validator.ts";
import { operationOf, type VendorWire, verdictDrift } from "../contracts/core/vendor-wire.ts";
import { checkExchange, fromFindings } from "../runner/check-exchange.ts";
import type { Violation } from "../runner/types.ts";

/** One exchange as the proxy saw it, secrets and all (it is never written as is). */
export interface SeenExchange {
  method: string;
  path: string;
  rawQuery: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** The request body as UTF-8 text (`""` when none). */
  body: string;
  /** The upstream's answer, decoded, with its JSON; absent when there was none usable. */
  response?: { status: number; headers: Record<string, string>; text: string };
  /** Why there is no usable answer. */
  problem?: string;
}

/** Lower-cased media type without parameters. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * The spec operation of an exchange and the method the spec serves it on, if the spec has it.
 *
 * @example
 * locate(polyvWire, specValidator("polyv"), seen) // { operation: "createLotteryActivity", method: "post" }
 */
export function locate(wire: VendorWire, validator: SpecValidator, seen: Pick<SeenExchange, "path" | "rawQuery">): { operation: string; method: string } | undefined {
  return operationOf(wire, validator, seen.path, new URLSearchParams(seen.rawQuery));
}

/**
 * Every drift in one exchange, as contract-runner violations.
 *
 * @example
 * const drift = detectDrift(vendorWires.polyv, specValidator("polyv"), seen);
 * for (const v of drift) console.log(formatViolation(v));
 */
export function detectDrift(wire: VendorWire, validator: SpecValidator, seen: SeenExchange): Violation[] {
  const vendor = wire.vendor;
  const located = locate(wire, validator, seen);
  const operation = located?.operation ?? `${seen.method} ${seen.path}`;
  if (seen.problem !== undefined || seen.response === undefined) {
    return [{ vendor, operation, kind: "upstream-error", side: "response", source: "livemock", path: "$", expected: "a JSON answer from the upstream", actual: seen.problem ?? "no answer" }];
  }
  const status = seen.response.status;
  if (located === undefined) {
    const action = new URLSearchParams(seen.rawQuery).get("Action");
    return [
      {
        vendor,
        operation,
        kind: "unknown-operation",
        side: "request",
        source: "spec",
        status,
        path: "$",
        expected: `an operation of specs/${vendor}.yaml`,
        actual: `${seen.method} ${seen.path}${action === null ? "" : ` Action=${action}`}`,
      },
    ];
  }
  const found = checkExchange({
    vendor,
    operation: located.operation,
    attempt: 1,
    request: { method: seen.method, url: `http://upstream${seen.path}${seen.rawQuery === "" ? "" : `?${seen.rawQuery}`}`, headers: seen.headers, ...(seen.body === "" ? {} : { body: seen.body }) },
    response: { status, headers: seen.response.headers, body: seen.response.text },
    durationMs: 0,
  });
  const verdict = wire.judge(located.operation, {
    method: seen.method,
    specMethod: located.method,
    query: new URLSearchParams(seen.rawQuery),
    pathParams: validator.pathParams(located.operation, seen.path) ?? {},
    rawBody: seen.body,
    contentType: mediaType(seen.headers["content-type"]),
  });
  found.push(...fromFindings(verdictDrift(wire, verdict, JSON.parse(seen.response.text)), { vendor, operation: located.operation, status }));
  return found;
}
