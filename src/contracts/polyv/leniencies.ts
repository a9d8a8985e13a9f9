/**
 * What livemock's Polyv accepts beyond the documented rule, because an official SDK (or the doc's
 * own example) sends it: one entry per leniency, with its source. The mock warns with these ids
 * (`x-livemock-warning`) and refuses under `--strict`; the README lists this table.
 */
import { type LeniencyWarning, leniencyTable, leniencyWarning } from "../core/leniency.ts";

const SIGN_RULE = "签名生成规则 (https://polyv.gitbook.io/document/docs/live/api/buildsign)";
const TS_SDK_TYPES = "polyv/polyv-live-cli packages/sdk/src/types/v4-channel.ts";

/** Every Polyv leniency, keyed by id. */
export const polyvLeniencies = leniencyTable({
  "polyv.sign.empty-param-included": {
    rule: "the doc drops empty parameters before signing",
    accepted: "a sign whose string keeps empty parameters (`key` followed by nothing)",
    source: `polyv/polyv-live-cli packages/sdk/src/auth/signature.ts keeps "" values, polyv/fed-common-utils src/encrypt.ts keeps every value; departs from ${SIGN_RULE}: parameters whose value is empty are not signed`,
  },
  "polyv.sign.blank-param-dropped": {
    rule: "the doc drops only empty parameters: a blank (white-space) value is signed",
    accepted: "a sign whose string also leaves out white-space-only values",
    source: `polyv/polyv-java-sdk LiveSignUtil.java drops blank values; departs from ${SIGN_RULE}: only empty values are dropped`,
  },
  "polyv.sign.signature-method-unsigned": {
    rule: "the doc signs every parameter but sign, signatureMethod included",
    accepted: "a sign whose string leaves out signatureMethod",
    source: `polyv/polyv-live-cli packages/sdk/src/auth/signature.ts deletes signatureMethod before signing; departs from ${SIGN_RULE}: every request parameter except sign is signed`,
  },
  "polyv.sign.signature-method-case": {
    rule: "the doc selects SHA-256 with signatureMethod=SHA256 (any other value means MD5)",
    accepted: "signatureMethod=sha256 (any case) selecting SHA-256",
    source: `polyv/fed-common-utils src/encrypt.ts (genAPISign) compares signatureMethod case-insensitively; departs from ${SIGN_RULE}: signatureMethod=SHA256`,
  },
  "polyv.task.sort-missing": {
    rule: "the doc's tasks table marks sort (Integer) required",
    accepted: "a task without sort, numbered by its position",
    source: `seed 001's own example body (task-reward save) has no sort, and ${TS_SDK_TYPES} types it optional (sort?: number); departs from seed 001's tasks table: sort true Integer`,
  },
  "polyv.task.sdk-reach-type": {
    rule: "the doc's reachCondition.type is sign or online",
    accepted: "reachCondition.type questionnaire or custom",
    source: `${TS_SDK_TYPES} (TaskRewardReachCondition.type); departs from seed 001's reachCondition table: sign 签到, online 在线时长`,
  },
  "polyv.task.sdk-reward-type": {
    rule: "the doc's rewardSetting.type is cash, custom or nothing",
    accepted: "rewardSetting.type externalPoint",
    source: `${TS_SDK_TYPES} (TaskRewardSetting.type); departs from seed 001's rewardSetting table: cash, custom, nothing`,
  },
  "polyv.lottery.sdk-field": {
    rule: "the doc's parameter table (seed 003) has no such field",
    accepted: "activityDurationType (second, minute, hour), lotteryOnlineEnabled, answerType (pushQuestion, autonomyAnswer), showWinnerCode and showWinners: validated, kept and read back",
    source: `${TS_SDK_TYPES} (lottery activity params); departs from seed 003's parameter table (lottery-activity create), which lists none of them`,
  },
});

/** The id of a Polyv leniency. */
export type PolyvLeniencyId = keyof typeof polyvLeniencies;

/** A warning about a Polyv leniency a request relied on. */
export type PolyvWarning = LeniencyWarning<PolyvLeniencyId>;

/**
 * The warning for a Polyv leniency: `detail` says what the request did.
 *
 * @example
 * polyvWarning("polyv.task.sort-missing", "tasks[0] has no sort").message
 * // "tasks[0] has no sort; the doc's tasks table marks sort (Integer) required"
 */
export function polyvWarning(id: PolyvLeniencyId, detail: string): PolyvWarning {
  return leniencyWarning(polyvLeniencies, id, detail);
}
