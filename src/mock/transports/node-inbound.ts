/**
 * The Node request reader: an `IncomingMessage` (livemock's node:http listener, or the Hono app
 * served by @hono/node-server) as the dispatcher reads it, with no web `Request`, `URL`, `Headers`
 * or stream.
 */
import type { IncomingMessage } from "node:http";
import { type BodyResult, type InboundRequest, originForm } from "../core/vendor-request.ts";

/**
 * Reads a request body as UTF-8 text within `limitBytes`, as `readBodyLimited` (./web-inbound.ts)
 * does for a web `Request`, but straight from the Node request stream (served over HTTP by
 * livemock's node:http listener or by @hono/node-server): this avoids building a web `Request` and
 * a web stream for every call, which costs more than the rest of a vendor call together. A declared
 * `Content-Length` over the limit is refused before reading; a chunked body is cut off as soon as
 * it passes the limit.
 *
 * @example
 * const body = await readIncomingLimited(req, 1024 * 1024);
 * if (!body.ok) return body.tooLarge ? payloadTooLarge() : unreadable(body.message);
 */
export function readIncomingLimited(incoming: IncomingMessage, limitBytes: number): Promise<BodyResult> {
  const declared = Number(incoming.headers["content-length"] ?? NaN);
  if (Number.isFinite(declared) && declared > limitBytes) {
    incoming.resume();
    return Promise.resolve({ ok: false, tooLarge: true });
  }
  return new Promise((resolve) => {
    // Listeners stay attached once settled (a late chunk or error finds them harmless), which
    // saves removing three listeners per request; `settled` makes the first outcome the only one.
    let first: Buffer | undefined;
    let more: Buffer[] | undefined;
    let total = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    incoming.on("data", (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limitBytes) {
        first = more = undefined;
        incoming.resume();
        settle({ ok: false, tooLarge: true });
      } else if (first === undefined) first = chunk;
      else {
        more ??= [first];
        more.push(chunk);
      }
    });
    incoming.on("end", () => {
      const bytes = more ? Buffer.concat(more, total) : (first ?? Buffer.alloc(0));
      settle({ ok: true, text: bytes.toString("utf8"), bytes });
    });
    incoming.on("error", (error: Error) => settle({ ok: false, tooLarge: false, message: error.message }));
  });
}

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
    // `req.url` is the request line's target as sent: absolute (`http://host/...`) through a proxy.
    this.target = originForm(incoming.url ?? "/");
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
