/**
 * `npm run generate [-- <vendor> ...]`: regenerates src/contracts/generated/ from specs/.
 */
import { existsSync, writeFileSync } from "node:fs";
import { isVendorName, VENDOR_NAMES } from "../src/contracts/vendor-name.ts";
import { CALLBACK_CATALOGUE_PATHS, generateCallbackCatalogue, generatedPath, generateTypes, generateZod, specPath } from "./codegen.ts";

const requested = process.argv.slice(2);
const unknown = requested.find((name) => !isVendorName(name));
if (unknown !== undefined) {
  console.error(`unknown vendor "${unknown}"; expected one of ${VENDOR_NAMES.join(", ")}`);
  process.exit(2);
}
const vendors = requested.length ? requested.filter(isVendorName) : VENDOR_NAMES;

let failed = false;
for (const vendor of vendors) {
  if (!existsSync(specPath(vendor))) {
    console.warn(`skip ${vendor}: specs/${vendor}.yaml does not exist yet`);
    continue;
  }
  try {
    const types = await generateTypes(vendor);
    const zod = generateZod(vendor);
    writeFileSync(generatedPath(vendor, "types"), types);
    writeFileSync(generatedPath(vendor, "zod"), zod);
    console.log(`generated src/contracts/generated/${vendor}.ts and ${vendor}.zod.ts`);
  } catch (error) {
    failed = true;
    console.error(`failed to generate ${vendor}: ${(error as Error).message}`);
  }
}
if (requested.length === 0) {
  try {
    writeFileSync(CALLBACK_CATALOGUE_PATHS.generated, generateCallbackCatalogue());
    console.log("generated src/contracts/generated/callbacks.ts");
  } catch (error) {
    failed = true;
    console.error(`failed to generate the callback catalogue: ${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
