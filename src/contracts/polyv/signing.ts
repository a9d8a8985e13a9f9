/**
 * Polyv's request signature (签名生成规则).
 *
 * sign = UPPER(hex(HASH(appSecret + key1value1key2value2... + appSecret))), keys sorted by ASCII code,
 * `sign` itself left out, raw (not URL-encoded) values. HASH is MD5 unless the request carries
 * `signatureMethod=SHA256` (livemock also reads it in any case, as fed-common-utils does). Only query
 * parameters and form fields are signed; a JSON body never is.
 *
 * The official SDKs disagree on details, so the verifier accepts every combination they produce, each
 * a leniency of ./leniencies.ts (tried only once the documented rule misses):
 * - empty values: the doc drops them, the TS SDK keeps `""`, fed-common-utils keeps everything, the
 *   Java SDK drops blank (whitespace-only) values too;
 * - `signatureMethod`: fed-common-utils signs it, the TS SDK leaves it out of the signed string;
 *   fed-common-utils reads its value in any case (`sha256`), the doc says `SHA256`.
 */
import { hexDigest } from "../../util/hex-digest.ts";
import { timingSafeEqual } from "../../util/timing-safe-equal.ts";
import { type PolyvWarning, polyvWarning } from "./leniencies.ts";

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

/** The documented rule's options: empty values skipped, `signatureMethod` signed. */
const DOCUMENTED_RULE: Omit<PolyvSignOptions, "algorithm"> = Object.freeze({});

/**
 * The string between the two secrets: sorted `key + value` pairs without `sign`.
 *
 * @example
 * polyvSignString({ timestamp: 1660270926732, appId: "g4rqgmmjuo", page: null })
 * // "appIdg4rqgmmjuotimestamp1660270926732"
 */
export function polyvSignString(params: PolyvSignParams, options: Omit<PolyvSignOptions, "algorithm"> = DOCUMENTED_RULE): string {
  const emptyValues = options.emptyValues ?? "skip";
  const includeSignatureMethod = options.includeSignatureMethod ?? true;
  // The signed keys, kept in place at the front of the array Object.keys made.
  const keys = Object.keys(params);
  let kept = 0;
  for (const key of keys) {
    if (key === "sign" || (key === "signatureMethod" && !includeSignatureMethod) || isDropped(params[key], emptyValues)) continue;
    keys[kept++] = key;
  }
  keys.length = kept;
  // The default sort compares code units: ASCII order for ASCII keys, independent of locale.
  keys.sort();
  let out = "";
  for (const key of keys) out += key + String(params[key]);
  return out;
}

/** The signature of a signed string: UPPER(hex(HASH(secret + signed + secret))). */
function signOf(signed: string, secret: string, algorithm: PolyvSignAlgorithm): string {
  return hexDigest(algorithm === "SHA256" ? "sha256" : "md5", secret + signed + secret).toUpperCase();
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
  return signOf(polyvSignString(params, options), secret, options.algorithm ?? polyvSignAlgorithm(params));
}

/** How the SDKs other than the documented rule (empty values skipped, signatureMethod signed) build the string. */
const SDK_VARIANTS: readonly Omit<PolyvSignOptions, "algorithm">[] = [
  { emptyValues: "skip", includeSignatureMethod: false },
  { emptyValues: "skipBlank", includeSignatureMethod: true },
  { emptyValues: "skipBlank", includeSignatureMethod: false },
  { emptyValues: "keep", includeSignatureMethod: true },
  { emptyValues: "keep", includeSignatureMethod: false },
];

/** Whether the SDK variants can differ from the documented string: a signatureMethod or an empty or blank value. */
function hasVariants(params: PolyvSignParams): boolean {
  if ("signatureMethod" in params) return true;
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return true;
  }
  return false;
}

/**
 * The SDK variants whose signed strings differ from `documented` and from each other, in
 * {@link SDK_VARIANTS} order, each with its string (none when {@link hasVariants} is false: they
 * all equal `documented`).
 */
function variantSignStrings(params: PolyvSignParams, documented: string): { options: Omit<PolyvSignOptions, "algorithm">; signed: string }[] {
  if (!hasVariants(params)) return [];
  const seen = new Set([documented]);
  const out: { options: Omit<PolyvSignOptions, "algorithm">; signed: string }[] = [];
  for (const options of SDK_VARIANTS) {
    const signed = polyvSignString(params, options);
    if (seen.has(signed)) continue;
    seen.add(signed);
    out.push({ options, signed });
  }
  return out;
}

/** The hash the documented rule asks for: SHA-256 only for `signatureMethod=SHA256` exactly. */
function documentedAlgorithm(params: PolyvSignParams): PolyvSignAlgorithm {
  return params.signatureMethod === "SHA256" ? "SHA256" : "MD5";
}

