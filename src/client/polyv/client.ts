/**
 * A thin typed Polyv client: every operation of specs/polyv.yaml is a method, signed with the shared
 * signing code and a fresh timestamp on every attempt.
 */

import type { operations } from "../../contracts/generated/polyv.ts";
import { type PolyvErrorEnvelope, type PolyvOperationId, type PolyvSignAlgorithm, polyvErrors, signPolyvQuery } from "../../contracts/polyv/index.ts";
import { fillPathTemplate } from "../../util/path-template.ts";
import { readCredentials } from "../credentials.ts";
import { type ClientOptions, resolveClientOptions } from "../options.ts";
import type { JsonBodyOf, PathOf, QueryOf, Simplify, SuccessOf } from "../spec-types.ts";
import { type AttemptResult, livemockReason, type OutgoingRequest, parseJsonAnswer, retryOrThrow, sendOnce, withRetries } from "../transport.ts";
import { LivemockTransportError } from "../transport-error.ts";
import { PolyvError } from "./errors.ts";
import { type POLYV_AUTH_PARAMS, polyvParameterPlaces, polyvRoutes } from "./routes.ts";

/** The real Polyv API. */
export const POLYV_BASE_URL = "https://api.polyv.net";

/** Options of {@link createPolyvClient}. */
export interface PolyvClientOptions extends ClientOptions {
  /** Default: `POLYV_APP_ID`. */
  appId?: string;
  /** Default: `POLYV_APP_SECRET`. */
  appSecret?: string;
  /** `SHA256` signs with SHA-256 (`signatureMethod=SHA256`); default MD5. */
  signatureMethod?: PolyvSignAlgorithm;
}

type AuthParam = (typeof POLYV_AUTH_PARAMS)[number];

/** What an operation takes: its path parameters, business query parameters (without the signing ones) and JSON body fields, in one object. */
export type PolyvParams<Op extends PolyvOperationId> = Simplify<
  [JsonBodyOf<operations[Op]>] extends [never]
    ? PathOf<operations[Op]> & Omit<QueryOf<operations[Op]>, AuthParam>
    : PathOf<operations[Op]> & Omit<QueryOf<operations[Op]>, AuthParam> & JsonBodyOf<operations[Op]>
>;

/** The success envelope of an operation. */
export type PolyvEnvelope<Op extends PolyvOperationId> = SuccessOf<operations[Op]>;

/** The unwrapped `data` of an operation's success envelope. */
export type PolyvData<Op extends PolyvOperationId> = PolyvEnvelope<Op> extends { data: infer Data } ? Data : never;

/** A success with everything that came with it. */
export interface PolyvResult<Op extends PolyvOperationId> {
  data: PolyvData<Op>;
  envelope: PolyvEnvelope<Op>;
  requestId: string;
  status: number;
  headers: Headers;
}

/** One method per operation, plus `request` for the envelope and headers. */
export type PolyvClient = { [Op in PolyvOperationId]: (params: PolyvParams<Op>) => Promise<PolyvData<Op>> } & {
  /** Calls an operation and returns the data with its envelope, request id and headers. */
  request<Op extends PolyvOperationId>(operation: Op, params: PolyvParams<Op>): Promise<PolyvResult<Op>>;
  /** The app id the client signs as. */
  readonly appId: string;
  /** The base URL the client calls. */
  readonly baseUrl: string;
};

/**
 * Creates a Polyv client. Credentials come from the options, else from `POLYV_APP_ID` and
 * `POLYV_APP_SECRET`; the base URL defaults to the real Polyv, so point it at livemock to test.
 * Throws `LivemockCredentialsError` naming the missing variables.
 *
 * @example
 * const polyv = createPolyvClient({ baseUrl: "http://localhost:4010", appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" });
 * const activity = await polyv.createLotteryActivity({ channelId: 4854808, activityName: "无条件抽奖", lotteryCondition: "none", amount: 1, prizeName: "键盘" });
 * const again = await polyv.getLotteryActivity({ channelId: 4854808, id: activity.id });
 */
