import { Hono } from "hono";
import { createControl, type MockControl } from "./admin/control.ts";
import { ADMIN_BASE, adminRoutes } from "./admin/index.ts";
import { controllableClock, systemClock, type Clock } from "./clock.ts";
import type { MockContext } from "./core/context.ts";
import { answerInternalError, vendorCatchAll } from "./transports/hono.ts";
import { createJournal } from "./core/journal.ts";
import { createRandom } from "./core/random.ts";
import { createFaultRules } from "./faults/rules.ts";
import type { VendorFactory, VendorModule } from "./core/vendor.ts";
import { mergeCredentials, type MockCredentials } from "./credentials.ts";
import { createMemoryStore, type Store } from "./store/index.ts";
import { createRecordingStore } from "./store/recording-store.ts";
import { vendorFactories } from "./vendors/index.ts";

export type { MockContext } from "./core/context.ts";

/** Options of {@link createMockApp}. Every field is optional; defaults serve the demo credentials. */
export interface MockAppOptions {
  /** Source of "now" for timestamps, token expiry and activity status. Default: the wall clock. */
  clock?: Clock;
  /** Faker seed: the same seed gives the same ids and generated data. Default 1. */
  seed?: number;
  /** Credentials accepted besides the demo ones. */
  credentials?: Partial<MockCredentials>;
  /** State backend. Default: in memory. */
  store?: Store;
  /** Emulate the vendors' documented rate limits. Default true. */
  rateLimits?: boolean;
  /** Largest accepted request body in bytes. Default 1 MiB. */
  bodyLimitBytes?: number;
  /** How many requests the journal keeps. Default 1000. */
  journalCapacity?: number;
  /** Vendor modules to mount. Default: all three. */
  vendors?: VendorFactory[];
  /** Persist state, journal and fault rules in this directory and load them at start (`--data-dir`). */
  dataDir?: string;
  /** Seed file content (see src/mock/seed-file.ts) loaded at start; reset restores it (`--seed-file`). */
  seedData?: unknown;
  /** Token the control plane requires (`--admin-token`); without one it serves loopback callers only. */
  adminToken?: string;
}

/** The app plus handles that tests and the CLI use. */
export type MockApp = Hono & { livemock: { context: MockContext; vendors: VendorModule[]; reset(): void; control: MockControl } };

/**
 * Builds the livemock Hono app: every vendor on its own real paths, and the control plane under
 * `/__livemock`. Serve it with `@hono/node-server`, call it in-process with `app.request`, or
 * forward MSW-intercepted requests to `app.fetch`.
 *
 * @example
 * const app = createMockApp({ clock: manualClock(Date.now()) });
 * const res = await app.request("/__livemock/health");
 */
export function createMockApp(options: MockAppOptions = {}): MockApp {
  const clock = controllableClock(options.clock ?? systemClock);
  const seed = options.seed ?? 1;
  const rateLimits = options.rateLimits ?? true;
  const recordingStore = options.dataDir ? createRecordingStore(options.store ?? createMemoryStore()) : undefined;
  const context: MockContext = {
    clock,
    seed,
    random: createRandom(seed),
    store: recordingStore ?? options.store ?? createMemoryStore(),
    journal: createJournal(options.journalCapacity ?? 1000),
    credentials: mergeCredentials(options.credentials),
    rateLimits,
    rateLimitsByVendor: { polyv: rateLimits, xiaoe: rateLimits, volcengine: rateLimits },
    faults: createFaultRules(),
    bodyLimitBytes: options.bodyLimitBytes ?? 1024 * 1024,
    startedAt: clock.now(),
  };
  const vendors = (options.vendors ?? vendorFactories).map((factory) => factory(context));
  let seeded = context.store.snapshot();
  const baseReset = () => {
    context.store.restore(seeded);
    context.journal.clear();
    context.random = createRandom(seed);
    for (const vendor of vendors) vendor.reset?.();
  };
  const control = createControl({
    context,
    vendors,
    clock,
    baseReset,
    rebase: () => {
      seeded = context.store.snapshot();
    },
    adminToken: options.adminToken,
    dataDir: options.dataDir,
    recordingStore,
    seedData: options.seedData,
  });
  const reset = () => control.reset();

  const app = new Hono() as MockApp;
  app.route(ADMIN_BASE, adminRoutes(context, control));
  app.all("*", vendorCatchAll(context, vendors));
  app.onError(answerInternalError);
  app.livemock = { context, vendors, reset, control };
  return app;
}
