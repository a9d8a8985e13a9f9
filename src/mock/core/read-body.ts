import type { IncomingMessage } from "node:http";

/** Outcome of reading a request body within a size limit. */
export type BodyResult = { ok: true; text: string; bytes?: Uint8Array } | { ok: false; tooLarge: true } | { ok: false; tooLarge: false; message: string };

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
 * The same as {@link readBodyLimited}, straight from the Node request stream (when the app is served
 * by @hono/node-server): this avoids building a web `Request` and a web stream for every call, which
 * costs more than the rest of a vendor call together.
 *
 * @example
 * const body = await readIncomingLimited(c.env.incoming, 1024 * 1024);
 */
export function readIncomingLimited(incoming: IncomingMessage, limitBytes: number): Promise<BodyResult> {
  const declared = Number(incoming.headers["content-length"] ?? NaN);
  if (Number.isFinite(declared) && declared > limitBytes) {
    incoming.resume();
    return Promise.resolve({ ok: false, tooLarge: true });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      incoming.off("data", onData);
      incoming.off("end", onEnd);
      incoming.off("error", onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limitBytes) {
        incoming.resume();
        settle({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
      settle({ ok: true, text: bytes.toString("utf8"), bytes });
    };
    const onError = (error: Error) => settle({ ok: false, tooLarge: false, message: error.message });
    incoming.on("data", onData);
    incoming.on("end", onEnd);
    incoming.on("error", onError);
  });
}
