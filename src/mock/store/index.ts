/**
 * livemock's state, behind one small interface so another backend (a file, Redis) can replace the
 * in-memory one. Objects live in collections scoped by vendor, owner (the credential that created
 * them) and kind, so one app never sees another's objects.
 */

/** Where an object lives: `{ vendor: "polyv", owner: "frlr1zazn3", kind: "lottery" }`. */
export interface Scope {
  vendor: string;
  owner: string;
  kind: string;
}

/** An opaque copy of the whole state, for reset and persistence. */
export type StoreSnapshot = { collections: [string, [string, unknown][]][]; counters: [string, number][] };

export interface Store {
  get<T>(scope: Scope, id: string | number): T | undefined;
  /** Inserts or replaces; keeps the first insertion's position in `list`. */
  put<T>(scope: Scope, id: string | number, value: T): void;
  delete(scope: Scope, id: string | number): boolean;
  /** All objects of a scope, in insertion order. */
  list<T>(scope: Scope): T[];
  /** Next value of a named sequence, starting at `start` (shared by all owners, like vendor ids). */
  nextId(sequence: string, start: number): number;
  snapshot(): StoreSnapshot;
  restore(snapshot: StoreSnapshot): void;
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

/**
 * Creates the in-memory store.
 *
 * @example
 * const store = createMemoryStore();
 * const id = store.nextId("polyv:lottery", 20521);
 * store.put({ vendor: "polyv", owner: appId, kind: "lottery" }, id, activity);
 */
export function createMemoryStore(): Store {
  let collections: Collections = new Map();
  let counters = new Map<string, number>();
  return {
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
    snapshot: () => structuredClone({ collections: flatten(collections), counters: [...counters] }),
    restore(snapshot) {
      const copy = structuredClone(snapshot);
      collections = unflatten(copy.collections);
      counters = new Map(copy.counters);
    },
  };
}
