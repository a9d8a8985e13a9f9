/** Outcome of reading a request body within a size limit. */
export type BodyResult = { ok: true; text: string } | { ok: false; tooLarge: true } | { ok: false; tooLarge: false; message: string };

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
  if (chunks.length === 1) return { ok: true, text: Buffer.from(chunks[0]!.buffer, chunks[0]!.byteOffset, chunks[0]!.byteLength).toString("utf8") };
  return { ok: true, text: Buffer.concat(chunks, total).toString("utf8") };
}
