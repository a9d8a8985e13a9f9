/** Reading and refusing control-plane request bodies, the same way on every route. */
import type { Context } from "hono";

/** A body read: its JSON value, or the 400 answer to send. */
export type ReadBody<T = unknown> = { ok: true; value: T } | { ok: false; response: Response };

/** A 400 with the control plane's problem body. */
export const bad = (c: Context, message: string) => c.json({ error: "bad_request", message }, 400);

/**
 * Reads a JSON body (an empty body reads as `{}`), or the 400 saying why it is not JSON.
 *
 * @example
 * const body = await readJson(c);
 * if (!body.ok) return body.response;
 */
export async function readJson(c: Context): Promise<ReadBody> {
  const text = await c.req.text();
  if (text.trim() === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, response: bad(c, `the body is not JSON: ${(error as Error).message}`) };
  }
}

/**
 * Reads a JSON object body (an empty body reads as `{}`), or the 400 saying why it is not one.
 *
 * @example
 * const body = await readJsonObject(c);
 * if (body.ok) rooms.create(body.value);
 */
export async function readJsonObject(c: Context): Promise<ReadBody<Record<string, unknown>>> {
  const body = await readJson(c);
  if (!body.ok) return body;
  const { value } = body;
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return { ok: true, value: value as Record<string, unknown> };
  return { ok: false, response: bad(c, "the body must be a JSON object") };
}
