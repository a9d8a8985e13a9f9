/**
 * What `reward_value` holds for each `reward_type` (seed 000: "奖励值:积分数值、优惠券码、红包、自定义奖品
 * (JSON字符串)"; spec rule `reward-value-matches-type`).
 */
import { parseCustomPrize } from "./custom-prize.ts";
import type { RuleViolation } from "./rule-violation.ts";

/** The points value of a 积分 reward: a positive integer as a string (positive is inferred). */
const POINTS = /^[1-9][0-9]*$/;

/**
 * Every way a `reward_value` does not fit its `reward_type`: for 1 (积分) the points value must be a
 * positive integer string; for 5 (自定义奖品) the custom prize JSON ({@link parseCustomPrize}); 2 (优惠券),
 * 3 (红包) and 4 (课程/商品) have no documented format beyond a non-empty string, which the schema
 * checks. `label` prefixes reasons (e.g. `child_tasks[0].`), `path` is where the field is.
 *
 * @example
 * rewardValueViolations(1, "abc")[0]?.reason // 'reward_value: "abc" is not valid for reward_type 1 (积分, points: a positive integer as a string, e.g. "100")'
 * rewardValueViolations(1, "100") // []
 */
export function rewardValueViolations(rewardType: number, rewardValue: string, path: readonly PropertyKey[] = ["reward_value"], label = ""): RuleViolation[] {
  if (rewardType === 1) {
    if (POINTS.test(rewardValue)) return [];
    const reason = `${label}reward_value: ${JSON.stringify(rewardValue)} is not valid for reward_type 1 (积分, points: a positive integer as a string, e.g. "100")`;
    return [{ rule: "reward-value-matches-type", path, reason }];
  }
  if (rewardType === 5) {
    const prize = parseCustomPrize(rewardValue, path, label);
    return prize.ok ? [] : prize.violations;
  }
  return [];
}
