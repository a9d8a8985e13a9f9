/**
 * Which requests belong to Volcengine: everything at the root path `/` that names an Action or
 * carries Volcengine's signature (the official SDKs always call `/`).
 */

/** Query keys of the presigned (query) signature form. */
const PRESIGNED_KEYS = ["X-Credential", "X-Signature"] as const;

/**
 * True when a request is addressed to Volcengine: path `/` with an `Action` query parameter, or
 * path `/` carrying Volcengine auth without one (an `Authorization: HMAC-SHA256 ...` header, or the
 * presigned `X-Credential`/`X-Signature` query), so that those get MissingParameter in Volcengine's
 * envelope rather than livemock's 404. `headers` is optional for callers that have none.
 *
 * @example
 * isVolcengineRequest("/", new URLSearchParams("Action=CreateActivityRedPacket&Version=2023-08-01")) // true
 * isVolcengineRequest("/", new URLSearchParams(), new Headers({ authorization: "HMAC-SHA256 Credential=..." })) // true
 * isVolcengineRequest("/token", new URLSearchParams("Action=x")) // false
 */
export function isVolcengineRequest(path: string, query: URLSearchParams, headers?: Pick<Headers, "get">): boolean {
  if (path !== "/") return false;
  if (query.has("Action")) return true;
  if (PRESIGNED_KEYS.some((key) => query.has(key))) return true;
  return /^\s*HMAC-SHA256(\s|$)/.test(headers?.get("authorization") ?? "");
}
