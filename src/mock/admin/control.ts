/**
 * The runtime control of one app, shared by the control plane's routes: the settable clock, reset,
 * credentials added at runtime, seed files, per-vendor rate limits, and `--data-dir` persistence.
 */

import { type Awaitable, andThen, inOrder } from "../../util/awaitable.ts";
import type { ControllableClock } from "../clock.ts";
import type { MockContext } from "../core/context.ts";
import { addCredentialsTo, type MockCredentials } from "../core/credentials.ts";
import type { VendorModule } from "../core/vendor.ts";
import type { FaultRule } from "../faults/rules.ts";
import { loadSeed, type SeedResult } from "../seed-file.ts";
import { type DataDir, openDataDir, type PersistedState } from "../store/data-dir.ts";
import type { StoreSnapshot } from "../store/index.ts";
import type { RecordingStore } from "../store/recording-store.ts";
import type { SharedBackend } from "../store/redis/backend.ts";
import { initialiseOnce, readSettings, type SharedSettings, writeSettings } from "../store/redis/environment.ts";
import type { SharedFaultRules } from "../store/redis/fault-rules.ts";
import type { RedisStore } from "../store/redis/store.ts";

/**
 * A part of the app that keeps its own state beside the store (live rooms, callback deliveries):
 * saved in `--data-dir` checkpoints, loaded at start, cleared by reset.
 */
export interface PersistedPart {
  /** Its key in the checkpoint's `parts`. */
  readonly name: string;
  /** A JSON-serialisable copy of its state. */
  save(): unknown;
  /** Takes back what {@link PersistedPart.save} gave (at start, from the data directory). */
  load(saved: unknown): Awaitable<void>;
  /** Back to the start (`POST /__livemock/reset`), before the store is restored. */
  reset(): Awaitable<void>;
}

/** What the control plane can do to the app. */
export interface MockControl {
  readonly clock: ControllableClock;
  /** The mounted vendor modules, in matching order. */
  readonly vendors: readonly VendorModule[];
  /** The admin token when one is configured (`--admin-token`). */
  readonly adminToken: string | undefined;
  /** The data directory when the state is persisted (`--data-dir`). */
  readonly dataDir: string | undefined;
  /** Seeded state, empty journal, no faults, real clock, start-up rate limits. Runtime-added credentials stay. */
  reset(): Awaitable<void>;
  /** Accepts more credentials (replacing one with the same id) and seeds their rooms. */
  addCredentials(extra: Partial<MockCredentials>): Awaitable<void>;
  /** The credentials added after start (seed file or control plane). */
  addedCredentials(): MockCredentials;
  /** Loads a seed file's content, all or nothing. */
  seed(input: unknown): Awaitable<SeedResult>;
  /** Records a control-plane change (persisted at once with `--data-dir`; written for every replica over a shared store). */
  changed(): Awaitable<void>;
  /** Flushes and closes the data directory. */
  close(): void;
}

/** What {@link createControl} needs. */
export interface ControlOptions {
  context: MockContext;
  vendors: readonly VendorModule[];
  clock: ControllableClock;
  /** The app's own reset (store to the vendors' seeded snapshot, journal, random, vendor memory). */
  baseReset(): Awaitable<void>;
  /** Replaces the baseline `baseReset` restores (after a seed file is loaded at start). */
  rebase(): Awaitable<void>;
  adminToken?: string | undefined;
  dataDir?: string | undefined;
  /** The store when `dataDir` is set: it must record its changes. */
  recordingStore?: RecordingStore | undefined;
  /** Seed file content loaded at start (becomes part of what reset restores). */
  seedData?: unknown;
  /** What must be done before the seed file and the data directory load (the vendors' rooms). */
  after?: Awaitable<void>;
  /** Parts with their own state (live rooms, callbacks). */
  parts?: readonly PersistedPart[];
  /**
   * Replicas sharing a store (`--store redis://...`): the environment is seeded once (rooms and seed
   * file, by the first replica), reset and settings apply to all of them.
   */
  shared?: SharedControl | undefined;
}

