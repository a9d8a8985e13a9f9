/**
 * Live rooms over a shared store (`--store redis://...`): one replica, the holder of the
 * `rooms:player` lease, plays every room; the others forward the control plane's room calls to it
 * through Redis (a command list and a reply key per call). The holder saves the rooms to Redis after
 * each change; when it dies its lease lapses, another replica takes it, loads the saved rooms and
 * plays on from there. What the rooms write (winners, completions, grabs) goes to the shared store,
 * and each room event is published once, by the holder (so each callback is sent once).
 */
import type { Redis } from "ioredis";
import { throttled } from "../../util/throttled.ts";
import type { Timeline } from "../core/timeline.ts";
import type { SharedBackend } from "../store/redis/backend.ts";
import type { Rooms } from "./engine.ts";

/** How long the player's lease lasts without renewal: a dead holder's rooms resume this long after. */
export const PLAYER_LEASE_MS = 5_000;
const RENEW_EVERY_MS = 1_500;
/** How long a forwarded call waits for the holder's answer. */
const CALL_TIMEOUT_MS = 10_000;
/** At most how often the holder saves its rooms while they play (control-plane changes are saved at once). */
const SAVE_EVERY_MS = 500;

type Operation = "create" | "list" | "get" | "events" | "act" | "end" | "playTo" | "reset";
interface Command {
  id: string;
  op: Operation;
  args: unknown[];
}

/** The shared rooms: the engine's interface, plus what the app wires. */
export interface SharedRooms extends Rooms {
  /** Saves the rooms now (holder) or soon (`urgent` false). */
  saved(urgent: boolean): void;
  /** Stops renewing and serving (the replica is closing). */
  stop(): Promise<void>;
}

/**
 * Wraps a replica's rooms engine so that one replica plays the rooms of a shared environment.
 *
 * @example
 * const rooms = shareRooms(createRooms({ context, vendors }), backend, context.timeline);
 */
export function shareRooms(local: Rooms, backend: SharedBackend, timeline: Timeline): SharedRooms {
  const key = (name: string) => `${backend.prefix}rooms:${name}`;
  let holding = false;
  let lease: Awaited<ReturnType<SharedBackend["acquireLease"]>>;
  let listener: Redis | undefined;
  let stopped = false;
  let counter = 0;

  const save = async () => {
    if (!holding) return;
    await backend.call((r) => r.set(key("state"), JSON.stringify(local.part.save())));
  };
  const saveNow = () => void save().catch(() => undefined);
  const saveSoon = throttled(saveNow, SAVE_EVERY_MS);
  const saved = (urgent: boolean) => {
    if (!holding) return;
    if (urgent) saveNow();
    else saveSoon();
  };

  /** Runs a call on this replica's engine and saves the rooms before answering (forwarded calls are durable). */
  const run = async (op: Operation, args: unknown[]): Promise<unknown> => {
    const value = await apply(op, args);
    if (op !== "list" && op !== "get" && op !== "events") await save();
    return value;
  };

  const apply = (op: Operation, args: unknown[]): Promise<unknown> | unknown => {
    const [a, b] = args as [never, never];
    switch (op) {
      case "create":
        return local.create(a);
      case "list":
        return local.list();
      case "get":
        return local.get(a);
      case "events": {
        const { types, ...query } = b as { types?: string[]; since?: number; limit: number };
        return local.events(a, types ? { ...query, types: new Set(types) } : query);
      }
      case "act":
        return local.act(a, b);
      case "end":
        return local.end(a);
      case "playTo":
        return local.playTo(a);
      case "reset":
        return local.part.reset();
    }
  };

  /** The holder's loop: takes forwarded calls off the list and answers each under its reply key. */
  const serve = async () => {
    listener ??= backend.redis.duplicate();
    while (holding && !stopped) {
      let popped: [string, string] | null = null;
      try {
        popped = await listener.blpop(key("commands"), 1);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
      }
      if (!popped) continue;
      const command = JSON.parse(popped[1]) as Command;
      let reply: unknown;
      try {
        reply = { ok: true, value: await run(command.op, command.args) };
      } catch (error) {
        reply = { ok: false, message: (error as Error).message };
      }
      await backend.call((r) =>
        r
          .multi()
          .rpush(key(`reply:${command.id}`), JSON.stringify(reply ?? null))
          .pexpire(key(`reply:${command.id}`), CALL_TIMEOUT_MS)
          .exec(),
      );
    }
  };

  /** Takes the lease when it is free: loads the saved rooms and starts playing and serving. */
  const claim = async (): Promise<boolean> => {
    if (holding) return true;
    if (stopped) return false;
    lease = await backend.acquireLease("rooms:player", PLAYER_LEASE_MS);
    if (!lease) return false;
    const text = await backend.call((r) => r.get(key("state")));
    if (text) await local.part.load(JSON.parse(text));
    holding = true;
    void serve();
    return true;
  };

  // A clock moved on this replica plays the holder's rooms before the control plane answers.
  // The holder saves what a clock move played before the control plane answers.
  timeline.follow(async (now, moved) => {
    if (!moved || stopped) return false;
    if (holding) await save().catch(() => undefined);
    else await call("playTo", [now]).catch(() => undefined);
    return false;
  });

  const keepUp = setInterval(() => {
    if (stopped) return;
    if (holding && lease) {
      lease
        .renew()
        .then((kept) => {
          if (!kept) holding = false;
        })
        .catch(() => {
          holding = false;
        });
    } else void claim().catch(() => undefined);
  }, RENEW_EVERY_MS);
  keepUp.unref?.();

  /** Runs a call here when this replica holds (or can take) the lease, else on the holder. */
  const call = async <T>(op: Operation, args: unknown[]): Promise<T> => {
    if (await claim()) return (await run(op, args)) as T;
    const id = `${backend.replicaId}-${++counter}`;
    const command: Command = { id, op, args };
    await backend.call((r) => r.rpush(key("commands"), JSON.stringify(command)));
    const deadline = Date.now() + CALL_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const reply = await backend.call((r) => r.lpop(key(`reply:${id}`)));
      if (reply) {
        const parsed = JSON.parse(reply) as { ok: true; value: T } | { ok: false; message: string };
        if (!parsed.ok) throw new Error(parsed.message);
        return parsed.value;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`the replica playing the rooms did not answer within ${CALL_TIMEOUT_MS} ms`);
  };

  return {
    create: (input) => call("create", [input]),
    list: () => call("list", []),
    get: (id) => call("get", [id]),
    events: (id, query) => call("events", [id, { ...query, ...(query.types ? { types: [...query.types] } : {}) }]),
    act: (id, input) => call("act", [id, input]),
    end: (id) => call("end", [id]),
    playTo: (now) => local.playTo(now),
    startDemo: async (scenario) => (holding || (await claim()) ? local.startDemo(scenario) : []),
    part: {
      name: "rooms",
      save: () => local.part.save(),
      load: (value) => local.part.load(value),
      reset: () => call("reset", []),
    },
    saved,
    async stop() {
      stopped = true;
      clearInterval(keepUp);
      if (holding) {
        await save().catch(() => undefined);
        await lease?.release().catch(() => undefined);
      }
      holding = false;
      listener?.disconnect();
    },
  };
}
