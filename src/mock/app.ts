import { Hono } from "hono";
import { type Awaitable, andThen, inOrder } from "../util/awaitable.ts";
import { throttled } from "../util/throttled.ts";
import { createControl, type MockControl } from "./admin/control.ts";
import { ADMIN_BASE, adminRoutes } from "./admin/index.ts";
import { type CallbackOptions, createAppCallbacks } from "./callbacks/index.ts";
import { type Clock, controllableClock, systemClock } from "./clock.ts";
import type { MockContext } from "./core/context.ts";
import { type MockCredentials, mergeCredentials } from "./core/credentials.ts";
import { createJournal } from "./core/journal.ts";
import { createRandom } from "./core/random.ts";
import { createRateLimiter } from "./core/rate-limiter.ts";
import { createTimeline } from "./core/timeline.ts";
import type { VendorDefinition, VendorModule } from "./core/vendor.ts";
import { createFaultRules } from "./faults/rules.ts";
import { createRooms, type Rooms } from "./rooms/engine.ts";
import { type SharedRooms, shareRooms } from "./rooms/shared-rooms.ts";
import { createRoomEventBus } from "./rooms/types.ts";
import { createMemoryStore, type Store, type StoreSnapshot } from "./store/index.ts";
import { createRecordingStore } from "./store/recording-store.ts";
import type { SharedBackend } from "./store/redis/backend.ts";
import { createSharedFaultRules } from "./store/redis/fault-rules.ts";
import { createSharedRateLimiter } from "./store/redis/rate-limiter.ts";
import { createRedisStore } from "./store/redis/store.ts";
import { answerInternalError, vendorCatchAll } from "./transports/hono.ts";
import { builtInVendors } from "./vendors/index.ts";

export type { MockContext } from "./core/context.ts";

/** How often live rooms may checkpoint the data directory while they play (ms of real time). */
const CHECKPOINT_EVERY_MS = 2_000;

/** Options of {@link createMockApp}. Every field is optional; defaults serve the demo credentials. */
export interface MockAppOptions {
  /** Source of "now" for timestamps, token expiry and activity status. Default: the wall clock. */
  clock?: Clock;
  /** Faker seed: the same seed gives the same ids and generated data. Default 1. */
  seed?: number;
  /** Credentials accepted besides the demo ones. */
  credentials?: Partial<MockCredentials>;
  /** State backend. Default: in memory. A store that waits (shared backend) makes `app.livemock.ready` a promise to await before serving. */
  store?: Store;
  /** Emulate the vendors' documented rate limits. Default true. */
  rateLimits?: boolean;
  /**
   * Answer the documented rules only (`livemock serve --strict`, `LIVEMOCK_STRICT=1`): a request that
   * relies on a leniency (an official SDK's signing variant, an SDK-only enum value, Xiaoe's token in
   * the query, ...) gets the vendor's error a server holding to the doc answers, with the reason
   * naming the rule. Default false: such requests are accepted with an `x-livemock-warning` header.
   */
  strict?: boolean;
  /** Largest accepted request body in bytes. Default 1 MiB. */
  bodyLimitBytes?: number;
  /** How many requests the journal keeps. Default 1000. */
  journalCapacity?: number;
  /** Vendors to mount, in matching order. Default: every built-in one (`vendorsNamed(["polyv"])` picks some). */
  vendors?: readonly VendorDefinition<unknown>[];
  /** Persist state, journal and fault rules in this directory and load them at start (`--data-dir`). */
  dataDir?: string;
  /** Seed file content (see src/mock/seed-file.ts) loaded at start; reset restores it (`--seed-file`). */
  seedData?: unknown;
  /** Start a live room on every vendor's demo lives once loaded (`livemock serve --demo`). */
  demoRooms?: boolean;
  /** Start with the clock frozen at its current time (`livemock serve --clock frozen`): it moves only when advanced or set. */
  frozenClock?: boolean;
  /** Token the control plane requires (`--admin-token`); without one it serves loopback callers only. */
  adminToken?: string;
  /** Outbound vendor callbacks: start-up targets, the allow-list (`--callback-allow`), timeouts. */
  callbacks?: CallbackOptions;
  /**
   * Share the environment with other replicas through this backend (`--store redis://...`): objects,
   * id sequences, Xiaoe tokens, rate-limit counters, fault rules, clock offset, rate-limit switches and
   * runtime credentials live in Redis; the journal stays per replica. `ready` settles once connected
   * and the environment is seeded (by the first replica to start).
   */
  shared?: SharedBackend;
}

