/**
 * The canonical request of Volcengine's V4 signature, and its parts: the canonical query, URI and
 * header block, and the body hash. canonicalRequest is the one place the canonical request string is
 * put together: signing (sign.ts), presigning (presign.ts) and verification (verify.ts) all call it.
 */
import { hexDigest } from "../../../util/hex-digest.ts";

/** Query parameters: a raw query string (with or without `?`), URLSearchParams, or a record. */
export type QueryInput = string | URLSearchParams | Readonly<Record<string, string | number | boolean | readonly (string | number | boolean)[] | null | undefined>>;

/** Request headers: a Map with lower-case names (as `VendorRequest.headerMap`), a Headers object, or
 * a record (names in any case). */
export type HeaderInput = Headers | ReadonlyMap<string, string> | Readonly<Record<string, string | number | readonly string[] | null | undefined>>;

/** Query parameters as ordered key/value pairs (a key may repeat). */
export type Pairs = Array<[string, string]>;

/** The SHA-256 of an empty body: the body hash of a presigned request, which never signs its body. */
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/**
 * Lowercase hex SHA-256 of a string (UTF-8) or bytes.
 *
 * @example
 * sha256Hex("") // "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
 */
export function sha256Hex(data: string | Uint8Array = ""): string {
  return hexDigest("sha256", data);
}

/** Only RFC 3986 unreserved characters: encoding and decoding leave such a string as it is. */
const UNRESERVED_ONLY = /^[A-Za-z0-9\-_.~]*$/;

/** RFC 3986 percent-encoding (unreserved `A-Za-z0-9-_.~` kept, upper-case hex). */
function uriEscape(value: string): string {
  if (UNRESERVED_ONLY.test(value)) return value;
  return encodeURIComponent(value).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Percent-decoding that never throws (`+` is a space, as in form encoding and Go's ParseQuery). */
function safeDecode(value: string): string {
  if (!value.includes("%") && !value.includes("+")) return value;
  const spaced = value.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * Normalises any query input into ordered key/value pairs (null/undefined dropped; a raw string is
 * percent-decoded, `+` as a space).
 *
 * @example
 * toPairs("?Action=GetActivityRedPacket&Version=2023-08-01") // [["Action", "GetActivityRedPacket"], ["Version", "2023-08-01"]]
 * toPairs({ Version: "2023-08-01", Tag: ["b", "a"], Skip: undefined }) // [["Version", "2023-08-01"], ["Tag", "b"], ["Tag", "a"]]
 */
export function toPairs(query: QueryInput | undefined): Pairs {
  if (query === undefined) return [];
  if (typeof query === "string") {
    const raw = query.startsWith("?") ? query.slice(1) : query;
    const pairs: Pairs = [];
    if (raw === "") return pairs;
    for (const part of raw.split("&")) {
      if (part === "") continue;
      const eq = part.indexOf("=");
      pairs.push(eq < 0 ? [safeDecode(part), ""] : [safeDecode(part.slice(0, eq)), safeDecode(part.slice(eq + 1))]);
    }
    return pairs;
  }
  if (query instanceof URLSearchParams) return [...query.entries()];
  const pairs: Pairs = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const v of value as readonly unknown[]) pairs.push([key, String(v)]);
    else pairs.push([key, String(value)]);
  }
  return pairs;
}

/**
 * Canonical query: keys sorted, RFC 3986 encoded; a repeated key's values sorted (Node SDK,
 * `sortValues` true, the default) or kept in order (Go SDK).
 *
 * @example
 * canonicalQuery([["Version", "2023-08-01"], ["Tag", "b c"], ["Tag", "a"]]) // "Tag=a&Tag=b%20c&Version=2023-08-01"
 * canonicalQuery([["Version", "2023-08-01"], ["Tag", "b c"], ["Tag", "a"]], false) // "Tag=b%20c&Tag=a&Version=2023-08-01"
 */
export function canonicalQuery(pairs: Pairs, sortValues = true): string {
  // Sorting is stable: a repeated key's values stay in their order, next to each other.
  const sorted = [...pairs].sort(byKey);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    const key = sorted[i]![0];
    const values: string[] = [];
    for (; i < sorted.length && sorted[i]![0] === key; i++) values.push(uriEscape(sorted[i]![1]));
    if (sortValues && values.length > 1) values.sort();
    const escapedKey = uriEscape(key);
    for (const value of values) parts.push(`${escapedKey}=${value}`);
  }
  return parts.join("&");
}

/** `key=value` pairs of RFC 3986 unreserved characters only, joined by `&` (no empty key, no bare key). */
const UNRESERVED_PAIRS = /^[A-Za-z0-9\-_.~]+=[A-Za-z0-9\-_.~]*(?:&[A-Za-z0-9\-_.~]+=[A-Za-z0-9\-_.~]*)*$/;

/**
 * True when a raw query string is its own canonical form: unreserved `key=value` pairs (nothing to
 * decode or encode) with keys strictly ascending (nothing to sort), as SDKs send `Action=...&Version=...`.
 *
 * @example
 * isCanonicalQueryString("Action=CreateActivityRedPacket&Version=2023-08-01") // true
 * isCanonicalQueryString("Version=2023-08-01&Action=CreateActivityRedPacket") // false
 */
