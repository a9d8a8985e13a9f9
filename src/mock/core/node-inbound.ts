import type { IncomingMessage } from "node:http";
import type { InboundRequest } from "./dispatch.ts";
import { readIncomingLimited } from "./read-body.ts";

/** True when a Node request announces a body (a length above zero, or chunked transfer). */
function hasBody(incoming: IncomingMessage): boolean {
  const length = incoming.headers["content-length"];
  return (length !== undefined && length !== "0") || incoming.headers["transfer-encoding"] !== undefined;
}

/** All headers of a Node request, in order, as a web `Headers` (repeated ones appended). */
function webHeaders(incoming: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i]!, raw[i + 1]!);
    } catch {
      // A value Headers refuses (control characters) is left out, as fetch would refuse to send it.
    }
  }
  return headers;
}

/** The absolute URL of a Node request, from its Host header (`localhost` when that is absent or unusable). */
function absoluteUrl(incoming: IncomingMessage): URL {
  const target = incoming.url ?? "/";
  try {
    return new URL(target, `http://${incoming.headers.host ?? "localhost"}`);
  } catch {
    return new URL(target, "http://localhost");
  }
}

/**
 * A Node request as the dispatcher reads it: path, query, headers and body straight from the
 * `IncomingMessage`, with no web `Request`, `URL` or stream built unless a vendor asks for one.
 *
 * @example
 * const call = matchVendorCall(nodeInbound(req), context, vendors);
 */
export function nodeInbound(incoming: IncomingMessage): InboundRequest {
  return {
    method: incoming.method ?? "GET",
    target: incoming.url ?? "/",
    header: (name) => {
      const value = incoming.headers[name];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
    headers: () => webHeaders(incoming),
    url: () => absoluteUrl(incoming),
    readBody: (limitBytes) => (hasBody(incoming) ? readIncomingLimited(incoming, limitBytes) : Promise.resolve({ ok: true, text: "" })),
    clientIp: incoming.socket?.remoteAddress ?? "127.0.0.1",
  };
}
