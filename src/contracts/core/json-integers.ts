/**
 * Integer fields of a JSON body sent as JSON strings of digits (`"channelId":"4854808"`), read as
 * the numbers they spell before validation, for a vendor whose server reads its bodies so (a Java
 * server's Jackson turns `"4854808"` into a `Long`). Which vendor does is the vendor's choice; this
 * module only knows schemas.
 */
import type { z } from "zod";
import { DIGITS } from "./query.ts";
import { type DeclaredSchema, declaredSchemaAt } from "./zod-issue.ts";

/** Where in a value integers may be: the node itself, its properties, its items. */
interface IntegerPlan {
  readonly integer: boolean;
  readonly properties: ReadonlyMap<string, IntegerPlan> | undefined;
  readonly items: IntegerPlan | undefined;
}

/** The plan of each schema {@link digitStringsAsIntegers} has read; `null` when it holds no integer. */
const plans = new WeakMap<z.ZodType, IntegerPlan | null>();

const isNull = (node: DeclaredSchema): boolean => node.type === "null";
const isIntegerConstant = (value: unknown): boolean => typeof value === "number" && Number.isInteger(value);

/** Whether a node takes integers only (null aside): `integer`, a union of integer constants, an integer enum. */
function takesIntegers(node: DeclaredSchema): boolean {
  if (node.type === "integer" || (Array.isArray(node.type) && node.type.includes("integer"))) return true;
  if (node.const !== undefined) return isIntegerConstant(node.const);
  if (node.enum !== undefined) return node.enum.every((value) => value === null || isIntegerConstant(value));
  const options = node.anyOf?.filter((option) => !isNull(option));
  return options !== undefined && options.length > 0 && options.every(takesIntegers);
}

/** A node past a nullable's null alternative (`anyOf: [T, {type: "null"}]` → T). */
function withoutNull(node: DeclaredSchema): DeclaredSchema {
  const others = node.anyOf?.filter((option) => !isNull(option));
  return others?.length === 1 ? others[0]! : node;
}

function planOf(raw: DeclaredSchema): IntegerPlan | undefined {
  if (takesIntegers(raw)) return { integer: true, properties: undefined, items: undefined };
  const node = withoutNull(raw);
  let properties: Map<string, IntegerPlan> | undefined;
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (typeof child !== "object") continue;
    const plan = planOf(child);
    if (plan === undefined) continue;
    properties ??= new Map();
    properties.set(key, plan);
  }
  const items = node.items !== undefined && typeof node.items === "object" && !Array.isArray(node.items) ? planOf(node.items) : undefined;
  return properties === undefined && items === undefined ? undefined : { integer: false, properties, items };
}

function read(plan: IntegerPlan, value: unknown): unknown {
  if (plan.integer) return typeof value === "string" && DIGITS.test(value) ? Number(value) : value;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    if (plan.items === undefined) return value;
    let out: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const next = read(plan.items, value[index]);
      if (next === value[index]) continue;
      out ??= [...value];
      out[index] = next;
    }
    return out ?? value;
  }
  if (plan.properties === undefined) return value;
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const [key, child] of plan.properties) {
    if (!Object.hasOwn(record, key)) continue;
    const next = read(child, record[key]);
    if (next === record[key]) continue;
    out ??= { ...record };
    out[key] = next;
  }
  return out ?? value;
}

/**
 * `body` with every value the schema types integer that is a JSON string of digits (an optional
 * minus sign, then digits) replaced by its number, at any depth (object properties, array items,
 * past nullable alternatives). Anything else, a string of other text included, is left for
 * validation to refuse. `body` is never modified: what changes is copied, the rest shared, and a body
 * with nothing to read is returned as is. The schema's plan is read once and kept.
 *
 * @example
 * digitStringsAsIntegers(validators.updateLotteryActivity.body, { id: "20527", prizeName: "键盘" }) // { id: 20527, prizeName: "键盘" }
 * digitStringsAsIntegers(validators.updateLotteryActivity.body, { id: "abc" }) // { id: "abc" } (refused by validation)
 */
export function digitStringsAsIntegers(schema: z.ZodType, body: unknown): unknown {
  let plan = plans.get(schema);
  if (plan === undefined) {
    const root = declaredSchemaAt(schema, []);
    plan = (root && planOf(root)) ?? null;
    plans.set(schema, plan);
  }
  return plan === null ? body : read(plan, body);
}
