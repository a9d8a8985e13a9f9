/**
 * A thin typed Volcengine livesaas client: every red-packet action of specs/volcengine.yaml is a
 * method, V4-signed with the shared signing code (`X-Date` from the client's clock). POST actions
 * carry a JSON body, GET actions (Get/List) every parameter in the query.
 */

import type { operations } from "../../contracts/generated/volcengine.ts";
import { signRequest, VOLC_REGION, type VolcErrorEnvelope, type VolcOperationId, volcActionMethods, volcActions, volcActionVersions } from "../../contracts/volcengine/index.ts";
import { readCredentials } from "../credentials.ts";
import { type ClientOptions, resolveClientOptions } from "../options.ts";
import type { JsonBodyOf, QueryOf, Simplify, SuccessOf } from "../spec-types.ts";
import { type AttemptResult, livemockReason, type OutgoingRequest, parseJsonAnswer, retryOrThrow, sendOnce, withRetries } from "../transport.ts";
import { LivemockTransportError } from "../transport-error.ts";
import { VolcengineError } from "./errors.ts";

/** The real Volcengine livesaas API. */
export const VOLCENGINE_BASE_URL = "https://livesaas.volcengineapi.com";

/** Options of {@link createVolcengineClient}. */
export interface VolcengineClientOptions extends ClientOptions {
  /** Default: `VOLC_ACCESSKEY`. */
  accessKeyId?: string;
  /** Default: `VOLC_SECRETKEY`. */
  secretKey?: string;
  /** Signing region; default `cn-north-1`. */
  region?: string;
  /** STS session token, sent and signed as `X-Security-Token`. */
  sessionToken?: string;
}

/** What an action takes: the JSON body of a POST action, or the query parameters (without Action and Version) of a GET action. */
export type VolcengineParams<Op extends VolcOperationId> = [JsonBodyOf<operations[Op]>] extends [never] ? Simplify<Omit<QueryOf<operations[Op]>, "Action" | "Version">> : JsonBodyOf<operations[Op]>;

/** The success envelope of an action. */
export type VolcengineEnvelope<Op extends VolcOperationId> = SuccessOf<operations[Op]>;

/** The unwrapped `Result` of an action. */
export type VolcengineData<Op extends VolcOperationId> = VolcengineEnvelope<Op> extends { Result: infer Result } ? Result : never;

/** A success with everything that came with it. */
export interface VolcengineResult<Op extends VolcOperationId> {
  data: VolcengineData<Op>;
  envelope: VolcengineEnvelope<Op>;
  requestId: string;
  status: number;
  headers: Headers;
}

/** One method per action, plus `request` for the envelope and headers. */
export type VolcengineClient = { [Op in VolcOperationId]: (params: VolcengineParams<Op>) => Promise<VolcengineData<Op>> } & {
  /** Calls an action and returns its `Result` with the envelope, request id and headers. */
  request<Op extends VolcOperationId>(operation: Op, params: VolcengineParams<Op>): Promise<VolcengineResult<Op>>;
  readonly accessKeyId: string;
  readonly baseUrl: string;
};

/** RFC 3986 query encoding, as the signer canonicalises it. */
function encodeQuery(query: Record<string, string>): string {
  const escapeReserved = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return Object.entries(query)
    .map(([key, value]) => `${escapeReserved(key)}=${escapeReserved(value)}`)
    .join("&");
}

/**
 * Creates a Volcengine livesaas client. Credentials come from the options, else from
 * `VOLC_ACCESSKEY` and `VOLC_SECRETKEY`; the base URL defaults to the real endpoint. Throws
 * `LivemockCredentialsError` naming the missing variables.
 *
 * @example
 * const volc = createVolcengineClient({ baseUrl: "http://localhost:4010", accessKeyId: "AKLTlivemockdemo", secretKey: "livemock-volc-secret" });
 * const { ID } = await volc.createActivityRedPacket({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 });
 * const packet = await volc.getActivityRedPacket({ ActivityID: 1824920000234844, RedPacketID: ID });
 */
