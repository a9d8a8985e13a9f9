import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CALLBACK_CATALOGUE_PATHS, generateCallbackCatalogue, generatedPath, generateTypes, generateZod } from "../../scripts/codegen.ts";
import { VENDOR_NAMES } from "../../src/contracts/vendor-name.ts";

describe.each(VENDOR_NAMES)("generated contracts for %s", (vendor) => {
  it("types match what `npm run generate` produces from the spec", async () => {
    const committed = readFileSync(generatedPath(vendor, "types"), "utf8");
    expect(committed, `src/contracts/generated/${vendor}.ts is stale: run npm run generate`).toBe(await generateTypes(vendor));
  });

  it("zod schemas match what `npm run generate` produces from the spec", () => {
    const committed = readFileSync(generatedPath(vendor, "zod"), "utf8");
    expect(committed, `src/contracts/generated/${vendor}.zod.ts is stale: run npm run generate`).toBe(generateZod(vendor));
  });
});

describe("generated callback catalogue", () => {
  it("matches what `npm run generate` produces from specs/callbacks.yaml", () => {
    const committed = readFileSync(CALLBACK_CATALOGUE_PATHS.generated, "utf8");
    expect(committed, "src/contracts/generated/callbacks.ts is stale: run npm run generate").toBe(generateCallbackCatalogue());
  });
});
