/**
 * validateRequest runs `z.compile`d copies of the Volcengine schemas. These tests make sure the copies
 * really are compiled (z.compile falls back silently otherwise) and that they answer every input exactly
 * as the runtime schemas do: the same data, key order included, or the same issues.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { type VolcOperationId, validators } from "../../../src/contracts/volcengine/index.ts";
import { expectSameAnswers, outcome } from "../../support/compiled-schemas.ts";

type Body = Record<string, unknown>;
const operations = Object.keys(validators) as VolcOperationId[];
const schemasOf = (operation: VolcOperationId): { query: z.ZodType; body?: z.ZodType } => validators[operation];

const spec = parseYaml(readFileSync(new URL("../../../specs/volcengine.yaml", import.meta.url), "utf8")) as {
  paths: Record<string, { post?: { requestBody: { content: { "application/json": { examples: Record<string, { value: Body }> } } } } }>;
};
const seed002 = spec.paths["/#Action=CreateActivityRedPacket"]!.post!.requestBody.content["application/json"].examples.seed002!.value;

const ref = { ActivityID: 1824920000234844, RedPacketID: 1825100000340169 };
/** Bodies every operation accepts or rejects for reasons of its own: each rule kept, each rule broken. */
const validBodies: Body[] = [
  { ActivityID: 1824920000234844, TotalAmount: 10000, RedPacketNumber: 10 },
  { ...ref, TotalAmount: 10000, RedPacketNumber: 10, OpenRedPacketType: 1, DeadLine: 30, ClaimSuccessText: "ok", unknown: "dropped" },
  { ...ref, RedPacketType: 1, TotalAmount: 5000, RedPacketNumber: 50, RewardsPointsConfig: { AmountCalculationType: 0, RewardsPointsUnit: "分" } },
  { ...ref, RedPacketType: 1, RewardsPointsConfig: { AmountCalculationType: 1, FixedRewardPointConfigs: [{ RewardPointAmount: 10, RewardPointNumber: 2 }] } },
  { ...ref, TotalAmount: 1, RedPacketNumber: 1, EnableCustomRedirect: true, CustomRedirectUrl: "https://example.com", EnableMiniApp: true, MiniAppId: "wx1", MiniAppRedirectUrl: "/p" },
  { ...ref, TotalAmount: 100, RedPacketNumber: 1, RedPacketCoverImage: "https://example.com/a.png", AwardCondition: { CheckIn: "1", Vote: "2" } },
  ref,
  seed002,
  { CallbackType: 10, CallbackUrls: "https://example.com/callback" },
  { CallbackType: 1, CallbackUrls: "https://a.example/cb;http://b.example/cb", SubAccountName: "xxx@qq.com" },
];
const ruleBreakers: Body[] = [
  { ActivityID: 1824920000234844 },
  { ...ref, RedPacketType: 1 },
  { ...ref, RedPacketType: 1, TotalAmount: 100001, RedPacketNumber: 1, RewardsPointsConfig: {} },
  { ...ref, RedPacketType: 1, RewardsPointsConfig: { AmountCalculationType: 1 } },
  { ...ref, TotalAmount: 1, RedPacketNumber: 1, EnableCustomRedirect: true },
  { ...ref, TotalAmount: 1, RedPacketNumber: 1, EnableMiniApp: true },
  { CallbackType: 3, CallbackUrls: "https://example.com/callback" },
  { CallbackType: 10, CallbackUrls: "ftp://example.com/callback" },
  { CallbackType: 10, CallbackUrls: Array.from({ length: 11 }, (_, i) => `https://example.com/${i}`).join(";") },
];

/** Values a field can be replaced with: wrong types, edge numbers, empty strings, nested shapes. */
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
  2000001,
  2 ** 53,
  Number.NaN,
  true,
  [],
  [1, "a"],
  [{}],
  [{ RewardPointAmount: 1, RewardPointNumber: 1 }],
  {},
  { a: 1 },
  { AmountCalculationType: 1 },
];

/** The corpus: valid bodies, each rule broken, and every field of the valid bodies absent or replaced. */
function bodies(): unknown[] {
  const out: unknown[] = [...validBodies, ...ruleBreakers, undefined, null, [], "{}", 1];
  for (const body of validBodies) {
    for (const key of Object.keys(body)) {
      const { [key]: _gone, ...absent } = body;
      out.push(absent);
      for (const value of replacements) out.push({ ...body, [key]: value });
    }
  }
  out.push(JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(validBodies[1]).slice(1)}`) as Body);
  return out;
}

describe("the compiled Volcengine validators", () => {
  it.each(operations)("%s: z.compile compiles the query and body schemas (no silent fallback)", (operation) => {
    const { query, body } = schemasOf(operation);
    expect(() => z.compile(query, { strict: true })).not.toThrow();
    if (body) expect(() => z.compile(body, { strict: true })).not.toThrow();
  });

  it.each(operations.filter((operation) => schemasOf(operation).body !== undefined))("%s: the compiled body schema answers every body as the runtime schema", (operation) => {
    const runtime = schemasOf(operation).body!;
    const compiled = z.compile(runtime, { strict: true });
    expectSameAnswers(runtime, compiled, bodies());
  });

  it.each(operations)("%s: the compiled query schema answers every query as the runtime schema", (operation) => {
    const runtime = schemasOf(operation).query;
    const compiled = z.compile(runtime, { strict: true });
    const action = (runtime as z.ZodObject).shape.Action as z.ZodLiteral<string>;
    const own = { Action: action.value, Version: "2023-08-01" };
    const queries: unknown[] = [
      {},
      own,
      { ...own, Version: "2020-01-01" },
      { ...own, Action: "Other" },
      { ...own, ActivityID: 1824920000234844, RedPacketID: 1825100000340169 },
      { ...own, ActivityID: 1824920000234844, PageNo: 2, PageItemCount: 500 },
      { ...own, ActivityID: 1824920000234844, PageNo: 0, PageItemCount: 501 },
      { ...own, ActivityID: 1.5, RedPacketID: Number.NaN },
      { ...own, ActivityID: "1", other: "1" },
    ];
    for (const query of queries) expect(outcome(compiled.safeParse(query)), JSON.stringify(query)).toEqual(outcome(runtime.safeParse(query)));
  });
});
