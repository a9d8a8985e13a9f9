/**
 * Volcengine livesaas contracts: constants, error catalogue and envelopes, V4 signing, validators.
 */
export * from "./constants.ts";
export type { RedPacketConfig } from "./defaults.ts";
export { claimSuccessTextDefaults, listPagingDefaults, redPacketDefaults, rewardsPointsDefaults, withRedPacketDefaults } from "./defaults.ts";
export type { RequestIdSources, VolcSuccessContext, VolcSuccessEnvelope, VolcSuccessMetadata } from "./envelope.ts";
export { buildSuccessEnvelope, chinaTimestamp14, createRequestId } from "./envelope.ts";
export type { VolcError, VolcErrorCode, VolcErrorContext, VolcErrorEntry, VolcErrorEnvelope } from "./errors.ts";
export { buildErrorEnvelope, volcError, volcErrors } from "./errors.ts";
export { readJsonBody } from "./json-body.ts";
export type { VolcengineLeniencyId, VolcengineWarning } from "./leniencies.ts";
export { volcengineLeniencies, volcengineWarning } from "./leniencies.ts";
export type {
  HeaderInput,
  PresignQueryInput,
  QueryInput,
  SigningStyle,
  SignRequestInput,
  VerifyFailureKind,
  VerifyRequestInput,
  VerifyResult,
  VolcSignatureHeaders,
} from "./signing/index.ts";
export { formatXDate, parseXDate, presignQuery, sha256Hex, signedRequestHeaders, signingKey, signRequest, verifyRequest } from "./signing/index.ts";
export { VOLC_UNSERVED_ACTIONS } from "./unserved-actions.ts";
export type { RawQuery, RedPacketRule, RuleViolation, ValidateRequestResult, VolcOperationId } from "./validators.ts";
export {
  operationForAction,
  operationNamedBy,
  redPacketRules,
  splitCallbackUrls,
  VOLC_MAX_CALLBACK_URLS,
  validateRequest,
  validators,
  volcActionMethods,
  volcActions,
  volcActionVersions,
} from "./validators.ts";
