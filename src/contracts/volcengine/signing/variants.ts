/**
 * The canonical requests the official SDKs sign that the documented rule does not (the leniencies
 * of ../leniencies.ts), each with the warnings naming what it relied on. The verifier builds them
 * only after the documented form missed: the usual request never reaches this module.
 */
import { type VolcengineWarning, volcengineWarning } from "../leniencies.ts";
import {
  type CanonicalFrame,
  canonicalHeaders,
  canonicalQuery,
  canonicalRequest,
  DEFAULT_PORT,
  EMPTY_SHA256,
  type HeaderValueMode,
  type Pairs,
  type QueryInput,
  toPairs,
} from "./canonical-request.ts";

/** The keys that appear more than once, in order of first appearance. */
function repeatedKeys(pairs: Pairs): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const [key] of pairs) {
    if (seen.has(key) && !repeated.includes(key)) repeated.push(key);
    seen.add(key);
  }
  return repeated;
}

/**
 * The canonical query the doc prescribes (keys sorted, a repeated key's values in the request's
 * order) given the one with values sorted: the same string unless a key repeats, so the usual
 * request (a raw query already canonical) costs one comparison.
 *
 * @example
 * documentedCanonicalQuery("Action=A&Version=V", "Action=A&Version=V", undefined) // "Action=A&Version=V", as it is
 * documentedCanonicalQuery("Tag=a&Tag=b", "Tag=b&Tag=a", undefined) // "Tag=b&Tag=a"
 */
export function documentedCanonicalQuery(sortedQuery: string, query: QueryInput | undefined, presignedPairs: Pairs | undefined): string {
  if (presignedPairs === undefined && typeof query === "string" && (query === sortedQuery || query.slice(1) === sortedQuery)) return sortedQuery;
  const pairs = presignedPairs ?? toPairs(query);
  return repeatedKeys(pairs).length === 0 ? sortedQuery : canonicalQuery(pairs, false);
}

/** One way of building the canonical request, and what it relies on. */
interface Choice<T> {
  value: T;
  warning?: VolcengineWarning;
}

/** The names of the signed headers whose value collapsing white space would change. */
function collapsibleHeaders(names: readonly string[], headers: ReadonlyMap<string, string>): string[] {
  return names.filter((name) => {
    const value = headers.get(name)?.trim() ?? "";
    return /\s\s|[^\S ]/.test(value);
  });
}

/**
 * Every canonical request other than `documented` a request may have been signed over, each
 * distinct one once, fewest leniencies first: the query with a repeated key's values sorted (Node
 * SDK), the signed Host without a default port :80/:443 (Go and Python SDKs), header values with
 * inner white space collapsed (Node SDK).
 */
function otherForms(
  frame: CanonicalFrame,
  queryPairs: Pairs,
  documentedQuery: string,
  sortedQuery: string,
  headers: ReadonlyMap<string, string>,
  documented: string,
): { canonical: string; warnings: VolcengineWarning[] }[] {
  const queries: Choice<string>[] = [{ value: documentedQuery }];
  if (sortedQuery !== documentedQuery) {
    const keys = repeatedKeys(queryPairs);
    queries.push({ value: sortedQuery, warning: volcengineWarning("volcengine.sign.query-values-sorted", `the canonical query sorts the values of ${keys.join(", ")}`) });
  }
  const host = headers.get("host");
  const hosts: Choice<string | undefined>[] = [{ value: host }];
  if (host !== undefined && frame.signedHeaders.includes("host") && DEFAULT_PORT.test(host)) {
    const bare = host.replace(DEFAULT_PORT, "");
    hosts.push({ value: bare, warning: volcengineWarning("volcengine.sign.host-default-port-dropped", `the Host ${host} was signed as ${bare}`) });
  }
  const modes: Choice<HeaderValueMode>[] = [{ value: "trim" }];
  const collapsible = collapsibleHeaders(frame.signedHeaders, headers);
  if (collapsible.length > 0) {
    modes.push({ value: "collapse", warning: volcengineWarning("volcengine.sign.header-whitespace-collapsed", `the signed ${collapsible.join(", ")} had inner white space collapsed`) });
  }
  const forms: { canonical: string; warnings: VolcengineWarning[] }[] = [];
  const seen = new Set([documented]);
  for (const query of queries) {
    for (const hostValue of hosts) {
      for (const mode of modes) {
        const canonical = canonicalRequest(frame, query.value, canonicalHeaders(frame.signedHeaders, headers, mode.value, hostValue.value));
        if (seen.has(canonical)) continue;
        seen.add(canonical);
        const warnings = [query.warning, hostValue.warning, mode.warning].filter((w): w is VolcengineWarning => w !== undefined);
        forms.push({ canonical, warnings });
      }
    }
  }
  return forms.sort((a, b) => a.warnings.length - b.warnings.length);
}

/** What {@link lenientMatch} needs besides the documented form that missed. */
export interface LenientMatchInput {
  frame: CanonicalFrame;
  /** The query pairs signed (a presigned request's X-SignedQueries ones). */
  queryPairs: Pairs;
  documentedQuery: string;
  sortedQuery: string;
  headers: ReadonlyMap<string, string>;
  /** The documented canonical request, which did not match. */
  documented: string;
  /** A presigned request with X-NotSignBody and a body: the SDKs sign an empty body's hash. */
  bodyNotSigned: boolean;
  /** True when the claimed signature signs this canonical request. */
  signs(canonical: string): boolean;
}

/**
 * The leniencies of the first SDK form (fewest leniencies first) the claimed signature signs, once
 * the documented form missed; `undefined` when none does.
 *
 * @example
 * const relied = lenientMatch({ frame, queryPairs, documentedQuery, sortedQuery, headers, documented, bodyNotSigned, signs });
 * if (relied === undefined) return fail("SignatureDoesNotMatch", "...");
 */
export function lenientMatch(input: LenientMatchInput): VolcengineWarning[] | undefined {
  const { queryPairs, documentedQuery, sortedQuery, headers, signs } = input;
  for (const form of otherForms(input.frame, queryPairs, documentedQuery, sortedQuery, headers, input.documented)) {
    if (signs(form.canonical)) return form.warnings;
  }
  if (!input.bodyNotSigned) return undefined;
  // The presigned form of every SDK signs an empty body's hash (X-NotSignBody), whatever the body.
  const unsigned = volcengineWarning("volcengine.sign.body-not-signed", "the presigned query has X-NotSignBody and the signature leaves the body out");
  const frame: CanonicalFrame = { ...input.frame, bodyHash: EMPTY_SHA256 };
  const documented = canonicalRequest(frame, documentedQuery, canonicalHeaders(frame.signedHeaders, headers, "trim"));
  if (signs(documented)) return [unsigned];
  for (const form of otherForms(frame, queryPairs, documentedQuery, sortedQuery, headers, documented)) {
    if (signs(form.canonical)) return [unsigned, ...form.warnings];
  }
  return undefined;
}
