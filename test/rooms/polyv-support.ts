/** Helpers for the Polyv live-room tests: an in-process mock and a typed client on the app's clock. */
import type { PolyvClient } from "../../src/client/index.ts";
import type { MockAppOptions } from "../../src/mock/app.ts";
import { type MockTarget, mockTarget, polyvClient } from "../client/support.ts";

/** The task-reward doc's channel (seed 001), which every app has. */
export const CHANNEL = 4854808;
export const MINUTE = 60_000;

/**
 * A mock on a manual clock at T0 and a Polyv client that signs with the app's own clock, which the
 * control plane's `/clock/advance` moves.
 */
export async function polyvRoomTarget(options: MockAppOptions = {}): Promise<{ target: MockTarget; polyv: PolyvClient }> {
  const target = await mockTarget("in-process", options);
  return { target, polyv: polyvClient(target, { clock: target.app.livemock.context.clock }) };
}
