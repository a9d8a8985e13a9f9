/**
 * livemock's state, behind one small interface so another backend (Redis, shared by replicas) can
 * replace the in-memory one. Objects live in collections scoped by vendor, owner (the credential
 * that created them) and kind, so one app never sees another's objects.
 */

import type { Awaitable } from "../../util/awaitable.ts";

/** Where an object lives: `{ vendor: "polyv", owner: "frlr1zazn3", kind: "lottery" }`. */
export interface Scope {
  vendor: string;
  owner: string;
  kind: string;
}

/**
 * What one transaction may touch: the objects of one vendor (of one owner, when given) and that
 * vendor's id sequences. A shared backend loads exactly this before running the work, and commits
 * its changes atomically.
 */
export interface TransactionScope {
  vendor: string;
  owner?: string;
}

/** An opaque copy of the whole state, for reset and persistence. */
export type StoreSnapshot = { collections: [string, [string, unknown][]][]; counters: [string, number][] };

/** The state inside one transaction: synchronous reads and writes, so a vendor's rules run in one go. */
export interface StoreState {
  get<T>(scope: Scope, id: string | number): T | undefined;
  /** Inserts or replaces; keeps the first insertion's position in `list`. */
  put<T>(scope: Scope, id: string | number, value: T): void;
  delete(scope: Scope, id: string | number): boolean;
  /** All objects of a scope, in insertion order. */
  list<T>(scope: Scope): T[];
  /** Next value of a named sequence, starting at `start` (shared by all owners, like vendor ids). */
  nextId(sequence: string, start: number): number;
}

/**
 * livemock's state. Every read and write happens inside {@link Store.transact}: the work is
 * synchronous (a vendor's rules read, decide and write in one go, as the vendor's own database
 * transaction would), while the store may take its time before and after it. The in-memory store
 * runs the work at once and returns its result as is; a shared store (Redis, several replicas) loads
 * the transaction's scope, runs the work, commits the changes atomically (retrying on a conflict)
 * and returns a promise. Callers chain with `andThen` (src/util/awaitable.ts), so the in-memory
 * path never waits.
 */
export interface Store {
  /**
   * Runs `work` atomically over the state `scope` names. The work must stay within that scope (the
   * in-memory store does not check; a shared store sees only what it loaded) and must not wait.
   *
   * @example
   * const id = store.transact({ vendor: "polyv", owner: appId }, (state) => state.nextId("polyv:lottery", 20521));
   */
  transact<T>(scope: TransactionScope, work: (state: StoreState) => T): Awaitable<T>;
  snapshot(): Awaitable<StoreSnapshot>;
  restore(snapshot: StoreSnapshot): Awaitable<void>;
}

const SEPARATOR = "\u0000";

/**
 * Collections nested by vendor, owner and kind: looking one up hashes the three (usually interned)
 * strings of the scope instead of building and hashing a joined key on every call.
 */
type Collections = Map<string, Map<string, Map<string, Map<Key, unknown>>>>;

/** An id as a collection keys it: a number for integer ids (given as numbers or as canonical digits), else the string. */
type Key = number | string;

const CANONICAL_INTEGER = /^(0|-?[1-9]\d{0,15})$/;

/**
 * The key of an id: `4854808` and `"4854808"` are the same object, as they were when every id was
 * turned into a string; numbers are kept as numbers (no string to build and hash per call).
 */
function keyOf(id: string | number): Key {
  if (typeof id === "number") return Number.isSafeInteger(id) ? id : String(id);
  if (CANONICAL_INTEGER.test(id)) {
    const n = Number(id);
    if (Number.isSafeInteger(n)) return n;
  }
  return id;
}

function createIn<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const newOwners = () => new Map<string, Map<string, Map<Key, unknown>>>();
const newKinds = () => new Map<string, Map<Key, unknown>>();
const newCollection = () => new Map<Key, unknown>();

function findCollection(collections: Collections, scope: Scope): Map<Key, unknown> | undefined {
  return collections.get(scope.vendor)?.get(scope.owner)?.get(scope.kind);
}

function ensureCollection(collections: Collections, scope: Scope): Map<Key, unknown> {
  return createIn(createIn(createIn(collections, scope.vendor, newOwners), scope.owner, newKinds), scope.kind, newCollection);
}

/** The snapshot form: one entry per collection, keyed `vendor\0owner\0kind` (the format `--data-dir` checkpoints keep). */
function flatten(collections: Collections): [string, [string, unknown][]][] {
  const out: [string, [string, unknown][]][] = [];
  for (const [vendor, owners] of collections) {
    for (const [owner, kinds] of owners) {
      for (const [kind, collection] of kinds) out.push([[vendor, owner, kind].join(SEPARATOR), Array.from(collection, ([id, value]) => [String(id), value] as [string, unknown])]);
    }
  }
  return out;
}

function unflatten(flat: [string, [string, unknown][]][]): Collections {
  const collections: Collections = new Map();
  for (const [key, entries] of flat) {
    const [vendor = "", owner = "", kind = ""] = key.split(SEPARATOR);
    const collection = ensureCollection(collections, { vendor, owner, kind });
    for (const [id, value] of entries) collection.set(keyOf(id), value);
  }
  return collections;
}

/** The in-memory store with its state reachable without a transaction (for wrappers and tests). */
export interface MemoryStore extends Store {
  /** The live state: what every transaction of this store works on. */
  readonly state: StoreState;
}

/**
 * Creates the in-memory store: transactions run at once over the live maps, with no copy.
 *
 * @example
 * const store = createMemoryStore();
 * const id = store.transact({ vendor: "polyv" }, (state) => state.nextId("polyv:lottery", 20521)); // 20521, not a promise
 */
export function createMemoryStore(): MemoryStore {
  let collections: Collections = new Map();
  let counters = new Map<string, number>();
  const state: StoreState = {
    get: <T>(scope: Scope, id: string | number) => findCollection(collections, scope)?.get(keyOf(id)) as T | undefined,
    put(scope, id, value) {
      ensureCollection(collections, scope).set(keyOf(id), value);
    },
    delete: (scope, id) => findCollection(collections, scope)?.delete(keyOf(id)) ?? false,
    list: <T>(scope: Scope) => [...(findCollection(collections, scope)?.values() ?? [])] as T[],
    nextId(sequence, start) {
      const last = counters.get(sequence);
      const value = last === undefined ? start : last + 1;
      counters.set(sequence, value);
      return value;
    },
  };
  return {
    state,
    transact: (_scope, work) => work(state),
    snapshot: () => structuredClone({ collections: flatten(collections), counters: [...counters] }),
    restore(snapshot) {
      const copy = structuredClone(snapshot);
      collections = unflatten(copy.collections);
      counters = new Map(copy.counters);
    },
  };
}