/** The app plus handles that tests and the CLI use. */
export type MockApp = Hono & {
  livemock: {
    context: MockContext;
    vendors: VendorModule[];
    /** Restores the seeded state (synchronous over the in-memory store). */
    reset(): Awaitable<void>;
    control: MockControl;
    /** The live rooms (`/__livemock/rooms`). */
    rooms: Rooms;
    /** Settles once the vendors' rooms, the seed file and the data directory are loaded: at once over the in-memory store. */
    ready: Promise<void>;
  };
};

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
  if (options.frozenClock) clock.freeze();
  const seed = options.seed ?? 1;
  const rateLimits = options.rateLimits ?? true;
  const definitions = options.vendors ?? builtInVendors;
  const names = definitions.map((d) => d.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice !== undefined) throw new Error(`livemock: vendor "${twice}" is mounted twice`);
  const shared = options.shared;
  if (shared && options.dataDir) throw new Error("livemock: --data-dir and a shared store (--store redis://...) do not go together: Redis keeps the state");
  const sharedStore = shared ? createRedisStore(shared) : undefined;
  const sharedFaults = shared ? createSharedFaultRules(shared) : undefined;
  const recordingStore = options.dataDir ? createRecordingStore(options.store ?? createMemoryStore()) : undefined;
  const context: MockContext = {
    clock,
    seed,
    random: createRandom(seed),
    store: recordingStore ?? options.store ?? sharedStore ?? createMemoryStore(),
    rateLimiter: shared ? (name, limit) => createSharedRateLimiter(shared, name, limit) : (_name, limit) => createRateLimiter(limit),
    journal: createJournal(options.journalCapacity ?? 1000),
    credentials: mergeCredentials(definitions, options.credentials),
    rateLimits,
    rateLimitsByVendor: Object.fromEntries(names.map((name) => [name, rateLimits])),
    strict: options.strict ?? false,
    vendorNames: names,
    faults: sharedFaults ?? createFaultRules(),
    bodyLimitBytes: options.bodyLimitBytes ?? 1024 * 1024,
    timeline: createTimeline(clock),
    roomEvents: createRoomEventBus(),
    startedAt: clock.now(),
  };
  if (shared) context.shared = shared;
  const vendors: VendorModule[] = definitions.map(({ create, ...identity }) => ({ ...create(context), ...identity }));
  let seeded: StoreSnapshot | undefined;
  const rebase = () =>
    andThen(context.store.snapshot(), (snapshot) => {
      seeded = snapshot;
    });
  const seedRooms = () => inOrder(vendors, (vendor) => vendor.seedRooms());
  // A shared environment is seeded once, by the first replica, once connected (control.ts).
  const seededRooms = shared ? undefined : andThen(seedRooms(), rebase);
  const forgetLocal = () => {
    context.journal.clear();
    context.random = createRandom(seed);
    for (const vendor of vendors) vendor.reset?.();
    sharedStore?.forget();
  };
  const baseReset = () => {
    forgetLocal();
    return seeded === undefined ? undefined : context.store.restore(seeded);
  };
  let control: ReturnType<typeof createControl> | undefined;
  const checkpointSoon = throttled(() => control?.changed(), CHECKPOINT_EVERY_MS);
  let sharedRooms: SharedRooms | undefined;
  const localRooms = createRooms({
    context,
    vendors,
    // Over a shared store the rooms save themselves (shared-rooms.ts); `control.changed` would
    // rewrite the shared settings with this replica's view of them.
    changed: (urgent) => {
      if (sharedRooms) sharedRooms.saved(urgent);
      else if (urgent) control?.changed();
      else checkpointSoon();
    },
  });
  // Over a shared store one replica plays the rooms; the others forward their room calls to it.
  if (shared) sharedRooms = shareRooms(localRooms, shared, context.timeline);
  const rooms: Rooms = sharedRooms ?? localRooms;
  const callbacks = createAppCallbacks(context, vendors, options.callbacks, { adminToken: options.adminToken, changed: () => control?.changed() });
  control = createControl({
    context,
    vendors,
    clock,
    baseReset,
    rebase,
    adminToken: options.adminToken,
    dataDir: options.dataDir,
    recordingStore,
    // Loaded once the rooms are seeded (at once over the in-memory store).
    seedData: options.seedData,
    after: seededRooms,
    parts: [rooms.part, callbacks.part],
    callbacks,
    shared:
      shared && sharedStore && sharedFaults
        ? {
            backend: shared,
            store: sharedStore,
            faults: sharedFaults,
            seedRooms,
            useBaseline: (snapshot) => {
              seeded = snapshot;
            },
            forgetLocal,
          }
        : undefined,
  });
  const reset = () => control.reset();

  const app = new Hono() as MockApp;
  app.route(ADMIN_BASE, adminRoutes(context, control, rooms));
  app.all("*", vendorCatchAll(context, vendors));
  app.onError(answerInternalError);
  const ready = Promise.resolve(control.ready).then(async () => {
    if (options.demoRooms) await rooms.startDemo();
  });
  app.livemock = { context, vendors, reset, control, rooms, ready };
  return app;
}
