/**
 * Xiaoe-tech (小鹅通) contracts: error catalogue, envelopes, token format, and request validators
 * derived from specs/xiaoe.yaml.
 */
export { watchTaskSample, type TaskCreateSample } from "./samples.ts";
export { xiaoeErrors, xiaoeErrorEnvelope, xiaoeFailure } from "./errors.ts";
export type { XiaoeErrorEntry, XiaoeErrorEnvelope, XiaoeErrorId, XiaoeFailure } from "./errors.ts";
export { successMessages, tokenSuccess, taskCreateSuccess, taskUpdateSuccess, taskGetSuccess, liveTaskListSuccess, generateRequestId } from "./envelope.ts";
export {
  ACCESS_TOKEN_PATTERN,
  ACCESS_TOKEN_TAIL_LENGTH,
  ACCESS_TOKEN_TTL_SECONDS,
  SUPERSEDED_TOKEN_GRACE_SECONDS,
  generateAccessToken,
  isAccessTokenFormat,
  redactAccessToken,
} from "./token.ts";
export type { GenerateAccessTokenOptions } from "./token.ts";
export { validators, validateRequest, isXiaoeOperationId } from "./validators.ts";
export type { XiaoeOperationId, XiaoeRawRequest, XiaoeRequestBody, XiaoeRequestQuery, XiaoeValidation } from "./validators.ts";
export { taskBodyViolations, refineTaskBody } from "./task-rules.ts";
export type { TaskBody } from "./task-rules.ts";
export { parseChildTasks } from "./child-tasks.ts";
export type { ChildTaskValue, ChildTasksResult, MainTaskContext } from "./child-tasks.ts";
export { parseCustomPrize } from "./custom-prize.ts";
export type { CustomPrizeResult, CustomPrizeValue } from "./custom-prize.ts";
export { TASK_CONDITIONS, taskConditionProblem } from "./task-condition.ts";
export { parseXiaoeDateTime, formatXiaoeDateTime, timeWindowViolations } from "./date-time.ts";
export { describeIssue, formatPath } from "./describe-issue.ts";
export type { RuleViolation } from "./rule-violation.ts";
