/**
 * The web `Request` reader: a request that reaches the Hono app without a Node request behind it
 * (in-process `app.request`, `app.fetch`, MSW) as the dispatcher reads it.
 */
import { type BodyResult, type InboundRequest, originForm } from "../core/vendor-request.ts";

/**
 * Reads a request body as UTF-8 text, refusing more than `limitBytes` without buffering it all:
 * a declared `Content-Length` over the limit is refused before reading, and a chunked body is cut
 * off as soon as it passes the limit.
 *
 * @example
 * const body = await readBodyLimited(request, 1024 * 1024);
 * if (!body.ok) return body.tooLarge ? payloadTooLarge() : unreadable(body.message);
 */
export async function readBodyLimited(request: Request, limitBytes: number): Promise<BodyResult> {
  if (!request.body) return { ok: true, text: "" };
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limitBytes) {
    await request.body.cancel().catch(() => undefined);
    return { ok: false, tooLarge: true };
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limitBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, tooLarge: true };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, tooLarge: false, message: (error as Error).message };
  }
  const bytes = chunks.length === 1 ? Buffer.from(chunks[0]!.buffer, chunks[0]!.byteOffset, chunks[0]!.byteLength) : Buffer.concat(chunks, total);
  return { ok: true, text: bytes.toString("utf8"), bytes };
}

/**
 * A web `Request` (in-process call) as the dispatcher reads it; the client address is `127.0.0.1`.
 *
 * @example
 * const call = matchVendorCall(webInbound(c.req.raw), context, vendors);
 */
export function webInbound(raw: Request): InboundRequest {
  return {
    method: raw.method,
    target: originForm(raw.url),
    header: (name) => raw.headers.get(name),
    headerMap: () => {
      const map = new Map<string, string>();
      raw.headers.forEach((value, name) => {
        map.set(name, value);
      });
      return map;
    },
    readBody: (limitBytes) => readBodyLimited(raw, limitBytes),
    clientIp: "127.0.0.1",
  };
}