export function createPolyvClient(options: PolyvClientOptions = {}): PolyvClient {
  const resolved = resolveClientOptions(options, POLYV_BASE_URL);
  const credentials = readCredentials("polyv", { appId: options.appId, appSecret: options.appSecret }, { appId: "POLYV_APP_ID", appSecret: "POLYV_APP_SECRET" }, options.env);
  const algorithm = options.signatureMethod;

  function build(operation: PolyvOperationId, params: Record<string, unknown>): OutgoingRequest {
    const route = polyvRoutes[operation];
    const places = polyvParameterPlaces(operation);
    const query: Record<string, string | number | boolean | null | undefined> = {};
    const body: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(params)) {
      if (places.path.has(key)) continue;
      if (route.method === "GET" || places.query.has(key)) {
        if (value !== null && typeof value === "object") throw new TypeError(`Polyv ${operation}: query parameter ${key} must be a string, number or boolean`);
        query[key] = value as string | number | boolean | null | undefined;
        if (places.body.has(key)) body[key] = value;
      } else {
        body[key] = value;
      }
    }
    const signed = signPolyvQuery(query, { ...credentials, timestamp: resolved.now(), ...(algorithm ? { algorithm } : {}) });
    const path = places.path.size === 0 ? route.path : fillPathTemplate(route.path, params);
    const pathAndQuery = `${path}?${new URLSearchParams(signed).toString()}`;
    // Without a body (the v2 delete, as the official SDK calls it): everything is in the signed query.
    if (route.method === "GET" || !places.json) return { method: route.method, pathAndQuery, headers: { accept: "application/json" } };
    return { method: "POST", pathAndQuery, headers: { accept: "application/json", "content-type": "application/json" }, body: JSON.stringify(body) };
  }

  async function request<Op extends PolyvOperationId>(operation: Op, params: PolyvParams<Op>): Promise<PolyvResult<Op>> {
    return withRetries(resolved, async (attempt): Promise<AttemptResult<PolyvResult<Op>>> => {
      const outgoing = build(operation, params as Record<string, unknown>);
      const label = `${outgoing.method} ${polyvRoutes[operation].path}`;
      const answer = await sendOnce(resolved, outgoing, { vendor: "polyv", operation, attempt });
      const serverError = answer.status >= 500;
      let envelope: unknown;
      try {
        envelope = parseJsonAnswer(answer, { vendor: "polyv", operation, request: label });
      } catch (error) {
        if (serverError || answer.status === 429) return { kind: "retry", error: error as Error };
        throw error;
      }
      if (isSuccess(envelope) && answer.status >= 200 && answer.status < 300) {
        return {
          kind: "done",
          value: { data: envelope.data as PolyvData<Op>, envelope: envelope as PolyvEnvelope<Op>, requestId: String(envelope.requestId ?? ""), status: answer.status, headers: answer.headers },
        };
      }
      const failed = isErrorEnvelope(envelope) ? envelope : legacyError(envelope);
      if (failed !== undefined) {
        const reason = livemockReason(answer.headers);
        const error = new PolyvError({ operation, httpStatus: answer.status, envelope: failed, ...(reason === undefined ? {} : { reason }) });
        return retryOrThrow(error, error.rateLimited || serverError, answer.headers);
      }
      const error = new LivemockTransportError({
        kind: "invalid-response",
        vendor: "polyv",
        operation,
        request: label,
        httpStatus: answer.status,
        body: answer.text,
        message: `Polyv ${operation}: the answer to ${label} (HTTP ${answer.status}) is neither Polyv's success nor its error envelope`,
      });
      if (serverError) return { kind: "retry", error };
      throw error;
    });
  }

  const client = { request, appId: credentials.appId, baseUrl: resolved.baseUrl } as Record<string, unknown>;
  for (const operation of Object.keys(polyvRoutes) as PolyvOperationId[]) {
    client[operation] = async (params: PolyvParams<typeof operation>) => (await request(operation, params)).data;
  }
  return client as PolyvClient;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The v4 success envelope, or the v2/v3 one (`{code: 200, status: "success", message, data}`). */
function isSuccess(value: unknown): value is Record<string, unknown> & { data: unknown } {
  if (!isRecord(value) || value.status !== "success" || !("data" in value)) return false;
  return value.success === true || (value.code === 200 && typeof value.message === "string" && !("success" in value));
}

/**
 * A v2/v3 error envelope (`{code, status: "error" | "fail", message, data}`) seen as the v4 one, so
 * that it throws the same `PolyvError`: `error.code` is the catalogue's code for that exact message
 * when there is one (`channel not found.` → 30001), else the envelope's `code`; `requestId` is empty
 * (the older envelope has none).
 */
function legacyError(value: unknown): PolyvErrorEnvelope | undefined {
  if (!isRecord(value) || "error" in value || typeof value.code !== "number" || typeof value.message !== "string") return undefined;
  if (value.status !== "error" && value.status !== "fail") return undefined;
  const message = value.message;
  const entry = Object.values(polyvErrors).find((e) => e.message === message);
  return { code: value.code, status: "error", requestId: "", error: { code: entry?.code ?? value.code, desc: message }, success: false };
}

function isErrorEnvelope(value: unknown): value is PolyvErrorEnvelope {
  return isRecord(value) && typeof value.code === "number" && isRecord(value.error) && typeof value.error.code === "number" && typeof value.error.desc === "string";
}
