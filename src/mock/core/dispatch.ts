import type { Context } from "hono";
import type { MockContext } from "./context.ts";
import type { IncomingMessage } from "node:http";
import { readBodyLimited, readIncomingLimited, type BodyResult } from "./read-body.ts";
import { dropConnection, injectFault } from "../faults/inject.ts";
import { redactQuery } from "./redact.ts";
import type { CoreFailure, VendorModule, VendorRequest, VendorResponse } from "./vendor.ts";

/** The Node request behind the web one, when served by @hono/node-server. */
function nodeIncoming(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming && typeof incoming.on === "function" ? incoming : undefined;
}

/** True when a Node request announces a body (a length above zero, or chunked transfer). */
function hasBody(incoming: IncomingMessage): boolean {
  const length = incoming.headers["content-length"];
  return (length !== undefined && length !== "0") || incoming.headers["transfer-encoding"] !== undefined;
}

/** One header of a Node request, as `Headers.get` would give it. */
function headerValue(incoming: IncomingMessage, name: string): string | null {
  const value = incoming.headers[name.toLowerCase()];
  return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
}

/** `/path?query` of an absolute URL. */
function pathAndQuery(absolute: string): string {
  const start = absolute.indexOf("/", absolute.indexOf("//") + 2);
  return start === -1 ? "/" : absolute.slice(start).replace(/#.*$/, "");
}

function mediaType(raw: string | null | undefined): string {
  if (!raw) return "";
  const semi = raw.indexOf(";");
  return (semi === -1 ? raw : raw.slice(0, semi)).trim().toLowerCase();
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

function render(response: VendorResponse): Response {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8", ...response.headers };
  if (response.reason) headers["x-livemock-reason"] = headerSafe(response.reason);
  return new Response(JSON.stringify(response.body), { status: response.status, headers });
}

/**
 * The one request path every vendor call takes: find the vendor, read the body within the limit,
 * let the vendor answer, journal the exchange (secrets redacted), and render the vendor's envelope.
 * Anything thrown by a vendor is answered in that vendor's envelope, never as a stack trace.
 *
 * @example
 * app.all("*", (c) => dispatch(c, context, vendors) ?? c.notFound());
 */
export async function dispatch(c: Context, context: MockContext, vendors: VendorModule[]): Promise<Response | undefined> {
  const raw = c.req.raw;
  const incoming = nodeIncoming(c);
  // Path and query straight from the request line when served by node-server (no URL object per call).
  const target = incoming?.url ?? pathAndQuery(raw.url);
  const mark = target.indexOf("?");
  const path = mark === -1 ? target : target.slice(0, mark);
  const query = new URLSearchParams(mark === -1 ? "" : target.slice(mark + 1));
  let headers: Headers | undefined;
  const lazyHeaders = () => (headers ??= raw.headers);
  const headerReader: Pick<Headers, "get"> = incoming ? { get: (name) => headerValue(incoming, name) } : raw.headers;
  const vendor = vendors.find((v) => v.matches(path, query, headerReader));
  if (!vendor) return undefined;
  const started = performance.now();
  let url: URL | undefined;
  const request: VendorRequest = {
    method: raw.method,
    path,
    get url() {
      return (url ??= new URL(raw.url));
    },
    query,
    get headers() {
      return lazyHeaders();
    },
    rawBody: "",
    contentType: mediaType(incoming ? incoming.headers["content-type"] : raw.headers.get("content-type")),
    clientIp: incoming?.socket?.remoteAddress ?? "127.0.0.1",
    receivedAt: context.clock.now(),
  };

  let response: VendorResponse;
  let dropped = false;
  const fail = (failure: CoreFailure) => vendor.reject(request, failure);
  try {
    // GET requests can carry a body too (Xiaoe's Python and Go SDKs send /token parameters as JSON on a GET).
    const body = incoming
      ? hasBody(incoming)
        ? await readIncomingLimited(incoming, context.bodyLimitBytes)
        : ({ ok: true, text: "" } satisfies BodyResult)
      : await readBodyLimited(raw, context.bodyLimitBytes);
    if (!body.ok) {
      response = body.tooLarge ? fail({ kind: "payload-too-large", limitBytes: context.bodyLimitBytes }) : fail({ kind: "unreadable-body", message: body.message });
    } else {
      request.rawBody = body.text;
      if (body.bytes) request.rawBytes = body.bytes;
      // Fault rules (control plane) apply here, before the vendor: no rule, no cost.
      const fault = context.faults.size > 0 ? await injectFault(context, vendor, request) : undefined;
      if (fault && fault.kind !== "pass") {
        response = fault.response;
        dropped = fault.kind === "drop";
      } else {
        response = await vendor.handle(request);
      }
    }
  } catch (error) {
    console.error(`livemock: internal error while serving ${request.method} ${request.path}:`, error);
    response = fail({ kind: "internal", error });
  }

  context.journal.record({
    at: request.receivedAt,
    vendor: vendor.name,
    operation: response.operation,
    method: request.method,
    path: request.path,
    query: redactQuery(request.query),
    rawBody: request.rawBody,
    contentType: request.contentType,
    status: response.status,
    errorCode: response.errorCode,
    reason: response.reason,
    owner: response.owner,
    latencyMs: Math.round((performance.now() - started) * 1000) / 1000,
  });
  context.persist?.();
  return dropped ? dropConnection(incoming) : render(response);
}
