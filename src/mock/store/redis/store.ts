/**
 * The store replicas share through Redis (`--store redis://...`).
 *
 * Layout (every key under the backend's prefix, `livemock:` by default):
 * - `s:d:<vendor>:<owner>`  hash: `<kind>\0<id>` -> `<order>|<JSON>` (order keeps `list` in insertion order)
 * - `s:v:<vendor>:<owner>`  the scope's version, bumped by every commit
 * - `s:o:<vendor>:<owner>`  the scope's insertion counter
 * - `s:l:<vendor>:<owner>`  the scope's change log: the fields each of its last 256 commits wrote
 * - `s:seq`                 hash: sequence -> last id given
 * - `s:epoch`               bumped by `restore` (reset, seed baseline): every cached scope is stale
 * - `s:vendors`, `s:owners:<vendor>`  the scopes that exist, for snapshots and restore
 *
 * A transaction loads its scope (vendor, owner) and the vendor's sequences with one script: only
 * their versions when the cached scope is current, only the objects changed since when another
 * replica committed a few times meanwhile (the change log), else the whole scope; runs the work synchronously over that copy;
 * then commits with one script that checks the scope's version and every sequence it used are
 * unchanged (optimistic concurrency: the WATCH/MULTI check, done server-side so one multiplexed
 * connection serves every request) and applies the writes atomically. On a conflict it runs the work
 * again on fresh state. Transactions of one scope queue within a replica, so only replicas race, and
 * those that queued while one batch was in flight run and commit together as the next batch.
 * Ids come from the sequences inside the same commit: unique across replicas, with the vendors'
 * shapes and no gaps, exactly as the in-memory store gives them.
 */
import type { Redis } from "ioredis";
import type { Scope, Store, StoreSnapshot, StoreState, TransactionScope } from "../index.ts";
import type { SharedBackend } from "./backend.ts";

/** Commits a scope keeps in its change log: a replica this far behind reloads only what changed. */
const LOG_LENGTH = 256;

// KEYS: epoch, version, data, sequences, change log. ARGV: cached epoch, cached version, sequence names.
// Returns {epoch, version, sequence values, how, data}: how 0 = the cache is current (no data), 1 = the
// whole scope (HGETALL), 2 = only the fields changed since the cached version ({field, value or nil}...).
const LOAD_LUA = `
local e = redis.call('GET', KEYS[1]) or '0'
local v = redis.call('GET', KEYS[2]) or '0'
local seqs = {}
for i = 3, #ARGV do seqs[#seqs + 1] = redis.call('HGET', KEYS[4], ARGV[i]) or '' end
if e == ARGV[1] and v == ARGV[2] then return {e, v, seqs, 0, {}} end
if e == ARGV[1] and ARGV[2] ~= '' then
  local behind = tonumber(v) - tonumber(ARGV[2])
  if behind > 0 and behind <= ${LOG_LENGTH} then
    local log = redis.call('LRANGE', KEYS[5], -behind, -1)
    local first = log[1] and string.sub(log[1], 1, (string.find(log[1], '\\1', 1, true) or 1) - 1)
    if #log == behind and first == tostring(tonumber(ARGV[2]) + 1) then
      local seen = {}
      local fields = {}
      for _, entry in ipairs(log) do
        local cut = string.find(entry, '\\1', 1, true)
        if cut then
          for field in string.gmatch(string.sub(entry, cut + 1), '[^\\1]+') do
            if not seen[field] then seen[field] = true; fields[#fields + 1] = field end
          end
        end
      end
      local out = {}
      if #fields > 0 then
        local values = redis.call('HMGET', KEYS[3], unpack(fields))
        for i, field in ipairs(fields) do out[#out + 1] = field; out[#out + 1] = values[i] end
      end
      return {e, v, seqs, 2, out}
    end
  end
end
return {e, v, seqs, 1, redis.call('HGETALL', KEYS[3])}`;

