/**
 * Volcengine livesaas contracts: constants, error catalogue and envelopes, V4 signing, validators.
 */
export * from "./constants.ts";
export { volcErrors, volcError, buildErrorEnvelope } from "./errors.ts";
export type { VolcErrorEntry, VolcErrorCode, VolcError, VolcErrorContext, VolcErrorEnvelope } from "./errors.ts";
export { createRequestId, chinaTimestamp14, buildSuccessEnvelope } from "./envelope.ts";
export type { RequestIdSources, VolcSuccessMetadata, VolcSuccessEnvelope, VolcSuccessContext } from "./envelope.ts";
export { signRequest, signedRequestHeaders, presignQuery, verifyRequest, signingKey, sha256Hex, formatXDate, parseXDate } from "./signing/index.ts";
export type {
  QueryInput,
  HeaderInput,
  SigningStyle,
  SignRequestInput,
  VolcSignatureHeaders,
  PresignQueryInput,
  VerifyFailureKind,
  VerifyRequestInput,
  VerifyResult,
} from "./signing/index.ts";
export { validators, validateRequest, redPacketRules, volcActions, volcActionMethods, operationForAction, operationNamedBy } from "./validators.ts";
export { redPacketDefaults, rewardsPointsDefaults, claimSuccessTextDefaults, listPagingDefaults, withRedPacketDefaults } from "./defaults.ts";
export type { RedPacketConfig } from "./defaults.ts";
export type { VolcOperationId, ValidateRequestResult, RawQuery, RedPacketRule, RuleViolation } from "./validators.ts";
