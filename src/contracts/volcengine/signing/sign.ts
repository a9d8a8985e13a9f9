/**
 * Client signing in the header form, as the official SDKs sign (Node `src/base/sign.ts`, Go
 * `base/sign.go`): the Authorization header and its companions (signRequest), or every header of the
 * signed request (signedRequestHeaders).
 */
import { VOLC_REGION, VOLC_SERVICE } from "../constants.ts";
import {
  type CanonicalFrame,
  canonicalHeaders,
  canonicalQuery,
  canonicalRequest,
  canonicalUri,
  DEFAULT_PORT,
  type HeaderInput,
  type QueryInput,
  sha256Hex,
  toHeaderMap,
  toPairs,
} from "./canonical-request.ts";
import { ALGORITHM, credentialScope, signatureOf, signingKey, toXDate } from "./signature.ts";

/** Headers the Node SDK never signs. */
const NODE_UNSIGNABLE = new Set(["authorization", "content-type", "content-length", "user-agent", "presigned-expires", "expect"]);

/** Which official SDK's header set to sign. */
export type SigningStyle = "node" | "go";

/** The request to sign. */
export interface SignRequestInput {
  method: string;
  /** Path only (no query); default `/`. */
  path?: string;
  query?: QueryInput;
  /** Headers the request will carry (needed for `go` style: `Host`, `Content-Type`). */
  headers?: HeaderInput;
  /** The raw body exactly as it will be sent. */
  body?: string | Uint8Array;
  ak: string;
  sk: string;
  /** Default `cn-north-1`. */
  region?: string;
  /** Default `livesaas`. */
  service?: string;
  /** Signing time, a Date or an X-Date string `YYYYMMDDTHHMMSSZ`. */
  date: Date | string;
  /** `node` (default): sign `x-content-sha256;x-date` plus any other signable header given, as
   * `@volcengine/openapi` does. `go`: sign `content-type;host;x-content-sha256;x-date` (+ `X-*`), as
   * volc-sdk-golang does. */
  style?: SigningStyle;
  /** STS token, sent and signed as `X-Security-Token`. */
  sessionToken?: string;
  /** Host for `go` style when no Host header is given. */
  host?: string;
}

/** Headers to add to a signed request (a type alias, so it spreads into any header record). */
export type VolcSignatureHeaders = {
  "X-Date": string;
  /** Absent only in `node` style for an empty body (as the Node SDK does). */
  "X-Content-Sha256"?: string;
  Authorization: string;
  "X-Security-Token"?: string;
  /** Present only in `go` style when no Content-Type was given (the Go SDK's default). */
  "Content-Type"?: string;
  /** Present only in `go` style when the host came from `input.host`. */
  Host?: string;
};

/**
 * Signs a request in the header form and returns the headers to add (`X-Date`,
 * `X-Content-Sha256`, `Authorization`, and `X-Security-Token` for STS), in the Node SDK's style
 * (SignedHeaders `x-content-sha256;x-date`) or the Go SDK's (`content-type;host;x-content-sha256;x-date`).
 *
 * @example
 * const body = JSON.stringify({ ActivityID: 1824920000234844, RedPacketNumber: 1, TotalAmount: 100 });
 * const added = signRequest({
 *   method: "POST", path: "/", query: { Action: "CreateActivityRedPacket", Version: "2023-08-01" },
 *   body, ak: "AKLTlivemockdemo", sk: "livemock-volc-secret", date: new Date(),
 * });
 * await fetch(`${base}/?Action=CreateActivityRedPacket&Version=2023-08-01`, {
 *   method: "POST", body, headers: { "Content-Type": "application/json", ...added },
 * });
 */
export function signRequest(input: SignRequestInput): VolcSignatureHeaders {
  const style = input.style ?? "node";
  const region = input.region ?? VOLC_REGION;
  const service = input.service ?? VOLC_SERVICE;
  const xDate = toXDate(input.date);
  const scope = credentialScope(xDate.slice(0, 8), region, service);
  const body = input.body ?? "";
  const bodyLength = typeof body === "string" ? body.length : body.byteLength;
  const bodyHash = sha256Hex(body);
  const given = toHeaderMap(input.headers);
  const extra: Pick<VolcSignatureHeaders, "Content-Type" | "Host"> = {};
  const values = new Map<string, string>();
  let names: string[];

  if (style === "node") {
    for (const [name, value] of given) if (!NODE_UNSIGNABLE.has(name)) values.set(name, value);
    values.set("x-date", xDate);
    if (input.sessionToken) values.set("x-security-token", input.sessionToken);
    if (bodyLength > 0) values.set("x-content-sha256", bodyHash);
    names = [...values.keys()].sort();
  } else {
    let contentType = given.get("content-type");
    if (contentType === undefined) {
      contentType = "application/x-www-form-urlencoded; charset=utf-8";
      extra["Content-Type"] = contentType;
    }
    let host = given.get("host");
    if (host === undefined) {
      if (!input.host) throw new Error("go-style signing needs a Host header or input.host");
      host = input.host;
      extra.Host = host;
    }
    values.set("content-type", contentType);
    values.set("host", host.replace(DEFAULT_PORT, ""));
    const md5 = given.get("content-md5");
    if (md5 !== undefined) values.set("content-md5", md5);
    for (const [name, value] of given) if (name.startsWith("x-")) values.set(name, value);
    values.set("x-date", xDate);
    values.set("x-content-sha256", bodyHash);
    if (input.sessionToken) values.set("x-security-token", input.sessionToken);
    names = [...values.keys()].sort();
  }

  const signedHeaders = names.join(";");
  const frame: CanonicalFrame = { method: input.method, uri: canonicalUri(input.path), signedHeaders: names, signedList: signedHeaders, bodyHash };
  const canonical = canonicalRequest(frame, canonicalQuery(toPairs(input.query), style === "node"), canonicalHeaders(names, values, style === "node" ? "collapse" : "trim"));
  const signature = signatureOf(signingKey(input.sk, xDate.slice(0, 8), region, service), xDate, scope, canonical);
  return {
    "X-Date": xDate,
    ...(values.has("x-content-sha256") ? { "X-Content-Sha256": bodyHash } : {}),
    ...(input.sessionToken ? { "X-Security-Token": input.sessionToken } : {}),
    ...extra,
    Authorization: `${ALGORITHM} Credential=${input.ak}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}

/**
 * Signs a request and returns every header to send with it: the request's own headers plus the
 * signature headers of {@link signRequest}, as plain strings.
 *
 * @example
 * const headers = signedRequestHeaders({ method: "POST", query, headers: { "content-type": "application/json" }, body, ak, sk, date: new Date() });
 * await fetch(`${base}/?${new URLSearchParams(query)}`, { method: "POST", headers, body });
 */
export function signedRequestHeaders(input: SignRequestInput & { headers?: Readonly<Record<string, string>> }): Record<string, string> {
  const out: Record<string, string> = { ...input.headers };
  for (const [name, value] of Object.entries(signRequest(input))) if (value !== undefined) out[name] = value;
  return out;
}
