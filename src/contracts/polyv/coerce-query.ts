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

/** The JSON type under optional/nullable/default wrappers of a generated field schema. */
function baseType(schema: z.ZodType): string {
  let def = (schema as unknown as { def: DefLike }).def;
  while (def.innerType && ["optional", "nullable", "default", "readonly"].includes(def.type)) def = def.innerType.def;
  return def.type;
}

function firstValue(value: string | readonly string[] | undefined): string | undefined {
  if (typeof value === "string") return value;
  return value?.[0];
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
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const entries: [string, string | undefined][] =
    raw instanceof URLSearchParams ? [...new Set(raw.keys())].map((key) => [key, raw.get(key) ?? undefined]) : Object.entries(raw).map(([key, value]) => [key, firstValue(value)]);
  const out: Record<string, string | number> = {};
  for (const [key, value] of entries) {
    if (value === undefined || value === "") continue;
    const field = shape[key];
    out[key] = field && baseType(field) === "number" && /^-?\d+$/.test(value) ? Number(value) : value;
  }
  return out;
}