// KEYS: epoch, version, data, order, owners, vendors, sequences, change log.
const COMMIT_LUA = `
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[2] then return 0 end
local ns = tonumber(ARGV[5])
local i = 6
for s = 1, ns do
  if (redis.call('HGET', KEYS[7], ARGV[i]) or '') ~= ARGV[i + 1] then return 0 end
  i = i + 3
end
i = 6
for s = 1, ns do
  redis.call('HSET', KEYS[7], ARGV[i], ARGV[i + 2])
  i = i + 3
end
local changed = {}
local np = tonumber(ARGV[i]); i = i + 1
for p = 1, np do
  changed[#changed + 1] = ARGV[i]
  local old = redis.call('HGET', KEYS[3], ARGV[i])
  local ord
  if old then ord = string.match(old, '^(%d+)|') else ord = tostring(redis.call('INCR', KEYS[4])) end
  redis.call('HSET', KEYS[3], ARGV[i], ord .. '|' .. ARGV[i + 1])
  i = i + 2
end
local nd = tonumber(ARGV[i]); i = i + 1
for d = 1, nd do
  redis.call('HDEL', KEYS[3], ARGV[i])
  changed[#changed + 1] = ARGV[i]
  i = i + 1
end
redis.call('SADD', KEYS[5], ARGV[3])
redis.call('SADD', KEYS[6], ARGV[4])
local version = redis.call('INCR', KEYS[2])
redis.call('RPUSH', KEYS[8], version .. '\\1' .. table.concat(changed, '\\1'))
redis.call('LTRIM', KEYS[8], -${LOG_LENGTH}, -1)
return version`;

// ARGV[1]: key prefix of the store (\`livemock:s:\`). Returns {vendor, owner, {field, value, ...}}... then the sequences.
const DUMP_LUA = `
local p = ARGV[1]
local out = {}
for _, vendor in ipairs(redis.call('SMEMBERS', p .. 'vendors')) do
  for _, owner in ipairs(redis.call('SMEMBERS', p .. 'owners:' .. vendor)) do
    out[#out + 1] = {vendor, owner, redis.call('HGETALL', p .. 'd:' .. vendor .. ':' .. owner)}
  end
end
return {out, redis.call('HGETALL', p .. 'seq')}`;

// ARGV: prefix, scope count, then per scope: vendor, owner, n, field/value pairs; then n, sequence/value pairs.
const RESTORE_LUA = `
local p = ARGV[1]
for _, vendor in ipairs(redis.call('SMEMBERS', p .. 'vendors')) do
  for _, owner in ipairs(redis.call('SMEMBERS', p .. 'owners:' .. vendor)) do
    redis.call('DEL', p .. 'd:' .. vendor .. ':' .. owner, p .. 'o:' .. vendor .. ':' .. owner, p .. 'l:' .. vendor .. ':' .. owner)
    redis.call('INCR', p .. 'v:' .. vendor .. ':' .. owner)
  end
  redis.call('DEL', p .. 'owners:' .. vendor)
end
redis.call('DEL', p .. 'vendors', p .. 'seq')
local i = 3
for s = 1, tonumber(ARGV[2]) do
  local vendor, owner, n = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  i = i + 3
  local data = p .. 'd:' .. vendor .. ':' .. owner
  for e = 1, n do
    redis.call('HSET', data, ARGV[i], e .. '|' .. ARGV[i + 1])
    i = i + 2
  end
  redis.call('SET', p .. 'o:' .. vendor .. ':' .. owner, n)
  redis.call('INCR', p .. 'v:' .. vendor .. ':' .. owner)
  redis.call('SADD', p .. 'owners:' .. vendor, owner)
  redis.call('SADD', p .. 'vendors', vendor)
end
local nq = tonumber(ARGV[i]); i = i + 1
for q = 1, nq do
  redis.call('HSET', p .. 'seq', ARGV[i], ARGV[i + 1])
  i = i + 2
end
return redis.call('INCR', p .. 'epoch')`;

