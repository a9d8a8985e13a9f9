/**
 * Volcengine HMAC-SHA256 ("V4") request signing and verification, header form and presigned
 * query form, as the official SDKs (Node `src/base/sign.ts`, Go `base/sign.go`) sign.
 * Used by the client (signRequest, presignQuery) and by the mock (verifyRequest).
 *
 * One module per job: canonical-request.ts (the canonical request and its parts, built in one
 * place), signature.ts (X-Date, scope, signing key, HMAC), sign.ts (header form), presign.ts (query
 * form), verify.ts (the mock's tolerant verification).
 */

export type { HeaderInput, QueryInput } from "./canonical-request.ts";
export { sha256Hex } from "./canonical-request.ts";
export type { PresignQueryInput } from "./presign.ts";
export { presignQuery } from "./presign.ts";
export type { SigningStyle, SignRequestInput, VolcSignatureHeaders } from "./sign.ts";
export { signedRequestHeaders, signRequest } from "./sign.ts";
export { formatXDate, parseXDate, signingKey } from "./signature.ts";
export type { VerifyFailureKind, VerifyRequestInput, VerifyResult } from "./verify.ts";
export { verifyRequest } from "./verify.ts";
