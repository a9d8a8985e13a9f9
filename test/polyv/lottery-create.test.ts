import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errorOf, LOTTERY, type PolyvHarness, polyvHarness, SEED_003_BODY, SEED_003_DATA } from "./support.ts";

let h: PolyvHarness;
beforeEach(async () => {
  h = await polyvHarness();
});
afterEach(() => h.close());

const create = (json: unknown, channelId: number | string = 2974342) => h.signed({ path: `${LOTTERY}/create`, query: { channelId }, json });
const BASE = { activityName: "抽奖", amount: 1, prizeName: "奖品" };

describe("creating a lottery activity (seed 003)", () => {
  it("accepts the doc's example verbatim and answers the documented full object, id 20521", async () => {
    const result = await create(SEED_003_BODY);
    expect(result.status).toBe(200);
    expect(result.operation).toBe("createLotteryActivity");
    expect(result.json).toEqual({ code: 200, status: "success", requestId: expect.any(String), data: SEED_003_DATA, success: true });
    // Key order of the doc's example, byte for byte.
    expect(JSON.stringify(result.json.data)).toBe(JSON.stringify(SEED_003_DATA));
    expect((await create(SEED_003_BODY)).json.data.id).toBe(20522);
  });

  it("applies the documented defaults and echoes every set field", async () => {
    const result = await create({
      ...BASE,
      lotteryCondition: "duration",
      activityDuration: "10",
      duration: 30,
      acceptType: "form",
      formInfo: [{ field: "地址", tips: "请输入地址" }],
      thumbnail: "https://example.com/p.png",
      realPrice: 9.9,
      price: 19.9,
      hiddenWinnerAmount: "Y",
      repeatWinEnabled: "Y",
    });
    expect(result.status).toBe(200);
    expect(result.json.data).toMatchObject({
      lotteryCondition: "duration",
      activityDuration: "10",
      duration: 30,
      acceptType: "form",
      formInfo: [{ type: null, field: "地址", tips: "请输入地址", required: null }],
      thumbnail: "https://example.com/p.png",
      realPrice: 9.9,
      price: 19.9,
      hiddenWinnerAmount: "Y",
      repeatWinEnabled: "Y",
      receiveEnabled: "N",
      inviteType: "poster",
      hiddenAttendeeNumber: "N",
      customGroupLotteryType: "random",
      lotteryRange: "all",
      customGroup: [],
      status: null,
    });
  });

  it("answers customGroup for a customGroup range instead of customGroupIds", async () => {
    const result = await create({ ...BASE, lotteryCondition: "none", lotteryRange: "customGroup", customGroupIds: [11, 12], customGroupLotteryType: "average", customGroupLotteryAmount: 2 });
    expect(result.json.data.customGroup).toEqual([
      { id: 11, title: "分组11", type: "custom", count: "0" },
      { id: 12, title: "分组12", type: "custom", count: "0" },
    ]);
    expect(result.json.data).not.toHaveProperty("customGroupIds");
    expect(result.json.data).toMatchObject({ customGroupLotteryType: "average", customGroupLotteryAmount: 2 });
  });

  it("accepts a question lottery with prize info and echoes it in the doc's field order", async () => {
    const prize = { prizeItem: "一等奖", correctAnswerCount: 3, prizeName: "书", acceptType: "link", prizeUrl: "https://example.com/p", amount: 1 };
    const result = await create({ ...BASE, lotteryCondition: "question", activityDuration: "15", questionGroupId: 1001, perAnswerDuration: 30, prizeInfo: [prize] });
    expect(result.status).toBe(200);
    expect(result.json.data.prizeInfo).toEqual([
      {
        prizeItem: "一等奖",
        correctAnswerCount: 3,
        prizeName: "书",
        thumbnail: null,
        realPrice: null,
        price: null,
        acceptType: "link",
        formInfo: null,
        prizeUrl: "https://example.com/p",
        qrCode: null,
        qrCodeTips: null,
        amount: 1,
        hiddenWinnerAmount: "N",
      },
    ]);
  });

  it.each([
    ["activityDuration for a comment lottery", { lotteryCondition: "comment", comment: "666", acceptType: "form" }, "活动时长不能为空"],
    ["activityDuration for an invite lottery", { lotteryCondition: "invite", inviteType: "poster", inviteNum: 2, acceptType: "form" }, "活动时长不能为空"],
    [
      "activityDuration for a question lottery",
      { lotteryCondition: "question", questionGroupId: 1, perAnswerDuration: 30, prizeInfo: [{ prizeItem: "a", correctAnswerCount: 1, prizeName: "b", acceptType: "form", amount: 1 }] },
      "活动时长不能为空",
    ],
    ["inviteType for an invite lottery", { lotteryCondition: "invite", activityDuration: "5", inviteNum: 2, acceptType: "form" }, "邀请方式不能为空"],
    ["inviteNum for an invite lottery", { lotteryCondition: "invite", activityDuration: "5", inviteType: "poster", acceptType: "form" }, "邀请人数不能为空"],
    [
      "externalListLink for an external invite",
      { lotteryCondition: "invite", activityDuration: "5", inviteType: "external", inviteNum: 2, externalInviteNumLink: "https://e/n", acceptType: "form" },
      "外部名单链接不能为空",
    ],
    [
      "externalInviteNumLink for an external invite",
      { lotteryCondition: "invite", activityDuration: "5", inviteType: "external", inviteNum: 2, externalListLink: "https://e/l", acceptType: "form" },
      "获取邀请人数链接不能为空",
    ],
    ["duration for a duration lottery", { lotteryCondition: "duration", activityDuration: "5", acceptType: "form" }, "观看时长不能为空"],
    ["comment for a comment lottery", { lotteryCondition: "comment", activityDuration: "5", acceptType: "form" }, "评论不能为空"],
    ["an empty comment", { lotteryCondition: "comment", activityDuration: "5", comment: "", acceptType: "form" }, "评论不能为空"],
    ["acceptType for an invite lottery", { lotteryCondition: "invite", activityDuration: "5", inviteType: "poster", inviteNum: 2 }, "领奖方式不能为空"],
    ["acceptType for a duration lottery", { lotteryCondition: "duration", activityDuration: "5", duration: 10 }, "领奖方式不能为空"],
    ["acceptType for a comment lottery", { lotteryCondition: "comment", activityDuration: "5", comment: "1" }, "领奖方式不能为空"],
    ["prizeUrl for a link prize", { lotteryCondition: "duration", activityDuration: "5", duration: 10, acceptType: "link" }, "奖品链接不能为空"],
    ["qrCode for a QR-code prize", { lotteryCondition: "duration", activityDuration: "5", duration: 10, acceptType: "qrCode" }, "二维码链接不能为空"],
    ["prizeInfo for a question lottery", { lotteryCondition: "question", activityDuration: "5", questionGroupId: 1, perAnswerDuration: 30 }, "奖品信息不能为空"],
    [
      "questionGroupId for a question lottery",
      { lotteryCondition: "question", activityDuration: "5", perAnswerDuration: 30, prizeInfo: [{ prizeItem: "a", correctAnswerCount: 1, prizeName: "b", acceptType: "form", amount: 1 }] },
      "问答组模板ID不能为空",
    ],
    [
      "perAnswerDuration for a question lottery",
      { lotteryCondition: "question", activityDuration: "5", questionGroupId: 1, prizeInfo: [{ prizeItem: "a", correctAnswerCount: 1, prizeName: "b", acceptType: "form", amount: 1 }] },
      "每道题的答题时长不能为空",
    ],
    [
      "prizeInfo[].prizeUrl for a link prize",
      {
        lotteryCondition: "question",
        activityDuration: "5",
        questionGroupId: 1,
        perAnswerDuration: 30,
        prizeInfo: [{ prizeItem: "a", correctAnswerCount: 1, prizeName: "b", acceptType: "link", amount: 1 }],
      },
      "奖品链接不能为空",
    ],
    [
      "prizeInfo[].qrCode for a QR-code prize",
      {
        lotteryCondition: "question",
        activityDuration: "5",
        questionGroupId: 1,
        perAnswerDuration: 30,
        prizeInfo: [{ prizeItem: "a", correctAnswerCount: 1, prizeName: "b", acceptType: "qrCode", amount: 1 }],
      },
      "二维码链接不能为空",
    ],
  ])("requires %s (10001, the documented message)", async (_name, fields, desc) => {
    const result = await create({ ...BASE, ...fields });
    expect(errorOf(result)).toEqual({ status: 400, code: 10001, desc });
    expect(result.operation).toBe("createLotteryActivity");
  });

  it("does not require activityDuration or acceptType for an unconditional lottery", async () => {
    expect((await create({ ...BASE, lotteryCondition: "none" })).status).toBe(200);
  });

  it.each([
    ["activityName missing", { ...BASE, activityName: undefined, lotteryCondition: "none" }, 10002, "param should not be empty: activityName"],
    ["lotteryCondition missing", { ...BASE }, 10002, "param should not be empty: lotteryCondition"],
    ["lotteryCondition unknown", { ...BASE, lotteryCondition: "lucky" }, 10001, "param validate error: lotteryCondition"],
    ["amount missing", { ...BASE, amount: undefined, lotteryCondition: "none" }, 10002, "param should not be empty: amount"],
    ["amount zero", { ...BASE, amount: 0, lotteryCondition: "none" }, 10001, "number range error: amount"],
    ["prizeName missing", { ...BASE, prizeName: undefined, lotteryCondition: "none" }, 10002, "param should not be empty: prizeName"],
    ["a Y/N flag with another value", { ...BASE, lotteryCondition: "none", repeatWinEnabled: "yes" }, 10001, "param is not boolean (Y / N): repeatWinEnabled"],
    ["lotteryRange unknown", { ...BASE, lotteryCondition: "none", lotteryRange: "vip" }, 10001, "param validate error: lotteryRange"],
    ["inviteType unknown", { ...BASE, lotteryCondition: "none", inviteType: "sms" }, 10001, "param validate error: inviteType"],
    ["receiveInfo without tips", { ...BASE, lotteryCondition: "none", receiveInfo: [{ field: "姓名" }] }, 10002, "param should not be empty: receiveInfo[0].tips"],
    ["receiveInfo type unknown", { ...BASE, lotteryCondition: "none", receiveInfo: [{ field: "姓名", tips: "t", type: "email" }] }, 10001, "param validate error: receiveInfo[0].type"],
  ])("answers %s with the field named", async (_name, body, code, desc) => {
    expect(errorOf(await create(body))).toEqual({ status: 400, code, desc });
  });

  it("requires channelId in the query and answers 30001 for an unknown channel", async () => {
    expect(errorOf(await h.signed({ path: `${LOTTERY}/create`, json: SEED_003_BODY }))).toEqual({ status: 400, code: 10002, desc: "param should not be empty: channelId" });
    expect(errorOf(await create(SEED_003_BODY, 1000001))).toEqual({ status: 400, code: 30001, desc: "channel not found." });
  });

  it("ignores a channelId in the body: the query names the channel", async () => {
    const result = await create({ ...SEED_003_BODY, channelId: 4854808 });
    expect(result.status).toBe(200);
    const listed = await h.signed({ path: `${LOTTERY}/list`, query: { channelId: 2974342 } });
    expect(listed.json.data.totalItems).toBe(1);
  });
});
