/**
 * The request parameters Polyv reads (and signs): the query string plus urlencoded form fields,
 * first value wins for a repeated name, as a Java servlet's `getParameter` does.
 */
import type { VendorRequest } from "../../core/vendor.ts";

function addFirstValues(target: Record<string, string>, params: URLSearchParams): void {
  for (const [key, value] of params) {
    if (!(key in target)) target[key] = value;
  }
}

/**
 * Every request parameter as a flat record: query parameters, then (for an
 * `application/x-www-form-urlencoded` body) form fields not already in the query. A JSON body is
 * never a source of parameters (Polyv never signs it).
 *
 * @example
 * requestParams(request) // { appId: "frlr1zazn3", timestamp: "1700000000000", sign: "...", channelId: "4854808" }
 */
export function requestParams(request: VendorRequest): Record<string, string> {
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  addFirstValues(params, request.query);
  if (request.contentType === "application/x-www-form-urlencoded" && request.rawBody) {
    addFirstValues(params, new URLSearchParams(request.rawBody));
  }
  return { ...params };
}
