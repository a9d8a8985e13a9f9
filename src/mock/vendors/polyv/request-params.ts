/**
 * The request parameters Polyv reads (and signs): the query string plus urlencoded form fields,
 * first value wins for a repeated name, as a Java servlet's `getParameter` does.
 */
import { firstQueryValues } from "../../../contracts/polyv/coerce-query.ts";
import type { VendorRequest } from "../../core/vendor.ts";

/**
 * Every request parameter as a flat record: query parameters (`query`, the request's own by
 * default, passed in when the caller already has them), then (for an
 * `application/x-www-form-urlencoded` body) form fields not already in the query. A JSON body is
 * never a source of parameters (Polyv never signs it). Without form fields, `query` itself is
 * returned: neither is ever modified.
 *
 * @example
 * requestParams(request) // { appId: "frlr1zazn3", timestamp: "1700000000000", sign: "...", channelId: "4854808" }
 */
export function requestParams(request: VendorRequest, query: Readonly<Record<string, string>> = firstQueryValues(request.query)): Readonly<Record<string, string>> {
  if (request.contentType !== "application/x-www-form-urlencoded" || !request.rawBody) return query;
  return firstQueryValues(new URLSearchParams(request.rawBody), { ...query });
}
