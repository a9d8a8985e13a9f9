/**
 * The custom prize (`reward_type` 5): a JSON string in `reward_value` that must decode to a
 * `CustomPrize` object (generated schema) obeying the prize rules of the spec.
 */
import type { z } from "zod";
import { CustomPrize } from "../generated/xiaoe.zod.ts";
import { describeIssue } from "./describe-issue.ts";
import type { RuleViolation } from "./rule-violation.ts";

/** A decoded custom prize. */
export type CustomPrizeValue = z.output<typeof CustomPrize>;

/** Outcome of {@link parseCustomPrize}. */
export type CustomPrizeResult = { ok: true; prize: CustomPrizeValue } | { ok: false; violations: RuleViolation[] };

/**
 * Decodes and checks a `reward_type` 5 `reward_value`. `label` prefixes reasons (e.g. `child_tasks[0].`)
 * and `path` is the path of the `reward_value` field in the request.
 *
 * @example
 * parseCustomPrize('{"prizeName":"奖品","wechat":"0","qrcode":"0","prizeNum":1}')
 * // { ok: true, prize: { prizeName: "奖品", wechat: "0", qrcode: "0", prizeNum: 1 } }
 * parseCustomPrize("奖品") // { ok: false, violations: [{ rule: "custom-prize-json", reason: "reward_value: not valid JSON (…)" }] }
 */
export function parseCustomPrize(rewardValue: string, path: readonly PropertyKey[] = ["reward_value"], label = ""): CustomPrizeResult {
  const rule = "custom-prize-json";
  const where = `${label}reward_value`;
  let decoded: unknown;
  try {
    decoded = JSON.parse(rewardValue);
  } catch {
    return { ok: false, violations: [{ rule, path, reason: `${where}: not valid JSON (reward_type 5 needs a JSON string of the custom prize object)` }] };
  }
  if (decoded === null || typeof decoded !== "object" || Array.isArray(decoded)) {
    return { ok: false, violations: [{ rule, path, reason: `${where}: must encode a JSON object (the custom prize), got ${Array.isArray(decoded) ? "an array" : JSON.stringify(decoded)}` }] };
  }
  const parsed = CustomPrize.safeParse(decoded);
  if (!parsed.success) {
    return { ok: false, violations: parsed.error.issues.map((issue) => ({ rule, path, reason: describeIssue(issue, decoded, [where]) })) };
  }
  const prize = parsed.data;
  const violations: RuleViolation[] = [];
  if (prize.wechat === "1" && !prize.wechatNum) {
    violations.push({ rule: "custom-prize-wechat", path, reason: `${where}.wechatNum: required when wechat is "1"` });
  }
  if (prize.qrcode === "1" && !prize.qrcodeImg) {
    violations.push({ rule: "custom-prize-qrcode", path, reason: `${where}.qrcodeImg: required when qrcode is "1"` });
  }
  return violations.length ? { ok: false, violations } : { ok: true, prize };
}
