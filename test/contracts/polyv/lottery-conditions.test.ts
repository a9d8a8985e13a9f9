import { describe, expect, it } from "vitest";
import { specValidator } from "../../../src/contracts/core/spec-validator.ts";
import { validateRequest, validators } from "../../../src/contracts/polyv/validators.ts";
import { SEED_003_BODY } from "../../support/seed-bodies.ts";

// Seed 003's example body, verbatim.
const DOC_BODY = SEED_003_BODY;
const QUERY = { appId: "frlr1zazn3", timestamp: "1665629374000", sign: "6CFA3141718E1AF0155889EEA2988206", channelId: "2974342" };
const BASE = { activityName: "抽奖", amount: 1, prizeName: "奖品" };

function firstMessage(body: unknown): string | undefined {
  const result = validators.createLotteryActivity.body.safeParse(body);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("creating a lottery activity: conditional fields", () => {
  it("accepts the documented example body", () => {
    expect(validators.createLotteryActivity.body.safeParse(DOC_BODY).success).toBe(true);
    expect(validateRequest("createLotteryActivity", { query: QUERY, body: DOC_BODY })).toMatchObject({ ok: true, body: DOC_BODY, query: { channelId: 2974342 } });
  });

  it.each([
    ["invite without activityDuration", { lotteryCondition: "invite", inviteType: "poster", inviteNum: 2, acceptType: "form" }, "活动时长不能为空", "activityDuration"],
    ["duration with an empty activityDuration", { lotteryCondition: "duration", activityDuration: "", duration: 5, acceptType: "form" }, "活动时长不能为空", "activityDuration"],
    [
      "question with a null activityDuration",
      {
        lotteryCondition: "question",
        activityDuration: null,
        questionGroupId: 1,
        perAnswerDuration: 30,
        prizeInfo: [{ prizeItem: "一等奖", correctAnswerCount: 1, prizeName: "书", acceptType: "form", amount: 1 }],
      },
      "活动时长不能为空",
      "activityDuration",
    ],
    ["comment without comment", { lotteryCondition: "comment", activityDuration: "5", acceptType: "form" }, "评论不能为空", "comment"],
    ["invite without inviteType", { lotteryCondition: "invite", activityDuration: "5", inviteNum: 2, acceptType: "form" }, "邀请方式不能为空", "inviteType"],
    ["invite without inviteNum", { lotteryCondition: "invite", activityDuration: "5", inviteType: "poster", acceptType: "form" }, "邀请人数不能为空", "inviteNum"],
    [
      "external invite without externalListLink",
      { lotteryCondition: "invite", activityDuration: "5", inviteType: "external", inviteNum: 2, externalInviteNumLink: "https://x", acceptType: "form" },
      "外部名单链接不能为空",
      "externalListLink",
    ],
    [
      "external invite without externalInviteNumLink",
      { lotteryCondition: "invite", activityDuration: "5", inviteType: "external", inviteNum: 2, externalListLink: "https://x", acceptType: "form" },
      "获取邀请人数链接不能为空",
      "externalInviteNumLink",
    ],
    ["duration without duration", { lotteryCondition: "duration", activityDuration: "5", acceptType: "form" }, "观看时长不能为空", "duration"],
    ["comment without acceptType", { lotteryCondition: "comment", activityDuration: "5", comment: "666" }, "领奖方式不能为空", "acceptType"],
    ["acceptType link without prizeUrl", { lotteryCondition: "none", acceptType: "link" }, "奖品链接不能为空", "prizeUrl"],
    ["acceptType qrCode without qrCode", { lotteryCondition: "duration", activityDuration: "5", duration: 3, acceptType: "qrCode" }, "二维码链接不能为空", "qrCode"],
    ["question without prizeInfo", { lotteryCondition: "question", activityDuration: "5", questionGroupId: 1, perAnswerDuration: 30 }, "奖品信息不能为空", "prizeInfo"],
    ["question with an empty prizeInfo", { lotteryCondition: "question", activityDuration: "5", questionGroupId: 1, perAnswerDuration: 30, prizeInfo: [] }, "奖品信息不能为空", "prizeInfo"],
    [
      "question without questionGroupId",
      { lotteryCondition: "question", activityDuration: "5", perAnswerDuration: 30, prizeInfo: [{ prizeItem: "一等奖", correctAnswerCount: 1, prizeName: "书", acceptType: "form", amount: 1 }] },
      "问答组模板ID不能为空",
      "questionGroupId",
    ],
    [
      "question without perAnswerDuration",
      { lotteryCondition: "question", activityDuration: "5", questionGroupId: 1, prizeInfo: [{ prizeItem: "一等奖", correctAnswerCount: 1, prizeName: "书", acceptType: "form", amount: 1 }] },
      "每道题的答题时长不能为空",
      "perAnswerDuration",
    ],
    [
      "a prize with acceptType link and no prizeUrl",
      {
        lotteryCondition: "question",
        activityDuration: "5",
        questionGroupId: 1,
        perAnswerDuration: 30,
        prizeInfo: [{ prizeItem: "一等奖", correctAnswerCount: 1, prizeName: "书", acceptType: "link", amount: 1 }],
      },
      "奖品链接不能为空",
      "prizeInfo[0].prizeUrl",
    ],
  ])("rejects %s with Polyv's message", (_name, fields, message, field) => {
    const body = { ...BASE, ...fields };
    expect(firstMessage(body)).toBe(message);
    expect(specValidator("polyv").validateBody("createLotteryActivity", body).valid).toBe(false);
    const result = validateRequest("createLotteryActivity", { query: QUERY, body });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.entry.code).toBe(10001);
    expect(result.error.entry.httpStatus).toBe(400);
    expect(result.error.desc).toBe(message);
    expect(result.error.field).toBe(field);
    expect(result.error.reason).toContain(field);
  });

  it("applies the same rules on update", () => {
    const result = validateRequest("updateLotteryActivity", { query: QUERY, body: { id: 20521, ...BASE, lotteryCondition: "comment", activityDuration: "5", acceptType: "form" } });
    expect(result).toMatchObject({ ok: false, error: { desc: "评论不能为空" } });
  });

  it("accepts a complete body for every condition", () => {
    const prize = { prizeItem: "一等奖", correctAnswerCount: 1, prizeName: "书", acceptType: "qrCode", qrCode: "https://q", amount: 1 };
    for (const fields of [
      { lotteryCondition: "invite", activityDuration: "5", inviteType: "poster", inviteNum: 2, acceptType: "form" },
      {
        lotteryCondition: "invite",
        activityDuration: "5",
        inviteType: "external",
        inviteNum: 2,
        externalListLink: "https://a",
        externalInviteNumLink: "https://b",
        acceptType: "link",
        prizeUrl: "https://p",
      },
      { lotteryCondition: "duration", activityDuration: "5", duration: 10, acceptType: "qrCode", qrCode: "https://q" },
      { lotteryCondition: "comment", activityDuration: "5", comment: "666", acceptType: "form" },
      { lotteryCondition: "question", activityDuration: "5", questionGroupId: 1, perAnswerDuration: 30, prizeInfo: [prize] },
    ]) {
      const body = { ...BASE, ...fields };
      expect(firstMessage(body), JSON.stringify(fields)).toBeUndefined();
      expect(specValidator("polyv").validateBody("createLotteryActivity", body)).toEqual({ valid: true });
    }
  });
});

