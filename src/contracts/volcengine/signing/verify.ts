/**
 * The mock's verification of a Volcengine-signed request, header or presigned query form. Tolerant
 * as the gateway is: it honours the client's SignedHeaders and accepts the canonical request of any
 * official SDK (Node, Go or Python: query values sorted or in order, Host with or without a default
 * port, header values trimmed or collapsed, a presigned body left unsigned), naming the leniencies
 * (../leniencies.ts) a signature outside the documented rule relied on. It runs on every Volcengine
 * request: the usual request is checked against the documented canonical form alone, with nothing
 * built it does not need; the SDK forms (./variants.ts) only when that one misses.
 */
import { timingSafeEqual } from "../../../util/timing-safe-equal.ts";
import { VOLC_REGION, VOLC_SERVICE, VOLC_SIGNATURE_WINDOW_SECONDS } from "../constants.ts";
import { type VolcError, volcError } from "../errors.ts";
import type { VolcengineWarning } from "../leniencies.ts";
import {
  type CanonicalFrame,
  canonicalHeaders,
  canonicalQuery,
  canonicalRequest,
  canonicalUri,
  EMPTY_SHA256,
  type HeaderInput,
  type Pairs,
  type QueryInput,
  sha256Hex,
  sortedCanonicalQuery,
  toHeaderMap,
  toPairs,
} from "./canonical-request.ts";
import { ALGORITHM, credentialScope, parseXDate, signatureOf, signingKey, TERMINATOR } from "./signature.ts";
import { documentedCanonicalQuery, lenientMatch } from "./variants.ts";

/** Why a request was rejected, named as Volcengine's error code. */
export type VerifyFailureKind = "MissingAuthenticationToken" | "InvalidAuthorization" | "MissingRequestInfo" | "InvalidTimestamp" | "InvalidAccessKey" | "SignatureDoesNotMatch";

/** A received request to verify. */
export interface VerifyRequestInput {
  method: string;
  /** Path only; default `/`. */
  path?: string;
  /** Preferably the raw query string as received (`VendorRequest.rawQuery`: repeated keys, order and
   * malformed escapes preserved). */
  query?: QueryInput;
  /** `VendorRequest.headerMap` is taken as it is, with no copy. */
  headers: HeaderInput;
  /** The raw body bytes as received (`VendorRequest.rawBytes`, else `rawBody`). */
  body?: string | Uint8Array;
  /** The server clock. */
  now: Date | number;
  /** Returns the secret key of an access key, or undefined when the key is unknown. */
  lookupSecret: (accessKeyId: string) => string | undefined;
  /** Default `cn-north-1`. */
  region?: string;
  /** Default `livesaas`. */
  service?: string;
  /** Allowed clock skew either way; default 900 s. */
  windowSeconds?: number;
}

/** The verdict of verifyRequest. */
export type VerifyResult =
  /** `warnings`: the leniencies the signature relied on, absent when it follows the documented rule. */
  | { ok: true; accessKeyId: string; form: "header" | "query"; signedHeaders: string[]; warnings?: VolcengineWarning[] }
  | { ok: false; kind: VerifyFailureKind; reason: string; error: VolcError; accessKeyId?: string };

interface ParsedCredential {
  accessKeyId: string;
  date8: string;
  region: string;
  service: string;
}

function parseCredential(value: string): ParsedCredential | undefined {
  const parts = value.split("/");
  if (parts.length !== 5) return undefined;
  const [accessKeyId, date8, region, service, terminator] = parts as [string, string, string, string, string];
  if (!accessKeyId || !/^\d{8}$/.test(date8) || !region || !service || terminator !== TERMINATOR) return undefined;
  return { accessKeyId, date8, region, service };
}

interface ParsedAuthorization {
  credential: ParsedCredential;
  signedHeaders: string[];
  signature: string;
}

/**
 * The Authorization header as the SDKs write it: the three fields in order, separated by `, `,
 * lower-case signed header names, no stray whitespace. parseAuthorization reads such a header with
 * this one expression (the same result as the general reading, at half the cost).
 */
const SDK_AUTHORIZATION = /^HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/request, SignedHeaders=((?:[a-z0-9-]+(?:;[a-z0-9-]+)*)?), Signature=([^,\s]+)$/;

/** Parses `HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...`; undefined when malformed. */
function parseAuthorization(header: string): ParsedAuthorization | undefined {
  const trimmed = header.trim();
  const sdk = SDK_AUTHORIZATION.exec(trimmed);
  if (sdk) {
    // Indexed reads: destructuring a match array goes through its iterator.
    const credential: ParsedCredential = { accessKeyId: sdk[1]!, date8: sdk[2]!, region: sdk[3]!, service: sdk[4]! };
    const signedHeadersText = sdk[5]!;
    return { credential, signedHeaders: signedHeadersText === "" ? [] : signedHeadersText.split(";"), signature: sdk[6]! };
  }
  const space = trimmed.indexOf(" ");
  if (space < 0 || trimmed.slice(0, space) !== ALGORITHM) return undefined;
  const fields = new Map<string, string>();
  for (const part of trimmed.slice(space + 1).split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) return undefined;
    const key = part.slice(0, eq).trim();
    if (fields.has(key)) return undefined;
    fields.set(key, part.slice(eq + 1).trim());
  }
  const credentialText = fields.get("Credential");
  const signedHeadersText = fields.get("SignedHeaders");
  const signature = fields.get("Signature");
  if (credentialText === undefined || signedHeadersText === undefined || !signature) return undefined;
  const credential = parseCredential(credentialText);
  if (!credential) return undefined;
  const signedHeaders = signedHeadersText === "" ? [] : signedHeadersText.split(";");
  if (signedHeaders.some((h) => h === "" || h !== h.toLowerCase())) return undefined;
  return { credential, signedHeaders, signature };
}

