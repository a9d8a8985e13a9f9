/**
 * What makes several replicas one environment, beyond the store: the baseline (the seeded state
 * that reset restores, written once by the first replica to start), and the settings the control
 * plane changes (clock offset, rate-limit switches, credentials added at runtime).
 */
import type { StoreSnapshot } from "../index.ts";
import type { SharedBackend } from "./backend.ts";

/** The settings every replica applies. */
export interface SharedSettings {
  clockOffsetMs: number;
  rateLimits: Record<string, boolean>;
  /** Credentials added at runtime, by vendor (demo secrets for the mock only). */
  credentials: Record<string, unknown[]>;
}

/** How long the first replica may take to seed the environment before another takes over. */
const INIT_LEASE_MS = 30_000;

/**
 * The environment's baseline: read from Redis, or, by the first replica to get here, made by
 * `seed` (over an emptied store) and written for all. The others wait for it.
 *
 * @example
 * const baseline = await initialiseOnce(backend, async () => { await seedRooms(); return store.snapshot(); });
 */
export async function initialiseOnce(backend: SharedBackend, seed: () => Promise<StoreSnapshot>): Promise<StoreSnapshot> {
  const key = `${backend.prefix}baseline`;
  for (;;) {
    const existing = await backend.call((r) => r.get(key));
    if (existing !== null) return JSON.parse(existing) as StoreSnapshot;
    const lease = await backend.acquireLease("init", INIT_LEASE_MS);
    if (lease) {
      try {
        const again = await backend.call((r) => r.get(key));
        if (again !== null) return JSON.parse(again) as StoreSnapshot;
        const baseline = await seed();
        await backend.call((r) => r.set(key, JSON.stringify(baseline)));
        return baseline;
      } finally {
        await lease.release().catch(() => {});
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The settings as Redis holds them (fields absent until first written).
 *
 * @example
 * const { clockOffsetMs } = await readSettings(backend);
 */
export async function readSettings(backend: SharedBackend): Promise<Partial<SharedSettings>> {
  const raw = await backend.call((r) => r.hgetall(`${backend.prefix}settings`));
  const out: Partial<SharedSettings> = {};
  if (raw.clockOffsetMs !== undefined) out.clockOffsetMs = Number(raw.clockOffsetMs);
  if (raw.rateLimits !== undefined) out.rateLimits = JSON.parse(raw.rateLimits) as Record<string, boolean>;
  if (raw.credentials !== undefined) out.credentials = JSON.parse(raw.credentials) as Record<string, unknown[]>;
  return out;
}

/**
 * Writes settings and (unless `announce` is false) tells every replica to apply them.
 *
 * @example
 * await writeSettings(backend, { clockOffsetMs: 3_600_000 });
 */
export async function writeSettings(backend: SharedBackend, settings: Partial<SharedSettings>, announce = true): Promise<void> {
  const fields: Record<string, string> = {};
  if (settings.clockOffsetMs !== undefined) fields.clockOffsetMs = String(settings.clockOffsetMs);
  if (settings.rateLimits !== undefined) fields.rateLimits = JSON.stringify(settings.rateLimits);
  if (settings.credentials !== undefined) fields.credentials = JSON.stringify(settings.credentials);
  await backend.call((r) => r.hset(`${backend.prefix}settings`, fields));
  if (announce) await backend.publish({ type: "settings" });
}