function isCanonicalQueryString(raw: string): boolean {
  if (!UNRESERVED_PAIRS.test(raw)) return false;
  let previousKey = ""; // every key is longer, so greater
  let start = 0;
  for (;;) {
    const eq = raw.indexOf("=", start);
    const key = raw.slice(start, eq);
    if (key <= previousKey) return false;
    const amp = raw.indexOf("&", eq);
    if (amp < 0) return true;
    previousKey = key;
    start = amp + 1;
  }
}

/**
 * The canonical query (a repeated key's values sorted) of a query input: a raw string already
 * canonical is its own, with no pair built (the usual SDK request, on the verifier's hot path).
 *
 * @example
 * sortedCanonicalQuery("Action=CreateActivityRedPacket&Version=2023-08-01") // the same string, as it is
 * sortedCanonicalQuery({ Version: "2023-08-01", Action: "CreateActivityRedPacket" }) // "Action=CreateActivityRedPacket&Version=2023-08-01"
 */
export function sortedCanonicalQuery(query: QueryInput | undefined): string {
  if (typeof query === "string") {
    const raw = query.startsWith("?") ? query.slice(1) : query;
    if (isCanonicalQueryString(raw)) return raw;
  }
  return canonicalQuery(toPairs(query), true);
}

/** Orders pairs by key, UTF-16 code unit by code unit (as `Array.prototype.sort` orders strings). */
function byKey(a: readonly [string, string], b: readonly [string, string]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/**
 * Canonical URI: each path segment RFC 3986 encoded (`/` when the path is empty).
 *
 * @example
 * canonicalUri(undefined) // "/"
 * canonicalUri("/a b/c") // "/a%20b/c"
 */
export function canonicalUri(path: string | undefined): string {
  const p = !path ? "/" : path.startsWith("/") ? path : `/${path}`;
  if (p === "/") return p;
  return p
    .split("/")
    .map((segment) => (UNRESERVED_ONLY.test(segment) ? segment : uriEscape(safeDecode(segment.replace(/\+/g, "%2B")))))
    .join("/");
}

/**
 * Lower-cased header map (multiple values joined with `,`); a Map is returned as it is.
 *
 * @example
 * toHeaderMap({ "Content-Type": "application/json", "X-Tag": ["a", "b"] }) // Map { "content-type" => "application/json", "x-tag" => "a,b" }
 * toHeaderMap(request.headerMap) // request.headerMap itself (a VendorRequest's names are lower-case)
 */
export function toHeaderMap(headers: HeaderInput | undefined): ReadonlyMap<string, string> {
  // A Map is taken as it is: its names are lower-case already (VendorRequest.headerMap).
  if (headers instanceof Map) return headers;
  const map = new Map<string, string>();
  if (!headers) return map;
  if (headers instanceof Headers) {
    headers.forEach((value, key) => {
      map.set(key.toLowerCase(), value);
    });
    return map;
  }
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined || value === null) continue;
    map.set(key.toLowerCase(), Array.isArray(value) ? (value as readonly string[]).join(",") : String(value));
  }
  return map;
}

/** How a header value is canonicalised: trimmed (Go SDK), or trimmed with inner whitespace collapsed (Node SDK). */
export type HeaderValueMode = "trim" | "collapse";

/** A default port at the end of a Host value: the Go SDK signs the Host without it. */
export const DEFAULT_PORT = /:(80|443)$/;

/**
 * Canonical header block: `name:value` lines joined by `\n`, plus a final `\n` (so with no signed
 * header at all the block is a lone `\n`, as the Node SDK's presigned form has it). `host`, when
 * given, replaces the value of the `host` header.
 *
 * @example
 * canonicalHeaders(["host", "x-date"], new Map([["host", "example.com:443"], ["x-date", " 20240101T120000Z "]]), "trim")
 * // "host:example.com:443\nx-date:20240101T120000Z\n"
 * canonicalHeaders([], new Map(), "trim") // "\n"
 */
export function canonicalHeaders(names: readonly string[], values: ReadonlyMap<string, string>, mode: HeaderValueMode, host?: string): string {
  let block = "";
  for (const name of names) {
    const raw = (name === "host" && host !== undefined ? host : values.get(name)) ?? "";
    const value = mode === "collapse" ? raw.replace(/\s+/g, " ").trim() : raw.trim();
    block += `${name}:${value}\n`;
  }
  return names.length === 0 ? "\n" : block;
}

/** What every canonical form of one request shares (all but the query and the header block). */
export interface CanonicalFrame {
  method: string;
  uri: string;
  signedHeaders: readonly string[];
  /** `signedHeaders` joined by `;`. */
  signedList: string;
  bodyHash: string;
}

/**
 * The canonical request: method, URI, query, header block, signed header list and body hash, one a
 * line. The one place the canonical request string is put together, for signing, presigning and
 * verification. It takes the query and the header block apart from the frame so that the verifier
 * can try several forms of one request over one frame (no object per form).
 *
 * @example
 * const frame: CanonicalFrame = { method: "get", uri: "/", signedHeaders: [], signedList: "", bodyHash: EMPTY_SHA256 };
 * canonicalRequest(frame, "Action=GetActivityRedPacket&Version=2023-08-01", canonicalHeaders([], new Map(), "trim"))
 * // "GET\n/\nAction=GetActivityRedPacket&Version=2023-08-01\n\n\n\ne3b0c442...b855"
 */
export function canonicalRequest(frame: CanonicalFrame, query: string, headerBlock: string): string {
  return `${frame.method.toUpperCase()}\n${frame.uri}\n${query}\n${headerBlock}\n${frame.signedList}\n${frame.bodyHash}`;
}
