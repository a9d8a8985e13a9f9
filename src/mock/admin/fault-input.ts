/**
 * The body of `POST /__livemock/faults`, validated into a rule for the fault set.
 *
 * `kind`: `latency` (needs `latencyMs`: a number or `{min, max}`, at most 120 000), `error` (`error`:
 * an id from the vendor's catalogue, default the vendor's generic server error), `drop` (the
 * connection is closed without an answer), or `fail-next` (shorthand for `error` with a `count`).
 * `count` limits the calls affected; `expiresInMs` / `expiresAt` end the rule on the mock clock.
 */
import { z } from "zod";
import type { VendorModule } from "../core/vendor.ts";
import { isForcedErrorId } from "../faults/forced-error.ts";
import type { FaultRule } from "../faults/rules.ts";

const MAX_LATENCY_MS = 120_000;
const ms = z.number().int().min(0).max(MAX_LATENCY_MS);

export const faultInputSchema = z
  .object({
    vendor: z.string().min(1),
    operation: z.string().min(1).optional(),
    kind: z.enum(["latency", "error", "drop", "fail-next"]),
    latencyMs: z.union([ms, z.object({ min: ms, max: ms }).strict()]).optional(),
    error: z.string().min(1).optional(),
    params: z.record(z.string(), z.string()).optional(),
    count: z.number().int().min(1).optional(),
    expiresInMs: z.number().int().min(1).optional(),
    expiresAt: z.union([z.number().int(), z.string().min(1)]).optional(),
  })
  .strict();

export type FaultInput = z.input<typeof faultInputSchema>;

/**
 * Validates a fault body against the mounted vendors, the vendor's catalogue and the mock clock's `now`.
 *
 * @example
 * parseFaultInput({ vendor: "xiaoe", kind: "fail-next", count: 2 }, app.livemock.vendors, Date.now())
 * // { ok: true, rule: { vendor: "xiaoe", kind: "error", error: "systemBusy", remaining: 2 } }
 */
export function parseFaultInput(input: unknown, vendors: readonly VendorModule[], now: number): { ok: true; rule: Omit<FaultRule, "id" | "hits" | "createdAt"> } | { ok: false; message: string } {
  const parsed = faultInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ") };
  const f = parsed.data;
  const vendor = vendors.find((v) => v.name === f.vendor);
  if (!vendor) return { ok: false, message: `vendor: must be one of ${vendors.map((v) => v.name).join(", ")} (the mounted vendors), got "${f.vendor}"` };
  const rule: Omit<FaultRule, "id" | "hits" | "createdAt"> = { vendor: f.vendor, kind: f.kind === "fail-next" ? "error" : f.kind };
  if (f.operation !== undefined) rule.operation = f.operation;
  if (f.kind === "latency") {
    if (f.latencyMs === undefined) return { ok: false, message: "latencyMs: required for a latency rule (a number of ms or {min, max})" };
    if (typeof f.latencyMs === "object" && f.latencyMs.min > f.latencyMs.max) return { ok: false, message: "latencyMs: min is greater than max" };
    rule.latencyMs = f.latencyMs;
  } else if (f.latencyMs !== undefined) return { ok: false, message: `latencyMs: only for a latency rule, not ${f.kind}` };
  if (f.kind === "error" || f.kind === "fail-next") {
    const error = f.error ?? vendor.errors.fallback;
    if (!isForcedErrorId(vendor, error)) return { ok: false, message: `error: "${error}" is not in the ${f.vendor} catalogue (GET /__livemock/faults/errors?vendor=${f.vendor} lists them)` };
    rule.error = error;
    if (f.params) rule.params = f.params;
  } else if (f.error !== undefined) return { ok: false, message: `error: only for an error or fail-next rule, not ${f.kind}` };
  if (f.kind === "fail-next" && f.count === undefined) return { ok: false, message: "count: required for fail-next (how many calls fail)" };
  if (f.count !== undefined) rule.remaining = f.count;
  if (f.expiresInMs !== undefined && f.expiresAt !== undefined) return { ok: false, message: "give expiresInMs or expiresAt, not both" };
  if (f.expiresInMs !== undefined) rule.expiresAt = now + f.expiresInMs;
  if (f.expiresAt !== undefined) {
    const at = typeof f.expiresAt === "number" ? f.expiresAt : Date.parse(f.expiresAt);
    if (Number.isNaN(at)) return { ok: false, message: `expiresAt: not a time: "${f.expiresAt}" (epoch ms or ISO 8601)` };
    rule.expiresAt = at;
  }
  return { ok: true, rule };
}