/** The pairs of a query the header form never reads one by one. */
const NO_PAIRS: Pairs = [];

/**
 * The parameters a presigned query signs: exactly those X-SignedQueries lists (all when absent),
 * never X-Signature. X-SignedQueries itself is signed when it names itself, as the Python and Go
 * SDKs' `get_sign_url`/`SignUrl` list and sign it; the Node SDK's `getSignUrl` leaves it out of both.
 */
function signedQueryPairs(pairs: Pairs): Pairs {
  const listed = firstValue(pairs, "X-SignedQueries");
  const keys = listed === undefined ? undefined : new Set(listed.split(";"));
  return pairs.filter(([k]) => k !== "X-Signature" && (keys === undefined || keys.has(k)));
}

/** The value of the first pair named `key`, or undefined. */
function firstValue(pairs: Pairs, key: string): string | undefined {
  for (const [k, v] of pairs) if (k === key) return v;
  return undefined;
}

/** The documented canonical request: the query as the doc orders it, the Host as sent, values trimmed. */
function documentedCanonicalRequest(frame: CanonicalFrame, query: string, headers: ReadonlyMap<string, string>): string {
  return canonicalRequest(frame, query, canonicalHeaders(frame.signedHeaders, headers, "trim"));
}

/** What a signature is checked with: the provided signature lower-cased, the signing key, X-Date and the scope. */
interface SignatureCheck {
  claimed: string;
  key: Buffer;
  xDate: string;
  scope: string;
}

/** True when the claimed signature is the HMAC of this canonical request (compared in constant time). */
function signs(check: SignatureCheck, canonical: string): boolean {
  return timingSafeEqual(check.claimed, signatureOf(check.key, check.xDate, check.scope, canonical));
}

function fail(kind: VerifyFailureKind, reason: string, extra: { accessKeyId?: string; params?: Record<string, string> } = {}): VerifyResult {
  const error = volcError(kind, extra.params ?? {}, reason);
  return { ok: false, kind, reason, error, ...(extra.accessKeyId === undefined ? {} : { accessKeyId: extra.accessKeyId }) };
}

/**
 * Verifies a Volcengine-signed request (Authorization header, or the presigned query form) the way
 * the gateway does: honours the client's SignedHeaders, checks X-Content-Sha256 against the body,
 * the credential scope (service/region), the ±900 s window against `now`, the access key (via
 * `lookupSecret`) and the signature (constant-time). Returns the precise failure kind, named as the
 * vendor's error code, with the filled vendor error and a human reason that never contains a secret.
 *
 * @example
 * // In the Volcengine vendor, over the VendorRequest the core hands it (see createVolcAuthenticator):
 * const verdict = verifyRequest({
 *   method: request.method, path: request.path, query: request.rawQuery, headers: request.headerMap,
 *   body: request.rawBytes ?? request.rawBody, now: context.clock.now(), lookupSecret: (ak) => secrets.get(ak),
 * });
 * if (!verdict.ok) return respond.failure(verdict.error, { action, version, operation });
 */
