/**
 * Validating Volcengine red-packet requests: the seed 002 example, each cross-field rule and field
 * rule, query coercion and the routing errors, with the vendor's code, status and message.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { operationForAction, validateRequest, validators } from "../../../src/contracts/volcengine/index.ts";

interface SeedExample {
  value: Record<string, unknown>;
  "x-livemock-doc-raw": string;
  "x-livemock-doc-defect": string;
}
const spec = parseYaml(readFileSync(new URL("../../../specs/volcengine.yaml", import.meta.url), "utf8")) as {
  paths: Record<string, { post?: { requestBody: { content: { "application/json": { examples: Record<string, SeedExample> } } } } }>;
};
const seed = spec.paths["/#Action=CreateActivityRedPacket"]!.post!.requestBody.content["application/json"].examples.seed002!;

const CREATE = { Action: "CreateActivityRedPacket", Version: "2023-08-01" };
const UPDATE = { Action: "UpdateActivityRedPacket", Version: "2023-08-01" };
const cash = { ActivityID: 1824920000234844, TotalAmount: 10000, RedPacketNumber: 10 };
const points = { ActivityID: 1824920000234844, RedPacketType: 1, TotalAmount: 5000, RedPacketNumber: 50, RewardsPointsConfig: { AmountCalculationType: 0 } };

function createError(body: unknown) {
  const verdict = validateRequest("createActivityRedPacket", { query: CREATE, body });
  if (verdict.ok) throw new Error(`expected ${JSON.stringify(body)} to be rejected`);
  return verdict.error;
}

describe("the seed 002 example", () => {
  it("is the doc's text with each masked number filled with zeros", () => {
    const filled = seed["x-livemock-doc-raw"].replace(/:\s*(\d+)\*+(\d+)/g, (_m, a: string, b: string) => `: ${a}${"0".repeat(_m.replace(/[^*]/g, "").length)}${b}`);
    expect(JSON.parse(filled)).toEqual(seed.value);
    expect(() => JSON.parse(seed["x-livemock-doc-raw"])).toThrow();
    expect(seed.value.ActivityID).toBe(1824920000234844);
  });

  it("is accepted: a cash packet whose RewardsPointsConfig is ignored", () => {
    expect(seed["x-livemock-doc-defect"]).toMatch(/VALID/);
    const verdict = validateRequest("createActivityRedPacket", { query: CREATE, body: seed.value });
    expect(verdict.ok).toBe(true);
    if (verdict.ok) expect(verdict.body.ActivityID).toBe(1824920000234844);
  });

  it("becomes invalid as a points packet only if its amount breaks the points range", () => {
    expect(validateRequest("createActivityRedPacket", { query: CREATE, body: { ...seed.value, RedPacketType: 1 } }).ok).toBe(true);
    expect(createError({ ...seed.value, RedPacketType: 1, TotalAmount: 100001 }).message).toBe("TotalAmount must be in [1, 100000].");
  });
});

describe("cross-field rules of the red-packet body (InvalidParameter 400 / 400001)", () => {
  const cases: Array<[string, unknown, string]> = [
    ["a cash packet without TotalAmount", { ActivityID: 1, RedPacketNumber: 1 }, "TotalAmount is required when RedPacketType is 0."],
    ["a cash packet without RedPacketNumber", { ActivityID: 1, TotalAmount: 100 }, "RedPacketNumber is required when RedPacketType is 0."],
    ["a cash packet over 2000000 fen", { ...cash, TotalAmount: 2000001 }, "TotalAmount must be in [1, 2000000]."],
    ["a points packet without RewardsPointsConfig", { ActivityID: 1, RedPacketType: 1, TotalAmount: 1, RedPacketNumber: 1 }, "RewardsPointsConfig is required when RedPacketType is 1."],
    ["a points packet over 100000 points", { ...points, TotalAmount: 100001 }, "TotalAmount must be in [1, 100000]."],
    ["a random points packet without TotalAmount", { ...points, TotalAmount: undefined }, "TotalAmount is required when AmountCalculationType is 0."],
    ["a random points packet without RedPacketNumber", { ...points, RedPacketNumber: undefined }, "RedPacketNumber is required when AmountCalculationType is 0."],
    [
      "a fixed points packet without FixedRewardPointConfigs",
      { ActivityID: 1, RedPacketType: 1, RewardsPointsConfig: { AmountCalculationType: 1 } },
      "RewardsPointsConfig.FixedRewardPointConfigs is required when AmountCalculationType is 1.",
    ],
    ["EnableCustomRedirect without CustomRedirectUrl", { ...cash, EnableCustomRedirect: true }, "CustomRedirectUrl is required when EnableCustomRedirect is true."],
    ["EnableMiniApp without MiniAppId", { ...cash, EnableMiniApp: true, MiniAppRedirectUrl: "p" }, "MiniAppId is required when EnableMiniApp is true."],
    ["EnableMiniApp without MiniAppRedirectUrl", { ...cash, EnableMiniApp: true, MiniAppId: "wx1" }, "MiniAppRedirectUrl is required when EnableMiniApp is true."],
  ];

  it.each(cases)("rejects %s", (_label, body, message) => {
    const error = createError(JSON.parse(JSON.stringify(body)));
    expect(error).toMatchObject({ code: "InvalidParameter", codeN: 400001, status: 400, message });
    expect(error.reason).toContain(message);
  });

  it("accepts what the rules allow", () => {
    const ok = (body: unknown) => validateRequest("createActivityRedPacket", { query: CREATE, body }).ok;
    expect(ok(cash)).toBe(true);
    expect(ok(points)).toBe(true);
    expect(ok({ ...points, TotalAmount: 100000 })).toBe(true);
    expect(ok({ ActivityID: 1, RedPacketType: 1, RewardsPointsConfig: { AmountCalculationType: 1, FixedRewardPointConfigs: [{ RewardPointAmount: 1, RewardPointNumber: 1 }] } })).toBe(true);
    expect(ok({ ...cash, EnableCustomRedirect: false })).toBe(true);
    expect(ok({ ...cash, EnableMiniApp: true, MiniAppId: "wx1", MiniAppRedirectUrl: "pages/index" })).toBe(true);
  });

  it("applies the same rules to UpdateActivityRedPacket, which also needs RedPacketID", () => {
    const update = (body: unknown) => validateRequest("updateActivityRedPacket", { query: UPDATE, body });
    expect(update({ ...cash, RedPacketID: 1825100000340169 }).ok).toBe(true);
    const missingId = update(cash);
    expect(!missingId.ok && missingId.error.message).toBe("RedPacketID is required.");
    const overPoints = update({ ...points, RedPacketID: 1, TotalAmount: 200000 });
    expect(!overPoints.ok && overPoints.error.message).toBe("TotalAmount must be in [1, 100000].");
  });

  it("exposes the named refinements on the validators (the generated schema alone does not know them)", () => {
    expect(validators.createActivityRedPacket.body.safeParse({ ActivityID: 1 }).success).toBe(false);
  });
});

describe("field rules from the spec, with the vendor wording", () => {
  const cases: Array<[string, unknown, string]> = [
    ["no ActivityID", { TotalAmount: 1, RedPacketNumber: 1 }, "ActivityID is required."],
    ["ActivityID as a string", { ...cash, ActivityID: "1824920000234844" }, "ActivityID must be an integer."],
    ["a fractional TotalAmount", { ...cash, TotalAmount: 10.5 }, "TotalAmount must be an integer."],
    ["TotalAmount 0", { ...cash, TotalAmount: 0 }, "TotalAmount must be in [1, 2000000]."],
    ["RedPacketNumber 2001", { ...cash, RedPacketNumber: 2001 }, "RedPacketNumber must be in [1, 2000]."],
    ["DeadLine 1000", { ...cash, DeadLine: 1000 }, "DeadLine must be in [1, 999]."],
    ["RepeatedAwardLimit 100", { ...cash, RepeatedAwardLimit: 100 }, "RepeatedAwardLimit must be in [1, 99]."],
    ["RedPacketType 2", { ...cash, RedPacketType: 2 }, "RedPacketType must be one of [0, 1]."],
    ["OpenRedPacketType 2", { ...cash, OpenRedPacketType: 2 }, "OpenRedPacketType must be one of [0, 1]."],
    ["an empty ClaimSuccessText", { ...cash, ClaimSuccessText: "" }, "ClaimSuccessText length must be in [1, 100]."],
    ["a 101-character ClaimFailureText", { ...cash, ClaimFailureText: "很".repeat(101) }, "ClaimFailureText length must be in [1, 100]."],
    ["a 501-character CustomRedirectUrl", { ...cash, CustomRedirectUrl: "h".repeat(501) }, "CustomRedirectUrl length must be in [1, 500]."],
    ["a 101-character MiniAppId", { ...cash, MiniAppId: "w".repeat(101) }, "MiniAppId length must be in [1, 100]."],
    ["a cover image without scheme", { ...cash, RedPacketCoverImage: "www.example.com/a.png" }, "RedPacketCoverImage must be a URL including the scheme."],
    ["EnableMiniApp as a string", { ...cash, EnableMiniApp: "true" }, "EnableMiniApp must be a boolean."],
    [
      "seven FixedRewardPointConfigs",
      { ...points, RewardsPointsConfig: { FixedRewardPointConfigs: Array.from({ length: 7 }, () => ({ RewardPointAmount: 1, RewardPointNumber: 1 })) } },
      "RewardsPointsConfig.FixedRewardPointConfigs must contain 1 to 6 items.",
    ],
    [
      "a RewardPointAmount of 100001",
      { ...points, RewardsPointsConfig: { FixedRewardPointConfigs: [{ RewardPointAmount: 100001, RewardPointNumber: 1 }] } },
      "RewardsPointsConfig.FixedRewardPointConfigs[0].RewardPointAmount must be in [1, 100000].",
    ],
    [
      "a pair without RewardPointNumber",
      { ...points, RewardsPointsConfig: { FixedRewardPointConfigs: [{ RewardPointAmount: 1 }] } },
      "RewardsPointsConfig.FixedRewardPointConfigs[0].RewardPointNumber is required.",
    ],
    ["an AwardCondition that is not an object", { ...cash, AwardCondition: "all" }, "AwardCondition must be an object."],
    ["a body that is an array", [cash], "The request body must be a JSON object."],
    ["no body at all", undefined, "The request body must be a JSON object."],
  ];

  it.each(cases)("rejects %s", (_label, body, message) => {
    expect(createError(body)).toMatchObject({ code: "InvalidParameter", status: 400, message });
  });
});

describe("query parameters arrive as strings", () => {
  const GET = { Action: "GetActivityRedPacket", Version: "2023-08-01" };
  const LIST = { Action: "ListActivityRedPacket", Version: "2023-08-01" };

  it("coerces integer parameters and returns typed values", () => {
    const verdict = validateRequest("getActivityRedPacket", { query: new URLSearchParams({ ...GET, ActivityID: "1824920000234844", RedPacketID: "1825100000340169" }) });
    expect(verdict.ok && verdict.query).toEqual({ ...GET, ActivityID: 1824920000234844, RedPacketID: 1825100000340169 });
  });

  it.each([
    ["a non-numeric ActivityID", { ...GET, ActivityID: "abc", RedPacketID: "1" }, "ActivityID must be an integer."],
    ["a fractional RedPacketID", { ...GET, ActivityID: "1", RedPacketID: "1.5" }, "RedPacketID must be an integer."],
    ["a missing RedPacketID", { ...GET, ActivityID: "1" }, "RedPacketID is required."],
  ])("rejects %s on Get", (_label, query, message) => {
    const verdict = validateRequest("getActivityRedPacket", { query });
    expect(!verdict.ok && verdict.error).toMatchObject({ code: "InvalidParameter", message });
  });

  it.each([
    ["PageNo 0", { ...LIST, ActivityID: "1", PageNo: "0" }, "PageNo must be greater than or equal to 1."],
    ["PageItemCount 501", { ...LIST, ActivityID: "1", PageItemCount: "501" }, "PageItemCount must be in [1, 500]."],
  ])("rejects %s on List", (_label, query, message) => {
    const verdict = validateRequest("listActivityRedPacket", { query });
    expect(!verdict.ok && verdict.error.message).toBe(message);
  });

  it("accepts List with only ActivityID (PageNo and PageItemCount default)", () => {
    expect(validateRequest("listActivityRedPacket", { query: { ...LIST, ActivityID: "1" } }).ok).toBe(true);
  });
});

describe("Action and Version", () => {
  it("answers MissingParameter when Action or Version is absent", () => {
    const noAction = validateRequest("deleteActivityRedPacket", { query: { Version: "2023-08-01" }, body: { ActivityID: 1, RedPacketID: 2 } });
    expect(!noAction.ok && noAction.error).toMatchObject({ code: "MissingParameter", codeN: 100002, status: 400, message: "The request is missing Action parameter." });
    const noVersion = validateRequest("deleteActivityRedPacket", { query: { Action: "DeleteActivityRedPacket" }, body: { ActivityID: 1, RedPacketID: 2 } });
    expect(!noVersion.ok && noVersion.error.message).toBe("The request is missing Version parameter.");
  });

  it("answers InvalidActionOrVersion 404 for another version", () => {
    const verdict = validateRequest("sendActivityRedPacket", { query: { Action: "SendActivityRedPacket", Version: "2020-06-01" }, body: { ActivityID: 1, RedPacketID: 2 } });
    expect(!verdict.ok && verdict.error).toMatchObject({ code: "InvalidActionOrVersion", status: 404, message: "Could not find operation SendActivityRedPacket for version 2020-06-01." });
  });

  it("maps Action/Version pairs to operations", () => {
    expect(operationForAction("DrawActivityRedPacket", "2023-08-01")).toBe("drawActivityRedPacket");
    expect(operationForAction("DrawActivityRedPacket", "2020-06-01")).toBeUndefined();
    expect(operationForAction("ListRedPacketDataAPI", "2023-08-01")).toBeUndefined();
  });
});
