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

function scopeKey(scope: Scope): string {
  return `${scope.vendor}\u0000${scope.owner}\u0000${scope.kind}`;
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
  let collections = new Map<string, Map<string, unknown>>();
  let counters = new Map<string, number>();
  const collection = (scope: Scope, create: boolean) => {
    const key = scopeKey(scope);
    let c = collections.get(key);
    if (!c && create) {
      c = new Map();
      collections.set(key, c);
    }
    return c;
  };
  return {
    get: <T>(scope: Scope, id: string | number) => collection(scope, false)?.get(String(id)) as T | undefined,
    put(scope, id, value) {
      collection(scope, true)!.set(String(id), value);
    },
    delete: (scope, id) => collection(scope, false)?.delete(String(id)) ?? false,
    list: <T>(scope: Scope) => [...(collection(scope, false)?.values() ?? [])] as T[],
    nextId(sequence, start) {
      const value = counters.has(sequence) ? counters.get(sequence)! + 1 : start;
      counters.set(sequence, value);
      return value;
    },
    snapshot: () => structuredClone({
      collections: [...collections].map(([k, c]) => [k, [...c]] as [string, [string, unknown][]]),
      counters: [...counters],
    }),
    restore(snapshot) {
      const copy = structuredClone(snapshot);
      collections = new Map(copy.collections.map(([k, entries]) => [k, new Map(entries)]));
      counters = new Map(copy.counters);
    },
  };
}
