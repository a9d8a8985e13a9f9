/**
 * Fault rules: what the control plane asks the dispatcher to do to matching vendor calls (delay
 * them, answer a vendor error, drop the connection), each with an optional count and expiry on the
 * mock clock. Kept in memory (`--data-dir` persists them), or in the shared store when replicas
 * share one (src/mock/store/redis/fault-rules.ts): there the changes, listing and matching wait.
 */
import type { Awaitable } from "../../util/awaitable.ts";

/** What a rule does to a matching call. */
export type FaultKind = "latency" | "error" | "drop";

/** A fixed delay in ms, or a range drawn uniformly per call. */
export type LatencySpec = number | { min: number; max: number };

/** One active rule, as listed by `GET /__livemock/faults`. */
export interface FaultRule {
  /** `f1`, `f2`, ... */
  id: string;
  vendor: string;
  /** The spec operationId to match (`createLotteryActivity`); absent: every call to the vendor. */
  operation?: string;
  kind: FaultKind;
  /** For `latency`. */
  latencyMs?: LatencySpec;
  /** For `error`: the catalogue id (`undefinedError`, `systemBusy`, `InternalError`, ...). */
  error?: string;
  /** Values for the error message's `{placeholders}` (`{ name: "channelId" }`). */
  params?: Record<string, string>;
  /** Calls still to affect; absent: unlimited. The rule is removed when it reaches 0. */
  remaining?: number;
  /** Mock-clock time (ms) after which the rule no longer applies; absent: never. */
  expiresAt?: number;
  /** Calls affected so far. */
  hits: number;
  createdAt: number;
}

/** What the dispatcher must do to one call. */
export interface FaultVerdict {
  /** Total delay of the matching latency rules. */
  delayMs: number;
  /** The first matching `error` or `drop` rule, in creation order. */
  terminal?: FaultRule;
}

/** The set of active rules of one app. */
export interface FaultRules {
  /** Number of rules (0: the dispatcher skips fault handling entirely). */
  readonly size: number;
  /** Bumped on every change (add, remove, a count going down), so persistence knows when to save. */
  readonly version: number;
  add(rule: Omit<FaultRule, "id" | "hits" | "createdAt">, now: number): Awaitable<FaultRule>;
  remove(id: string): Awaitable<boolean>;
  clear(): Awaitable<void>;
  /** Active rules, oldest first (expired ones are dropped first). */
  list(now: number): Awaitable<FaultRule[]>;
  /** Matches a call and counts it against the matching rules. `operation` is read only when a rule names one. */
  match(vendor: string, operation: () => string | undefined, now: number, random?: () => number): Awaitable<FaultVerdict>;
  /** Replaces every rule (restore from a data dir). */
  restore(rules: FaultRule[]): void;
}

/** The in-memory rule set: everything answers at once. */
export interface MemoryFaultRules extends FaultRules {
  add(rule: Omit<FaultRule, "id" | "hits" | "createdAt">, now: number): FaultRule;
  remove(id: string): boolean;
  clear(): void;
  list(now: number): FaultRule[];
  match(vendor: string, operation: () => string | undefined, now: number, random?: () => number): FaultVerdict;
}

/**
 * A delay in ms for a latency spec: the fixed value, or a uniform draw in `[min, max]`.
 *
 * @example
 * delayFor({ min: 100, max: 300 }, () => 0.5) // 200
 */
export function delayFor(spec: LatencySpec | undefined, random: () => number = Math.random): number {
  if (spec === undefined) return 0;
  if (typeof spec === "number") return spec;
  return Math.round(spec.min + (spec.max - spec.min) * random());
}

/**
 * Creates an empty rule set.
 *
 * @example
 * const faults = createFaultRules();
 * faults.add({ vendor: "polyv", operation: "createLotteryActivity", kind: "error", error: "undefinedError", remaining: 2 }, Date.now());
 * faults.match("polyv", () => "createLotteryActivity", Date.now()).terminal?.error // "undefinedError"
 */
export function createFaultRules(): MemoryFaultRules {
  let rules: FaultRule[] = [];
  let counter = 0;
  let version = 0;
  const prune = (now: number) => {
    const before = rules.length;
    rules = rules.filter((r) => (r.expiresAt === undefined || now < r.expiresAt) && (r.remaining === undefined || r.remaining > 0));
    if (rules.length !== before) version++;
  };
  return {
    get size() {
      return rules.length;
    },
    get version() {
      return version;
    },
    add(input, now) {
      const rule: FaultRule = { ...input, id: `f${++counter}`, hits: 0, createdAt: now };
      rules.push(rule);
      version++;
      return rule;
    },
    remove(id) {
      const before = rules.length;
      rules = rules.filter((r) => r.id !== id);
      if (rules.length === before) return false;
      version++;
      return true;
    },
    clear() {
      if (rules.length > 0) version++;
      rules = [];
    },
    list(now) {
      prune(now);
      return rules.map((r) => ({ ...r }));
    },
    match(vendor, operation, now, random = Math.random) {
      prune(now);
      const verdict: FaultVerdict = { delayMs: 0 };
      let op: string | undefined | null = null;
      for (const rule of rules) {
        if (rule.vendor !== vendor) continue;
        if (rule.operation !== undefined) {
          if (op === null) op = operation();
          if (rule.operation !== op) continue;
        }
        if (rule.kind === "latency") verdict.delayMs += delayFor(rule.latencyMs, random);
        else if (verdict.terminal) continue;
        else verdict.terminal = rule;
        rule.hits++;
        if (rule.remaining !== undefined) rule.remaining--;
        version++;
      }
      prune(now);
      return verdict;
    },
    restore(saved) {
      rules = saved.map((r) => ({ ...r }));
      counter = rules.reduce((max, r) => Math.max(max, Number(r.id.slice(1)) || 0), counter);
      version++;
    },
  };
}