export function createVolcengineClient(options: VolcengineClientOptions = {}): VolcengineClient {
  const resolved = resolveClientOptions(options, VOLCENGINE_BASE_URL);
  const credentials = readCredentials("volcengine", { accessKeyId: options.accessKeyId, secretKey: options.secretKey }, { accessKeyId: "VOLC_ACCESSKEY", secretKey: "VOLC_SECRETKEY" }, options.env);
  const region = options.region ?? VOLC_REGION;

  function build(operation: VolcOperationId, params: Record<string, unknown>): OutgoingRequest {
    const method = volcActionMethods[operation];
    const query: Record<string, string> = { Action: volcActions[operation], Version: volcActionVersions[operation] };
    let body: string | undefined;
    const headers: Record<string, string> = { accept: "application/json" };
    if (method === "GET") {
      for (const [key, value] of Object.entries(params)) {
        if (value === undefined || value === null) continue;
        if (typeof value === "object") throw new TypeError(`Volcengine ${operation}: query parameter ${key} must be a string, number or boolean`);
        query[key] = String(value);
      }
    } else {
      body = JSON.stringify(params);
      headers["content-type"] = "application/json";
    }
    const signed = signRequest({
      method,
      path: "/",
      query,
      ...(body === undefined ? {} : { body }),
      ak: credentials.accessKeyId,
      sk: credentials.secretKey,
      region,
      date: new Date(resolved.now()),
      ...(options.sessionToken ? { sessionToken: options.sessionToken } : {}),
    });
    for (const [name, value] of Object.entries(signed)) if (value !== undefined) headers[name] = value;
    return { method, pathAndQuery: `/?${encodeQuery(query)}`, headers, ...(body === undefined ? {} : { body }) };
  }

  async function request<Op extends VolcOperationId>(operation: Op, params: VolcengineParams<Op>): Promise<VolcengineResult<Op>> {
    const label = `${volcActionMethods[operation]} /?Action=${volcActions[operation]}`;
    return withRetries(resolved, async (attempt): Promise<AttemptResult<VolcengineResult<Op>>> => {
      const outgoing = build(operation, params as Record<string, unknown>);
      const answer = await sendOnce(resolved, outgoing, { vendor: "volcengine", operation, attempt });
      const retryable = answer.status >= 500 || answer.status === 429;
      let envelope: unknown;
      try {
        envelope = parseJsonAnswer(answer, { vendor: "volcengine", operation, request: label });
      } catch (error) {
        if (retryable) return { kind: "retry", error: error as Error };
        throw error;
      }
      if (isErrorEnvelope(envelope)) {
        const reason = livemockReason(answer.headers);
        const error = new VolcengineError({ operation, httpStatus: answer.status, envelope, ...(reason === undefined ? {} : { reason }) });
        return retryOrThrow(error, error.rateLimited || answer.status >= 500, answer.headers);
      }
      if (isSuccess(envelope) && answer.status >= 200 && answer.status < 300) {
        return {
          kind: "done",
          value: {
            data: envelope.Result as VolcengineData<Op>,
            envelope: envelope as VolcengineEnvelope<Op>,
            requestId: String(envelope.ResponseMetadata.RequestId ?? ""),
            status: answer.status,
            headers: answer.headers,
          },
        };
      }
      const error = new LivemockTransportError({
        kind: "invalid-response",
        vendor: "volcengine",
        operation,
        request: label,
        httpStatus: answer.status,
        body: answer.text,
        message: `Volcengine ${operation}: the answer to ${label} (HTTP ${answer.status}) is neither a ResponseMetadata+Result success nor a ResponseMetadata.Error envelope`,
      });
      if (retryable) return { kind: "retry", error };
      throw error;
    });
  }

  const client = { request, accessKeyId: credentials.accessKeyId, baseUrl: resolved.baseUrl } as Record<string, unknown>;
  for (const operation of Object.keys(volcActions) as VolcOperationId[]) {
    client[operation] = async (params: VolcengineParams<typeof operation>) => (await request(operation, params)).data;
  }
  return client as VolcengineClient;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isErrorEnvelope(value: unknown): value is VolcErrorEnvelope {
  if (!isRecord(value) || !isRecord(value.ResponseMetadata)) return false;
  const error = value.ResponseMetadata.Error;
  return isRecord(error) && typeof error.Code === "string" && typeof error.CodeN === "number" && typeof error.Message === "string";
}

function isSuccess(value: unknown): value is { ResponseMetadata: Record<string, unknown>; Result: unknown } {
  return isRecord(value) && isRecord(value.ResponseMetadata) && "Result" in value;
}
