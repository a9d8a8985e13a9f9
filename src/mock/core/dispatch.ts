import { injectFault } from "../faults/inject.ts";
import { StoreUnavailableError } from "../store/unavailable.ts";
import type { MockContext } from "./context.ts";
import type { VendorModule, VendorRequest, VendorResponse, VendorWarning } from "./vendor.ts";
import { type InboundRequest, InboundVendorRequest } from "./vendor-request.ts";

export type { InboundRequest } from "./vendor-request.ts";

/** What the transport must do with a vendor call. */
export type DispatchOutcome =
  | {
      kind: "answer";
      response: VendorResponse;
      /** The body, serialised. */
      json: string;
    }
  | { kind: "drop" };

/** A vendor request matched to its vendor, ready to be served by {@link serveVendorCall}. */
export interface VendorCall {
  vendor: VendorModule;
  request: VendorRequest;
}

/**
 * HTTP header values must be printable ASCII: other characters (Chinese messages) and `%` itself are
 * percent-encoded, so `decodeURIComponent` always gives the text back; a lone surrogate becomes U+FFFD.
 *
 * @example
 * decodeURIComponent(headerSafe("活动 100%")) // "活动 100%"
 */
export function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x24\x26-\x7e]/gu, (ch) => (ch.length === 1 && ch >= "\ud800" && ch <= "\udfff" ? "%EF%BF%BD" : encodeURIComponent(ch)));
}

/** Longest reason kept, in UTF-16 code units: a reason quoting a 1 MiB value must still fit in an HTTP header (clients refuse headers over 16 KiB) and keep the journal bounded. */
export const MAX_REASON_LENGTH = 500;

/**
 * A reason cut to {@link MAX_REASON_LENGTH} (never inside a surrogate pair), saying how long it was.
 *
 * @example
 * boundedReason("x".repeat(2000)) // "xxx…x… (reason cut: 2000 chars in all)"
 */
