/**
 * The vendors livemock knows, by the name every part uses for them: the client, the contract runner,
 * the specs, the control plane's `vendor` fields and `--vendors`. The mock's core never names one:
 * it works with whichever vendor modules are mounted.
 */
export const VENDOR_NAMES = ["polyv", "xiaoe", "volcengine"] as const;

/** `"polyv" | "xiaoe" | "volcengine"`. */
export type VendorName = (typeof VENDOR_NAMES)[number];

/**
 * True when `name` is one of {@link VENDOR_NAMES}.
 *
 * @example
 * isVendorName("xiaoe") // true
 */
export function isVendorName(name: string): name is VendorName {
  return (VENDOR_NAMES as readonly string[]).includes(name);
}
