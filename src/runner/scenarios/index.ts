/**
 * The scenario catalogue: every vendor's scenarios, in run order.
 */
import type { VendorName } from "../../contracts/vendor-name.ts";
import type { Scenario } from "../types.ts";
import { polyvScenarios } from "./polyv.ts";
import { volcengineScenarios } from "./volcengine.ts";
import { xiaoeScenarios } from "./xiaoe.ts";

/** Every scenario by vendor. */
export const SCENARIOS: Readonly<Record<VendorName, readonly Scenario[]>> = { polyv: polyvScenarios, xiaoe: xiaoeScenarios, volcengine: volcengineScenarios };

/**
 * The scenarios of the given vendors, in vendor then run order.
 *
 * @example
 * scenariosFor(["polyv"]).map((s) => s.id) // ["polyv/task-reward", "polyv/lottery", "polyv/errors"]
 */
export function scenariosFor(vendors: readonly VendorName[]): Scenario[] {
  return vendors.flatMap((vendor) => SCENARIOS[vendor]);
}
