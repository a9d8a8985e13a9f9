import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { VENDOR_NAMES } from "../../src/contracts/vendor-name.ts";

/** Absolute path of a file in the repo. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** Every vendor: the specs are the foundation, so a missing one fails loudly rather than being skipped. */
export const vendorsWithSpecs = VENDOR_NAMES.filter((vendor) => existsSync(repoPath(`specs/${vendor}.yaml`)));
