/**
 * CreateActivityRedPacket: every documented rule of seed 002 (and the fact sheet's ranges), each
 * failure answered as InvalidParameter 400 / 400001 naming the field, and the defaults stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { specExamples } from "../support/spec-walk.ts";
import { ACTIVITY, cashPacket, errorOf, FIRST_ID, type VolcHarness, volcHarness } from "./support.ts";

let h: VolcHarness;
beforeAll(async () => {
  h = await volcHarness({ rateLimits: false });
});
afterAll(() => h.close());

const create = (body: Record<string, unknown>) => h.action("CreateActivityRedPacket", body);
const points = (extra: Record<string, unknown> = {}) => ({ ActivityID: ACTIVITY, RedPacketType: 1, TotalAmount: 500, RedPacketNumber: 5, RewardsPointsConfig: { AmountCalculationType: 0 }, ...extra });
const fixedPoints = (configs: unknown[]) => ({ ActivityID: ACTIVITY, RedPacketType: 1, RewardsPointsConfig: { AmountCalculationType: 1, FixedRewardPointConfigs: configs } });
const pair = (amount: number, number: number) => ({ RewardPointAmount: amount, RewardPointNumber: number });

async function expectInvalid(body: Record<string, unknown>, message: string) {
  const res = await create(body);
  expect(res.status, JSON.stringify(res.json)).toBe(400);
  expect(errorOf(res)).toEqual({ CodeN: 400001, Code: "InvalidParameter", Message: message });
  expect(res.reason).toContain(message);
}
async function expectCreated(body: Record<string, unknown>) {
  const res = await create(body);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  expect(res.json.Result.ID).toBeGreaterThanOrEqual(FIRST_ID);
  return res.json.Result.ID as number;
}

describe("the seed and spec examples", () => {
  it("creates a packet from every documented request example, with 16-digit sequential ids", async () => {
    const examples = specExamples("volcengine").filter((e) => e.operationId === "createActivityRedPacket" && e.where === "request");
    expect(examples.map((e) => e.name)).toContain("seed002");
    const ids: number[] = [];
    for (const example of examples) ids.push(await expectCreated(example.value as Record<string, unknown>));
    expect(ids[0]).toBe(FIRST_ID);
    expect(ids).toEqual(ids.map((_, i) => FIRST_ID + i));
    expect(ids.every((id) => String(id).length === 16)).toBe(true);
  });
});

describe("ActivityID", () => {
  it("is required and an integer", async () => {
    await expectInvalid({ TotalAmount: 100, RedPacketNumber: 1 }, "ActivityID is required.");
    await expectInvalid(cashPacket({ ActivityID: "1824920000234844" }), "ActivityID must be an integer.");
  });
  it("must name a live room of the caller", async () => {
    await expectInvalid(cashPacket({ ActivityID: 1824920000999999 }), "ActivityID 1824920000999999 not found.");
    await expectCreated(cashPacket({ ActivityID: 1824920000234845 }));
  });
});

describe("cash packets (RedPacketType 0 or absent)", () => {
  it("need TotalAmount and RedPacketNumber", async () => {
    await expectInvalid({ ActivityID: ACTIVITY, RedPacketNumber: 1 }, "TotalAmount is required when RedPacketType is 0.");
    await expectInvalid({ ActivityID: ACTIVITY, RedPacketType: 0, TotalAmount: 100 }, "RedPacketNumber is required when RedPacketType is 0.");
  });
  it("take TotalAmount in [1, 2000000] fen", async () => {
    await expectInvalid(cashPacket({ TotalAmount: 0 }), "TotalAmount must be in [1, 2000000].");
    await expectInvalid(cashPacket({ TotalAmount: 2000001 }), "TotalAmount must be in [1, 2000000].");
    await expectInvalid(cashPacket({ TotalAmount: 1.5 }), "TotalAmount must be an integer.");
    await expectCreated(cashPacket({ TotalAmount: 1 }));
    await expectCreated(cashPacket({ TotalAmount: 2000000 }));
  });
  it("take RedPacketNumber in [1, 2000]", async () => {
    await expectInvalid(cashPacket({ RedPacketNumber: 0 }), "RedPacketNumber must be in [1, 2000].");
    await expectInvalid(cashPacket({ RedPacketNumber: 2001 }), "RedPacketNumber must be in [1, 2000].");
    await expectCreated(cashPacket({ RedPacketNumber: 2000 }));
  });
  it("ignore a RewardsPointsConfig (the seed example sends one with a cash packet)", async () => {
    await expectCreated(cashPacket({ RewardsPointsConfig: { AmountCalculationType: 0 } }));
  });
  it("know only the types 0 and 1", async () => {
    await expectInvalid(cashPacket({ RedPacketType: 2 }), "RedPacketType must be one of [0, 1].");
  });
});

describe("points packets (RedPacketType 1)", () => {
  it("need a RewardsPointsConfig", async () => {
    await expectInvalid({ ActivityID: ACTIVITY, RedPacketType: 1, TotalAmount: 100, RedPacketNumber: 1 }, "RewardsPointsConfig is required when RedPacketType is 1.");
  });
  it("with a random split (AmountCalculationType 0 or absent) need TotalAmount and RedPacketNumber", async () => {
    await expectInvalid({ ActivityID: ACTIVITY, RedPacketType: 1, RedPacketNumber: 5, RewardsPointsConfig: {} }, "TotalAmount is required when AmountCalculationType is 0.");
    await expectInvalid({ ActivityID: ACTIVITY, RedPacketType: 1, TotalAmount: 5, RewardsPointsConfig: { AmountCalculationType: 0 } }, "RedPacketNumber is required when AmountCalculationType is 0.");
    await expectCreated(points());
  });
  it("take TotalAmount in [1, 100000] points", async () => {
    await expectInvalid(points({ TotalAmount: 100001 }), "TotalAmount must be in [1, 100000].");
    await expectCreated(points({ TotalAmount: 100000 }));
  });
  it("know only AmountCalculationType 0 and 1", async () => {
    await expectInvalid(points({ RewardsPointsConfig: { AmountCalculationType: 2 } }), "RewardsPointsConfig.AmountCalculationType must be one of [0, 1].");
  });
  it("with fixed amounts (AmountCalculationType 1) need 1 to 6 FixedRewardPointConfigs in range", async () => {
    await expectInvalid(
      { ActivityID: ACTIVITY, RedPacketType: 1, RewardsPointsConfig: { AmountCalculationType: 1 } },
      "RewardsPointsConfig.FixedRewardPointConfigs is required when AmountCalculationType is 1.",
    );
    await expectInvalid(fixedPoints([]), "RewardsPointsConfig.FixedRewardPointConfigs must contain 1 to 6 items.");
    await expectInvalid(fixedPoints(Array.from({ length: 7 }, () => pair(1, 1))), "RewardsPointsConfig.FixedRewardPointConfigs must contain 1 to 6 items.");
    await expectInvalid(fixedPoints([pair(0, 1)]), "RewardsPointsConfig.FixedRewardPointConfigs[0].RewardPointAmount must be in [1, 100000].");
    await expectInvalid(fixedPoints([pair(1, 1), pair(100001, 1)]), "RewardsPointsConfig.FixedRewardPointConfigs[1].RewardPointAmount must be in [1, 100000].");
    await expectInvalid(fixedPoints([pair(1, 0)]), "RewardsPointsConfig.FixedRewardPointConfigs[0].RewardPointNumber must be in [1, 2000].");
    await expectInvalid(fixedPoints([pair(1, 2001)]), "RewardsPointsConfig.FixedRewardPointConfigs[0].RewardPointNumber must be in [1, 2000].");
    await expectInvalid(fixedPoints([{ RewardPointAmount: 1 }]), "RewardsPointsConfig.FixedRewardPointConfigs[0].RewardPointNumber is required.");
    await expectCreated(fixedPoints(Array.from({ length: 6 }, () => pair(100000, 2000))));
  });
});

describe("draw and display settings", () => {
  it("OpenRedPacketType is 0 or 1; DeadLine is in [1, 999] minutes", async () => {
    await expectInvalid(cashPacket({ OpenRedPacketType: 2 }), "OpenRedPacketType must be one of [0, 1].");
    await expectInvalid(cashPacket({ DeadLine: 0 }), "DeadLine must be in [1, 999].");
    await expectInvalid(cashPacket({ DeadLine: 1000 }), "DeadLine must be in [1, 999].");
    await expectCreated(cashPacket({ DeadLine: 1 }));
    await expectCreated(cashPacket({ DeadLine: 999 }));
  });
  it("IsOpenSmsNotification and RangeStatus are 0 or 1; RepeatedAwardLimit is in [1, 99]", async () => {
    await expectInvalid(cashPacket({ IsOpenSmsNotification: 2 }), "IsOpenSmsNotification must be one of [0, 1].");
    await expectInvalid(cashPacket({ RangeStatus: 3 }), "RangeStatus must be one of [0, 1].");
    await expectInvalid(cashPacket({ RepeatedAwardLimit: 0 }), "RepeatedAwardLimit must be in [1, 99].");
    await expectInvalid(cashPacket({ RepeatedAwardLimit: 100 }), "RepeatedAwardLimit must be in [1, 99].");
  });
  it("RedPacketCoverImage is a URL including the scheme", async () => {
    await expectInvalid(cashPacket({ RedPacketCoverImage: "www.example.com/a.png" }), "RedPacketCoverImage must be a URL including the scheme.");
    await expectCreated(cashPacket({ RedPacketCoverImage: "https://www.example.com/a.png" }));
  });
  it("claim texts are 1 to 100 characters", async () => {
    for (const field of ["ClaimSuccessText", "ClaimFailureText"]) {
      await expectInvalid(cashPacket({ [field]: "" }), `${field} length must be in [1, 100].`);
      await expectInvalid(cashPacket({ [field]: "红".repeat(101) }), `${field} length must be in [1, 100].`);
      await expectCreated(cashPacket({ [field]: "红".repeat(100) }));
    }
  });
  it("AwardCondition values are strings", async () => {
    await expectInvalid(cashPacket({ AwardCondition: { CheckIn: 1 } }), "AwardCondition.CheckIn must be a string.");
    await expectCreated(cashPacket({ AwardCondition: { CheckIn: "all", Vote: "all", RightQuiz: "all", Quiz: "all", Questionnaire: "all", WatchLiveTime: "all" } }));
  });
  it("priority list and blacklist ids are integers", async () => {
    await expectInvalid(cashPacket({ VipUserInfoId: "162" }), "VipUserInfoId must be an integer.");
    await expectInvalid(cashPacket({ BlackUserInfoId: 1.2 }), "BlackUserInfoId must be an integer.");
  });
});

describe("withdrawal redirects", () => {
  it("EnableCustomRedirect needs a CustomRedirectUrl of 1 to 500 characters", async () => {
    await expectInvalid(cashPacket({ EnableCustomRedirect: true }), "CustomRedirectUrl is required when EnableCustomRedirect is true.");
    await expectInvalid(cashPacket({ EnableCustomRedirect: true, CustomRedirectUrl: "" }), "CustomRedirectUrl length must be in [1, 500].");
    await expectInvalid(cashPacket({ EnableCustomRedirect: true, CustomRedirectUrl: `https://e.com/${"a".repeat(487)}` }), "CustomRedirectUrl length must be in [1, 500].");
    await expectInvalid(cashPacket({ EnableCustomRedirect: "yes" }), "EnableCustomRedirect must be a boolean.");
    await expectCreated(cashPacket({ EnableCustomRedirect: true, CustomRedirectUrl: `https://e.com/${"a".repeat(486)}` }));
    await expectCreated(cashPacket({ EnableCustomRedirect: false }));
  });
  it("EnableMiniApp needs MiniAppId (1-100) and MiniAppRedirectUrl (1-500)", async () => {
    await expectInvalid(cashPacket({ EnableMiniApp: true, MiniAppRedirectUrl: "p=1" }), "MiniAppId is required when EnableMiniApp is true.");
    await expectInvalid(cashPacket({ EnableMiniApp: true, MiniAppId: "wx1" }), "MiniAppRedirectUrl is required when EnableMiniApp is true.");
    await expectInvalid(cashPacket({ EnableMiniApp: true, MiniAppId: "w".repeat(101), MiniAppRedirectUrl: "p=1" }), "MiniAppId length must be in [1, 100].");
    await expectInvalid(cashPacket({ EnableMiniApp: true, MiniAppId: "wx1", MiniAppRedirectUrl: "p".repeat(501) }), "MiniAppRedirectUrl length must be in [1, 500].");
    await expectCreated(cashPacket({ EnableMiniApp: true, MiniAppId: "wx1", MiniAppRedirectUrl: "p=1" }));
  });
});

describe("what is stored", () => {
  it("fills the documented defaults of fields left out", async () => {
    const id = await expectCreated(cashPacket());
    const got = await h.action("GetActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: id });
    expect(got.json.Result).toMatchObject({
      ActivityID: ACTIVITY,
      RedPacketID: id,
      RedPacketStatus: 0,
      RedPacketType: 0,
      OpenRedPacketType: 0,
      DeadLine: 5,
      IsOpenSmsNotification: 0,
      ClaimSuccessText: "恭喜你,抢到现金红包",
      ClaimFailureText: "很遗憾,您没有抢到红包",
      RangeStatus: 0,
      RepeatedAwardLimit: 1,
      EnableCustomRedirect: false,
      EnableMiniApp: false,
      TotalAmount: 100,
      RedPacketNumber: 1,
    });
  });
  it("gives points packets the points texts and unit", async () => {
    const id = await expectCreated(points());
    const got = await h.action("GetActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: id });
    expect(got.json.Result).toMatchObject({ RedPacketType: 1, ClaimSuccessText: "恭喜你,抢到积分红包", RewardsPointsConfig: { AmountCalculationType: 0, RewardsPointsUnit: "积分" } });
  });
});
