/**
 * validateRequest runs `z.compile`d copies of the Xiaoe schemas. These tests make sure the copies really
 * are compiled (z.compile falls back silently otherwise) and that they answer every body exactly as the
 * runtime schemas do: the same data, key order included, or the same issues.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validators, type XiaoeOperationId } from "../../../src/contracts/xiaoe/index.ts";
import { expectSameAnswers, outcome } from "../../support/compiled-schemas.ts";
import { type Body, orderedComboDefect, singleTask, unorderedCombo } from "./seed-examples.ts";
import { orderedCombo, taskCreateRuleCases } from "./task-create-cases.ts";

const operations = Object.keys(validators) as XiaoeOperationId[];

/** Values a field can be replaced with: wrong types, edge numbers, empty strings, nested shapes. */
const replacements: unknown[] = [undefined, null, "", "x", "3", 0, -0, 1, 2, 5, 1.5, -1, 2 ** 53, Number.NaN, true, [], [1, "a"], [{}], [{ a: 1 }], [{ a: 1.5 }], {}, { a: 1 }];

/** The corpus: valid bodies, each rule broken once, and every field of the valid bodies absent or replaced. */
function bodies(): Body[] {
  const valid: Body[] = [
    singleTask(),
    unorderedCombo(),
    orderedCombo(),
    { ...orderedComboDefect(), access_token: "xe_xxxxx" },
    { ...singleTask(), live_task_id: 1975339 },
    { ...singleTask(), level_member_rank: ["1", 2], rule_config: [{ level: 1, name: "a" }], reward_frequency: "once", is_order: 1, unknown: "dropped" },
    { app_id: "apptrfbbm2m8971", client_id: "livemock-client", secret_key: "livemock-xiaoe-secret", grant_type: "client_credential" },
    { access_token: "xe_xxxxx", page: 1, page_size: 2, phone: "13800000000", from: "0", min_punch_count: 1 },
    { access_token: "xe_xxxxx", user_id_list: ["u_xxxx", "u_yyyy"], page: 1, page_size: 50 },
  ];
  const out: Body[] = [...valid, ...taskCreateRuleCases.map(([, build]) => build())];
  for (const body of valid) {
    for (const key of Object.keys(body)) {
      const { [key]: _gone, ...absent } = body;
      out.push(absent);
      for (const value of replacements) out.push({ ...body, [key]: value });
    }
  }
  out.push(JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(singleTask()).slice(1)}`) as Body);
  return out;
}

describe("the compiled Xiaoe validators", () => {
  it.each(operations)("%s: z.compile compiles the query and body schemas (no silent fallback)", (operation) => {
    expect(() => z.compile(validators[operation].query, { strict: true })).not.toThrow();
    expect(() => z.compile(validators[operation].body, { strict: true })).not.toThrow();
  });

  it.each(operations)("%s: the compiled body schema answers every body as the runtime schema", (operation) => {
    const runtime = validators[operation].body;
    const compiled = z.compile(runtime, { strict: true });
    expectSameAnswers(runtime, compiled, bodies());
  });

  it.each(operations)("%s: the compiled query schema answers every query as the runtime schema", (operation) => {
    const runtime = validators[operation].query;
    const compiled = z.compile(runtime, { strict: true });
    const queries: unknown[] = [{}, { access_token: "xe_xxxxx" }, { access_token: "" }, { app_id: "apptrfbbm2m8971", grant_type: "client_credential" }, { grant_type: "x" }, { other: "1" }];
    for (const query of queries) expect(outcome(compiled.safeParse(query)), JSON.stringify(query)).toEqual(outcome(runtime.safeParse(query)));
  });
});