interface StoreCommands {
  livemockLoad(...args: string[]): Promise<[string, string, string[], number, (string | null)[]]>;
  livemockCommit(...args: string[]): Promise<number>;
  livemockDump(prefix: string): Promise<[[string, string, string[]][], string[]]>;
  livemockRestore(...args: string[]): Promise<number>;
}

/** An id as a field keys it: `4854808` and `"4854808"` are one object, as in the in-memory store. */
const CANONICAL_INTEGER = /^(0|-?[1-9]\d{0,15})$/;
function idKey(id: string | number): string {
  if (typeof id === "number") return String(id);
  return CANONICAL_INTEGER.test(id) && Number.isSafeInteger(Number(id)) ? String(Number(id)) : id;
}

const SEP = "\u0000";

/** One stored object as the replica caches it: its insertion order and its JSON. */
interface Entry {
  ord: number;
  json: string;
}

/** A cached scope: what Redis held at (epoch, version). Kinds map ids to entries, in insertion order. */
interface ScopeCache {
  epoch: string;
  version: string;
  kinds: Map<string, Map<string, Entry>>;
}

/** An object a transaction has read or written. */
interface Touched {
  value: unknown;
  /** Its JSON as loaded (undefined: not stored before this transaction). */
  loaded: string | undefined;
  written: boolean;
  deleted: boolean;
}

const NEED_SEQUENCE = Symbol("need-sequence");

function parseData(flat: readonly string[]): Map<string, Map<string, Entry>> {
  const rows: { kind: string; id: string; entry: Entry }[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    const field = flat[i] as string;
    const raw = flat[i + 1] as string;
    const cut = field.indexOf(SEP);
    const bar = raw.indexOf("|");
    rows.push({ kind: field.slice(0, cut), id: field.slice(cut + 1), entry: { ord: Number(raw.slice(0, bar)), json: raw.slice(bar + 1) } });
  }
  rows.sort((a, b) => a.entry.ord - b.entry.ord);
  const kinds = new Map<string, Map<string, Entry>>();
  for (const row of rows) {
    let kind = kinds.get(row.kind);
    if (!kind) {
      kind = new Map();
      kinds.set(row.kind, kind);
    }
    kind.set(row.id, row.entry);
  }
  return kinds;
}

/**
 * A cached scope brought up to `version` with the fields changed since (value null: deleted). Objects
 * already cached keep their place; new ones follow in their insertion order.
 */
function applyDelta(cache: ScopeCache, version: string, flat: readonly (string | null)[]): ScopeCache {
  const added: { kind: string; id: string; entry: Entry }[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    const field = flat[i] as string;
    const raw = flat[i + 1];
    const cut = field.indexOf(SEP);
    const kind = field.slice(0, cut);
    const id = field.slice(cut + 1);
    const map = cache.kinds.get(kind);
    if (raw === null || raw === undefined) {
      map?.delete(id);
      continue;
    }
    const bar = raw.indexOf("|");
    const entry = { ord: Number(raw.slice(0, bar)), json: raw.slice(bar + 1) };
    if (map?.has(id)) map.set(id, entry);
    else added.push({ kind, id, entry });
  }
  added.sort((a, b) => a.entry.ord - b.entry.ord);
  for (const { kind, id, entry } of added) {
    let map = cache.kinds.get(kind);
    if (!map) {
      map = new Map();
      cache.kinds.set(kind, map);
    }
    map.set(id, entry);
  }
  cache.version = version;
  return cache;
}

/** The state one transaction works on: the cached scope plus what the work read and wrote. */
class Transaction implements StoreState {
  readonly touched = new Map<string, Touched>();
  /** New ids per kind, in the order they were first written. */
  readonly added = new Map<string, string[]>();
  readonly sequences = new Map<string, { loaded: string; current: number | undefined }>();
  missing: string | undefined;

  constructor(
    private readonly scope: { vendor: string; owner: string },
    private readonly cache: ScopeCache,
    loadedSequences: ReadonlyMap<string, string>,
  ) {
    for (const [name, value] of loadedSequences) this.sequences.set(name, { loaded: value, current: value === "" ? undefined : Number(value) });
  }

