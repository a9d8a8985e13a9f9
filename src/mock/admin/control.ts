/**
 * The runtime control of one app, shared by the control plane's routes: the settable clock, reset,
 * credentials added at runtime, seed files, per-vendor rate limits, and `--data-dir` persistence.
 */
import type { ControllableClock } from "../clock.ts";
import type { MockContext } from "../core/context.ts";
import type { VendorModule, VendorName } from "../core/vendor.ts";
import type { MockCredentials } from "../credentials.ts";
import { loadSeed, type SeedResult } from "../seed-file.ts";
import { openDataDir, type DataDir, type PersistedState } from "../store/data-dir.ts";
import type { RecordingStore } from "../store/recording-store.ts";

/** What the control plane can do to the app. */
export interface MockControl {
  readonly clock: ControllableClock;
  /** The admin token when one is configured (`--admin-token`). */
  readonly adminToken: string | undefined;
  /** The data directory when the state is persisted (`--data-dir`). */
  readonly dataDir: string | undefined;
  /** Seeded state, empty journal, no faults, real clock, start-up rate limits. Runtime-added credentials stay. */
  reset(): void;
  /** Accepts more credentials (replacing one with the same id) and seeds their rooms. */
  addCredentials(extra: Partial<MockCredentials>): void;
  /** The credentials added after start (seed file or control plane). */
  addedCredentials(): MockCredentials;
  /** Loads a seed file's content, all or nothing. */
  seed(input: unknown): SeedResult;
  /** Records a control-plane change (persisted at once with `--data-dir`). */
  changed(): void;
  /** Flushes and closes the data directory. */
  close(): void;
}

/** What {@link createControl} needs. */
export interface ControlOptions {
  context: MockContext;
  vendors: readonly VendorModule[];
  clock: ControllableClock;
  /** The app's own reset (store to the vendors' seeded snapshot, journal, random, vendor memory). */
  baseReset(): void;
  /** Replaces the baseline `baseReset` restores (after a seed file is loaded at start). */
  rebase(): void;
  adminToken?: string | undefined;
  dataDir?: string | undefined;
  /** The store when `dataDir` is set: it must record its changes. */
  recordingStore?: RecordingStore | undefined;
  /** Seed file content loaded at start (becomes part of what reset restores). */
  seedData?: unknown;
}

/** A checkpoint is written once the log passes this size. */
const COMPACT_AFTER_BYTES = 8 * 1024 * 1024;

const byId = <T>(items: T[], more: readonly T[] | undefined, id: (item: T) => string): void => {
  for (const item of more ?? []) {
    const at = items.findIndex((existing) => id(existing) === id(item));
    if (at === -1) items.push(item);
    else items[at] = item;
  }
};

/**
 * Wires the runtime control of an app: loads the seed file, then the data directory's saved state
 * (which wins over the seed file), and installs the per-request persistence hook.
 *
 * @example
 * const control = createControl({ context, vendors, clock, baseReset, rebase, dataDir: "./data" });
 * control.clock.advance(3600_000);
 */
export function createControl(options: ControlOptions): MockControl {
  const { context, vendors, clock } = options;
  const initialRateLimits = { ...context.rateLimitsByVendor };
  const added: MockCredentials = { polyv: [], xiaoe: [], volcengine: [] };
  let dir: DataDir | undefined;
  let savedFaultsVersion = -1;

  const addCredentials = (extra: Partial<MockCredentials>) => {
    byId(context.credentials.polyv, extra.polyv, (a) => a.appId);
    byId(context.credentials.xiaoe, extra.xiaoe, (a) => a.appId);
    byId(context.credentials.volcengine, extra.volcengine, (k) => k.accessKeyId);
    byId(added.polyv, extra.polyv, (a) => a.appId);
    byId(added.xiaoe, extra.xiaoe, (a) => a.appId);
    byId(added.volcengine, extra.volcengine, (k) => k.accessKeyId);
    for (const vendor of vendors) vendor.onCredentialsAdded?.();
  };

  const capture = (): PersistedState => ({
    store: context.store.snapshot(),
    journal: context.journal.entries(),
    faults: context.faults.list(context.clock.now()),
    clockOffsetMs: clock.offsetMs,
    rateLimits: { ...context.rateLimitsByVendor },
    credentials: structuredClone(added),
  });

  const checkpoint = () => {
    if (!dir) return;
    options.recordingStore?.drain();
    const state = capture();
    savedFaultsVersion = context.faults.version;
    dir.checkpoint(state);
  };

  const control: MockControl = {
    clock,
    adminToken: options.adminToken || undefined,
    dataDir: options.dataDir,
    reset() {
      options.baseReset();
      context.faults.clear();
      clock.restore();
      context.rateLimitsByVendor = { ...initialRateLimits };
      for (const vendor of vendors) vendor.onCredentialsAdded?.();
      checkpoint();
    },
    addCredentials(extra) {
      addCredentials(extra);
      checkpoint();
    },
    addedCredentials: () => structuredClone(added),
    seed(input) {
      const result = loadSeed({ context, vendors, addCredentials }, input);
      checkpoint();
      return result;
    },
    changed: checkpoint,
    close() {
      dir?.close();
      dir = undefined;
    },
  };

  if (options.seedData !== undefined) {
    const result = loadSeed({ context, vendors, addCredentials }, options.seedData);
    if (!result.ok) throw new Error(`the seed file was not loaded:\n  ${result.errors.join("\n  ")}`);
    options.rebase();
  }

  if (options.dataDir) {
    if (!options.recordingStore) throw new Error("livemock: --data-dir needs a recording store");
    const recording = options.recordingStore;
    dir = openDataDir(options.dataDir);
    const saved = dir.load();
    if (saved) {
      addCredentials(saved.credentials);
      context.store.restore(saved.store);
      context.journal.clear();
      for (const { id: _id, ...entry } of saved.journal) context.journal.record(entry);
      context.faults.restore(saved.faults);
      clock.advance(saved.clockOffsetMs - clock.offsetMs);
      context.rateLimitsByVendor = { ...initialRateLimits, ...saved.rateLimits };
    }
    checkpoint();
    context.persist = () => {
      const opened = dir;
      if (!opened) return;
      if (recording.replaced) return checkpoint();
      const ops = recording.drain();
      const entry: { s?: typeof ops; j?: ReturnType<typeof context.journal.latest>; f?: ReturnType<typeof context.faults.list> } = {};
      if (ops.length > 0) entry.s = ops;
      const latest = context.journal.latest();
      if (latest) entry.j = latest;
      if (context.faults.version !== savedFaultsVersion) {
        entry.f = context.faults.list(context.clock.now());
        savedFaultsVersion = context.faults.version;
      }
      opened.append(entry);
      if (opened.logBytes > COMPACT_AFTER_BYTES) checkpoint();
    };
  }
  return control;
}

/** The vendors' names, in a stable order (for the control plane's per-vendor settings). */
export const VENDOR_NAMES: readonly VendorName[] = ["polyv", "xiaoe", "volcengine"];
