/**
 * The Redis connection replicas share (`livemock serve --store redis://host:6379/0`): one command
 * connection, one subscriber connection for the replicas' events, the health of the link, and the
 * small primitives the shared parts build on (scripts, leases, events, wiping per-environment
 * counters). Commands never queue while Redis is away: they fail at once (or after
 * {@link COMMAND_TIMEOUT_MS}) with a {@link StoreUnavailableError}, and ioredis reconnects by itself.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { StoreUnavailableError } from "../unavailable.ts";

/** How long one Redis command may take before the call is answered with the store's error. */
export const COMMAND_TIMEOUT_MS = 2000;

/** How long a replica waits for Redis at start before giving up. */
export const CONNECT_TIMEOUT_MS = 10_000;

export { StoreUnavailableError };

/** An event one replica sends to all (itself included). */
export type SharedEvent = { type: "reset" } | { type: "settings" } | { type: "faults" } | { type: "reconnected" };

/** A lease held by one replica: it renews it while alive; another takes it over once it lapses. */
export interface Lease {
  readonly name: string;
  /** Extends the lease by its ttl; false when it was lost (expired and taken by another replica). */
  renew(): Promise<boolean>;
  /** Gives it up (only if still held). */
  release(): Promise<void>;
}

/** The shared backend every shared part of a replica uses. */
export interface SharedBackend {
  /** `redis://host:port/db`, without a password: for messages and the health check. */
  readonly description: string;
  /** The command connection. */
  readonly redis: Redis;
  /** Every key livemock writes starts with this (`livemock:`). */
  readonly prefix: string;
  /** True while the command connection is ready. */
  readonly up: boolean;
  /** This replica's id (in leases and events). */
  readonly replicaId: string;
  /** Resolves once Redis answers (rejects after `timeoutMs`). */
  connected(timeoutMs?: number): Promise<void>;
  /**
   * Takes the named lease for `ttlMs` if nobody holds it (SET NX PX): the primitive for anything one
   * replica must do alone (playing a room, initialising the environment). Resolves undefined when
   * another replica holds it.
   *
   * @example
   * const lease = await backend.acquireLease("room:4854808", 5000);
   * if (lease) setInterval(() => void lease.renew(), 2000);
   */
  acquireLease(name: string, ttlMs: number): Promise<Lease | undefined>;
  /** Sends an event to every replica (itself included). */
  publish(event: SharedEvent): Promise<void>;
  /** Calls `handler` for each event, and with `{ type: "reconnected" }` (this replica only) after a reconnect: events may have been missed, Redis may have come back empty. */
  onEvent(handler: (event: SharedEvent) => void): void;
  /** Deletes every key under `prefix + namespace` (SCAN + UNLINK). */
  wipe(namespace: string): Promise<void>;
  /** Runs `work`, turning a connection failure into a {@link StoreUnavailableError}. */
  call<T>(work: (redis: Redis) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `redis://user:secret@host:6379/0` -> `redis://host:6379/0`. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}`;
  } catch {
    return "redis";
  }
}

/** What ioredis says when the link, not the command, failed. */
const LINK_FAILURE = /Connection is closed|Stream isn't writeable|Command timed out|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|MaxRetriesPerRequest|LOADING|connection/i;

const RELEASE_LUA = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";
const RENEW_LUA = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end";

/**
 * Connects to Redis (lazily: call `connected()` before the first command).
 *
 * @example
 * const backend = connectRedisBackend("redis://127.0.0.1:6379/0");
 * await backend.connected();
 */
export function connectRedisBackend(url: string, options: { prefix?: string } = {}): SharedBackend {
  const description = describeUrl(url);
  const prefix = options.prefix ?? "livemock:";
  const replicaId = randomUUID();
  const common = {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2000,
    retryStrategy: (times: number) => Math.min(100 * times, 1000),
  };
  const redis = new Redis(url, common);
  // The subscriber queues its SUBSCRIBE until it is connected, and resubscribes after a reconnect.
  const sub = new Redis(url, { ...common, enableOfflineQueue: true, commandTimeout: undefined, maxRetriesPerRequest: null });
  const channel = `${prefix}events`;
  const handlers: ((event: SharedEvent) => void)[] = [];
  let lastError = "";
  let wasDown = false;
  redis.on("error", (error: Error) => {
    if (error.message !== lastError) console.error(`livemock: store ${description}: ${error.message}`);
    lastError = error.message;
  });
  sub.on("error", () => {});
  redis.on("close", () => {
    wasDown = true;
  });
  redis.on("ready", () => {
    if (lastError || wasDown) console.error(`livemock: store ${description}: connected again`);
    lastError = "";
    if (wasDown) for (const handler of handlers) handler({ type: "reconnected" });
    wasDown = false;
  });
  sub.on("message", (_channel: string, message: string) => {
    let event: SharedEvent;
    try {
      event = JSON.parse(message) as SharedEvent;
    } catch {
      return;
    }
    for (const handler of handlers) handler(event);
  });
  redis.defineCommand("livemockRenew", { numberOfKeys: 1, lua: RENEW_LUA });
  redis.defineCommand("livemockRelease", { numberOfKeys: 1, lua: RELEASE_LUA });

  const unavailable = (error: unknown) => new StoreUnavailableError(`store ${description} is unavailable: ${error instanceof Error ? error.message : String(error)}`);
  const call = async <T>(work: (client: Redis) => Promise<T>): Promise<T> => {
    if (redis.status !== "ready") throw unavailable(new Error(`connection ${redis.status}`));
    try {
      return await work(redis);
    } catch (error) {
      // Lost connections and timeouts name the store; anything else (a script or livemock bug) stays what it is.
      if (redis.status !== "ready" || (error instanceof Error && LINK_FAILURE.test(error.message))) throw unavailable(error);
      throw error;
    }
  };

  let connecting: Promise<void> | undefined;
  const backend: SharedBackend = {
    description,
    redis,
    prefix,
    replicaId,
    get up() {
      return redis.status === "ready";
    },
    connected(timeoutMs = CONNECT_TIMEOUT_MS) {
      connecting ??= new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new StoreUnavailableError(`store ${description}: no answer within ${timeoutMs} ms (${lastError || "not reachable"})`)), timeoutMs);
        redis.once("ready", () => {
          clearTimeout(timer);
          resolve();
        });
        redis.connect().catch(() => {}); // retried by ioredis; the timer reports a lasting failure
        sub.connect().catch(() => {});
        void sub.subscribe(channel).catch(() => {});
      });
      return connecting;
    },
    async acquireLease(name, ttlMs) {
      const key = `${prefix}lease:${name}`;
      const token = `${replicaId}:${randomUUID()}`;
      const got = await call((r) => r.set(key, token, "PX", ttlMs, "NX"));
      if (got !== "OK") return undefined;
      return {
        name,
        renew: async () => (await call((r) => (r as unknown as LeaseCommands).livemockRenew(key, token, ttlMs))) === 1,
        release: async () => {
          await call((r) => (r as unknown as LeaseCommands).livemockRelease(key, token));
        },
      };
    },
    async publish(event) {
      await call((r) => r.publish(channel, JSON.stringify(event)));
    },
    onEvent(handler) {
      handlers.push(handler);
    },
    async wipe(namespace) {
      await call(async (r) => {
        let cursor = "0";
        do {
          const [next, keys] = await r.scan(cursor, "MATCH", `${prefix}${namespace}*`, "COUNT", 1000);
          cursor = next;
          if (keys.length > 0) await r.unlink(...keys);
        } while (cursor !== "0");
      });
    },
    call,
    async close() {
      redis.disconnect();
      sub.disconnect();
    },
  };
  return backend;
}

interface LeaseCommands {
  livemockRenew(key: string, token: string, ttlMs: number): Promise<number>;
  livemockRelease(key: string, token: string): Promise<number>;
}
