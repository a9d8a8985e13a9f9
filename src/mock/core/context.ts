import type { Clock } from "../clock.ts";
import type { MockCredentials } from "../credentials.ts";
import type { Store } from "../store/index.ts";
import type { Journal } from "./journal.ts";
import type { RandomSource } from "./random.ts";

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
  /** Largest accepted request body in bytes (default 1 MiB). */
  bodyLimitBytes: number;
  /** When the app was created (mock clock). */
  startedAt: number;
}
