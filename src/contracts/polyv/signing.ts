/**
 * Polyv's request signature (签名生成规则).
 *
 * sign = UPPER(hex(HASH(appSecret + key1value1key2value2... + appSecret))), keys sorted by ASCII code,
 * `sign` itself left out, raw (not URL-encoded) values. HASH is MD5 unless the request carries
 * `signatureMethod=SHA256` (compared case-insensitively, as the official SDKs do). Only query
 * parameters and form fields are signed; a JSON body never is.
 *
 * The official SDKs disagree on two details, so the verifier accepts every combination they produce:
 * - empty values: the doc drops them, the TS SDK keeps `""`, fed-common-utils keeps everything, the
 *   Java SDK drops blank (whitespace-only) values too;
 * - `signatureMethod`: fed-common-utils signs it, the TS SDK leaves it out of the signed string.
 */
import { createHash } from "node:crypto";
import { timingSafeEqual } from "../core/timing-safe-equal.ts";

/** Parameter values as a caller may hold them; `null`/`undefined` are never signed. */
export type PolyvSignValue = string | number | boolean | null | undefined;
export type PolyvSignParams = Readonly<Record<string, PolyvSignValue>>;

export type PolyvSignAlgorithm = "MD5" | "SHA256";

/** How empty values are treated: dropped (`"skip"`, the doc's rule), dropped when blank (`"skipBlank"`, Java SDK) or kept (`"keep"`, TS SDK / fed-common-utils). */
export type PolyvEmptyValues = "skip" | "skipBlank" | "keep";

export interface PolyvSignOptions {
  /** Forces the hash; by default SHA-256 when `params.signatureMethod` is `SHA256` (any case), else MD5. */
  algorithm?: PolyvSignAlgorithm;
  /** Default `"skip"` (the documented rule). */
  emptyValues?: PolyvEmptyValues;
  /** Whether a `signatureMethod` parameter is part of the signed string. Default `true` (the doc signs every parameter but `sign`). */
  includeSignatureMethod?: boolean;
}

/**
 * The hash a set of parameters asks for: SHA-256 when `signatureMethod` is `SHA256` in any case.
 *
 * @example
 * polyvSignAlgorithm({ signatureMethod: "sha256" }) // "SHA256"
 * polyvSignAlgorithm({ appId: "frlr1zazn3" })       // "MD5"
 */
export function polyvSignAlgorithm(params: PolyvSignParams): PolyvSignAlgorithm {
  const method = params.signatureMethod;
  return typeof method === "string" && method.toUpperCase() === "SHA256" ? "SHA256" : "MD5";
}

function isDropped(value: PolyvSignValue, emptyValues: PolyvEmptyValues): value is null | undefined {
  if (value === null || value === undefined) return true;
  if (emptyValues === "keep") return false;
  const text = String(value);
  return emptyValues === "skipBlank" ? text.trim() === "" : text === "";
}

/**
 * The string between the two secrets: sorted `key + value` pairs without `sign`.
 *
 * @example
 * polyvSignString({ timestamp: 1660270926732, appId: "g4rqgmmjuo", page: null })
 * // "appIdg4rqgmmjuotimestamp1660270926732"
 */
export function polyvSignString(params: PolyvSignParams, options: Omit<PolyvSignOptions, "algorithm"> = {}): string {
  const emptyValues = options.emptyValues ?? "skip";
  const includeSignatureMethod = options.includeSignatureMethod ?? true;
  const keys = Object.keys(params)
    .filter((key) => key !== "sign")
    .filter((key) => includeSignatureMethod || key !== "signatureMethod")
    .filter((key) => !isDropped(params[key], emptyValues))
    .sort(compareAscii);
  return keys.map((key) => `${key}${String(params[key])}`).join("");
}

