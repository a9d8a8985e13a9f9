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
 * The same as {@link readBodyLimited}, straight from the Node request stream (served over HTTP by
 * livemock's node:http listener or by @hono/node-server): this avoids building a web `Request` and a web stream for every call, which
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
      else (more ??= [first]).push(chunk);
    });
    incoming.on("end", () => {
      const bytes = more ? Buffer.concat(more, total) : (first ?? Buffer.alloc(0));
      settle({ ok: true, text: bytes.toString("utf8"), bytes });
    });
    incoming.on("error", (error: Error) => settle({ ok: false, tooLarge: false, message: error.message }));
  });
}
