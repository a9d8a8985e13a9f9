/**
 * The fault rules replicas share: kept in Redis (`faults:rules`, a hash of rule JSON by id, ids from
 * `faults:seq`; `faults:remaining` and `faults:hits` count atomically), mirrored in each replica so
 * a call with no rule costs nothing. A rule with a count affects exactly that many calls across all
 * replicas: the counts are taken by one script per matching call. Every change is announced so the
 * other replicas reload their mirror; until the announcement arrives (a millisecond on one host) a
 * replica may still match with the rules it had.
 */
import type { Redis } from "ioredis";
import { delayFor, type FaultRule, type FaultRules, type FaultVerdict } from "../../faults/rules.ts";
import type { SharedBackend } from "./backend.ts";

// KEYS: remaining, hits. ARGV: per matching rule, in creation order: id, 1 when it has a count, 1 when it
// is terminal (error, drop: only the first that applies counts). Returns the ids that applied (a counted
// rule applies while its count lasts), then "|", then the ids exhausted now.
const TAKE_LUA = `
local applied = {}
local exhausted = {}
local terminal = false
for i = 1, #ARGV, 3 do
  local id = ARGV[i]
  if not (terminal and ARGV[i + 2] == '1') then
    local ok = true
    if ARGV[i + 1] == '1' then
      local left = redis.call('HINCRBY', KEYS[1], id, -1)
      if left < 0 then ok = false end
      if left <= 0 then exhausted[#exhausted + 1] = id end
    end
    if ok then
      redis.call('HINCRBY', KEYS[2], id, 1)
      applied[#applied + 1] = id
      if ARGV[i + 2] == '1' then terminal = true end
    end
  end
end
applied[#applied + 1] = '|'
for _, id in ipairs(exhausted) do applied[#applied + 1] = id end
return applied`;

interface TakeCommand {
  livemockTakeFaults(remaining: string, hits: string, ...args: string[]): Promise<string[]>;
}

/** The shared rule set plus a way to reload the mirror (on another replica's announcement). */
export interface SharedFaultRules extends FaultRules {
  reload(): Promise<void>;
}

const byId = (a: FaultRule, b: FaultRule) => Number(a.id.slice(1)) - Number(b.id.slice(1));

/**
 * Creates the shared rule set (call `reload()` once connected).
 *
 * @example
 * const faults = createSharedFaultRules(backend);
 * await faults.add({ vendor: "polyv", kind: "error", remaining: 2 }, Date.now());
 */
export function createSharedFaultRules(backend: SharedBackend): SharedFaultRules {
  const redis = backend.redis as Redis & Partial<TakeCommand>;
  if (!redis.livemockTakeFaults) redis.defineCommand("livemockTakeFaults", { numberOfKeys: 2, lua: TAKE_LUA });
  const k = { rules: `${backend.prefix}faults:rules`, seq: `${backend.prefix}faults:seq`, remaining: `${backend.prefix}faults:remaining`, hits: `${backend.prefix}faults:hits` };
  let mirror: FaultRule[] = [];
  let version = 0;

  const read = async (): Promise<FaultRule[]> => {
    const [rules, remaining, hits] = await backend.call((r) => Promise.all([r.hgetall(k.rules), r.hgetall(k.remaining), r.hgetall(k.hits)]));
    return Object.values(rules)
      .map((json) => {
        const rule = JSON.parse(json) as FaultRule;
        if (rule.remaining !== undefined) rule.remaining = Math.max(0, Number(remaining[rule.id] ?? 0));
        rule.hits = Number(hits[rule.id] ?? 0);
        return rule;
      })
      .sort(byId);
  };
  const active = (rule: FaultRule, now: number) => (rule.expiresAt === undefined || now < rule.expiresAt) && (rule.remaining === undefined || rule.remaining > 0);
  const drop = (ids: string[]) =>
    backend.call((r) =>
      r
        .multi()
        .hdel(k.rules, ...ids)
        .hdel(k.remaining, ...ids)
        .hdel(k.hits, ...ids)
        .exec(),
    );
  const announce = async () => {
    version++;
    await backend.publish({ type: "faults" });
  };
  const reload = async () => {
    mirror = await read();
    version++;
  };

  return {
    get size() {
      return mirror.length;
    },
    get version() {
      return version;
    },
    reload,
    async add(input, now) {
      const id = `f${await backend.call((r) => r.incr(k.seq))}`;
      const rule: FaultRule = { ...input, id, hits: 0, createdAt: now };
      await backend.call((r) => {
        const tx = r.multi().hset(k.rules, id, JSON.stringify(rule));
        if (rule.remaining !== undefined) tx.hset(k.remaining, id, rule.remaining);
        return tx.exec();
      });
      mirror = [...mirror, rule];
      await announce();
      return rule;
    },
    async remove(id) {
      const removed = (await backend.call((r) => r.hdel(k.rules, id))) === 1;
      if (!removed) return false;
      await drop([id]);
      mirror = mirror.filter((r) => r.id !== id);
      await announce();
      return true;
    },
    async clear() {
      await backend.call((r) => r.del(k.rules, k.remaining, k.hits));
      mirror = [];
      await announce();
    },
    async list(now) {
      const rules = await read();
      const gone = rules.filter((r) => !active(r, now)).map((r) => r.id);
      if (gone.length > 0) {
        await drop(gone);
        await announce();
      }
      mirror = rules.filter((r) => active(r, now));
      return mirror.map((r) => ({ ...r }));
    },
    async match(vendor, operation, now, random = Math.random) {
      const verdict: FaultVerdict = { delayMs: 0 };
      const candidates: FaultRule[] = [];
      let op: string | undefined | null = null;
      for (const rule of mirror) {
        if (rule.vendor !== vendor || (rule.expiresAt !== undefined && now >= rule.expiresAt)) continue;
        if (rule.operation !== undefined) {
          if (op === null) op = operation();
          if (rule.operation !== op) continue;
        }
        candidates.push(rule);
      }
      if (candidates.length === 0) return verdict;
      const args = candidates.flatMap((r) => [r.id, r.remaining === undefined ? "0" : "1", r.kind === "latency" ? "0" : "1"]);
      const answer = await backend.call((r) => (r as unknown as TakeCommand).livemockTakeFaults(k.remaining, k.hits, ...args));
      const cut = answer.indexOf("|");
      const applied = new Set(answer.slice(0, cut));
      const exhausted = answer.slice(cut + 1);
      for (const rule of candidates) {
        if (!applied.has(rule.id)) continue;
        if (rule.kind === "latency") verdict.delayMs += delayFor(rule.latencyMs, random);
        else verdict.terminal ??= rule;
      }
      if (exhausted.length > 0) {
        await drop(exhausted);
        mirror = mirror.filter((r) => !exhausted.includes(r.id));
        await announce();
      }
      return verdict;
    },
    restore() {
      throw new Error("livemock: fault rules in a shared store are not restored from a data directory");
    },
  };
}
