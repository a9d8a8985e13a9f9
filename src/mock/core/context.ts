import type { Clock } from "../clock.ts";
import type { FaultRules } from "../faults/rules.ts";
import type { RoomEventBus } from "../rooms/types.ts";
import type { Store } from "../store/index.ts";
import type { SharedBackend } from "../store/redis/backend.ts";
import type { MockCredentials } from "./credentials.ts";
import type { Journal } from "./journal.ts";
import type { RandomSource } from "./random.ts";
import type { RateLimiterFactory } from "./rate-limiter.ts";
import type { Timeline } from "./timeline.ts";

/** Everything the core and the vendor modules share in one app instance. */
export interface MockContext {
  clock: Clock;
  /** The faker seed the app was created with. */
  seed: number;
  random: RandomSource;
  store: Store;
  journal: Journal;
  credentials: MockCredentials;
  /** Emulate the vendors' documented rate limits (on by default; `--no-rate-limits` turns it off). */
  rateLimits: boolean;
  /** Makes a vendor's rate limiter: in memory, or counted in the shared store when replicas share one. */
  rateLimiter: RateLimiterFactory;
  /** The backend replicas share (`--store redis://...`); absent over the in-memory store. */
  shared?: SharedBackend;
  /** Per-vendor switch of the rate-limit emulation (starts as `rateLimits`; `PUT /__livemock/rate-limits` flips one vendor). */
  rateLimitsByVendor: Record<string, boolean>;
  /** The names of the mounted vendors, in matching order. */
  readonly vendorNames: readonly string[];
  /** Fault rules the dispatcher applies before a vendor handles a request (`/__livemock/faults`). */
  faults: FaultRules;
  /** Called by the dispatcher once a request is journaled, before it is answered (`--data-dir` persists here). */
  persist?: () => void;
  /**
   * Answer the vendors' documented rules only (`--strict`): a request relying on a leniency (an SDK's
   * signing variant, an SDK-only enum value, ...) gets the vendor's error a server holding to the doc
   * gives, instead of being accepted with an `x-livemock-warning`. Off by default.
   */
  strict: boolean;
  /** Largest accepted request body in bytes (default 1 MiB). */
  bodyLimitBytes: number;
  /** What follows the mock clock (rooms playing, callbacks retrying): called when the clock moves. */
  timeline: Timeline;
  /** Every live room's events as they are recorded (callbacks and the dashboard listen). */
  roomEvents: RoomEventBus;
  /** When the app was created (mock clock). */
  startedAt: number;
}