/** What {@link createControl} needs to run a replica of a shared environment. */
export interface SharedControl {
  backend: SharedBackend;
  store: RedisStore;
  faults: SharedFaultRules;
  /** Seeds the vendors' rooms (the first replica, and the one resetting, for runtime credentials). */
  seedRooms(): Awaitable<void>;
  /** Makes `snapshot` what reset restores. */
  useBaseline(snapshot: StoreSnapshot): void;
  /** What each replica forgets on a reset: journal, random, vendor memory, cached scopes. */
  forgetLocal(): void;
}

/** A checkpoint is written once the log passes this size. */
const COMPACT_AFTER_BYTES = 8 * 1024 * 1024;

/**
 * Wires the runtime control of an app: loads the seed file, then the data directory's saved state
 * (which wins over the seed file), and installs the per-request persistence hook. Over a store that
 * waits, `ready` settles once all of that is done.
 *
 * @example
 * const control = createControl({ context, vendors, clock, baseReset, rebase, dataDir: "./data" });
 * control.clock.advance(3600_000);
 */
export function createControl(options: ControlOptions): MockControl & { ready: Awaitable<void> } {
  const { context, vendors, clock } = options;
  const initialRateLimits = { ...context.rateLimitsByVendor };
  const added = Object.fromEntries(vendors.map((v) => [v.name, []])) as unknown as MockCredentials;
  let dir: DataDir | undefined;
  let savedFaultsVersion = -1;

  const seedRooms = () => inOrder(vendors, (vendor) => vendor.seedRooms());
  const addCredentials = (extra: Partial<MockCredentials>) => {
    addCredentialsTo(context.credentials, vendors, extra);
    addCredentialsTo(added, vendors, extra);
    return seedRooms();
  };

  const checkpoint = (): Awaitable<void> => {
    const opened = dir;
    if (!opened) return;
    options.recordingStore?.drain();
    savedFaultsVersion = context.faults.version;
    const journal = context.journal.entries();
    const parts = Object.fromEntries((options.parts ?? []).map((part) => [part.name, part.save()]));
    const settings = { clockOffsetMs: clock.offsetMs, ...(clock.frozen ? { clockFrozen: true } : {}), parts, rateLimits: { ...context.rateLimitsByVendor }, credentials: structuredClone(added) };
    return andThen(context.faults.list(context.clock.now()), (faults) =>
      andThen(context.store.snapshot(), (store) => {
        const state: PersistedState = { store, journal, faults, ...settings };
        opened.checkpoint(state);
      }),
    );
  };

  const shared = options.shared;
  const settingsNow = (): SharedSettings => ({
    clockOffsetMs: clock.offsetMs,
    rateLimits: { ...context.rateLimitsByVendor },
    credentials: structuredClone(added) as unknown as Record<string, unknown[]>,
  });
  function changed(): Awaitable<void> {
    return shared ? writeSettings(shared.backend, settingsNow()) : checkpoint();
  }

  /** Reset over a shared store: the shared state once, here; then every replica forgets its own memory. */
  async function resetShared(s: SharedControl): Promise<void> {
    clock.restore();
    context.rateLimitsByVendor = { ...initialRateLimits };
    await writeSettings(s.backend, settingsNow(), false);
    await s.faults.clear();
    await s.backend.wipe("eph:");
    await options.baseReset();
    await seedRooms();
    await s.backend.publish({ type: "reset" });
  }

  /** Applies the settings Redis holds: clock offset, rate-limit switches, runtime credentials. */
  async function applySettings(s: SharedControl): Promise<void> {
    const settings = await readSettings(s.backend);
    if (settings.clockOffsetMs !== undefined) clock.advance(settings.clockOffsetMs - clock.offsetMs);
    if (settings.rateLimits !== undefined) context.rateLimitsByVendor = { ...initialRateLimits, ...settings.rateLimits };
    if (settings.credentials !== undefined) {
      const extra = settings.credentials as unknown as Partial<MockCredentials>;
      addCredentialsTo(context.credentials, vendors, extra);
      addCredentialsTo(added, vendors, extra);
    }
  }

  async function startShared(s: SharedControl): Promise<void> {
    await s.backend.connected();
    // The first replica seeds the environment; a Redis that came back empty is seeded again.
    const initialise = async () => {
      const baseline = await initialiseOnce(s.backend, async () => {
        await s.store.restore({ collections: [], counters: [] });
        await seedRooms();
        await loadSeed0();
        await writeSettings(s.backend, settingsNow());
        return s.store.snapshot();
      });
      s.useBaseline(baseline);
    };
    await initialise();
    const everything = () => applySettings(s).then(() => s.faults.reload());
    s.backend.onEvent((event) => {
      let work: Promise<void>;
      if (event.type === "faults") work = s.faults.reload();
      else if (event.type === "settings") work = applySettings(s);
      else if (event.type === "reset") {
        s.forgetLocal();
        work = everything();
      } else {
        s.store.forget();
        work = initialise().then(everything);
      }
      work.catch((error: unknown) => console.error(`livemock: could not apply the shared settings: ${(error as Error).message}`));
    });
    await everything();
  }

  const control: MockControl = {
    clock,
    vendors,
    adminToken: options.adminToken || undefined,
    dataDir: options.dataDir,
    reset() {
      if (shared) return resetShared(shared);
      context.faults.clear();
      clock.restore();
      context.rateLimitsByVendor = { ...initialRateLimits };
      return andThen(
        inOrder(options.parts ?? [], (part) => part.reset()),
        () => andThen(options.baseReset(), () => andThen(seedRooms(), checkpoint)),
      );
    },
    addCredentials: (extra) => andThen(addCredentials(extra), changed),
    addedCredentials: () => structuredClone(added),
    seed: (input) => andThen(loadSeed({ context, vendors, addCredentials }, input), (result) => andThen(changed(), () => result)),
    changed,
    close() {
      dir?.close();
      dir = undefined;
    },
  };

  /** Loads the seed file given at start, if any. */
  const loadSeed0 = (): Awaitable<void> => {
    if (options.seedData === undefined) return;
    return andThen(loadSeed({ context, vendors, addCredentials }, options.seedData), (result) => {
      if (!result.ok) throw new Error(`the seed file was not loaded:\n  ${result.errors.join("\n  ")}`);
    });
  };
  const loadSeedData = (): Awaitable<void> => (options.seedData === undefined ? undefined : andThen(loadSeed0(), options.rebase));

  const openDir = (): Awaitable<void> => {
    if (!options.dataDir) return;
    if (!options.recordingStore) throw new Error("livemock: --data-dir needs a recording store");
    const recording = options.recordingStore;
    dir = openDataDir(options.dataDir);
    const saved = dir.load();
    const restored = saved
      ? andThen(addCredentials(saved.credentials), () =>
          andThen(context.store.restore(saved.store), () => {
            context.journal.clear();
            for (const { id: _id, ...entry } of saved.journal) context.journal.record(entry);
            context.faults.restore(saved.faults);
            clock.advance(saved.clockOffsetMs - clock.offsetMs);
            if (saved.clockFrozen) clock.freeze();
            context.rateLimitsByVendor = { ...initialRateLimits, ...saved.rateLimits };
          }),
        )
      : undefined;
    const savedParts = saved?.parts ?? {};
    const partsLoaded = andThen(restored, () =>
      inOrder(
        (options.parts ?? []).filter((part) => savedParts[part.name] !== undefined),
        (part) => part.load(savedParts[part.name]),
      ),
    );
    return andThen(partsLoaded, () =>
      andThen(checkpoint(), () => {
        context.persist = () => {
          const opened = dir;
          if (!opened) return;
          if (recording.replaced) {
            void checkpoint();
            return;
          }
          const ops = recording.drain();
          const entry: { s?: typeof ops; j?: ReturnType<typeof context.journal.latest>; f?: FaultRule[] } = {};
          if (ops.length > 0) entry.s = ops;
          const latest = context.journal.latest();
          if (latest) entry.j = latest;
          if (context.faults.version !== savedFaultsVersion) {
            // With a data dir the rules are in memory: listing them answers at once.
            entry.f = context.faults.list(context.clock.now()) as FaultRule[];
            savedFaultsVersion = context.faults.version;
          }
          opened.append(entry);
          if (opened.logBytes > COMPACT_AFTER_BYTES) void checkpoint();
        };
      }),
    );
  };

  return Object.assign(control, { ready: shared ? startShared(shared) : andThen(options.after, () => andThen(loadSeedData(), openDir)) });
}