export function boundedReason(reason: string): string {
  if (reason.length <= MAX_REASON_LENGTH) return reason;
  let end = MAX_REASON_LENGTH;
  const last = reason.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${reason.slice(0, end)}… (reason cut: ${reason.length} chars in all)`;
}

/** Most warnings kept per request (vendors give one per leniency, so this only bounds a runaway list). */
export const MAX_WARNINGS = 16;

/**
 * The `x-livemock-warning` value of an answer's warnings: each `id: message`, joined by "; ",
 * bounded and made header-safe as a reason is.
 *
 * @example
 * warningHeader([{ id: "polyv.task.sort-missing", message: "tasks[0] has no sort; the doc's tasks table marks sort (Integer) required" }])
 * // "polyv.task.sort-missing: tasks[0] has no sort; the doc's tasks table marks sort (Integer) required"
 */
export function warningHeader(warnings: readonly VendorWarning[]): string {
  return headerSafe(boundedReason(warnings.map((w) => `${w.id}: ${w.message}`).join("; ")));
}

/** The HTTP headers of a vendor answer: JSON, the vendor's own headers, the reason and the warnings, if any. */
export function responseHeaders(response: VendorResponse): Record<string, string> {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8", ...response.headers };
  if (response.reason) headers["x-livemock-reason"] = headerSafe(response.reason);
  if (response.warnings !== undefined && response.warnings.length > 0) headers["x-livemock-warning"] = warningHeader(response.warnings);
  return headers;
}

/** Warnings as the journal keeps them: at most {@link MAX_WARNINGS}, each message bounded as a reason is. */
function boundedWarnings(warnings: readonly VendorWarning[]): VendorWarning[] {
  return warnings.slice(0, MAX_WARNINGS).map((w) => (w.message.length > MAX_REASON_LENGTH ? { id: w.id, message: boundedReason(w.message) } : w));
}

/**
 * Finds the vendor a request is addressed to and prepares the request it will be handed, without
 * reading the body yet; `undefined` when no vendor serves the path (the caller answers 404).
 *
 * @example
 * const call = matchVendorCall(inbound, context, vendors);
 * if (call) outcome = await serveVendorCall(call, inbound, context);
 */
export function matchVendorCall(inbound: InboundRequest, context: MockContext, vendors: readonly VendorModule[]): VendorCall | undefined {
  // Every transport hands over the origin form (an absolute-form target is read as its path and
  // query: InboundRequest.target). A fragment is never part of the query (clients do not send one;
  // `URL.search` would drop it).
  const hash = inbound.target.indexOf("#");
  const target = hash === -1 ? inbound.target : inbound.target.slice(0, hash);
  const mark = target.indexOf("?");
  const path = mark === -1 ? target : target.slice(0, mark);
  const rawQuery = mark === -1 ? "" : target.slice(mark + 1);
  const query = new URLSearchParams(rawQuery);
  const headerReader: Pick<Headers, "get"> = { get: (name) => inbound.header(name.toLowerCase()) };
  const vendor = vendors.find((v) => v.matches(path, query, headerReader));
  if (!vendor) return undefined;
  const request = new InboundVendorRequest(inbound, path, query, rawQuery, context.clock.now());
  return { vendor, request };
}

/**
 * The one request path every vendor call takes, whatever the transport: read the body within the
 * limit, apply the fault rules, let the vendor answer, journal the exchange (secrets redacted when
 * the journal is read). Anything thrown by a vendor is answered in that vendor's envelope, never as
 * a stack trace. Only reading the body (and a fault rule's delay) waits: the rest runs in the same tick.
 *
 * @example
 * const outcome = await serveVendorCall(call, inbound, context);
 * if (outcome.kind === "answer") send(outcome.response);
 */
export async function serveVendorCall(call: VendorCall, inbound: InboundRequest, context: MockContext): Promise<DispatchOutcome> {
  const started = performance.now();
  let response: VendorResponse | undefined;
  let dropped = false;
  try {
    // GET requests can carry a body too (Xiaoe's Python and Go SDKs send /token parameters as JSON on a GET).
    const body = await inbound.readBody(context.bodyLimitBytes);
    if (!body.ok) {
      const rejected = call.vendor.reject(call.request, body.tooLarge ? { kind: "payload-too-large", limitBytes: context.bodyLimitBytes } : { kind: "unreadable-body", message: body.message });
      response = rejected instanceof Promise ? await rejected.catch((error: unknown) => internalError(call, error)) : rejected;
    } else {
      call.request.rawBody = body.text;
      if (body.bytes) call.request.rawBytes = body.bytes;
      // Fault rules (control plane) apply here, before the vendor: no rule, no cost.
      const fault = context.faults.size > 0 ? await injectFault(context, call.vendor, call.request) : undefined;
      if (fault && fault.kind !== "pass") {
        response = fault.response;
        dropped = fault.kind === "drop";
      }
    }
  } catch (error) {
    response = internalError(call, error);
  }
  if (response === undefined) {
    const answer = handleSafely(call);
    // Awaited only when the vendor waits (a shared store): an in-memory answer costs no extra turn.
    response = answer instanceof Promise ? await answer.catch((error: unknown) => internalError(call, error)) : answer;
  }
  return finish(call, context, started, response, dropped);
}

/** The vendor's answer, or its internal-error envelope when it throws. */
function handleSafely(call: VendorCall): VendorResponse | Promise<VendorResponse> {
  try {
    return call.vendor.handle(call.request);
  } catch (error) {
    return internalError(call, error);
  }
}

function internalError(call: VendorCall, error: unknown): VendorResponse {
  if (error instanceof StoreUnavailableError) {
    // Not a bug: the shared store is away. The vendor's internal-error envelope, HTTP 500, the store named.
    const answer = call.vendor.reject(call.request, { kind: "internal", error }) as VendorResponse;
    return { ...answer, status: 500, reason: `livemock: ${error.message}` };
  }
  console.error(`livemock: internal error while serving ${call.request.method} ${call.request.path}:`, error);
  return call.vendor.reject(call.request, { kind: "internal", error }) as VendorResponse;
}

/** Journals the exchange and serialises the answer (a body that cannot be serialised becomes the internal-error envelope). */
function finish(call: VendorCall, context: MockContext, started: number, answer: VendorResponse, dropped: boolean): DispatchOutcome {
  const { vendor, request } = call;
  let response = answer;
  if (response.reason !== undefined && response.reason.length > MAX_REASON_LENGTH) response = { ...response, reason: boundedReason(response.reason) };
  // Absent on every request that follows the documented rule: nothing is built then.
  if (response.warnings !== undefined) response = response.warnings.length > 0 ? { ...response, warnings: boundedWarnings(response.warnings) } : { ...response, warnings: undefined };
  context.journal.record({
    at: request.receivedAt,
    vendor: vendor.name,
    operation: response.operation,
    method: request.method,
    path: request.path,
    // The query string and the body bytes: kept as received (cheap to hold), parsed and redacted when the journal is read.
    query: request.rawQuery,
    rawBody: request.rawBytes ?? request.rawBody,
    contentType: request.contentType,
    status: response.status,
    errorCode: response.errorCode,
    reason: response.reason,
    owner: response.owner,
    warnings: response.warnings,
    latencyMs: Math.round((performance.now() - started) * 1000) / 1000,
  });
  context.persist?.();
  if (dropped) return { kind: "drop" };
  let json: string;
  try {
    json = JSON.stringify(response.body);
  } catch (error) {
    response = internalError(call, error);
    json = JSON.stringify(response.body);
  }
  return { kind: "answer", response, json };
}
