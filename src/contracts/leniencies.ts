/**
 * Every vendor's leniencies in one place (each table lives in `src/contracts/<vendor>/leniencies.ts`),
 * and the Markdown table the README's "What livemock accepts that the docs don't" shows: the README
 * is written from these tables (`npx tsx scripts/leniency-table.ts`), and a test keeps them equal.
 */
import { type Leniency, leniencyList } from "./core/leniency.ts";
import { polyvLeniencies } from "./polyv/leniencies.ts";
import type { VendorName } from "./vendor-name.ts";
import { volcengineLeniencies } from "./volcengine/leniencies.ts";
import { xiaoeLeniencies } from "./xiaoe/leniencies.ts";

/** Each vendor's leniencies, in the order its table lists them. */
export const LENIENCIES: Readonly<Record<VendorName, readonly Leniency[]>> = {
  polyv: leniencyList(polyvLeniencies),
  xiaoe: leniencyList(xiaoeLeniencies),
  volcengine: leniencyList(volcengineLeniencies),
};

/** A table cell: pipes escaped, one line. */
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/**
 * The README's table of every leniency: id, the documented rule, what livemock also accepts, source.
 *
 * @example
 * console.log(leniencyMarkdown()); // "| id | documented rule | livemock also accepts | source |\n|---|---|---|---|\n| `polyv.sign.empty-param-included` | ..."
 */
export function leniencyMarkdown(): string {
  const rows = Object.values(LENIENCIES)
    .flat()
    .map((l) => `| \`${l.id}\` | ${cell(l.rule)} | ${cell(l.accepted)} | ${cell(l.source)} |`);
  return ["| id | documented rule | livemock also accepts | source |", "|---|---|---|---|", ...rows].join("\n");
}
