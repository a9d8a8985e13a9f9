import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const VENDORS = ["polyv", "xiaoe", "volcengine"] as const;
export type Vendor = (typeof VENDORS)[number];

/** Absolute path of a file in the repo. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** Every vendor: the specs are the foundation, so a missing one fails loudly rather than being skipped. */
export const vendorsWithSpecs = VENDORS.filter((vendor) => existsSync(repoPath(`specs/${vendor}.yaml`)));
