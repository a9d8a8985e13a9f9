/**
 * The vendors livemock serves: the one place that lists them. Everything else (the core, the control
 * plane, faults, seed files, rate-limit switches, the state view, the banner, MSW's origins) works
 * with whichever vendors are mounted. Adding a vendor is its own folders, its spec, and one line here.
 */
import { credentialsFromEnv as fromEnv, type MockCredentials, mergeCredentials } from "../core/credentials.ts";
import type { VendorDefinition } from "../core/vendor.ts";
import { polyvVendor } from "./polyv/index.ts";
import { volcengineVendor } from "./volcengine/index.ts";
import { xiaoeVendor } from "./xiaoe/index.ts";

/** Every vendor the default app mounts, in matching order (their paths never overlap). */
export const builtInVendors: readonly VendorDefinition<unknown>[] = [polyvVendor, xiaoeVendor, volcengineVendor];

/** The public demo credentials of every built-in vendor: accepted only by livemock, printed by `livemock serve`. */
export const DEMO_CREDENTIALS: Readonly<MockCredentials> = Object.freeze(mergeCredentials(builtInVendors));

/**
 * The built-in vendors with these names, in matching order (`livemock serve --vendors polyv,xiaoe`);
 * throws naming the unknown ones.
 *
 * @example
 * vendorsNamed(["xiaoe"]) // [xiaoeVendor]
 */
export function vendorsNamed(names: readonly string[]): VendorDefinition<unknown>[] {
  const unknown = names.filter((name) => !builtInVendors.some((v) => v.name === name));
  if (unknown.length > 0) throw new Error(`unknown vendor ${unknown.map((n) => `"${n}"`).join(", ")}: livemock serves ${builtInVendors.map((v) => v.name).join(", ")}`);
  if (names.length === 0) throw new Error(`no vendor named: give one or more of ${builtInVendors.map((v) => v.name).join(", ")}`);
  return builtInVendors.filter((v) => names.includes(v.name));
}

/**
 * Reads the built-in vendors' credentials from the environment variables users already have for the
 * real vendors (`POLYV_APP_ID`/`POLYV_APP_SECRET`, ...); a vendor is configured only when all its variables are set.
 *
 * @example
 * const extra = credentialsFromEnv(process.env);
 */
export function credentialsFromEnv(env: Readonly<Record<string, string | undefined>>): Partial<MockCredentials> {
  return fromEnv(builtInVendors, env);
}
