/**
 * Turns raw URL query values (strings) into the types the spec declares, before validation, as
 * Polyv reads its query.
 */
import type { z } from "zod";
import { coerceQuery as coerceRawQuery, type QueryCoercion, type RawQuery } from "../core/query.ts";

export { firstQueryValues, type RawQuery } from "../core/query.ts";

/**
 * Polyv's reading: every parameter is passed on (unknown ones stay strings), an empty value counts
 * as missing, and a number is digits only (anything else stays a string and fails as a type error).
 */
const POLYV_QUERY: QueryCoercion = { undeclared: "keep", empty: "drop", numbers: "digits" };

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
  return coerceRawQuery(schema, raw, POLYV_QUERY).values;
}
