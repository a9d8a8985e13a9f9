/**
 * Vendor APIs livemock knows the vendor has but does not serve. A not-found answer's reason must
 * say that livemock does not serve a path, never that the vendor lacks it, and for an API the vendor
 * does have it names the vendor's documentation. Each vendor keeps its table in
 * `src/contracts/<vendor>/unserved-apis.ts`.
 */

/** One API of a vendor that livemock does not serve. */
export interface KnownApi {
  /** The HTTP method the vendor documents. */
  readonly method: string;
  /** The vendor's own title of the API (as its documentation names it), when we know it. */
  readonly title?: string;
  /** The vendor's documentation page, when we know it. */
  readonly doc?: string;
}

/** A vendor's known-but-unserved APIs, by path (or Action). */
export type KnownApis = Readonly<Record<string, KnownApi>>;

/**
 * What a not-found reason says of a path livemock does not serve: that the vendor has it (method,
 * title, documentation) when the table knows it, or that livemock does not know it either.
 *
 * @example
 * unservedNote("Polyv", { "/live/v4/channel/create": { method: "POST", title: "创建频道", doc: "https://help.polyv.net/index.html#/live/api/v4/channel/create" } }, "/live/v4/channel/create")
 * // "Polyv has it (POST, 创建频道: https://help.polyv.net/index.html#/live/api/v4/channel/create)"
 * unservedNote("Polyv", {}, "/live/v4/nope") // "not a Polyv API livemock knows of"
 */
export function unservedNote(vendorLabel: string, table: KnownApis, name: string): string {
  const api = Object.hasOwn(table, name) ? table[name] : undefined;
  if (api === undefined) return `not a ${vendorLabel} API livemock knows of`;
  const what = api.title === undefined ? api.method : `${api.method}, ${api.title}`;
  return `${vendorLabel} has it (${what}${api.doc === undefined ? "" : `: ${api.doc}`})`;
}
