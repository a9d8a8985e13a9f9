/**
 * Polyv's authentication of every `/live/v4/...` call, in the fact sheet's check order:
 * required appId/timestamp/sign (10002) → appId known (20001) → timestamp 13-digit ms (10001) and
 * within ±3 minutes of the mock clock (20003) → signature, MD5 or SHA-256, compared in constant time
 * (20002): the documented rule, else (tried only when it misses) every official SDK variant, each a
 * leniency the answer warns about, or refuses under `--strict`.
 */
import { strictReason } from "../../../contracts/core/leniency.ts";
import { checkPolyvSign, type PolyvError, type PolyvWarning, polyvError, polyvSignAlgorithm, polyvSignString } from "../../../contracts/polyv/index.ts";
import type { PolyvApp } from "./credentials.ts";

/** Polyv's documented timestamp window: 3 minutes, accepted in both directions [inferred]. */
export const POLYV_TIMESTAMP_WINDOW_MS = 180_000;

const REQUIRED = ["appId", "timestamp", "sign"] as const;

/** `warnings`: the SDK signing variants the sign relied on (absent when it follows the documented rule). */
export type PolyvAuthResult = { ok: true; app: PolyvApp; warnings?: readonly PolyvWarning[] } | { ok: false; error: PolyvError };

function findApp(apps: readonly PolyvApp[], appId: string): PolyvApp | undefined {
  for (const app of apps) if (app.appId === appId) return app;
  return undefined;
}

/**
 * Authenticates a request from its parameters (query plus form fields) against the known apps,
 * at time `now` (ms since the epoch, mock clock). Under `strict` a sign that matches only an SDK
 * variant is refused (20002) with the reason naming the documented rule.
 *
 * @example
 * const auth = authenticatePolyv(requestParams(request), context.credentials.polyv, request.receivedAt, context.strict);
 * if (!auth.ok) return polyvFailure(context, auth.error, { operation });
 */
export function authenticatePolyv(params: Readonly<Record<string, string>>, apps: readonly PolyvApp[], now: number, strict = false): PolyvAuthResult {
  for (const name of REQUIRED) {
    if (!params[name]) {
      return { ok: false, error: polyvError("paramEmpty", { name, reason: `query parameter ${name} is required on every Polyv call (appId, timestamp, sign)` }) };
    }
  }
  const appId = params.appId!;
  const timestamp = params.timestamp!;
  const app = findApp(apps, appId);
  if (!app) {
    return {
      ok: false,
      error: polyvError("applicationNotFound", { field: "appId", reason: `appId ${JSON.stringify(appId)} is not an app this mock knows (configure it with POLYV_APP_ID/POLYV_APP_SECRET)` }),
    };
  }
  if (!/^\d+$/u.test(timestamp)) {
    return { ok: false, error: polyvError("paramNotDigit", { name: "timestamp", reason: `query parameter timestamp must be 13-digit epoch milliseconds (got ${JSON.stringify(timestamp)})` }) };
  }
  if (timestamp.length !== 13) {
    return { ok: false, error: polyvError("paramLength", { name: "timestamp", reason: `query parameter timestamp must have 13 digits (epoch milliseconds), got ${timestamp.length} digits` }) };
  }
  const skew = now - Number(timestamp);
  if (Math.abs(skew) > POLYV_TIMESTAMP_WINDOW_MS) {
    const direction = skew > 0 ? "behind" : "ahead of";
    return {
      ok: false,
      error: polyvError("timestampExpired", {
        field: "timestamp",
        reason: `timestamp ${timestamp} is ${Math.abs(skew)} ms ${direction} the server clock (${now}); accepted within ±${POLYV_TIMESTAMP_WINDOW_MS} ms`,
      }),
    };
  }
  const check = checkPolyvSign(params, app.appSecret);
  if (check.ok && check.warnings.length > 0) {
    if (!strict) return { ok: true, app, warnings: check.warnings };
    return { ok: false, error: polyvError("invalidSignature", { field: "sign", reason: `sign matches only an official SDK's variant: ${check.warnings.map(strictReason).join("; ")}` }) };
  }
  if (!check.ok) {
    // Under strict only signatureMethod=SHA256 exactly selects SHA-256, as the doc says.
    const algorithm = strict ? (params.signatureMethod === "SHA256" ? "SHA256" : "MD5") : polyvSignAlgorithm(params);
    const signed = polyvSignString(params);
    return {
      ok: false,
      error: polyvError("invalidSignature", {
        field: "sign",
        reason: `sign does not match: expected UPPER(${algorithm}(appSecret + "${signed}" + appSecret)) over the query parameters except sign (a JSON body is never signed)`,
      }),
    };
  }
  return { ok: true, app };
}