  private check(scope: Scope): void {
    if (scope.vendor !== this.scope.vendor || scope.owner !== this.scope.owner) {
      throw new Error(`livemock: a transaction over ${this.scope.vendor}/${this.scope.owner} touched ${scope.vendor}/${scope.owner} (the shared store loads only the transaction's scope)`);
    }
  }

  private touch(kind: string, key: string): Touched | undefined {
    const field = kind + SEP + key;
    const seen = this.touched.get(field);
    if (seen) return seen;
    const entry = this.cache.kinds.get(kind)?.get(key);
    if (!entry) return undefined;
    const touched: Touched = { value: JSON.parse(entry.json), loaded: entry.json, written: false, deleted: false };
    this.touched.set(field, touched);
    return touched;
  }

  get<T>(scope: Scope, id: string | number): T | undefined {
    this.check(scope);
    const found = this.touch(scope.kind, idKey(id));
    return found && !found.deleted ? (found.value as T) : undefined;
  }

  put<T>(scope: Scope, id: string | number, value: T): void {
    this.check(scope);
    const key = idKey(id);
    const field = scope.kind + SEP + key;
    const found = this.touch(scope.kind, key);
    if (found) {
      found.value = value;
      found.written = true;
      found.deleted = false;
      return;
    }
    this.touched.set(field, { value, loaded: undefined, written: true, deleted: false });
    let added = this.added.get(scope.kind);
    if (!added) {
      added = [];
      this.added.set(scope.kind, added);
    }
    added.push(key);
  }

  delete(scope: Scope, id: string | number): boolean {
    this.check(scope);
    const found = this.touch(scope.kind, idKey(id));
    if (!found || found.deleted) return false;
    found.deleted = true;
    return true;
  }

  list<T>(scope: Scope): T[] {
    this.check(scope);
    const out: T[] = [];
    for (const key of this.cache.kinds.get(scope.kind)?.keys() ?? []) {
      const found = this.touch(scope.kind, key);
      if (found && !found.deleted) out.push(found.value as T);
    }
    for (const key of this.added.get(scope.kind) ?? []) {
      const found = this.touched.get(scope.kind + SEP + key);
      if (found && !found.deleted && found.loaded === undefined) out.push(found.value as T);
    }
    return out;
  }

  nextId(sequence: string, start: number): number {
    const known = this.sequences.get(sequence);
    if (!known) {
      this.missing = sequence;
      throw NEED_SEQUENCE;
    }
    const value = known.current === undefined ? start : known.current + 1;
    known.current = value;
    return value;
  }

  /** The writes to commit: puts (field, JSON), deletes (field), sequences moved. */
  changes(): { puts: [string, string][]; deletes: string[]; sequences: [string, string, string][] } {
    const puts: [string, string][] = [];
    const deletes: string[] = [];
    for (const [field, t] of this.touched) {
      if (t.deleted) {
        if (t.loaded !== undefined) deletes.push(field);
        continue;
      }
      const json = JSON.stringify(t.value);
      // Objects changed in place (without `put`) are written too, as the in-memory store would keep them.
      if (json !== t.loaded) puts.push([field, json]);
    }
    const sequences: [string, string, string][] = [];
    for (const [name, s] of this.sequences) if (s.current !== undefined && String(s.current) !== s.loaded) sequences.push([name, s.loaded, String(s.current)]);
    return { puts, deletes, sequences };
  }
}

/** The Redis store plus what the app needs to keep replicas in step. */
export interface RedisStore extends Store {
  readonly backend: SharedBackend;
  /** Forgets every cached scope (after a reset another replica made). */
  forget(): void;
}

