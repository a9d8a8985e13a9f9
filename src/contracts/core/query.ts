/**
 * URL query parameters (strings, perhaps repeated) read as the values a vendor's query schema
 * declares: numbers for its integer and number parameters. What differs between vendors (unknown
 * parameters, empty values, which texts count as numbers) is the caller's {@link QueryCoercion}.
 */
import type { z } from "zod";
import { declaredSchemaAt } from "./zod-issue.ts";

/** Query values as a server framework hands them over. */
export type RawQuery = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The first value of a parameter, undefined when it is absent.
 *
 * @example
 * firstQueryValue(new URLSearchParams("a=1&a=2"), "a") // "1"
 * firstQueryValue({ a: ["3", "4"] }, "a") // "3"
 */
export function firstQueryValue(raw: RawQuery | undefined, key: string): string | undefined {
  if (raw === undefined) return undefined;
  if (raw instanceof URLSearchParams) return raw.get(key) ?? undefined;
  const value = raw[key];
  return typeof value === "string" ? value : value?.[0];
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

/** What a numeric query parameter holds. */
export type NumericKind = "integer" | "number";

/** The parameters of each query schema {@link queryParametersOf} has read. */
const parametersBySchema = new WeakMap<z.ZodType, ReadonlyMap<string, NumericKind | undefined>>();

/**
 * The parameters an object schema declares, in its order, each with its numeric kind (undefined
 * for strings, booleans and literals, numeric literals included). Read once per schema.
 *
 * @example
 * queryParametersOf(z.object({ channelId: z.number().int(), sign: z.string() })) // Map { "channelId" => "integer", "sign" => undefined }
 */
export function queryParametersOf(schema: z.ZodType): ReadonlyMap<string, NumericKind | undefined> {
  let parameters = parametersBySchema.get(schema);
  if (parameters === undefined) {
    const declared = new Map<string, NumericKind | undefined>();
    for (const key of Object.keys(declaredSchemaAt(schema, [])?.properties ?? {})) {
      const field = declaredSchemaAt(schema, [key])!;
      const literal = field.const !== undefined || field.enum !== undefined;
      declared.set(key, !literal && (field.type === "integer" || field.type === "number") ? field.type : undefined);
    }
    parameters = declared;
    parametersBySchema.set(schema, parameters);
  }
  return parameters;
}

/** How a vendor reads its query: the choices that differ between vendors. */
export interface QueryCoercion {
  /** Parameters the schema does not declare: passed on as strings (`keep`) or left out (`drop`). */
  undeclared: "keep" | "drop";
  /** Empty values: passed on as "" (`keep`) or left out as absent (`drop`). */
  empty: "keep" | "drop";
  /**
   * Which texts are numbers: `digits`, an optional minus and digits only; `lenient`, surrounding
   * white space and a sign allowed, and for `number` parameters decimals and exponents too.
   */
  numbers: "digits" | "lenient";
}

/** A query read by {@link coerceQuery}. */
export interface CoercedQuery {
  /** The first value of each parameter, a number where the schema wants one and the text is one. */
  values: Record<string, string | number>;
  /** The first numeric parameter (in the order read) whose text is not a number: it stays a string in `values`. */
  notANumber: { key: string; text: string; kind: NumericKind } | undefined;
}

/** A query's `digits` reading, and a JSON body's digit strings (`json-integers.ts`): an optional minus and digits. */
export const DIGITS = /^-?\d+$/;
const INTEGER_TEXT = /^[+-]?\d+$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The number a parameter's text stands for, or undefined when it is not one. */
function numberFrom(text: string, kind: NumericKind, numbers: QueryCoercion["numbers"]): number | undefined {
  if (numbers === "digits") return DIGITS.test(text) ? Number(text) : undefined;
  const trimmed = text.trim();
  return (kind === "integer" ? INTEGER_TEXT : NUMBER_TEXT).test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * Reads a raw query for an object schema: the first of repeated values, numbers for the numeric
 * parameters whose text is a number; a numeric parameter whose text is not one stays a string (so
 * validation fails on its type) and is named in `notANumber`. Parameters are read in the query's
 * order when undeclared ones are kept, in the schema's order otherwise.
 *
 * @example
 * coerceQuery(query, new URLSearchParams("channelId=4854808&pageSize="), { undeclared: "keep", empty: "drop", numbers: "digits" })
 * // { values: { channelId: 4854808 }, notANumber: undefined }
 */
export function coerceQuery(schema: z.ZodType, raw: RawQuery | undefined, how: QueryCoercion): CoercedQuery {
  const parameters = queryParametersOf(schema);
  const source = how.undeclared === "drop" || !(raw instanceof URLSearchParams) ? raw : firstQueryValues(raw);
  const keys = how.undeclared === "drop" ? parameters.keys() : Object.keys(source ?? {});
  const values: Record<string, string | number> = {};
  let notANumber: CoercedQuery["notANumber"];
  for (const key of keys) {
    const text = firstQueryValue(source, key);
    if (text === undefined || (text === "" && how.empty === "drop")) continue;
    const kind = parameters.get(key);
    const number = kind === undefined ? undefined : numberFrom(text, kind, how.numbers);
    values[key] = number ?? text;
    if (kind !== undefined && number === undefined) notANumber ??= { key, text, kind };
  }
  return { values, notANumber };
}
