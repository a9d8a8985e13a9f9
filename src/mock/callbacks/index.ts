/**
 * Outbound vendor callbacks of one app: the options `createMockApp({ callbacks })` takes, and the
 * engine built from them (see ./engine.ts).
 */
import type { MockContext } from "../core/context.ts";
import type { VendorModule } from "../core/vendor.ts";
import { type CallbackEngine, createCallbackEngine } from "./engine.ts";
import { createUrlPolicy } from "./url-policy.ts";

export type { AttemptFilter, CallbackEngine } from "./engine.ts";
export type { AttemptRecord, VendorCallbacks } from "./types.ts";

/** Callback options of `createMockApp` (the CLI fills them from flags and environment). */
export interface CallbackOptions {
  /** Targets per vendor, as `PUT /__livemock/callbacks/{vendor}` takes them: `{ xiaoe: { url, token, encodingAESKey, mode } }`. */
  targets?: Record<string, Record<string, unknown>>;
  /** Hosts callbacks may go to (`--callback-allow`): `host`, `host:port`, `*.domain`, `https://host:port`. */
  allow?: readonly string[];
  /** Require the allow-list even when it is empty (the server is reachable beyond loopback). Default: when an admin token is set. */
  restricted?: boolean;
  /** Overrides every vendor's timeout, in ms (tests; the vendors' own is 5 s). */
  timeoutMs?: number;
  /** Attempts in flight at once. Default 16. */
  concurrency?: number;
  /** Attempts the delivery log keeps. Default 2000. */
  logCapacity?: number;
}

/**
 * The callback engine of an app, its URL check installed on the context for the vendors' own
 * registration endpoints.
 *
 * @example
 * const callbacks = createAppCallbacks(context, vendors, options.callbacks, { adminToken, changed: () => control.changed() });
 */
export function createAppCallbacks(
  context: MockContext,
  vendors: readonly VendorModule[],
  options: CallbackOptions = {},
  app: { adminToken?: string | undefined; changed: () => void },
): CallbackEngine {
  const policy = createUrlPolicy({ allow: options.allow ?? [], restricted: options.restricted ?? Boolean(app.adminToken) });
  context.checkCallbackUrl = policy.check;
  const { targets, timeoutMs, concurrency, logCapacity } = options;
  return createCallbackEngine({
    context,
    vendors,
    policy,
    changed: app.changed,
    ...(targets === undefined ? {} : { targets }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(concurrency === undefined ? {} : { concurrency }),
    ...(logCapacity === undefined ? {} : { logCapacity }),
  });
}
