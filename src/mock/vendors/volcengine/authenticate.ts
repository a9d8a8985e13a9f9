/**
 * Authenticates a Volcengine request against the credentials the mock accepts, with the mock clock.
 */
import { strictReason } from "../../../contracts/core/leniency.ts";
import { type VerifyResult, verifyRequest, volcError } from "../../../contracts/volcengine/index.ts";
import type { MockContext } from "../../core/context.ts";
import type { VendorRequest } from "../../core/vendor.ts";

/** Verifies one request's signature; see createVolcAuthenticator. */
export type VolcAuthenticator = (request: VendorRequest) => VerifyResult;

/**
 * Creates the authenticator of one app. It verifies the V4 signature (Authorization header or
 * presigned query) of a request: the client's SignedHeaders, X-Content-Sha256 against the raw body,
 * the ±900 s window against `context.clock.now()`, the access key among
 * `context.credentials.volcengine` (read at call time, so credentials added later count), the
 * signature. The canonical query is computed from the query string as sent (`request.rawQuery`):
 * parsed parameters would lose malformed escapes. A signature that matches only an official SDK's
 * form (a leniency) is refused under `context.strict` as SignatureDoesNotMatch, naming the rule.
 *
 * @example
 * const authenticate = createVolcAuthenticator(context);
 * const verdict = authenticate(request);
 * if (!verdict.ok) return respond.failure(verdict.error, { action, version, operation });
 */
export function createVolcAuthenticator(context: MockContext): VolcAuthenticator {
  const lookupSecret = (accessKeyId: string): string | undefined => {
    for (const key of context.credentials.volcengine) if (key.accessKeyId === accessKeyId) return key.secretAccessKey;
    return undefined;
  };
  return (request) => {
    const verdict = verifyRequest({
      method: request.method,
      path: request.path,
      query: request.rawQuery,
      headers: request.headerMap,
      body: request.rawBytes ?? request.rawBody,
      now: context.clock.now(),
      lookupSecret,
    });
    if (!verdict.ok || verdict.warnings === undefined || !context.strict) return verdict;
    const reason = `The signature matches only an official SDK's form: ${verdict.warnings.map(strictReason).join("; ")}.`;
    return { ok: false, kind: "SignatureDoesNotMatch", reason, error: volcError("SignatureDoesNotMatch", {}, reason), accessKeyId: verdict.accessKeyId };
  };
}
