/**
 * Prints the README's table of leniencies ("What livemock accepts that the docs don't") from the
 * vendors' tables in src/contracts/<vendor>/leniencies.ts: paste it over the README's table after
 * changing one (test/readme/leniencies-are-listed.test.ts fails until they are equal).
 *
 * Usage: npx tsx scripts/leniency-table.ts
 */
import { leniencyMarkdown } from "../src/contracts/leniencies.ts";

console.log(leniencyMarkdown());
