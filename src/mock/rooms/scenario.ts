/**
 * A room's scenario: the crowd's size and habits, the live's length and the host's scheduled moves,
 * with sensible defaults, as `POST /__livemock/rooms` takes it. Vendor-specific fields pass through
 * to the vendor's driver, which checks them.
 */
import { z } from "zod";
import type { RoomDriver, RoomScenario } from "./types.ts";

/** The largest crowd a room accepts (the benchmark plays 10,000 over two hours). */
export const MAX_VIEWERS = 100_000;

const scheduleEntry = z.looseObject({
  atMinute: z.number().min(0),
  action: z.string().min(1),
});

/** The core's fields, with their defaults. */
export const scenarioSchema = z.looseObject({
  viewers: z.number().int().min(0).max(MAX_VIEWERS).default(200),
  durationMinutes: z
    .number()
    .positive()
    .max(7 * 24 * 60)
    .default(90),
  arrival: z.enum(["front", "uniform", "burst"]).default("front"),
  watchMinutes: z.number().positive().default(30),
  commentsPerHour: z.number().min(0).max(600).default(2),
  likesPerHour: z.number().min(0).max(3600).default(6),
  signInRate: z.number().min(0).max(1).default(0.6),
  shareRate: z.number().min(0).max(1).default(0.05),
  schedule: z.array(scheduleEntry).default([]),
});

/** The request fields that are not part of the scenario. */
export const ROOM_FIELDS = ["vendor", "live", "startAt", "seed"] as const;

/**
 * Validates a scenario: the core's fields, then the vendor's own and its scheduled actions.
 *
 * @example
 * parseScenario({ viewers: 50 }, driver) // { ok: true, scenario: { viewers: 50, durationMinutes: 90, ... } }
 */
export function parseScenario(input: Record<string, unknown>, driver: RoomDriver): { ok: true; scenario: RoomScenario } | { ok: false; message: string } {
  const fields = Object.fromEntries(Object.entries(input).filter(([key]) => !(ROOM_FIELDS as readonly string[]).includes(key)));
  const parsed = scenarioSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ") };
  const scenario = parsed.data as RoomScenario;
  const known = new Set([...Object.keys(scenarioSchema.shape), ...Object.keys(driver.scenarioFields ?? {})]);
  const unknown = Object.keys(scenario).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    const vendorFields = Object.keys(driver.scenarioFields ?? {});
    return { ok: false, message: `unknown scenario field ${unknown.join(", ")}: the fields are ${[...ROOM_FIELDS, ...Object.keys(scenarioSchema.shape), ...vendorFields].join(", ")}` };
  }
  const vendorProblem = driver.checkScenario?.(scenario);
  if (vendorProblem) return { ok: false, message: vendorProblem };
  for (const [i, entry] of scenario.schedule.entries()) {
    if (entry.atMinute > scenario.durationMinutes) return { ok: false, message: `schedule.${i}.atMinute: ${entry.atMinute} is after the room's end (durationMinutes ${scenario.durationMinutes})` };
    if (entry.action !== "end" && !driver.actions[entry.action]) {
      return { ok: false, message: `schedule.${i}.action: unknown action "${entry.action}"; the actions are ${["end", ...Object.keys(driver.actions)].join(", ")}` };
    }
  }
  return { ok: true, scenario };
}