describe("lottery conditionals: the spec's if/then and the zod refinements agree", () => {
  // Every combination of the trigger fields with each conditional field present, absent, null or empty.
  const triggers = {
    lotteryCondition: ["none", "invite", "duration", "comment", "question"],
    inviteType: [undefined, "poster", "external"],
    acceptType: [undefined, null, "form", "link", "qrCode"],
  };
  const fillers: Record<string, unknown[]> = {
    activityDuration: [undefined, "", "5"],
    inviteNum: [undefined, null, 2],
    externalListLink: [undefined, "https://a"],
    externalInviteNumLink: [undefined, "", "https://b"],
    duration: [undefined, 3],
    comment: [undefined, "666"],
    prizeUrl: [undefined, "", "https://p"],
    qrCode: [undefined, "https://q"],
    prizeInfo: [
      undefined,
      [],
      [{ prizeItem: "一等奖", correctAnswerCount: 1, prizeName: "书", acceptType: "link", amount: 1 }],
      [{ prizeItem: "一等奖", correctAnswerCount: 1, prizeName: "书", acceptType: "link", prizeUrl: "https://p", amount: 1 }],
    ],
    questionGroupId: [undefined, 7],
    perAnswerDuration: [undefined, 30],
  };

  it("for every trigger combination, with each conditional field in turn absent, null, empty or wrong", () => {
    const disagreements: string[] = [];
    let valid = 0;
    let cases = 0;
    for (const lotteryCondition of triggers.lotteryCondition) {
      for (const inviteType of triggers.inviteType) {
        for (const acceptType of triggers.acceptType) {
          // A body that satisfies every rule: each filler's last value is a valid one.
          const complete: Record<string, unknown> = { ...BASE, lotteryCondition };
          if (inviteType !== undefined) complete.inviteType = inviteType;
          if (acceptType !== undefined) complete.acceptType = acceptType;
          for (const [key, values] of Object.entries(fillers)) complete[key] = values[values.length - 1];
          for (const [key, values] of Object.entries(fillers)) {
            for (const value of [...values, null, "", 0]) {
              const body = { ...complete };
              if (value === undefined) delete body[key];
              else body[key] = value;
              const spec = specValidator("polyv").validateBody("createLotteryActivity", body).valid;
              const zod = validators.createLotteryActivity.body.safeParse(body).success;
              cases += 1;
              if (spec) valid += 1;
              if (spec !== zod) disagreements.push(`${key}=${JSON.stringify(value)} in ${JSON.stringify({ lotteryCondition, inviteType, acceptType })}: spec ${spec}, zod ${zod}`);
            }
          }
        }
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    expect(valid).toBeGreaterThan(100); // the walk reaches valid bodies, not only rejections
    expect(valid).toBeLessThan(cases);
  });
});
