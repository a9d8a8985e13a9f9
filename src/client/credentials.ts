/**
 * Reads a vendor's credentials from the client options, else from the environment variables users
 * already have (DESIGN.md), and names exactly what is missing.
 */
import type { VendorName } from "../contracts/vendor-name.ts";

/**
 * Thrown when a credential is neither in the options nor in the environment; `missing` names the
 * environment variables to set.
 *
 * @example
 * try {
 *   createPolyvClient({ env: {} });
 * } catch (error) {
 *   if (error instanceof LivemockCredentialsError) console.log(error.vendor, error.missing); // "polyv" ["POLYV_APP_ID", "POLYV_APP_SECRET"]
 * }
 */
export class LivemockCredentialsError extends Error {
  override readonly name = "LivemockCredentialsError";
  /** The vendor whose credentials are incomplete. */
  readonly vendor: VendorName;
  /** The environment variables that would have supplied the missing values. */
  readonly missing: readonly string[];

  constructor(vendor: VendorName, missing: readonly { option: string; env: string }[]) {
    const envs = missing.map((m) => m.env);
    const opts = missing.map((m) => m.option);
    super(`${vendor} credentials missing: set the environment variable${envs.length > 1 ? "s" : ""} ${envs.join(", ")} or pass ${opts.join(", ")} in the client options`);
    this.vendor = vendor;
    this.missing = envs;
  }
}

/**
 * Resolves each credential field from the options or its environment variable; throws one
 * {@link LivemockCredentialsError} naming every missing variable.
 *
 * @example
 * readCredentials("polyv", { appId: undefined, appSecret: "s" }, { appId: "POLYV_APP_ID", appSecret: "POLYV_APP_SECRET" }, process.env)
 * // { appId: process.env.POLYV_APP_ID, appSecret: "s" }, or throws naming POLYV_APP_ID
 */
export function readCredentials<K extends string>(
  vendor: VendorName,
  given: Partial<Record<K, string | undefined>>,
  envNames: Record<K, string>,
  env: Readonly<Record<string, string | undefined>> | undefined,
): Record<K, string> {
  const source = env ?? (typeof process === "undefined" ? {} : process.env);
  const out = {} as Record<K, string>;
  const missing: { option: string; env: string }[] = [];
  for (const key of Object.keys(envNames) as K[]) {
    const value = given[key] ?? source[envNames[key]];
    if (value === undefined || value === "") missing.push({ option: key, env: envNames[key] });
    else out[key] = value;
  }
  if (missing.length > 0) throw new LivemockCredentialsError(vendor, missing);
  return out;
}
