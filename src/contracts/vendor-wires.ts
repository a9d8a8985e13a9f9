/**
 * Every vendor's wire knowledge for drift checks, by vendor name: the one table `livemock proxy`,
 * `livemock drift` and the contract runner read vendor specifics from.
 */
import type { VendorWire } from "./core/vendor-wire.ts";
import { polyvWire } from "./polyv/wire.ts";
import type { VendorName } from "./vendor-name.ts";
import { volcengineWire } from "./volcengine/wire.ts";
import { xiaoeWire } from "./xiaoe/wire.ts";

/** The wire of each vendor. */
export const vendorWires: Readonly<Record<VendorName, VendorWire>> = { polyv: polyvWire, xiaoe: xiaoeWire, volcengine: volcengineWire };
