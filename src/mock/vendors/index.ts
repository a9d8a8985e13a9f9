import type { VendorFactory } from "../core/vendor.ts";
import { polyvVendor } from "./polyv/index.ts";
import { volcengineVendor } from "./volcengine/index.ts";
import { xiaoeVendor } from "./xiaoe/index.ts";

/** Every vendor module the default app mounts, in matching order. */
export const vendorFactories: VendorFactory[] = [
  polyvVendor,
  volcengineVendor,
  xiaoeVendor,
];
