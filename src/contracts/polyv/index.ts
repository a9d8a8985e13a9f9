/**
 * Polyv (保利威) contracts: signing, envelopes, error catalogue and validators, shared by the mock,
 * the client and the contract runner.
 */

export type { PolyvBodyLeniency } from "./body-leniencies.ts";
export { polyvBodyLeniencies } from "./body-leniencies.ts";
export type { RawQuery } from "./coerce-query.ts";
export { coerceQuery, firstQueryValues } from "./coerce-query.ts";
export type { PolyvLegacyEnvelope, PolyvPage, PolyvSuccessEnvelope } from "./envelope.ts";
export { buildPolyvLegacyError, buildPolyvLegacySuccess, buildPolyvPage, buildPolyvSuccess, createPolyvRequestId } from "./envelope.ts";
export type { PolyvError, PolyvErrorEntry, PolyvErrorEnvelope, PolyvErrorId, PolyvErrorParams } from "./errors.ts";
export { buildPolyvErrorEnvelope, polyvError, polyvErrors } from "./errors.ts";
export { issueToPolyvError } from "./issue-to-error.ts";
export type { JsonBodyResult } from "./json-body.ts";
export { readJsonBody } from "./json-body.ts";
export type { PolyvLeniencyId, PolyvWarning } from "./leniencies.ts";
export { polyvLeniencies, polyvWarning } from "./leniencies.ts";
export type { LotteryRule, LotteryRuleViolation } from "./lottery-rules.ts";
export { lotteryBodyRules, lotteryRuleViolations, prizeInfoRules, withLotteryRules } from "./lottery-rules.ts";
export type { PolyvEmptyValues, PolyvSignAlgorithm, PolyvSignCheck, PolyvSignOptions, PolyvSignParams, PolyvSignValue, SignPolyvQueryOptions } from "./signing.ts";
export { checkPolyvSign, polyvSign, polyvSignAlgorithm, polyvSignCandidates, polyvSignString, signPolyvQuery, verifyPolyvSign } from "./signing.ts";
export { POLYV_UNSERVED_APIS } from "./unserved-apis.ts";
export type { PolyvBody, PolyvOperationId, PolyvQuery, PolyvResponse, PolyvValidation } from "./validators.ts";
export { validateRequest, validators } from "./validators.ts";