/** A transaction waiting in its scope's queue. */
interface Pending {
  work: (state: StoreState) => unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Most transactions of one scope committed together. */
const MAX_BATCH = 128;

/** Most attempts of one transaction before it fails (each a conflict with another replica's commit). */
const MAX_ATTEMPTS = 200;

/**
 * Creates the store over a connected backend.
 *
 * @example
 * const backend = connectRedisBackend(process.env.LIVEMOCK_STORE!);
 * await backend.connected();
 * const store = createRedisStore(backend);
 * const id = await store.transact({ vendor: "polyv", owner: "frlr1zazn3" }, (state) => state.nextId("polyv:lottery", 20521));
 */
export function createRedisStore(backend: SharedBackend): RedisStore {
  const p = `${backend.prefix}s:`;
  const redis = backend.redis;
  redis.defineCommand("livemockLoad", { numberOfKeys: 5, lua: LOAD_LUA });
  redis.defineCommand("livemockCommit", { numberOfKeys: 8, lua: COMMIT_LUA });
  redis.defineCommand("livemockDump", { numberOfKeys: 0, lua: DUMP_LUA });
  redis.defineCommand("livemockRestore", { numberOfKeys: 0, lua: RESTORE_LUA });
  const commands = (r: Redis) => r as unknown as StoreCommands;
  const caches = new Map<string, ScopeCache>();
  const sequencesOf = new Map<string, Set<string>>();
  /** Each scope's transactions waiting for the batch in flight (a scope is in the map while one runs). */
  const queues = new Map<string, Pending[]>();

  const keys = (vendor: string, owner: string) => {
    const scope = `${vendor}:${encodeURIComponent(owner)}`;
    return {
      data: `${p}d:${scope}`,
      version: `${p}v:${scope}`,
      order: `${p}o:${scope}`,
      log: `${p}l:${scope}`,
      owners: `${p}owners:${vendor}`,
      vendors: `${p}vendors`,
      seq: `${p}seq`,
      epoch: `${p}epoch`,
    };
  };

  /**
   * Runs a batch of queued transactions of one scope over one loaded copy, in order (each sees the
   * writes of those before it, as they would one after the other), and commits them together: one
   * load and one commit for the batch. A conflict runs the whole batch again on fresh state; a work
   * that throws is answered with its error and the batch runs again without it.
   */
  async function runBatch(vendor: string, owner: string, queued: Pending[]): Promise<void> {
    const k = keys(vendor, owner);
    const id = `${vendor}${SEP}${owner}`;
    let known = sequencesOf.get(vendor);
    if (!known) {
      known = new Set();
      sequencesOf.set(vendor, known);
    }
    let batch = queued;
    for (let round = 1; batch.length > 0; round++) {
      const cached = caches.get(id);
      const names = [...known];
      const [epoch, version, seqs, how, data] = await backend.call((r) => commands(r).livemockLoad(k.epoch, k.version, k.data, k.seq, k.log, cached?.epoch ?? "", cached?.version ?? "", ...names));
      const cache: ScopeCache = how === 1 || !cached ? { epoch, version, kinds: parseData(data as string[]) } : how === 2 ? applyDelta(cached, version, data) : cached;
      caches.set(id, cache);
      const tx = new Transaction({ vendor, owner }, cache, new Map(names.map((name, i) => [name, seqs[i] ?? ""])));
      const results: unknown[] = [];
      let failed: Pending | undefined;
      for (const pending of batch) {
        try {
          results.push(pending.work(tx));
        } catch (error) {
          if (error === NEED_SEQUENCE && tx.missing !== undefined) known.add(tx.missing);
          else {
            pending.reject(error);
            failed = pending;
          }
          break;
        }
      }
      if (results.length < batch.length) {
        // A sequence to load, or a work that failed (its partial writes must not stay): run again.
        if (failed) batch = batch.filter((pending) => pending !== failed);
        continue;
      }
      const { puts, deletes, sequences } = tx.changes();
      if (puts.length === 0 && deletes.length === 0 && sequences.length === 0) {
        for (const [i, pending] of batch.entries()) pending.resolve(results[i]);
        return;
      }
      const args = [epoch, version, encodeURIComponent(owner), vendor, String(sequences.length), ...sequences.flat(), String(puts.length), ...puts.flat(), String(deletes.length), ...deletes];
      const committed = await backend.call((r) => commands(r).livemockCommit(k.epoch, k.version, k.data, k.order, k.owners, k.vendors, k.seq, k.log, ...args));
      if (committed !== 0) {
        // The commit checked the version we loaded: the cache plus our writes is exactly what Redis holds now.
        const next = cache.kinds;
        for (const [field, json] of puts) {
          const cut = field.indexOf(SEP);
          const kind = field.slice(0, cut);
          const key = field.slice(cut + 1);
          let map = next.get(kind);
          if (!map) {
            map = new Map();
            next.set(kind, map);
          }
          map.set(key, { ord: map.get(key)?.ord ?? Number.MAX_SAFE_INTEGER, json });
        }
        for (const field of deletes) {
          const cut = field.indexOf(SEP);
          next.get(field.slice(0, cut))?.delete(field.slice(cut + 1));
        }
        caches.set(id, { epoch, version: String(committed), kinds: next });
        for (const [i, pending] of batch.entries()) pending.resolve(results[i]);
        return;
      }
      caches.delete(id);
      if (round >= MAX_ATTEMPTS) throw new Error(`livemock: the shared store gave up on ${vendor}/${owner} after ${MAX_ATTEMPTS} conflicting attempts`);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20, round * 2)));
    }
  }

  /** Serves a scope's queue batch after batch until it is empty. */
  async function drain(vendor: string, owner: string, id: string, queue: Pending[]): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      try {
        await runBatch(vendor, owner, batch);
      } catch (error) {
        for (const pending of batch) pending.reject(error); // settled ones ignore it
      }
    }
    queues.delete(id);
  }

  const store: RedisStore = {
    backend,
    forget() {
      caches.clear();
    },
    transact<T>(scope: TransactionScope, work: (state: StoreState) => T): Promise<T> {
      if (scope.owner === undefined) return Promise.reject(new Error(`livemock: the shared store needs the owner of a ${scope.vendor} transaction`));
      const owner = scope.owner;
      const id = `${scope.vendor}${SEP}${owner}`;
      return new Promise<T>((resolve, reject) => {
        const pending: Pending = { work, resolve: resolve as (value: unknown) => void, reject };
        const queue = queues.get(id);
        if (queue) {
          queue.push(pending);
          return;
        }
        const fresh = [pending];
        queues.set(id, fresh);
        void drain(scope.vendor, owner, id, fresh);
      });
    },
    async snapshot(): Promise<StoreSnapshot> {
      const [scopes, seq] = await backend.call((r) => commands(r).livemockDump(p));
      const collections: StoreSnapshot["collections"] = [];
      for (const [vendor, owner, data] of scopes) {
        for (const [kind, entries] of parseData(data)) {
          collections.push([[vendor, decodeURIComponent(owner), kind].join(SEP), [...entries].map(([id, entry]) => [id, JSON.parse(entry.json)] as [string, unknown])]);
        }
      }
      const counters: [string, number][] = [];
      for (let i = 0; i < seq.length; i += 2) counters.push([seq[i] as string, Number(seq[i + 1])]);
      return { collections, counters };
    },
    async restore(snapshot) {
      const byScope = new Map<string, { vendor: string; owner: string; fields: string[] }>();
      for (const [key, entries] of snapshot.collections) {
        const [vendor = "", owner = "", kind = ""] = key.split(SEP);
        const scopeId = `${vendor}${SEP}${owner}`;
        let scope = byScope.get(scopeId);
        if (!scope) {
          scope = { vendor, owner: encodeURIComponent(owner), fields: [] };
          byScope.set(scopeId, scope);
        }
        for (const [id, value] of entries) scope.fields.push(kind + SEP + idKey(id), JSON.stringify(value));
      }
      const args = [p, String(byScope.size)];
      for (const scope of byScope.values()) args.push(scope.vendor, scope.owner, String(scope.fields.length / 2), ...scope.fields);
      args.push(String(snapshot.counters.length), ...snapshot.counters.flatMap(([name, value]) => [name, String(value)]));
      await backend.call((r) => commands(r).livemockRestore(...args));
      caches.clear();
    },
  };
  return store;
}
