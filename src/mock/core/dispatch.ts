import type { Context } from "hono";
import type { MockContext } from "./context.ts";
import { readBodyLimited } from "./read-body.ts";
import { redactBody, redactQuery } from "./redact.ts";
import type { CoreFailure, VendorModule, VendorRequest, VendorResponse } from "./vendor.ts";

/** Remote address of the caller, `127.0.0.1` for in-process requests. */
function clientIp(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "127.0.0.1";
}

function mediaType(headers: Headers): string {
  const raw = headers.get("content-type");
  if (!raw) return "";
  const semi = raw.indexOf(";");
  return (semi === -1 ? raw : raw.slice(0, semi)).trim().toLowerCase();
}

/** HTTP header values must be printable ASCII: other characters (Chinese messages) are percent-encoded. */
export function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/gu, (ch) => encodeURIComponent(ch));
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
  const url = new URL(c.req.url);
  const vendor = vendors.find((v) => v.matches(url.pathname, url.searchParams));
  if (!vendor) return undefined;
  const started = performance.now();
  const raw = c.req.raw;
  const request: VendorRequest = {
    method: raw.method,
    path: url.pathname,
    url,
    query: url.searchParams,
    headers: raw.headers,
    rawBody: "",
    contentType: mediaType(raw.headers),
    clientIp: clientIp(c),
    receivedAt: context.clock.now(),
  };

  let response: VendorResponse;
  const fail = (failure: CoreFailure) => vendor.reject(request, failure);
  try {
    const body = raw.method === "GET" || raw.method === "HEAD" ? ({ ok: true, text: "" } as const) : await readBodyLimited(raw, context.bodyLimitBytes);
    if (!body.ok) {
      response = body.tooLarge ? fail({ kind: "payload-too-large", limitBytes: context.bodyLimitBytes }) : fail({ kind: "unreadable-body", message: body.message });
    } else {
      request.rawBody = body.text;
      response = await vendor.handle(request);
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
    body: redactBody(request.rawBody, request.contentType),
    status: response.status,
    errorCode: response.errorCode,
    reason: response.reason,
    owner: response.owner,
    latencyMs: Math.round((performance.now() - started) * 1000) / 1000,
  });
  return render(response);
}
