/**
 * The lottery activity object Polyv answers with (seed 003): every create field echoed in the doc's
 * order, unset ones as `null`, documented defaults applied, `customGroup` instead of `customGroupIds`.
 */
import type { PolyvBody } from "../../../contracts/polyv/index.ts";

/** The fields a lottery activity keeps: the create body as validated (the update body minus `id`). */
export type LotteryFields = PolyvBody<"createLotteryActivity">;

type ReceiveInfo = NonNullable<LotteryFields["receiveInfo"]>[number];
type PrizeInfo = NonNullable<LotteryFields["prizeInfo"]>[number];

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

function receiveInfoView(items: readonly ReceiveInfo[] | null | undefined) {
  return items ? items.map((item) => ({ type: orNull(item.type), field: item.field, tips: item.tips, required: orNull(item.required) })) : null;
}

function prizeInfoView(items: readonly PrizeInfo[] | null | undefined) {
  return items
    ? items.map((prize) => ({
        prizeItem: prize.prizeItem,
        correctAnswerCount: prize.correctAnswerCount,
        prizeName: prize.prizeName,
        thumbnail: orNull(prize.thumbnail),
        realPrice: orNull(prize.realPrice),
        price: orNull(prize.price),
        acceptType: prize.acceptType,
        formInfo: receiveInfoView(prize.formInfo),
        prizeUrl: orNull(prize.prizeUrl),
        qrCode: orNull(prize.qrCode),
        qrCodeTips: orNull(prize.qrCodeTips),
        amount: prize.amount,
        hiddenWinnerAmount: prize.hiddenWinnerAmount ?? "N",
      }))
    : null;
}

/**
 * Renders a lottery activity. `phase: "created"` is the create answer (seed 003: `status: null`);
 * `"read"` is what get/list return (`status: "Y"` and `lotteryOnlineEnabled: "Y"` unless set, as the
 * real server reads back [secondary]). Fields only the official TS SDK types know are appended
 * when set.
 *
 * @example
 * lotteryView(20521, seedBody, "created") // { id: 20521, activityName: "无条件抽奖", ..., customGroupLotteryAmount: null }
 */
export function lotteryView(id: number, fields: LotteryFields, phase: "created" | "read") {
  const lotteryRange = fields.lotteryRange ?? "all";
  const view: Record<string, unknown> = {
    id,
    activityName: fields.activityName,
    lotteryCondition: fields.lotteryCondition,
    amount: fields.amount,
    receiveEnabled: fields.receiveEnabled ?? "N",
    receiveInfo: receiveInfoView(fields.receiveInfo),
    prizeName: fields.prizeName,
    activityDuration: orNull(fields.activityDuration),
    inviteType: fields.inviteType ?? "poster",
    inviteNum: orNull(fields.inviteNum),
    duration: orNull(fields.duration),
    comment: orNull(fields.comment),
    externalListLink: orNull(fields.externalListLink),
    externalInviteNumLink: orNull(fields.externalInviteNumLink),
    acceptType: orNull(fields.acceptType),
    formInfo: receiveInfoView(fields.formInfo),
    prizeUrl: orNull(fields.prizeUrl),
    qrCode: orNull(fields.qrCode),
    qrCodeTips: orNull(fields.qrCodeTips),
    thumbnail: orNull(fields.thumbnail),
    realPrice: orNull(fields.realPrice),
    price: orNull(fields.price),
    status: phase === "created" ? null : "Y",
    prizeInfo: prizeInfoView(fields.prizeInfo),
    questionGroupId: orNull(fields.questionGroupId),
    perAnswerDuration: orNull(fields.perAnswerDuration),
    lotteryRange,
    repeatWinEnabled: fields.repeatWinEnabled ?? "N",
    // Polyv answers the groups' details; the mock knows no groups, so it names them by id [inferred].
    customGroup: lotteryRange === "customGroup" ? (fields.customGroupIds ?? []).map((groupId) => ({ id: groupId, title: `分组${groupId}`, type: "custom", count: "0" })) : [],
    hiddenWinnerAmount: fields.hiddenWinnerAmount ?? "N",
    hiddenAttendeeNumber: fields.hiddenAttendeeNumber ?? "N",
    customGroupLotteryType: fields.customGroupLotteryType ?? "random",
    customGroupLotteryAmount: orNull(fields.customGroupLotteryAmount),
  };
  const sdkOnly = {
    activityDurationType: fields.activityDurationType,
    lotteryOnlineEnabled: fields.lotteryOnlineEnabled ?? (phase === "read" ? "Y" : undefined),
    answerType: fields.answerType,
    showWinnerCode: fields.showWinnerCode,
    showWinners: fields.showWinners,
  };
  for (const [key, value] of Object.entries(sdkOnly)) if (value !== undefined && value !== null) view[key] = value;
  return view;
}
