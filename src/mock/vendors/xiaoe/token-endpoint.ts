/**
 * `GET /token`: exchanges app credentials (query string or JSON body) for an access token.
 */

import { strictReason } from "../../../contracts/core/leniency.ts";
import type { DecodedBody } from "../../../contracts/xiaoe/index.ts";
import { ACCESS_TOKEN_TTL_SECONDS, tokenSuccess, validateRequest, type XiaoeWarning, xiaoeWarning } from "../../../contracts/xiaoe/index.ts";
import { type Awaitable, andThen } from "../../../util/awaitable.ts";
import { timingSafeEqual } from "../../../util/timing-safe-equal.ts";
import type { MockContext } from "../../core/context.ts";
import type { VendorResponse } from "../../core/vendor.ts";
import type { XiaoeApp } from "./credentials.ts";
import type { XiaoeLimits } from "./rate-limits.ts";
import { fail, failed, succeeded } from "./respond.ts";
import type { TokenRegistry } from "./token-registry.ts";

const operation = "getAccessToken";

/** What the token endpoint works with. */
export interface TokenEndpointDeps {
  context: MockContext;
  tokens: TokenRegistry;
  limits: XiaoeLimits;
}

/** The configured app with that id (app ids are not secret; the secret is compared in constant time). */
function findApp(apps: readonly XiaoeApp[], appId: string): XiaoeApp | undefined {
  return apps.find((app) => app.appId === appId);
}

/** The parameters of `GET /token`. */
const TOKEN_PARAMS = ["app_id", "client_id", "secret_key", "grant_type"] as const;

/** The /token parameters a body supplies beyond the query string (as the Python and Go SDKs send them): a leniency. */
function paramsInBody(query: Record<string, string>, body: DecodedBody): XiaoeWarning | undefined {
  if (!body.ok || body.fields === undefined) return undefined;
  const fields = body.fields;
  const supplied = TOKEN_PARAMS.filter((name) => fields[name] !== undefined && fields[name] !== query[name]);
  if (supplied.length === 0) return undefined;
  return xiaoeWarning("xiaoe.token.params-in-body", `GET /token carries ${supplied.join(", ")} in its ${body.encoding === "json" ? "JSON" : "form"} body`);
}

/**
 * Answers a token request: parameter errors 2001-2006/2020 (from the contracts), the rate limit 2053,
 * unknown app or wrong secret 2004, client_id not the app's 2020, else a fresh `xe_…` token.
 * A body that could not be read is ignored (the query may still carry everything), and named in the reason.
 * Parameters in the body are a leniency (warned about); under `--strict` only the query is read.
 *
 * @example
 * issueTokenResponse(deps, queryRecord(request.query), decodeBody(request), clock.now())
 */
export function issueTokenResponse(deps: TokenEndpointDeps, query: Record<string, string>, body: DecodedBody, now: number): Awaitable<VendorResponse> {
  const lenient = paramsInBody(query, body);
  const strict = lenient !== undefined && deps.context.strict;
  const note = !body.ok ? `; ${body.problem}, so only the query string was read` : strict ? `; ${strictReason(lenient)}` : "";
  const warnings = lenient === undefined || strict ? undefined : [lenient];
  const validation = validateRequest(operation, { query, body: body.ok && !strict ? body.fields : undefined });
  if (!validation.ok) return failed({ ...validation.error, reason: validation.error.reason + note }, { operation, warnings });
  const appId = validation.body.app_id;
  if (!deps.context.rateLimitsByVendor.xiaoe) return issueFor(deps, validation.body, now, warnings);
  return andThen(deps.limits.exceeded(operation, appId, now), (over) => (over ? fail("rateLimited", over, { operation, warnings }) : issueFor(deps, validation.body, now, warnings)));
}

/** A token for valid credentials, within the rate limit. */
function issueFor(deps: TokenEndpointDeps, params: { app_id: string; client_id: string; secret_key: string }, now: number, warnings: XiaoeWarning[] | undefined): Awaitable<VendorResponse> {
  const { app_id: appId, client_id: clientId, secret_key: secretKey } = params;
  const app = findApp(deps.context.credentials.xiaoe, appId);
  if (!app) return fail("wrongSecretKey", `app_id: ${appId} is not an app livemock knows (configure it with XIAOE_APP_ID/XIAOE_CLIENT_ID/XIAOE_SECRET_KEY)`, { operation, warnings });
  if (!timingSafeEqual(clientId, app.clientId)) return fail("invalidClientId", `client_id: not the client_id of app ${appId}`, { operation, warnings });
  if (!timingSafeEqual(secretKey, app.secretKey)) return fail("wrongSecretKey", `secret_key: wrong secret_key for app ${appId}`, { operation, warnings });

  return andThen(deps.tokens.issue(appId, now), (issued) => succeeded(tokenSuccess({ access_token: issued.token, expires_in: ACCESS_TOKEN_TTL_SECONDS }), { operation, owner: appId, warnings }));
}
