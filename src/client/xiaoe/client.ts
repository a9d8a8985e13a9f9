/**
 * A thin typed Xiaoe-tech client: fetches the access token from `/token`, caches it and refreshes it
 * before it expires, puts it in the JSON body of every call, and retries once with a fresh token when
 * the vendor answers 2008.
 */

import type { operations } from "../../contracts/generated/xiaoe.ts";
import { readCredentials } from "../credentials.ts";
import { type ClientOptions, resolveClientOptions } from "../options.ts";
import type { DistributiveOmit, JsonBodyOf, SuccessOf } from "../spec-types.ts";
import { type AttemptResult, livemockReason, type OutgoingRequest, parseJsonAnswer, retryOrThrow, sendOnce, withRetries } from "../transport.ts";
import { LivemockTransportError } from "../transport-error.ts";
import { XiaoeError } from "./errors.ts";
import { type XiaoeBusinessOperation, xiaoeRoutes } from "./routes.ts";
import { type CachedToken, createTokenCache } from "./token-cache.ts";

/** The real Xiaoe-tech API. */
export const XIAOE_BASE_URL = "https://api.xiaoe-tech.com";

/** Options of {@link createXiaoeClient}. */
export interface XiaoeClientOptions extends ClientOptions {
  /** Default: `XIAOE_APP_ID`. */
  appId?: string;
  /** Default: `XIAOE_CLIENT_ID`. */
  clientId?: string;
  /** Default: `XIAOE_SECRET_KEY`. */
  secretKey?: string;
  /** How long before its expiry a cached token is replaced; default 5 minutes. */
  tokenRefreshMarginMs?: number;
}

/** Every Xiaoe operation id. */
export type XiaoeOperationId = keyof typeof xiaoeRoutes;

/** What a business operation takes: its JSON body without `access_token` (the client adds it). */
export type XiaoeParams<Op extends XiaoeBusinessOperation> = DistributiveOmit<JsonBodyOf<operations[Op]>, "access_token">;

/** The success envelope of an operation. */
export type XiaoeEnvelope<Op extends XiaoeOperationId> = SuccessOf<operations[Op]>;

/** The unwrapped `data` of an operation's success envelope. */
export type XiaoeData<Op extends XiaoeOperationId> = XiaoeEnvelope<Op> extends { data: infer Data } ? Data : never;

/** A success with everything that came with it. */
export interface XiaoeResult<Op extends XiaoeOperationId> {
  data: XiaoeData<Op>;
  envelope: XiaoeEnvelope<Op>;
  status: number;
  headers: Headers;
}

/** One method per business operation, `getAccessToken`, and `request` for the envelope and headers. */
export type XiaoeClient = { [Op in XiaoeBusinessOperation]: (params: XiaoeParams<Op>) => Promise<XiaoeData<Op>> } & {
  /**
   * The access token the client uses: the cached one while it is valid for more than the refresh
   * margin, else a new one from `/token`. `forceRefresh` always asks `/token` (which makes the previous
   * token expire 5 minutes later, as Xiaoe documents).
   */
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<XiaoeData<"getAccessToken">>;
  /** Calls an operation and returns the data with its envelope and headers (`getAccessToken` always asks `/token`). */
  request<Op extends XiaoeOperationId>(operation: Op, ...params: Op extends XiaoeBusinessOperation ? [params: XiaoeParams<Op>] : []): Promise<XiaoeResult<Op>>;
  readonly appId: string;
  readonly baseUrl: string;
};

/** Hides the secret key and access tokens from what `onExchange` observers see. */
function redactXiaoe(text: string): string {
  return text
    .replace(/(secret_key=)[^&]*/g, "$1***")
    .replace(/(access_token=)[^&]*/g, "$1***")
    .replace(/("(?:secret_key|access_token)"\s*:\s*")[^"]*/g, "$1***");
}

/**
 * Creates a Xiaoe-tech client. Credentials come from the options, else from `XIAOE_APP_ID`,
 * `XIAOE_CLIENT_ID` and `XIAOE_SECRET_KEY`; the base URL defaults to the real Xiaoe-tech. Throws
 * `LivemockCredentialsError` naming the missing variables.
 *
 * @example
 * const xiaoe = createXiaoeClient({ baseUrl: "http://localhost:4010", appId: "apptrfbbm2m8971", clientId: "livemock-client", secretKey: "livemock-xiaoe-secret" });
 * const { live_task } = await xiaoe.getLiveTask({ alive_id: "l_696ef6c1e4b0694c5b78ba7b", live_task_id: 1975339 });
 */
