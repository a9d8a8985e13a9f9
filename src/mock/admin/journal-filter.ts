/**
 * Journal queries: `GET /__livemock/requests?...` and `POST /__livemock/verify` match entries with
 * the same filter (vendor, operation, status, error code, owner, method, path, time window).
 */
import { z } from "zod";
import type { JournalEntry } from "../core/journal.ts";

const time = z.union([z.number().int(), z.string().min(1)]).transform((value, ctx) => {
  const ms = typeof value === "number" ? value : /^\d+$/u.test(value) ? Number(value) : Date.parse(value);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: "custom", message: `not a time: "${value}" (epoch ms or ISO 8601)` });
    return z.NEVER;
  }
  return ms;
});
const statusSpec = z.union([z.number().int(), z.string().regex(/^(\d{3}|[1-5]xx)$/u, "a status (200) or a class (4xx)")]);

/** The filter both endpoints accept (query parameters or JSON body). */
export const journalFilterSchema = z
  .object({
    vendor: z.string().min(1).optional(),
    operation: z.string().min(1).optional(),
    status: statusSpec.optional(),
    errorCode: z.union([z.string(), z.number()]).optional(),
    owner: z.string().min(1).optional(),
    method: z.string().min(1).optional(),
    path: z.string().min(1).optional(),
    since: time.optional(),
    until: time.optional(),
  })
  .strict();

export type JournalFilter = z.output<typeof journalFilterSchema>;

/**
 * True when an entry matches every given field of the filter (`since` inclusive, `until` exclusive,
 * `status` exact or a class like `4xx`, `errorCode` compared as text).
 *
 * @example
 * journal.entries().filter((e) => matchesFilter(e, { vendor: "polyv", status: "4xx" }))
 */
export function matchesFilter(entry: JournalEntry, filter: JournalFilter): boolean {
  if (filter.vendor !== undefined && entry.vendor !== filter.vendor) return false;
  if (filter.operation !== undefined && entry.operation !== filter.operation) return false;
  if (filter.owner !== undefined && entry.owner !== filter.owner) return false;
  if (filter.method !== undefined && entry.method.toUpperCase() !== filter.method.toUpperCase()) return false;
  if (filter.path !== undefined && entry.path !== filter.path) return false;
  if (filter.errorCode !== undefined && String(entry.errorCode) !== String(filter.errorCode)) return false;
  if (filter.since !== undefined && entry.at < filter.since) return false;
  if (filter.until !== undefined && entry.at >= filter.until) return false;
  if (filter.status !== undefined) {
    const spec = String(filter.status);
    if (spec.endsWith("xx")) {
      if (Math.floor(entry.status / 100) !== Number(spec[0])) return false;
    } else if (entry.status !== Number(spec)) return false;
  }
  return true;
}

/**
 * Reads a filter from query parameters (numbers given as text are accepted).
 *
 * @example
 * parseFilterQuery({ vendor: "xiaoe", status: "200" }, context.vendorNames)
 */
export function parseFilterQuery(query: Record<string, string>, vendorNames: readonly string[]): { ok: true; filter: JournalFilter } | { ok: false; message: string } {
  const { limit: _limit, ...rest } = query;
  const input: Record<string, unknown> = { ...rest };
  if (typeof input.status === "string" && /^\d{3}$/u.test(input.status)) input.status = Number(input.status);
  return parseFilter(input, vendorNames);
}

/**
 * Validates a filter given as JSON.
 *
 * @example
 * parseFilter({ operation: "createLiveTask", since: "2026-03-01T00:00:00Z" }, context.vendorNames)
 */
export function parseFilter(input: unknown, vendorNames: readonly string[]): { ok: true; filter: JournalFilter } | { ok: false; message: string } {
  const parsed = journalFilterSchema.safeParse(input ?? {});
  if (parsed.success) {
    const { vendor } = parsed.data;
    if (vendor !== undefined && !vendorNames.includes(vendor)) return { ok: false, message: `vendor: must be one of ${vendorNames.join(", ")} (the mounted vendors), got "${vendor}"` };
    return { ok: true, filter: parsed.data };
  }
  return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join(".") || "filter"}: ${i.message}`).join("; ") };
}
