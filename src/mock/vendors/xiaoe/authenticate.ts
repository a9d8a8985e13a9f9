/**
 * The auth layer of Xiaoe business calls: finds the `access_token` (JSON body, form body, or query
 * string), answers 2007 when there is none and 2008 when it is unknown, expired or superseded, before
 * any business rule is checked.
 */
import { formatXiaoeDateTime, type XiaoeFailure, xiaoeFailure } from "../../../contracts/xiaoe/index.ts";
import { type Awaitable, andThen } from "../../../util/awaitable.ts";
import type { TokenRegistry } from "./token-registry.ts";

/** Outcome of {@link authenticate}. */
export type AuthResult = { ok: true; appId: string; token: string } | { ok: false; error: XiaoeFailure };

/**
 * Resolves the caller's app from the token in the body (first) or the query. `bodyNote` explains a
 * body that could not be read, so a 2007 caused by it says why.
 *
 * @example
 * const auth = authenticate(tokens, fields, query, clock.now());
 * if (!auth.ok) return failed(auth.error, { operation });
 */
export function authenticate(tokens: TokenRegistry, fields: Record<string, unknown> | undefined, query: Record<string, string>, now: number, bodyNote = ""): Awaitable<AuthResult> {
  const token = fields?.access_token ?? query.access_token;
  if (token === undefined || token === null || token === "") {
    return { ok: false, error: xiaoeFailure("missingAccessToken", `access_token: required (send it in the JSON body)${bodyNote}`) };
  }
  if (typeof token !== "string") {
    return { ok: false, error: xiaoeFailure("invalidAccessToken", `access_token: expected a string, got ${Array.isArray(token) ? "an array" : typeof token}`) };
  }
  return andThen(tokens.resolve(token, now), (found): AuthResult => {
    if (found.ok) return { ok: true, appId: found.appId, token };
    const reason =
      found.why === "unknown"
        ? "access_token: not issued by this livemock (or forgotten by a reset); fetch a new one from GET /token"
        : found.why === "superseded"
          ? "access_token: superseded by a newer token of the same app and its 5-minute grace has ended; use the newest token"
          : `access_token: expired (tokens live 7200 s; now ${formatXiaoeDateTime(now)} China time); fetch a new one from GET /token`;
    return { ok: false, error: xiaoeFailure("invalidAccessToken", reason) };
  });
}