export function createXiaoeClient(options: XiaoeClientOptions = {}): XiaoeClient {
  const resolved = resolveClientOptions(options, XIAOE_BASE_URL);
  const credentials = readCredentials(
    "xiaoe",
    { appId: options.appId, clientId: options.clientId, secretKey: options.secretKey },
    { appId: "XIAOE_APP_ID", clientId: "XIAOE_CLIENT_ID", secretKey: "XIAOE_SECRET_KEY" },
    options.env,
  );

  /** Sends one operation, retrying rate limits and 5xx; throws XiaoeError for any non-zero code. */
  function call<Op extends XiaoeOperationId>(operation: Op, outgoing: () => Promise<OutgoingRequest>): Promise<XiaoeResult<Op>> {
    const label = `${xiaoeRoutes[operation].method} ${xiaoeRoutes[operation].path}`;
    return withRetries(resolved, async (attempt): Promise<AttemptResult<XiaoeResult<Op>>> => {
      const answer = await sendOnce(resolved, await outgoing(), { vendor: "xiaoe", operation, attempt, redact: redactXiaoe });
      const serverError = answer.status >= 500;
      let envelope: unknown;
      try {
        envelope = parseJsonAnswer(answer, { vendor: "xiaoe", operation, request: label });
      } catch (error) {
        if (serverError || answer.status === 429) return { kind: "retry", error: error as Error };
        throw error;
      }
      if (isEnvelope(envelope) && envelope.code === 0 && answer.status >= 200 && answer.status < 300) {
        return { kind: "done", value: { data: envelope.data as XiaoeData<Op>, envelope: envelope as XiaoeEnvelope<Op>, status: answer.status, headers: answer.headers } };
      }
      if (isEnvelope(envelope) && envelope.code !== 0) {
        const reason = livemockReason(answer.headers);
        const error = new XiaoeError({
          operation,
          httpStatus: answer.status,
          envelope: { code: envelope.code, msg: String(envelope.msg ?? ""), data: null },
          ...(reason === undefined ? {} : { reason }),
        });
        return retryOrThrow(error, error.rateLimited || serverError, answer.headers);
      }
      const error = new LivemockTransportError({
        kind: "invalid-response",
        vendor: "xiaoe",
        operation,
        request: label,
        httpStatus: answer.status,
        body: answer.text,
        message: `Xiaoe ${operation}: the answer to ${label} (HTTP ${answer.status}) is not Xiaoe's {code, msg, data} envelope`,
      });
      if (serverError) return { kind: "retry", error };
      throw error;
    });
  }

  function tokenRequest(): Promise<XiaoeResult<"getAccessToken">> {
    const query = new URLSearchParams({ app_id: credentials.appId, client_id: credentials.clientId, secret_key: credentials.secretKey, grant_type: "client_credential" });
    return call("getAccessToken", async () => ({ method: "GET", pathAndQuery: `${xiaoeRoutes.getAccessToken.path}?${query.toString()}`, headers: { accept: "application/json" } }));
  }

  const tokens = createTokenCache({
    fetchToken: async () => (await tokenRequest()).data,
    now: resolved.now,
    refreshMarginMs: options.tokenRefreshMarginMs ?? 5 * 60_000,
  });

  async function business<Op extends XiaoeBusinessOperation>(operation: Op, params: XiaoeParams<Op>): Promise<XiaoeResult<Op>> {
    let used = "";
    const send = () =>
      call(operation, async () => {
        used = await tokens.get();
        return {
          method: "POST",
          pathAndQuery: xiaoeRoutes[operation].path,
          headers: { accept: "application/json", "content-type": "application/json" },
          body: JSON.stringify({ ...(params as object), access_token: used }),
        };
      });
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof XiaoeError) || !error.tokenExpired) throw error;
      tokens.invalidate(used);
      return send();
    }
  }

  async function request<Op extends XiaoeOperationId>(operation: Op, ...params: Op extends XiaoeBusinessOperation ? [params: XiaoeParams<Op>] : []): Promise<XiaoeResult<Op>> {
    if (operation === "getAccessToken") {
      const result = await tokenRequest();
      // A new token supersedes the cached one at the vendor (5-minute grace), so the cache takes it.
      const cached: CachedToken = { token: result.data.access_token, expiresAt: resolved.now() + result.data.expires_in * 1000 };
      tokens.store(cached);
      return result as XiaoeResult<Op>;
    }
    return business(operation as XiaoeBusinessOperation, params[0] as XiaoeParams<XiaoeBusinessOperation>) as Promise<XiaoeResult<Op>>;
  }

  const client = {
    request,
    appId: credentials.appId,
    baseUrl: resolved.baseUrl,
    async getAccessToken(opts: { forceRefresh?: boolean } = {}) {
      const cached = opts.forceRefresh ? await tokens.refresh() : { token: await tokens.get(), expiresAt: tokens.peek()?.expiresAt ?? resolved.now() };
      return { access_token: cached.token, expires_in: Math.max(0, Math.floor((cached.expiresAt - resolved.now()) / 1000)) };
    },
  } as Record<string, unknown>;
  for (const operation of Object.keys(xiaoeRoutes) as XiaoeOperationId[]) {
    if (operation === "getAccessToken") continue;
    client[operation] = async (params: XiaoeParams<typeof operation>) => (await business(operation, params)).data;
  }
  return client as XiaoeClient;
}

function isEnvelope(value: unknown): value is { code: number; msg?: unknown; data?: unknown } {
  return value !== null && typeof value === "object" && !Array.isArray(value) && typeof (value as { code?: unknown }).code === "number";
}
