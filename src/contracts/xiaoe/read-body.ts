/**
 * Decodes what a Xiaoe caller sent in the body: a JSON object (official SDKs), a form-encoded or
 * multipart body (third-party code, the official PHP SDK), or nothing. A body livemock cannot read is reported, not thrown: the caller then
 * answers as the vendor would without it, and names the problem in `x-livemock-reason`.
 */

/** What a request body decoded to. */
export type DecodedBody = { ok: true; fields: Record<string, unknown> | undefined; encoding: "json" | "form" } | { ok: false; problem: string };

/** Media types read as JSON (`application/json` and any `+json` type). */
function isJsonType(contentType: string): boolean {
  return contentType === "application/json" || contentType.endsWith("+json");
}

/** The first line of a multipart body: `--<boundary>`. */
const MULTIPART_FIRST_LINE = /^--([^\r\n]{1,200})\r?\n/;

/** The boundary of a multipart body, from its first line (`--<boundary>`), when the body is one. */
function multipartBoundary(rawBody: string): string | undefined {
  // Most bodies are JSON: one that does not start with "--" is not multipart, without running the regex.
  if (!rawBody.startsWith("--")) return undefined;
  const match = MULTIPART_FIRST_LINE.exec(rawBody);
  return match ? match[1] : undefined;
}

/**
 * The text fields of a multipart/form-data body (file parts and parts without a name are skipped).
 *
 * @example
 * multipartFields('--b\r\nContent-Disposition: form-data; name="page"\r\n\r\n1\r\n--b--\r\n', "b") // { page: "1" }
 */
export function multipartFields(rawBody: string, boundary: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const part of rawBody.split(`--${boundary}`)) {
    const split = part.search(/\r?\n\r?\n/);
    if (split === -1) continue;
    const head = part.slice(0, split);
    const name = /content-disposition:[^\r\n]*;\s*name="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined || /;\s*filename=/i.test(head) || name in fields) continue;
    fields[name] = part
      .slice(split)
      .replace(/^\r?\n\r?\n/, "")
      .replace(/\r?\n$/, "");
  }
  return fields;
}

/**
 * Decodes the body by its content type. An empty body decodes to `fields: undefined` whatever its
 * content type. A multipart/form-data body is read as form fields whatever content type it is labelled
 * with: the official PHP SDK posts a PHP array through curl with `Content-Type: application/json`,
 * which curl sends as multipart. Malformed JSON, JSON that is not an object, and any other content type
 * are problems.
 *
 * @example
 * const body = decodeBody(request);
 * if (!body.ok) console.log(body.problem); // "body: not valid JSON (at position 12)"
 */
export function decodeBody(request: { readonly rawBody: string; readonly contentType: string }): DecodedBody {
  if (request.rawBody.trim() === "") return { ok: true, fields: undefined, encoding: "json" };
  const boundary = request.contentType === "application/x-www-form-urlencoded" ? undefined : multipartBoundary(request.rawBody);
  if (boundary !== undefined) return { ok: true, fields: multipartFields(request.rawBody, boundary), encoding: "form" };
  if (isJsonType(request.contentType)) {
    let decoded: unknown;
    try {
      decoded = JSON.parse(request.rawBody);
    } catch (error) {
      // The parser's message may quote the body (and a token in it): keep only the position.
      const position = /position (\d+)/.exec((error as Error).message)?.[1];
      return { ok: false, problem: `body: not valid JSON${position === undefined ? "" : ` (at position ${position})`}` };
    }
    if (decoded === null || typeof decoded !== "object" || Array.isArray(decoded)) {
      const got = Array.isArray(decoded) ? "an array" : decoded === null ? "null" : typeof decoded;
      return { ok: false, problem: `body: must be a JSON object, got ${got}` };
    }
    return { ok: true, fields: decoded as Record<string, unknown>, encoding: "json" };
  }
  if (request.contentType === "application/x-www-form-urlencoded") {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(request.rawBody)) if (!(key in fields)) fields[key] = value;
    return { ok: true, fields, encoding: "form" };
  }
  const shown = request.contentType === "" ? "no content-type" : `content-type ${request.contentType}`;
  return { ok: false, problem: `body: ${shown} is not supported; send application/json (or application/x-www-form-urlencoded)` };
}

/**
 * The query string as a plain record (first value of a repeated key).
 *
 * @example
 * queryRecord(new URLSearchParams("a=1&a=2")) // { a: "1" }
 */
export function queryRecord(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of query) if (!(key in out)) out[key] = value;
  return out;
}
