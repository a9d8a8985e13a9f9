/**
 * validateRequest runs `z.compile`d copies of the Polyv schemas. These tests make sure the copies really
 * are compiled (z.compile falls back silently otherwise) and that they answer every query and body
 * exactly as the runtime schemas do: the same data, key order included, or the same issues, among them
 * the lottery rules' refinement issues.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { coerceQuery, type PolyvOperationId, validators } from "../../../src/contracts/polyv/index.ts";
import { expectSameAnswers, outcome } from "../../support/compiled-schemas.ts";
import { SEED_001_BODY, SEED_003_BODY } from "../../support/seed-bodies.ts";

type Body = Record<string, unknown>;

const operations = Object.keys(validators) as PolyvOperationId[];

/** The operation's schema for a part, when it has one. */
function schemaOf(operation: PolyvOperationId, part: "query" | "body"): z.ZodType | undefined {
  const schemas: object = validators[operation];
  return part in schemas ? (schemas as Record<typeof part, z.ZodType>)[part] : undefined;
}

const withBody = operations.filter((operation) => schemaOf(operation, "body") !== undefined);

/** Values a field can be replaced with: wrong types, edge numbers, empty strings, nested shapes, the enums' words. */
const replacements: unknown[] = [
  undefined,
  null,
  "",
  "x",
  "3",
  0,
  -0,
  1,
  2,
  1.5,
  -1,
  2 ** 53,
  Number.NaN,
  true,
  [],
  [1, "a"],
  [{}],
  {},
  { a: 1 },
  "none",
  "comment",
  "link",
  "qrCode",
  "Y",
  "sign",
  "cash",
];

const prize = { prizeItem: "一等奖", correctAnswerCount: 1, prizeName: "书", acceptType: "qrCode", qrCode: "https://q", amount: 1 };
const lottery = { activityName: "抽奖", amount: 1, prizeName: "奖品" };

/** Valid bodies of every operation with a body, lottery bodies for each condition included. */
const validBodies: Body[] = [
  SEED_001_BODY,
  {
    ...SEED_001_BODY,
    activityId: 10465,
    activityMode: null,
    tasks: [{ taskId: 4827, sort: 2, reachCondition: { type: "online", amount: 5 }, rewardSetting: { type: "custom", amount: 1, limit: null, customReward: "x" } }],
  },
  SEED_003_BODY,
  { ...SEED_003_BODY, id: 20521 },
  {
    ...lottery,
    lotteryCondition: "invite",
    activityDuration: "5",
    inviteType: "external",
    inviteNum: 2,
    externalListLink: "https://x",
    externalInviteNumLink: "https://y",
    acceptType: "link",
    prizeUrl: "https://p",
  },
  { ...lottery, lotteryCondition: "duration", activityDuration: "5", duration: 3, acceptType: "qrCode", qrCode: "https://q" },
  { ...lottery, lotteryCondition: "comment", activityDuration: "5", comment: "666", acceptType: "form" },
  {
    ...lottery,
    lotteryCondition: "question",
    activityDuration: "5",
    questionGroupId: 1,
    perAnswerDuration: 30,
    prizeInfo: [prize, { ...prize, acceptType: "link", qrCode: undefined, prizeUrl: "https://p" }],
  },
  { id: 20521, unknown: "dropped" },
  { name: "livemock channel", newScene: "topclass", template: "ppt", channelPasswd: "123456", linkMicLimit: 16, labelData: [1, 2] },
  { channelIds: [5300001, 5300002] },
  { channelId: 2974342, lotteryId: "lt1", winnerCode: "W1", viewerId: "v1", receiveInfo: "[]" },
  { id: 1, viewerId: "v1", formInfo: [{ field: "手机号", value: "1", type: "phone" }] },
  { streamCallbackUrl: "https://merchant.example/live-status", rebirthVodCallbackEnabled: "Y" },
];

/** The corpus: the valid bodies, and each of their fields absent or replaced (breaking the lottery rules too). */
function bodies(): Body[] {
  const out: Body[] = [...validBodies];
  for (const body of validBodies) {
    for (const key of Object.keys(body)) {
      const { [key]: _gone, ...absent } = body;
      out.push(absent);
      for (const value of replacements) out.push({ ...body, [key]: value });
    }
  }
  out.push({ ...validBodies[7]!, prizeInfo: [{ ...prize, acceptType: "link", qrCode: undefined }] });
  out.push(JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(SEED_001_BODY).slice(1)}`) as Body);
  return out;
}

/** Raw queries as URLs carry them, coerced as validateRequest coerces them. */
function queries(schema: z.ZodType): unknown[] {
  const auth = { appId: "frlr1zazn3", timestamp: "1670550787318", sign: "012332FBD8DBCFC068AFCB484A2ADECB" };
  const raw: Record<string, string>[] = [
    auth,
    {},
    { ...auth, timestamp: "x" },
    { ...auth, sign: "" },
    { ...auth, signatureMethod: "SHA256", channelId: "4854808", activityId: "10465", id: "20521", pageNumber: "2", pageSize: "10", viewerId: "v" },
    { ...auth, channelId: "abc", activityId: "-1", id: "1.5", pageNumber: "0", pageSize: "1001" },
    { ...auth, channelId: "99999999999999999999", pageNumber: "1000", constructor: "1" },
  ];
  return raw.map((query) => coerceQuery(schema, query));
}

describe("the compiled Polyv validators", () => {
  it.each(operations)("%s: z.compile compiles the query and body schemas (no silent fallback)", (operation) => {
    for (const part of ["query", "body"] as const) {
      const schema = schemaOf(operation, part);
      if (schema !== undefined) expect(() => z.compile(schema, { strict: true }), part).not.toThrow();
    }
  });

  it.each(withBody)("%s: the compiled body schema answers every body as the runtime schema", (operation) => {
    const runtime = schemaOf(operation, "body")!;
    const compiled = z.compile(runtime, { strict: true });
    expectSameAnswers(runtime, compiled, bodies());
  });

  it.each(["createLotteryActivity", "updateLotteryActivity"] as const)("%s: the compiled body schema still reports the lottery rules", (operation) => {
    const compiled = z.compile(validators[operation].body, { strict: true });
    const body = { id: 20521, ...lottery, lotteryCondition: "comment", activityDuration: "5", acceptType: "form" };
    const result = compiled.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "custom", path: ["comment"], message: "评论不能为空", params: { polyvRule: "commentForComment" } });
  });

  it.each(operations)("%s: the compiled query schema answers every query as the runtime schema", (operation) => {
    const runtime = schemaOf(operation, "query")!;
    const compiled = z.compile(runtime, { strict: true });
    for (const query of queries(runtime)) expect(outcome(compiled.safeParse(query)), JSON.stringify(query)).toEqual(outcome(runtime.safeParse(query)));
  });
});