/** Orders keys by their code units (ASCII order for ASCII keys), independent of locale. */
function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Signs parameters the way Polyv does: uppercase hex MD5 (or SHA-256) of secret + sorted pairs + secret.
 *
 * @example
 * polyvSign({ appId: "g4rqgmmjuo", timestamp: 1660270926732, channelIds: "2477096,2272655",
 *   startDay: "2022-05-20", endDay: "2022-06-18", page: null, size: null }, "fsq2k5weced1h8vui657xtdva66whf0g")
 * // "0D2BDA2FD04D93A2B8832B91FD973C4D"
 */
export function polyvSign(params: PolyvSignParams, secret: string, options: PolyvSignOptions = {}): string {
  const algorithm = options.algorithm ?? polyvSignAlgorithm(params);
  const plain = `${secret}${polyvSignString(params, options)}${secret}`;
  return createHash(algorithm === "SHA256" ? "sha256" : "md5").update(plain, "utf8").digest("hex").toUpperCase();
}

/**
 * Every signature an official SDK could have produced for these parameters (deduplicated):
 * empty values skipped, skipped when blank, or kept, times `signatureMethod` signed or not.
 *
 * @example
 * polyvSignCandidates({ appId: "a", timestamp: "1", sign: "X" }, "secret").length // 1: no empty values, no signatureMethod
 */
export function polyvSignCandidates(params: PolyvSignParams, secret: string): string[] {
  const algorithm = polyvSignAlgorithm(params);
  // Most requests have no empty value and no signatureMethod: the variants then share one string,
  // so strings are deduplicated before anything is hashed.
  const strings = new Set<string>();
  const variantsDiffer =
    "signatureMethod" in params || Object.values(params).some((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""));
  if (!variantsDiffer) strings.add(polyvSignString(params));
  else {
    for (const emptyValues of ["skip", "skipBlank", "keep"] as const) {
      for (const includeSignatureMethod of [true, false]) strings.add(polyvSignString(params, { emptyValues, includeSignatureMethod }));
    }
  }
  const hash = algorithm === "SHA256" ? "sha256" : "md5";
  return [...strings].map((signed) => createHash(hash).update(`${secret}${signed}${secret}`, "utf8").digest("hex").toUpperCase());
}

/**
 * Checks `params.sign` against every variant the official SDKs produce, in constant time per
 * candidate. The comparison is exact: Polyv documents an uppercase hex signature.
 *
 * @example
 * const query = Object.fromEntries(new URL(request.url).searchParams);
 * if (!verifyPolyvSign(query, appSecret)) return invalidSignature();
 */
export function verifyPolyvSign(params: PolyvSignParams, secret: string): boolean {
  const provided = params.sign;
  if (typeof provided !== "string" || provided === "") return false;
  let matched = false;
  for (const candidate of polyvSignCandidates(params, secret)) {
    // No early exit: every candidate is compared.
    matched = timingSafeEqual(provided, candidate) || matched;
  }
  return matched;
}

export interface SignPolyvQueryOptions {
  appId: string;
  appSecret: string;
  /** Epoch milliseconds; default `Date.now()`. */
  timestamp?: number;
  /** `"SHA256"` adds `signatureMethod=SHA256` and signs with SHA-256. Default MD5 (no signatureMethod). */
  algorithm?: PolyvSignAlgorithm;
}

/**
 * Builds the full signed query of a request: the business query parameters plus `appId`,
 * `timestamp`, (`signatureMethod`) and `sign`, all as strings ready for `URLSearchParams`.
 * `null`/`undefined` parameters are left out of both the query and the signature.
 *
 * @example
 * const query = signPolyvQuery({ channelId: 4854808 }, { appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" });
 * const url = `http://localhost:4010/live/v4/channel/lottery-activity/create?${new URLSearchParams(query)}`;
 */
export function signPolyvQuery(params: PolyvSignParams, options: SignPolyvQueryOptions): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === "sign" || value === null || value === undefined) continue;
    query[key] = String(value);
  }
  query.appId = options.appId;
  query.timestamp = String(options.timestamp ?? Date.now());
  if (options.algorithm === "SHA256") query.signatureMethod = "SHA256";
  else delete query.signatureMethod;
  query.sign = polyvSign(query, options.appSecret);
  return query;
}
