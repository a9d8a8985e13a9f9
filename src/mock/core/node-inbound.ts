import type { IncomingMessage } from "node:http";
import type { InboundRequest } from "./dispatch.ts";
import { readIncomingLimited, type BodyResult } from "./read-body.ts";

/** True when a Node request announces a body (a length above zero, or chunked transfer). */
function hasBody(incoming: IncomingMessage): boolean {
  const length = incoming.headers["content-length"];
  return (length !== undefined && length !== "0") || incoming.headers["transfer-encoding"] !== undefined;
}

/** All headers of a Node request by lower-case name, repeated ones joined by ", " (as `Headers.get` gives them). */
function headerMapOf(incoming: IncomingMessage): Map<string, string> {
  const map = new Map<string, string>();
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    const before = map.get(name);
    map.set(name, before === undefined ? raw[i + 1]! : `${before}, ${raw[i + 1]!}`);
  }
  return map;
}

/**
 * A Node request as the dispatcher reads it: path, query, headers and body straight from the
 * `IncomingMessage`, with no web `Request`, `URL`, `Headers` or stream.
 *
 * @example
 * const call = matchVendorCall(new NodeInbound(req), context, vendors);
 */
export class NodeInbound implements InboundRequest {
  readonly method: string;
  readonly target: string;
  readonly clientIp: string;

  constructor(private readonly incoming: IncomingMessage) {
    this.method = incoming.method ?? "GET";
    this.target = incoming.url ?? "/";
    this.clientIp = incoming.socket?.remoteAddress ?? "127.0.0.1";
  }

  header(name: string): string | null {
    const value = this.incoming.headers[name];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  }

  headerMap(): ReadonlyMap<string, string> {
    return headerMapOf(this.incoming);
  }

  readBody(limitBytes: number): Promise<BodyResult> {
    return hasBody(this.incoming) ? readIncomingLimited(this.incoming, limitBytes) : Promise.resolve({ ok: true, text: "" });
  }
}