export function verifyRequest(input: VerifyRequestInput): VerifyResult {
  const region = input.region ?? VOLC_REGION;
  const service = input.service ?? VOLC_SERVICE;
  const windowMs = (input.windowSeconds ?? VOLC_SIGNATURE_WINDOW_SECONDS) * 1000;
  const headers = toHeaderMap(input.headers);
  const authorization = headers.get("authorization");
  // Only the presigned form reads parameters one by one: the header form needs just the canonical query.
  const pairs = authorization === undefined ? toPairs(input.query) : NO_PAIRS;
  const presigned = authorization === undefined && (firstValue(pairs, "X-Signature") !== undefined || firstValue(pairs, "X-Credential") !== undefined);

  if (authorization === undefined && !presigned) {
    return fail("MissingAuthenticationToken", "The request has neither an Authorization header nor a presigned X-Signature/X-Credential query.");
  }

  let credential: ParsedCredential;
  let signedHeaders: string[];
  let provided: string;
  let xDate: string | undefined;
  if (authorization !== undefined) {
    const parsed = parseAuthorization(authorization);
    if (!parsed) {
      return fail("InvalidAuthorization", "The Authorization header is not `HMAC-SHA256 Credential=<AK>/<date8>/<region>/<service>/request, SignedHeaders=<a;b>, Signature=<hex>`.");
    }
    ({ credential, signedHeaders, signature: provided } = parsed);
    xDate = headers.get("x-date");
  } else {
    const algorithm = firstValue(pairs, "X-Algorithm");
    const parsedCredential = parseCredential(firstValue(pairs, "X-Credential") ?? "");
    const signature = firstValue(pairs, "X-Signature");
    if (algorithm !== ALGORITHM || !parsedCredential || !signature) {
      return fail("InvalidAuthorization", "The presigned query needs X-Algorithm=HMAC-SHA256, X-Credential=<AK>/<date8>/<region>/<service>/request and X-Signature.");
    }
    credential = parsedCredential;
    provided = signature;
    const listed = firstValue(pairs, "X-SignedHeaders") ?? "";
    signedHeaders = listed === "" ? [] : listed.split(";").map((h) => h.toLowerCase());
    xDate = firstValue(pairs, "X-Date");
  }
  const accessKeyId = credential.accessKeyId;

  if (xDate === undefined || xDate === "") {
    return fail("MissingRequestInfo", `The signed request has no X-Date ${presigned ? "query parameter" : "header"}.`, { accessKeyId, params: { info: "X-Date" } });
  }
  const signedAt = parseXDate(xDate);
  if (signedAt === undefined) {
    return fail("InvalidTimestamp", `X-Date "${xDate}" is not a UTC time in the form YYYYMMDDTHHMMSSZ.`, { accessKeyId });
  }
  const nowMs = typeof input.now === "number" ? input.now : input.now.getTime();
  const skew = nowMs - signedAt;
  if (Math.abs(skew) > windowMs) {
    const seconds = Math.round(Math.abs(skew) / 1000);
    return fail("InvalidTimestamp", `X-Date ${xDate} is ${seconds} s ${skew > 0 ? "in the past" : "in the future"}; the window is ±${windowMs / 1000} s.`, { accessKeyId });
  }

  const secret = input.lookupSecret(accessKeyId);
  if (secret === undefined) {
    return fail("InvalidAccessKey", `Access key ${accessKeyId} is not known to this server.`, { accessKeyId, params: { accessKey: accessKeyId } });
  }

  if (credential.service !== service || credential.region !== region) {
    return fail("SignatureDoesNotMatch", `The credential scope names service "${credential.service}" and region "${credential.region}"; expected "${service}" and "${region}".`, { accessKeyId });
  }
  if (credential.date8 !== xDate.slice(0, 8)) {
    return fail("SignatureDoesNotMatch", `The credential scope date ${credential.date8} is not the date of X-Date ${xDate}.`, { accessKeyId });
  }

  const body = input.body ?? "";
  const actualBodyHash = sha256Hex(body);
  // The doc signs the body's hash; the SDKs' presigned form (X-NotSignBody) an empty body's, tried once that misses.
  const bodyNotSigned = presigned && actualBodyHash !== EMPTY_SHA256 && firstValue(pairs, "X-NotSignBody") !== undefined;
  if (!presigned) {
    const claimed = headers.get("x-content-sha256");
    if (claimed !== undefined && claimed.trim().toLowerCase() !== actualBodyHash) {
      return fail("SignatureDoesNotMatch", "X-Content-Sha256 is not the SHA-256 of the request body.", { accessKeyId });
    }
  }

  for (const name of signedHeaders) {
    if (!headers.has(name)) {
      return fail("SignatureDoesNotMatch", `Signed header "${name}" is missing from the request.`, { accessKeyId });
    }
  }

  // Query: the header form signs every parameter; the presigned form the ones in X-SignedQueries.
  const presignedPairs = presigned ? signedQueryPairs(pairs) : undefined;

  // Try the documented canonical form first; build the SDKs' other forms only when it does not match.
  const scope = credentialScope(credential.date8, credential.region, credential.service);
  const check: SignatureCheck = { claimed: provided.toLowerCase(), key: signingKey(secret, credential.date8, credential.region, credential.service), xDate, scope };
  const frame: CanonicalFrame = { method: input.method, uri: canonicalUri(input.path), signedHeaders, signedList: signedHeaders.join(";"), bodyHash: actualBodyHash };
  const sortedQuery = presignedPairs === undefined ? sortedCanonicalQuery(input.query) : canonicalQuery(presignedPairs, true);
  const documentedQuery = documentedCanonicalQuery(sortedQuery, input.query, presignedPairs);
  const documented = documentedCanonicalRequest(frame, documentedQuery, headers);
  if (signs(check, documented)) return { ok: true, accessKeyId, form: presigned ? "query" : "header", signedHeaders };
  const queryPairs = presignedPairs ?? toPairs(input.query);
  const warnings = lenientMatch({ frame, queryPairs, documentedQuery, sortedQuery, headers, documented, bodyNotSigned, signs: (canonical) => signs(check, canonical) });
  if (warnings === undefined) {
    return fail("SignatureDoesNotMatch", "The signature does not match the canonical request computed by the server (check the secret key, SignedHeaders and the signed query).", { accessKeyId });
  }
  return { ok: true, accessKeyId, form: presigned ? "query" : "header", signedHeaders, warnings };
}
