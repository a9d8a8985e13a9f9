/**
 * A store that remembers the changes made to it since they were last drained, so persistence can
 * append exactly those changes to its log before a request is answered.
 */
import type { Scope, Store, StoreState } from "./index.ts";

/** One change, replayable and idempotent (a counter change carries its new value). */
export type StoreOp = { op: "put"; scope: Scope; id: string; value: unknown } | { op: "delete"; scope: Scope; id: string } | { op: "counter"; name: string; value: number };

/** A store plus the changes not yet drained. */
export interface RecordingStore extends Store {
  /** The changes since the last drain, oldest first; empties the buffer. */
  drain(): StoreOp[];
  /** True when `restore` was called since the last drain (the whole state changed: checkpoint instead of a log entry). */
  readonly replaced: boolean;
}

/**
 * Wraps a store, recording every put, delete and counter step made in its transactions. Values are
 * kept by reference and serialised when the log is written (before the request is answered), so
 * they match what the store holds.
 *
 * @example
 * const store = createRecordingStore(createMemoryStore());
 * store.transact({ vendor: "polyv" }, (state) => state.put({ vendor: "polyv", owner: "a", kind: "lottery" }, 1, { id: 1 }));
 * store.drain() // [{ op: "put", scope: {...}, id: "1", value: { id: 1 } }]
 */
export function createRecordingStore(inner: Store): RecordingStore {
  let pending: StoreOp[] = [];
  let replaced = false;
  const recording = (state: StoreState): StoreState => ({
    get: (scope, id) => state.get(scope, id),
    list: (scope) => state.list(scope),
    put(scope, id, value) {
      state.put(scope, id, value);
      pending.push({ op: "put", scope: { ...scope }, id: String(id), value });
    },
    delete(scope, id) {
      const removed = state.delete(scope, id);
      if (removed) pending.push({ op: "delete", scope: { ...scope }, id: String(id) });
      return removed;
    },
    nextId(sequence, start) {
      const value = state.nextId(sequence, start);
      pending.push({ op: "counter", name: sequence, value });
      return value;
    },
  });
  return {
    transact: (scope, work) => inner.transact(scope, (state) => work(recording(state))),
    snapshot: () => inner.snapshot(),
    restore(snapshot) {
      pending = [];
      replaced = true;
      return inner.restore(snapshot);
    },
    drain() {
      const out = pending;
      pending = [];
      replaced = false;
      return out;
    },
    get replaced() {
      return replaced;
    },
  };
}

/**
 * Replays recorded changes onto a snapshot (what a restart does with the log after the last checkpoint).
 *
 * @example
 * const restored = applyStoreOps(snapshot, ops);
 */
export function applyStoreOps(snapshot: { collections: [string, [string, unknown][]][]; counters: [string, number][] }, ops: readonly StoreOp[]): typeof snapshot {
  const collections = new Map(snapshot.collections.map(([k, entries]) => [k, new Map(entries)]));
  const counters = new Map(snapshot.counters);
  for (const change of ops) {
    if (change.op === "counter") {
      counters.set(change.name, change.value);
      continue;
    }
    const key = `${change.scope.vendor}\u0000${change.scope.owner}\u0000${change.scope.kind}`;
    if (change.op === "put") {
      let c = collections.get(key);
      if (!c) {
        c = new Map();
        collections.set(key, c);
      }
      c.set(change.id, change.value);
    } else {
      collections.get(key)?.delete(change.id);
    }
  }
  return { collections: [...collections].map(([k, c]) => [k, [...c]]), counters: [...counters] };
}
