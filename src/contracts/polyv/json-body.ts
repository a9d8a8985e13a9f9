/**
 * Reads the JSON body of a Polyv write call (the mock and the proxy's drift check): content type first, then syntax. Both failures come
 * back as Polyv errors (415/41500 for a non-JSON content type [inferred], 10001 `json format error`).
 */
import { type PolyvError, polyvError } from "./errors.ts";

export type JsonBodyResult = { ok: true; body: unknown } | { ok: false; error: PolyvError };

/** `application/json` or any `application/*+json`, as Spring's Jackson converter accepts. */
function isJsonMediaType(mediaType: string): boolean {
  return mediaType === "application/json" || /^application\/[\w.+-]+\+json$/u.test(mediaType);
}

/**
 * Parses the request body as JSON, refusing a non-JSON content type, an empty body and bad syntax.
 *
 * @example
 * const parsed = readJsonBody(request);
 * if (!parsed.ok) return polyvFailure(context, parsed.error, { operation });
 */
export function readJsonBody(request: { readonly contentType: string; readonly rawBody: string }): JsonBodyResult {
  if (!isJsonMediaType(request.contentType)) {
    const got = request.contentType || "(none)";
    return { ok: false, error: polyvError("unsupportedMediaType", { name: got, field: "Content-Type", reason: `this endpoint takes a JSON body: send Content-Type: application/json (got ${got})` }) };
  }
  try {
    return { ok: true, body: JSON.parse(request.rawBody) as unknown };
  } catch (error) {
    // Only a failed parse can be an empty body: no need to scan every body for one.
    if (request.rawBody.trim() === "") {
      return { ok: false, error: polyvError("jsonFormat", { reason: "the request body is empty; this endpoint takes a JSON object" }) };
    }
    // V8's message quotes the start of the body (which may be a secret): keep only the position.
    const position = /position (\d+)/u.exec((error as Error).message)?.[1];
    return { ok: false, error: polyvError("jsonFormat", { reason: `the request body is not valid JSON${position === undefined ? "" : ` (at position ${position})`}` }) };
  }
}
