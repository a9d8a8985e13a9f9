/**
 * `npm run generate [-- <vendor> ...]`: regenerates src/contracts/generated/ from specs/.
 */
import { existsSync, writeFileSync } from "node:fs";
import { VENDORS, generateTypes, generateZod, generatedPath, specPath, type Vendor } from "./codegen.ts";

const requested = process.argv.slice(2);
for (const name of requested) {
  if (!(VENDORS as readonly string[]).includes(name)) {
    console.error(`unknown vendor "${name}"; expected one of ${VENDORS.join(", ")}`);
    process.exit(2);
  }
}
const vendors = (requested.length ? requested : VENDORS) as Vendor[];

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
process.exit(failed ? 1 : 0);
