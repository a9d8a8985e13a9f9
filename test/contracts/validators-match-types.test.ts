/**
 * The zod schemas (json-schema-to-zod) and the TypeScript types (openapi-typescript) are generated
 * independently from the same spec. `tsc` (run by `npm test`) checks here that they describe the same
 * types, component by component and operation by operation; the runtime tests check that neither
 * generator dropped a schema.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { listOperations, loadSpec } from "../../scripts/codegen.ts";
import type * as PolyvTypes from "../../src/contracts/generated/polyv.ts";
import * as polyvZod from "../../src/contracts/generated/polyv.zod.ts";
import type * as VolcengineTypes from "../../src/contracts/generated/volcengine.ts";
import * as volcengineZod from "../../src/contracts/generated/volcengine.zod.ts";
import type * as XiaoeTypes from "../../src/contracts/generated/xiaoe.ts";
import * as xiaoeZod from "../../src/contracts/generated/xiaoe.zod.ts";
import { validators as polyvValidators } from "../../src/contracts/polyv/validators.ts";
import { validators as volcengineValidators } from "../../src/contracts/volcengine/validators.ts";
import { validators as xiaoeValidators } from "../../src/contracts/xiaoe/validators.ts";

type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;

/** A parameter group, or nothing when the operation has none (openapi-typescript writes `path?: never`). */
type Present<T> = [NonNullable<T>] extends [never] ? unknown : NonNullable<T>;
/** Query and path parameters in one object, as the generated zod `query` schema holds them. */
type QueryOf<O> = O extends { parameters: { query?: infer Q; path?: infer P } }
  ? [NonNullable<Q> | NonNullable<P>] extends [never]
    ? never
    : { [K in keyof (Present<Q> & Present<P>)]: (Present<Q> & Present<P>)[K] }
  : never;
type BodyOf<O> = O extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? C extends { "application/json": infer J }
      ? J
      : C extends { "application/x-www-form-urlencoded": infer F }
        ? F
        : never
    : never
  : never;
type ResponseOf<O> = O extends { responses: { 200: { content: { "application/json": infer J } } } } ? J : never;

type Part<Z, K extends string, Expected, Name extends string> = Z extends { [P in K]: z.ZodType } ? (Equal<z.infer<Z[K]>, Expected> extends true ? never : `${Name}.${K}`) : never;

/** Names of operation parts whose zod type differs from the openapi-typescript type. */
type OperationMismatches<Zops, Ops> = {
  [K in keyof Zops & keyof Ops & string]: Part<Zops[K], "query", QueryOf<Ops[K]>, K> | Part<Zops[K], "body", BodyOf<Ops[K]>, K> | Part<Zops[K], "response", ResponseOf<Ops[K]>, K>;
}[keyof Zops & keyof Ops & string];

/** Names of components whose zod type differs from the openapi-typescript type. */
type ComponentMismatches<Zmod, Schemas> = {
  [K in keyof Schemas & keyof Zmod & string]: Zmod[K] extends z.ZodType ? (Equal<z.infer<Zmod[K]>, Schemas[K]> extends true ? never : K) : K;
}[keyof Schemas & keyof Zmod & string];

describe("zod validators and generated types describe the same payloads", () => {
  it("polyv", () => {
    expectTypeOf<ComponentMismatches<typeof polyvZod, PolyvTypes.components["schemas"]>>().toEqualTypeOf<never>();
    expectTypeOf<OperationMismatches<typeof polyvZod.operations, PolyvTypes.operations>>().toEqualTypeOf<never>();
    expectTypeOf<OperationMismatches<typeof polyvValidators, PolyvTypes.operations>>().toEqualTypeOf<never>();
  });

  it("xiaoe", () => {
    expectTypeOf<ComponentMismatches<typeof xiaoeZod, XiaoeTypes.components["schemas"]>>().toEqualTypeOf<never>();
    expectTypeOf<OperationMismatches<typeof xiaoeZod.operations, XiaoeTypes.operations>>().toEqualTypeOf<never>();
    expectTypeOf<OperationMismatches<typeof xiaoeValidators, XiaoeTypes.operations>>().toEqualTypeOf<never>();
  });

  it("volcengine", () => {
    expectTypeOf<ComponentMismatches<typeof volcengineZod, VolcengineTypes.components["schemas"]>>().toEqualTypeOf<never>();
    expectTypeOf<OperationMismatches<typeof volcengineZod.operations, VolcengineTypes.operations>>().toEqualTypeOf<never>();
    expectTypeOf<OperationMismatches<typeof volcengineValidators, VolcengineTypes.operations>>().toEqualTypeOf<never>();
  });

  it.each([
    ["polyv", polyvZod, polyvValidators],
    ["xiaoe", xiaoeZod, xiaoeValidators],
    ["volcengine", volcengineZod, volcengineValidators],
  ] as const)("%s: every component and operation of the spec has a generated schema and a validator", (vendor, generated, validators) => {
    const spec = loadSpec(vendor) as { components?: { schemas?: Record<string, unknown> } };
    for (const name of Object.keys(spec.components?.schemas ?? {})) {
      expect((generated as Record<string, unknown>)[name], `generated zod for component ${name}`).toBeDefined();
    }
    const operationIds = listOperations(spec as never).map((op) => op.operationId);
    expect(Object.keys(generated.operations).sort()).toEqual([...operationIds].sort());
    expect(Object.keys(validators).sort()).toEqual([...operationIds].sort());
  });
});
