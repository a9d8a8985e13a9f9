/**
 * The shared mechanics under the three vendors' error wording (src/contracts/core/zod-issue.ts and
 * query.ts): a zod issue becomes the field's path, the value found there and the bound it broke,
 * from zod's public issue data and the JSON Schema zod declares; raw query strings become the
 * numbers a schema declares. The vendors' exact messages are pinned by their own tests.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { coerceQuery } from "../../src/contracts/core/query.ts";
import { declaredRange, declaredSchemaAt, formatFieldPath, issueFacts } from "../../src/contracts/core/zod-issue.ts";

/** The facts of the first issue `schema` finds in `input`. */
function factsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a failure");
  return issueFacts(result.error.issues[0]!, input);
}

const Task = z.object({ sort: z.number().int().gte(1).lte(99), name: z.string().min(1).max(20).optional() });
const Body = z.object({
  tasks: z.array(Task).min(1).max(6),
  mode: z.union([z.literal("Y"), z.literal("N"), z.literal(null)]),
  link: z
    .object({ url: z.string().regex(/^https?:\/\//) })
    .nullable()
    .optional(),
  tags: z.union([z.array(z.string()), z.null()]).optional(),
});
const valid = { tasks: [{ sort: 1 }], mode: "Y" };

describe("a zod issue described neutrally", () => {
  it("names the field as the vendors write it, with the value read from the input", () => {
    const facts = factsOf(Body, { ...valid, tasks: [{ sort: 1 }, { sort: 0 }] });
    expect(facts).toMatchObject({ path: ["tasks", 1, "sort"], field: "tasks[1].sort", value: 0, union: false });
    expect(facts.bound).toEqual({ kind: "min", of: "value", limit: 1, inclusive: true });
    expect(formatFieldPath(facts.path, "dotted")).toBe("tasks.1.sort");
  });

  it("tells a string's length and an array's items from a number's value", () => {
    expect(factsOf(Body, { ...valid, tasks: [{ sort: 1, name: "x".repeat(21) }] }).bound).toEqual({ kind: "max", of: "length", limit: 20, inclusive: true });
    expect(factsOf(Body, { ...valid, tasks: [] }).bound).toEqual({ kind: "min", of: "items", limit: 1, inclusive: true });
  });

  it("gives the expected type, and a missing field's value as undefined", () => {
    expect(factsOf(Body, { ...valid, tasks: [{ sort: "2" }] })).toMatchObject({ value: "2", bound: { kind: "type", expected: "number" } });
    expect(factsOf(Body, { ...valid, tasks: [{ sort: 1.5 }] }).bound).toEqual({ kind: "type", expected: "int" });
    expect(factsOf(Body, { mode: "Y" })).toMatchObject({ field: "tasks", value: undefined, bound: { kind: "type", expected: "array" } });
  });

  it("reduces a union of literals to the values allowed, its null alternative left out", () => {
    expect(factsOf(Body, { ...valid, mode: "maybe" })).toMatchObject({ field: "mode", value: "maybe", union: true, bound: { kind: "values", values: ["Y", "N"] } });
  });

  it("reduces any other union to its first branch that is not the null alternative, under the union's path", () => {
    const facts = factsOf(Body, { ...valid, tags: ["a", 5] });
    expect(facts).toMatchObject({ field: "tags[1]", value: 5, union: true, bound: { kind: "type", expected: "string" } });
    expect(factsOf(Body, { ...valid, link: { url: "ftp://x" } }).bound).toEqual({ kind: "format", format: "regex", pattern: "/^https?:\\/\\//" });
  });

  it("leaves a refinement's bound to its message, and reads its value at its path", () => {
    const refined = Body.superRefine((_body, ctx) => ctx.addIssue({ code: "custom", path: ["tasks", 0, "sort"], message: "sort is taken" }));
    const facts = factsOf(refined, valid);
    expect(facts).toMatchObject({ field: "tasks[0].sort", value: 1, bound: undefined });
    expect(facts.issue.message).toBe("sort is taken");
  });
});

describe("the schema a field declares", () => {
  it("follows properties and items, and gives both ends of a range", () => {
    expect(declaredRange(declaredSchemaAt(Body, ["tasks", 0, "sort"])!)).toEqual({ min: 1, max: 99 });
    expect(declaredRange(declaredSchemaAt(Body, ["tasks"])!)).toEqual({ min: 1, max: 6 });
    expect(declaredSchemaAt(Body, ["link", "url"])?.type).toBe("string");
  });

  it("does not count the safe-integer range of .int() as a declared limit", () => {
    expect(declaredSchemaAt(z.object({ id: z.number().int().gte(1) }), ["id"])).toMatchObject({ type: "integer" });
    expect(declaredRange(declaredSchemaAt(z.object({ id: z.number().int().gte(1) }), ["id"])!)).toEqual({ min: 1, max: undefined });
  });

  it("finds nothing where the path leaves the declared fields", () => {
    expect(declaredSchemaAt(Body, ["constructor"])).toBeUndefined();
    expect(declaredSchemaAt(Body, ["mode", "x"])).toBeUndefined();
  });
});

describe("a raw query read as the schema's types", () => {
  const Query = z.object({ id: z.number().int(), ratio: z.number().optional(), name: z.string().optional(), kind: z.literal(1).optional() });

  it("keeps undeclared parameters, drops empty values and takes digits only, as Polyv reads it", () => {
    const read = coerceQuery(Query, new URLSearchParams("id=12&id=13&ratio=%2B1.5&name=&kind=1&extra=x"), { undeclared: "keep", empty: "drop", numbers: "digits" });
    expect(read.values).toEqual({ id: 12, ratio: "+1.5", kind: "1", extra: "x" });
    expect(read.notANumber).toEqual({ key: "ratio", text: "+1.5", kind: "number" });
  });

  it("reads declared parameters only, keeps empty values and takes signs, spaces and decimals, as Volcengine reads it", () => {
    const read = coerceQuery(Query, { id: [" +12 "], ratio: "1.5e1", name: "", extra: "x" }, { undeclared: "drop", empty: "keep", numbers: "lenient" });
    expect(read).toEqual({ values: { id: 12, ratio: 15, name: "" }, notANumber: undefined });
    expect(coerceQuery(Query, { id: "1.5" }, { undeclared: "drop", empty: "keep", numbers: "lenient" }).notANumber).toEqual({ key: "id", text: "1.5", kind: "integer" });
  });
});
