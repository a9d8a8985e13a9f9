/**
 * Client presigning: the query form of the signature (the Node SDK's `getSignUrl`), for a URL that
 * carries its own credentials.
 */
import { VOLC_REGION, VOLC_SERVICE } from "../constants.ts";
import { type CanonicalFrame, canonicalHeaders, canonicalQuery, canonicalRequest, canonicalUri, EMPTY_SHA256, type Pairs, type QueryInput, toPairs } from "./canonical-request.ts";
import { ALGORITHM, credentialScope, signatureOf, signingKey, toXDate } from "./signature.ts";

/** The request to presign. */
export interface PresignQueryInput {
  method: string;
  path?: string;
  /** The request's own query parameters (Action, Version, ...). */
  query?: QueryInput;
  ak: string;
  sk: string;
  region?: string;
  service?: string;
  date: Date | string;
  sessionToken?: string;
}

/**
 * Presigns a request in the query form (the Node SDK's `getSignUrl`): returns the full query string
 * (RFC 3986 encoded, keys sorted) with `X-Date`, `X-NotSignBody`, `X-Credential`, `X-Algorithm`,
 * `X-SignedHeaders`, `X-SignedQueries` and `X-Signature` added. The body is not signed.
 *
 * @example
 * const qs = presignQuery({
 *   method: "GET", query: { Action: "GetActivityRedPacket", Version: "2023-08-01", ActivityID: 1824920000234844, RedPacketID: 1825100000340169 },
 *   ak: "AKLTlivemockdemo", sk: "livemock-volc-secret", date: new Date(),
 * });
 * await fetch(`${base}/?${qs}`);
 */
export function presignQuery(input: PresignQueryInput): string {
  const region = input.region ?? VOLC_REGION;
  const service = input.service ?? VOLC_SERVICE;
  const xDate = toXDate(input.date);
  const scope = credentialScope(xDate.slice(0, 8), region, service);
  const pairs: Pairs = toPairs(input.query).filter(([k]) => k !== "X-SignedQueries" && k !== "X-Signature");
  const set = (key: string, value: string) => {
    for (let i = pairs.length - 1; i >= 0; i--) if (pairs[i]?.[0] === key) pairs.splice(i, 1);
    pairs.push([key, value]);
  };
  if (input.sessionToken) set("X-Security-Token", input.sessionToken);
  set("X-Date", xDate);
  set("X-NotSignBody", "");
  set("X-Credential", `${input.ak}/${scope}`);
  set("X-Algorithm", ALGORITHM);
  set("X-SignedHeaders", "");
  const frame: CanonicalFrame = { method: input.method, uri: canonicalUri(input.path), signedHeaders: [], signedList: "", bodyHash: EMPTY_SHA256 };
  const canonical = canonicalRequest(frame, canonicalQuery(pairs), canonicalHeaders(frame.signedHeaders, new Map(), "trim"));
  const signature = signatureOf(signingKey(input.sk, xDate.slice(0, 8), region, service), xDate, scope, canonical);
  const signedQueries = [...new Set(pairs.map(([k]) => k))].sort().join(";");
  return canonicalQuery([...pairs, ["X-SignedQueries", signedQueries], ["X-Signature", signature]]);
}
