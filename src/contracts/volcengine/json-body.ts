/**
 * Reads a POST action's JSON body whatever its Content-Type says (an older Node SDK sent
 * `application-json`; the gateway does not look at it).
 */
import { type VolcError, volcError } from "./errors.ts";

/**
 * Parses the raw body as JSON. An empty body counts as `{}` (so the first missing field is named);
 * anything that is not JSON is the vendor's InvalidParameter naming the problem. Whether the value is
 * an object is left to the operation's validator.
 *
 * @example
 * const body = readJsonBody('{"ActivityID":1824920000234844}', "application/json");
 * if (!body.ok) return respond.failure(body.error, at);
 */
export function readJsonBody(rawBody: string, contentType: string): { ok: true; value: unknown } | { ok: false; error: VolcError } {
  if (rawBody.trim() === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(rawBody) as unknown };
  } catch (error) {
    // V8's message quotes the start of the body (which may be a secret): keep only the position.
    const position = /position (\d+)/u.exec((error as Error).message)?.[1];
    const detail = position === undefined ? "unexpected input" : `unexpected input at position ${position}`;
    const hint = contentType === "application/x-www-form-urlencoded" || contentType === "multipart/form-data" ? ` The body was sent as ${contentType}; the red-packet actions take a JSON body.` : "";
    return {
      ok: false,
      error: volcError("InvalidParameter", { detail: `The request body is not valid JSON: ${detail}.` }, `body: not valid JSON (${detail}).${hint}`),
    };
  }
}