/**
 * Every signature an official SDK could have produced for these parameters (deduplicated), the
 * documented rule's first: empty values skipped, skipped when blank, or kept, times
 * `signatureMethod` signed or not.
 *
 * @example
 * polyvSignCandidates({ appId: "a", timestamp: "1", sign: "X" }, "secret").length // 1: no empty values, no signatureMethod
 */
export function polyvSignCandidates(params: PolyvSignParams, secret: string): string[] {
  const algorithm = polyvSignAlgorithm(params);
  const documented = polyvSignString(params);
  return [documented, ...variantSignStrings(params, documented).map((variant) => variant.signed)].map((signed) => signOf(signed, secret, algorithm));
}

/** The names of the signed parameters an SDK variant treats differently from the documented rule, with what it did. */
function variantWarnings(params: PolyvSignParams, options: Omit<PolyvSignOptions, "algorithm">): PolyvWarning[] {
  const warnings: PolyvWarning[] = [];
  const method = params.signatureMethod;
  const methodSigned = method !== null && method !== undefined && String(method) !== "";
  if (options.includeSignatureMethod === false && methodSigned) {
    warnings.push(polyvWarning("polyv.sign.signature-method-unsigned", `the sign leaves out signatureMethod=${String(method)}`));
  }
  const names = (test: (text: string) => boolean) =>
    Object.keys(params).filter((key) => {
      const value = params[key];
      if (key === "sign" || value === null || value === undefined) return false;
      if (key === "signatureMethod" && options.includeSignatureMethod === false) return false;
      return test(String(value));
    });
  const plural = (list: string[]) => `${list.length === 1 ? "parameter" : "parameters"} ${list.join(", ")}`;
  if (options.emptyValues === "keep") {
    const kept = names((text) => text === "");
    if (kept.length > 0) warnings.push(polyvWarning("polyv.sign.empty-param-included", `the sign includes the empty ${plural(kept)}`));
  } else if (options.emptyValues === "skipBlank") {
    const dropped = names((text) => text !== "" && text.trim() === "");
    if (dropped.length > 0) warnings.push(polyvWarning("polyv.sign.blank-param-dropped", `the sign leaves out the blank ${plural(dropped)}`));
  }
  return warnings;
}

/** The verdict of {@link checkPolyvSign}. */
export type PolyvSignCheck =
  /** `warnings`: the leniencies the matching signature relied on (none when it follows the documented rule). */
  { ok: true; warnings: readonly PolyvWarning[] } | { ok: false };

const DOCUMENTED: PolyvSignCheck = Object.freeze({ ok: true, warnings: Object.freeze([]) as readonly PolyvWarning[] });
const MISMATCH: PolyvSignCheck = Object.freeze({ ok: false });

/**
 * Checks `params.sign`: against the documented rule first (empty values dropped, signatureMethod
 * signed, SHA-256 for `signatureMethod=SHA256` exactly), then, only when that misses, against what
 * the official SDKs produce (signatureMethod in any case, empty values kept or blank ones dropped,
 * signatureMethod left out), naming the leniencies the matching one relied on. Each comparison is
 * constant-time in the expected signature; stopping at a match tells nothing about the secret. The
 * comparison is exact: Polyv documents an uppercase hex signature.
 *
 * @example
 * const check = checkPolyvSign(query, appSecret);
 * if (!check.ok) return invalidSignature();
 * if (check.warnings.length > 0) warn(check.warnings); // e.g. polyv.sign.empty-param-included
 */
export function checkPolyvSign(params: PolyvSignParams, secret: string): PolyvSignCheck {
  const provided = params.sign;
  if (typeof provided !== "string" || provided === "") return MISMATCH;
  const documented = polyvSignString(params);
  const strictAlgorithm = documentedAlgorithm(params);
  if (timingSafeEqual(provided, signOf(documented, secret, strictAlgorithm))) return DOCUMENTED;
  const algorithm = polyvSignAlgorithm(params);
  const relied: PolyvWarning[] = [];
  if (algorithm !== strictAlgorithm) {
    relied.push(polyvWarning("polyv.sign.signature-method-case", `signatureMethod=${String(params.signatureMethod)} selected SHA-256`));
    if (timingSafeEqual(provided, signOf(documented, secret, algorithm))) return { ok: true, warnings: relied };
  }
  for (const { options, signed } of variantSignStrings(params, documented)) {
    if (timingSafeEqual(provided, signOf(signed, secret, algorithm))) return { ok: true, warnings: [...relied, ...variantWarnings(params, options)] };
  }
  return MISMATCH;
}

/**
 * Checks `params.sign` against the documented rule and every variant the official SDKs produce
 * (see {@link checkPolyvSign}, which also names the leniencies a match relied on).
 *
 * @example
 * const query = Object.fromEntries(new URL(request.url).searchParams);
 * if (!verifyPolyvSign(query, appSecret)) return invalidSignature();
 */
export function verifyPolyvSign(params: PolyvSignParams, secret: string): boolean {
  return checkPolyvSign(params, secret).ok;
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
