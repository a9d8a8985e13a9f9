/**
 * Turns raw URL query values (strings) into the types the spec declares, before validation.
 */
import type { z } from "zod";

/** Query values as a server framework hands them over. */
export type RawQuery = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

interface DefLike {
  type: string;
  innerType?: { def: DefLike };
}

/** The wrappers {@link baseType} looks through. */
const WRAPPERS: ReadonlySet<string> = new Set(["optional", "nullable", "default", "readonly"]);

/** The JSON type under optional/nullable/default wrappers of a generated field schema. */
function baseType(schema: z.ZodType): string {
  let def = (schema as unknown as { def: DefLike }).def;
  while (def.innerType && WRAPPERS.has(def.type)) def = def.innerType.def;
  return def.type;
}

function firstValue(value: string | readonly string[] | undefined): string | undefined {
  if (typeof value === "string") return value;
  return value?.[0];
}

/**
 * Adds the first value of every parameter not already in `record` (default: a new plain object)
 * and returns it. Every name becomes an own key, `__proto__` included.
 *
 * @example
 * firstQueryValues(new URLSearchParams("a=1&a=2&b=")) // { a: "1", b: "" }
 * firstQueryValues(new URLSearchParams("a=3&c=4"), { a: "1" }) // { a: "1", c: "4" }
 */
export function firstQueryValues(params: URLSearchParams, record: Record<string, string> = {}): Record<string, string> {
  params.forEach((value, key) => {
    if (Object.hasOwn(record, key)) return;
    // Assigning `__proto__` would set the prototype: define it as a plain property instead.
    if (key === "__proto__") Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
    else record[key] = value;
  });
  return record;
}

/** Whole numbers as a URL writes them: an optional minus and digits. */
const INTEGER_TEXT = /^-?\d+$/;

/** The number-typed fields of each object schema {@link coerceQuery} has seen. */
const numberFieldsBySchema = new WeakMap<z.ZodType, ReadonlySet<string>>();

/** The names of the schema's own shape fields whose type is `number` (under wrappers), found once per schema. */
function numberFieldsOf(schema: z.ZodType): ReadonlySet<string> {
  let fields = numberFieldsBySchema.get(schema);
  if (fields === undefined) {
    const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
    // Own fields only: a parameter named `constructor` or `toString` is not a schema field.
    fields = new Set(Object.keys(shape).filter((key) => baseType(shape[key]!) === "number"));
    numberFieldsBySchema.set(schema, fields);
  }
  return fields;
}

/**
 * Coerces a raw query for an object schema: integer parameters made of digits become numbers,
 * anything else stays a string (so a non-numeric value fails validation as a type error), and empty
 * values are dropped (Polyv treats them as missing). The first of repeated values wins.
 *
 * @example
 * coerceQuery(validators.pageTaskRewardActivities.query, new URLSearchParams("channelId=4854808&pageSize="))
 * // { channelId: 4854808 }
 */
export function coerceQuery(schema: z.ZodType, raw: RawQuery): Record<string, string | number> {
  const numberFields = numberFieldsOf(schema);
  const values = raw instanceof URLSearchParams ? firstQueryValues(raw) : raw;
  const out: Record<string, string | number> = {};
  for (const key of Object.keys(values)) {
    const value = firstValue(values[key]);
    if (value === undefined || value === "") continue;
    out[key] = numberFields.has(key) && INTEGER_TEXT.test(value) ? Number(value) : value;
  }
  return out;
}
