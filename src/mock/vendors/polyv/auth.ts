/**
 * Polyv's authentication of every `/live/v4/...` call, in the fact sheet's check order:
 * required appId/timestamp/sign (10002) → appId known (20001) → timestamp 13-digit ms (10001) and
 * within ±3 minutes of the mock clock (20003) → signature, every official SDK variant, MD5 or
 * SHA-256, compared in constant time (20002).
 */
import { type PolyvError, polyvError, polyvSignAlgorithm, polyvSignString, verifyPolyvSign } from "../../../contracts/polyv/index.ts";
import type { PolyvApp } from "./credentials.ts";

/** Polyv's documented timestamp window: 3 minutes, accepted in both directions [inferred]. */
export const POLYV_TIMESTAMP_WINDOW_MS = 180_000;

const REQUIRED = ["appId", "timestamp", "sign"] as const;

export type PolyvAuthResult = { ok: true; app: PolyvApp } | { ok: false; error: PolyvError };

function findApp(apps: readonly PolyvApp[], appId: string): PolyvApp | undefined {
  for (const app of apps) if (app.appId === appId) return app;
  return undefined;
}

/**
 * Authenticates a request from its parameters (query plus form fields) against the known apps,
 * at time `now` (ms since the epoch, mock clock).
 *
 * @example
 * const auth = authenticatePolyv(requestParams(request), context.credentials.polyv, request.receivedAt);
 * if (!auth.ok) return polyvFailure(context, auth.error, { operation });
 */
export function authenticatePolyv(params: Readonly<Record<string, string>>, apps: readonly PolyvApp[], now: number): PolyvAuthResult {
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
  if (!verifyPolyvSign(params, app.appSecret)) {
    const algorithm = polyvSignAlgorithm(params);
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
