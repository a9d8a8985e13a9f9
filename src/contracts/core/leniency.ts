/**
 * Leniencies: where a vendor's documents and its official SDKs disagree, livemock accepts what the
 * SDKs send. Each vendor lists them once, with their source, in `src/contracts/<vendor>/leniencies.ts`
 * (the README's "What livemock accepts that the docs don't" lists the same tables). A request that
 * relies on one is answered with a warning naming it (`x-livemock-warning`), or refused with the
 * vendor's own error under `--strict`. Only ids in a table can be warned about: the warning builders
 * take the table's keys.
 */

/** One behaviour livemock accepts beyond a vendor's documented rule. */
export interface Leniency<Id extends string = string> {
  /** `<vendor>.<area>.<what>`, e.g. `polyv.sign.empty-param-included`. */
  readonly id: Id;
  /** The documented rule, worded to follow a warning's detail: `the doc drops empty parameters before signing`. */
  readonly rule: string;
  /** What livemock accepts besides (and `--strict` refuses). */
  readonly accepted: string;
  /** Who sends it (which official SDK or other client) and which doc line it departs from. */
  readonly source: string;
}

/** A vendor's leniencies, keyed by id. */
export type LeniencyTable<Id extends string = string> = { readonly [K in Id]: Leniency<K> };

/** One leniency a request relied on: its id and what exactly departed from the rule. */
export interface LeniencyWarning<Id extends string = string> {
  readonly id: Id;
  /** The detail, then the documented rule: `the sign includes the empty parameter pageSize; the doc drops empty parameters before signing`. */
  readonly message: string;
}

/**
 * A vendor's table from entries keyed by id (each entry gets its key as `id`).
 *
 * @example
 * export const demoLeniencies = leniencyTable({
 *   "demo.sign.lower-case": { rule: "the doc signs in upper case", accepted: "a lower-case signature", source: "the demo SDK" },
 * });
 * demoLeniencies["demo.sign.lower-case"].id // "demo.sign.lower-case"
 */
export function leniencyTable<const T extends Readonly<Record<string, Omit<Leniency, "id">>>>(entries: T): LeniencyTable<Extract<keyof T, string>> {
  const table: Record<string, Leniency> = {};
  for (const [id, entry] of Object.entries(entries)) table[id] = Object.freeze({ id, ...entry });
  return Object.freeze(table) as LeniencyTable<Extract<keyof T, string>>;
}

/**
 * The warning for a leniency of `table` a request relied on: `detail` says what the request did,
 * the table's rule what the doc says.
 *
 * @example
 * leniencyWarning(polyvLeniencies, "polyv.sign.empty-param-included", "the sign includes the empty parameter pageSize")
 * // { id: "polyv.sign.empty-param-included", message: "the sign includes the empty parameter pageSize; the doc drops empty parameters before signing" }
 */
export function leniencyWarning<Id extends string>(table: LeniencyTable<Id>, id: NoInfer<Id>, detail: string): LeniencyWarning<Id> {
  return { id, message: `${detail}; ${table[id].rule}` };
}

/**
 * One line naming a warning, as `x-livemock-warning` joins them and a `--strict` refusal gives its reason.
 *
 * @example
 * formatLeniencyWarning({ id: "polyv.task.sort-missing", message: "tasks[0] has no sort; the doc requires sort" })
 * // "polyv.task.sort-missing: tasks[0] has no sort; the doc requires sort"
 */
export function formatLeniencyWarning(warning: { readonly id: string; readonly message: string }): string {
  return `${warning.id}: ${warning.message}`;
}

/**
 * The reason of a `--strict` refusal: the leniency the request relied on and the rule it broke.
 *
 * @example
 * strictReason(warning) // "polyv.task.sort-missing: tasks[0] has no sort; ... (livemock --strict answers the documented rule only)"
 */
export function strictReason(warning: { readonly id: string; readonly message: string }): string {
  return `${formatLeniencyWarning(warning)} (livemock --strict answers the documented rule only)`;
}

/**
 * The entries of a table, in the order they were written (for the README and tests).
 *
 * @example
 * leniencyList(polyvLeniencies).map((l) => l.id)
 */
export function leniencyList<Id extends string>(table: LeniencyTable<Id>): Leniency<Id>[] {
  return Object.values(table) as Leniency<Id>[];
}
