/**
 * The lottery activity's conditional requirements (seed 003), the same rules the spec writes as
 * `if`/`then`/`else` and `dependentSchemas` on LotteryActivityCreateBody/UpdateBody and PrizeInfo,
 * as named zod refinements whose messages are Polyv's own (活动时长不能为空, 评论不能为空) or follow
 * the same pattern (<label>不能为空, inferred).
 */
import type { z } from "zod";
import type { PolyvErrorId } from "./errors.ts";

/** What the then-branch demands of the field: JSON Schema `{type: string, minLength: 1}` and friends. */
type Demand = "nonEmptyString" | "string" | "integer" | "nonEmptyArray";

type Body = Record<string, unknown>;

/** One conditional requirement. */
export interface LotteryRule {
  /** Stable name, also the refinement's name. */
  readonly id: string;
  readonly field: string;
  /** The field's label in Polyv's doc, used in `<label>不能为空`. */
  readonly label: string;
  readonly error: PolyvErrorId;
  readonly demand: Demand;
  /** Whether the rule applies to this body (the spec's `if`). */
  readonly applies: (body: Body) => boolean;
}

const conditionIs =
  (...values: string[]) =>
  (body: Body) =>
    typeof body.lotteryCondition === "string" && values.includes(body.lotteryCondition);

const rule = (id: string, field: string, label: string, demand: Demand, applies: (body: Body) => boolean, error: PolyvErrorId = "conditionalRequired"): LotteryRule => ({
  id,
  field,
  label,
  error,
  demand,
  applies,
});

/** The rules on the body itself, in the order they are reported. */
export const lotteryBodyRules: readonly LotteryRule[] = [
  rule("activityDurationUnlessNone", "activityDuration", "活动时长", "nonEmptyString", conditionIs("invite", "duration", "comment", "question"), "activityDurationRequired"),
  rule("inviteTypeForInvite", "inviteType", "邀请方式", "string", conditionIs("invite")),
  rule("inviteNumForInvite", "inviteNum", "邀请人数", "integer", conditionIs("invite")),
  rule("externalListLinkForExternalInvite", "externalListLink", "外部名单链接", "nonEmptyString", (b) => b.lotteryCondition === "invite" && b.inviteType === "external"),
  rule("externalInviteNumLinkForExternalInvite", "externalInviteNumLink", "获取邀请人数链接", "nonEmptyString", (b) => b.lotteryCondition === "invite" && b.inviteType === "external"),
  rule("durationForDuration", "duration", "观看时长", "integer", conditionIs("duration")),
  rule("commentForComment", "comment", "评论", "nonEmptyString", conditionIs("comment"), "commentRequired"),
  rule("acceptTypeForInviteDurationComment", "acceptType", "领奖方式", "string", conditionIs("invite", "duration", "comment")),
  rule("prizeUrlForLinkAccept", "prizeUrl", "奖品链接", "nonEmptyString", (b) => b.acceptType === "link"),
  rule("qrCodeForQrCodeAccept", "qrCode", "二维码链接", "nonEmptyString", (b) => b.acceptType === "qrCode"),
  rule("prizeInfoForQuestion", "prizeInfo", "奖品信息", "nonEmptyArray", conditionIs("question")),
  rule("questionGroupIdForQuestion", "questionGroupId", "问答组模板ID", "integer", conditionIs("question")),
  rule("perAnswerDurationForQuestion", "perAnswerDuration", "每道题的答题时长", "integer", conditionIs("question")),
];

/** The rules on each `prizeInfo[]` item (PrizeInfo's own if/then/else). */
export const prizeInfoRules: readonly LotteryRule[] = [
  rule("prizeInfoPrizeUrlForLinkAccept", "prizeUrl", "奖品链接", "nonEmptyString", (p) => p.acceptType === "link"),
  rule("prizeInfoQrCodeForQrCodeAccept", "qrCode", "二维码链接", "nonEmptyString", (p) => p.acceptType === "qrCode"),
];

function satisfies(value: unknown, demand: Demand): boolean {
  switch (demand) {
    case "nonEmptyString":
      return typeof value === "string" && value.length > 0;
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "nonEmptyArray":
      return Array.isArray(value) && value.length > 0;
  }
}

/** A violated rule and where. */
export interface LotteryRuleViolation {
  rule: LotteryRule;
  path: (string | number)[];
}

function isBody(value: unknown): value is Body {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Every conditional requirement a lottery body breaks, in report order.
 *
 * @example
 * lotteryRuleViolations({ lotteryCondition: "comment", activityName: "x", amount: 1, prizeName: "p" })
 *   .map((v) => v.rule.id) // ["activityDurationUnlessNone", "commentForComment", "acceptTypeForInviteDurationComment"]
 */
export function lotteryRuleViolations(body: unknown): LotteryRuleViolation[] {
  if (!isBody(body)) return [];
  const out: LotteryRuleViolation[] = [];
  for (const r of lotteryBodyRules) {
    if (r.applies(body) && !satisfies(body[r.field], r.demand)) out.push({ rule: r, path: [r.field] });
  }
  if (Array.isArray(body.prizeInfo)) {
    body.prizeInfo.forEach((item: unknown, index: number) => {
      if (!isBody(item)) return;
      for (const r of prizeInfoRules) {
        if (r.applies(item) && !satisfies(item[r.field], r.demand)) out.push({ rule: r, path: ["prizeInfo", index, r.field] });
      }
    });
  }
  return out;
}

/** Marks an issue raised by a lottery rule so the error mapper can find the catalogue entry. */
export interface LotteryRuleIssueParams {
  polyvRule: string;
  polyvError: PolyvErrorId;
  label: string;
}

/**
 * Adds the lottery conditional requirements to a generated body schema as one named refinement;
 * each violation becomes a `custom` issue at the field, with Polyv's message.
 *
 * @example
 * const body = withLotteryRules(generated.createLotteryActivityBody);
 * body.safeParse({ ...doc, lotteryCondition: "comment" }).error?.issues[0]?.message // "活动时长不能为空"
 */
export function withLotteryRules<S extends z.ZodType<Record<string, unknown>>>(schema: S): S {
  return schema.superRefine((value, ctx) => {
    for (const { rule: r, path } of lotteryRuleViolations(value)) {
      const params: LotteryRuleIssueParams = { polyvRule: r.id, polyvError: r.error, label: r.label };
      ctx.addIssue({ code: "custom", path, message: `${r.label}不能为空`, params });
    }
  });
}
