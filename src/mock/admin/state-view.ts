/**
 * `GET /__livemock/state`: the store dumped per vendor, credential (owner) and kind, each object
 * with its id, a title and its status (code and a bilingual label, since the dashboard shows the
 * vendors' own Chinese terms), plus the stored value itself. Each vendor module describes its own
 * objects (`VendorModule.state`). Tokens are not in the store.
 */
import { type Awaitable, andThen } from "../../util/awaitable.ts";
import type { VendorModule } from "../core/vendor.ts";
import type { Store } from "../store/index.ts";

/** One object as the state dump shows it. */
export interface StateObject {
  id: string;
  title?: string;
  status?: number | string;
  /** `进行中 in progress`. */
  statusLabel?: string;
  value: unknown;
}

/** vendor -> owner -> kind -> objects. */
export type StateDump = Record<string, Record<string, Record<string, StateObject[]>>>;

/**
 * Bilingual names of the stored kinds of the mounted vendors, for the dashboard.
 *
 * @example
 * kindLabels(app.livemock.vendors).lottery // "抽奖 lottery"
 */
export function kindLabels(vendors: readonly VendorModule[]): Record<string, string> {
  return Object.assign({}, ...vendors.map((v) => v.state.kinds));
}

function describe(vendor: VendorModule | undefined, kind: string, id: string, value: unknown, now: number): StateObject {
  const out: StateObject = { id, value };
  const { title, status, statusLabel } = vendor?.state.describe(kind, value, now) ?? {};
  if (typeof title === "string" && title !== "") out.title = title;
  if (status !== undefined) out.status = status;
  if (statusLabel !== undefined) out.statusLabel = statusLabel;
  return out;
}

/**
 * Dumps the store, optionally only one vendor and/or owner.
 *
 * @example
 * (await stateDump(context.store, vendors, context.clock.now(), { vendor: "polyv" })).polyv?.frlr1zazn3?.channel?.length // 3
 */
export function stateDump(store: Store, vendors: readonly VendorModule[], now: number, filter: { vendor?: string | undefined; owner?: string | undefined } = {}): Awaitable<StateDump> {
  return andThen(store.snapshot(), (snapshot) => {
    const out: StateDump = {};
    for (const [key, entries] of snapshot.collections) {
      const [vendor = "", owner = "", kind = ""] = key.split("\u0000");
      if ((filter.vendor && vendor !== filter.vendor) || (filter.owner && owner !== filter.owner) || entries.length === 0) continue;
      const module = vendors.find((v) => v.name === vendor);
      out[vendor] ??= {};
      const byOwner = out[vendor];
      byOwner[owner] ??= {};
      byOwner[owner][kind] = entries.map(([id, value]) => describe(module, kind, id, value, now));
    }
    return out;
  });
}
