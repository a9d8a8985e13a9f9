/**
 * Xiaoe-tech (小鹅通) contracts: error catalogue, envelopes, token format, and request validators
 * derived from specs/xiaoe.yaml.
 */

export type { ChildTasksResult, ChildTaskValue, MainTaskContext } from "./child-tasks.ts";
export { parseChildTasks } from "./child-tasks.ts";
export type { CustomPrizeResult, CustomPrizeValue } from "./custom-prize.ts";
export { parseCustomPrize } from "./custom-prize.ts";
export { formatXiaoeDateTime, parseXiaoeDateTime, timeWindowViolations } from "./date-time.ts";
export { describeIssue, formatPath } from "./describe-issue.ts";
export { generateRequestId, liveTaskListSuccess, successMessages, taskCreateSuccess, taskGetSuccess, taskUpdateSuccess, tokenSuccess, userListSuccess, usersByIdsSuccess } from "./envelope.ts";
export type { XiaoeErrorEntry, XiaoeErrorEnvelope, XiaoeErrorId, XiaoeFailure } from "./errors.ts";
export { xiaoeErrorEnvelope, xiaoeErrors, xiaoeFailure } from "./errors.ts";
export type { XiaoeLeniencyId, XiaoeWarning } from "./leniencies.ts";
export { xiaoeLeniencies, xiaoeWarning } from "./leniencies.ts";
export type { DecodedBody } from "./read-body.ts";
export { decodeBody, queryRecord } from "./read-body.ts";
export { rewardValueViolations } from "./reward-value.ts";
export type { RuleViolation } from "./rule-violation.ts";
export { type TaskCreateSample, watchTaskSample } from "./samples.ts";
export { TASK_CONDITIONS, taskConditionProblem } from "./task-condition.ts";
export type { TaskBody } from "./task-rules.ts";
export { refineTaskBody, taskBodyViolations } from "./task-rules.ts";
export type { GenerateAccessTokenOptions } from "./token.ts";
export {
  ACCESS_TOKEN_PATTERN,
  ACCESS_TOKEN_TAIL_LENGTH,
  ACCESS_TOKEN_TTL_SECONDS,
  generateAccessToken,
  isAccessTokenFormat,
  redactAccessToken,
  SUPERSEDED_TOKEN_GRACE_SECONDS,
} from "./token.ts";
export { XIAOE_UNSERVED_APIS } from "./unserved-apis.ts";
export type { XiaoeOperationId, XiaoeRawRequest, XiaoeRequestBody, XiaoeRequestQuery, XiaoeValidation } from "./validators.ts";
export { isXiaoeOperationId, validateRequest, validators } from "./validators.ts";
