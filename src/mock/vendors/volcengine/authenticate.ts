/**
 * Authenticates a Volcengine request against the credentials the mock accepts, with the mock clock.
 */
import { verifyRequest, type VerifyResult } from "../../../contracts/volcengine/index.ts";
import type { MockContext } from "../../core/context.ts";
import type { VendorRequest } from "../../core/vendor.ts";

/**
 * Verifies the V4 signature (Authorization header or presigned query) of a request: the client's
 * SignedHeaders, X-Content-Sha256 against the raw body, the ±900 s window against
 * `context.clock.now()`, the access key among `context.credentials.volcengine`, the signature.
 *
 * @example
 * const verdict = authenticateVolcRequest(request, context);
 * if (!verdict.ok) return respond.failure(verdict.error, { action, version, operation });
 */
export function authenticateVolcRequest(request: VendorRequest, context: MockContext): VerifyResult {
  return verifyRequest({
    method: request.method,
    path: request.path,
    query: request.url.search,
    headers: request.headers,
    body: request.rawBytes ?? request.rawBody,
    now: context.clock.now(),
    lookupSecret: (accessKeyId) => context.credentials.volcengine.find((key) => key.accessKeyId === accessKeyId)?.secretAccessKey,
  });
}
