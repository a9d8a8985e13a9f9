/**
 * The rooms engine: starts rooms on the vendors' lives, plays them on the mock clock (in time order,
 * in chunks that yield to the event loop so vendor calls are never held up), keeps their logs,
 * answers the control plane and saves everything for `--data-dir`. Vendor knowledge stays in each
 * vendor's {@link RoomDriver}.
 */
import TinyQueue from "tinyqueue";
import type { Awaitable } from "../../util/awaitable.ts";
import type { PersistedPart } from "../admin/control.ts";
import type { MockContext } from "../core/context.ts";
import type { VendorModule } from "../core/vendor.ts";
import { arrivals, type CrowdMove, commentText, nextRepeat, planViewer } from "./crowd.ts";
import { createEventLog, type EventLog, type EventQuery, type SavedLog } from "./event-log.ts";
import { roomRandom, type SavedRandom, seedOf } from "./room-random.ts";
import { parseScenario } from "./scenario.ts";
import type { EmittedEvent, RoomDriver, RoomEvent, RoomHandle, RoomInput, RoomScenario, RoomSummary, RoomViewer } from "./types.ts";

const MINUTE = 60_000;
/** Longest a slice of play runs before it yields to the event loop (ms of real time): short, so vendor calls waiting meanwhile are answered at about half their full speed during a long advance. */
const CHUNK_BUDGET_MS = 0.5;
/** How often a long play writes what it produced so far (ms of real time): results show as they happen. */
const COMMIT_EVERY_MS = 50;
/** Rooms kept (ended ones are forgotten first). */
const MAX_ROOMS = 200;

/** What the queue holds: a crowd move, a host action, a driver's timer, the start or the end. */
type Queued = CrowdMove | { kind: "action"; action: string; params: Record<string, unknown> } | { kind: "timer"; payload: unknown } | { kind: "start" } | { kind: "end" };
interface Item {
  at: number;
  order: number;
  what: Queued;
}
const byTimeThenOrder = (a: Item, b: Item) => a.at - b.at || a.order - b.order;

interface OnlineViewer {
  viewer: RoomViewer;
  joinedAt: number;
  leaveAt: number;
  random: SavedRandom;
}

/** What a room is, in memory and saved alike. */
interface RoomFields {
  id: string;
  vendor: string;
  live: string;
  owner: string;
  scenario: RoomScenario;
  seed: number;
  startAt: number;
  endsAt: number;
  state: RoomSummary["state"];
  startedAt?: number;
  endedAt?: number;
  playedTo: number;
  /** The next queue position (ties in time are played in queue order). */
  order: number;
  memory: Record<string, unknown>;
}

interface Room extends RoomFields {
  queue: TinyQueue<Item>;
  random: SavedRandom;
  online: Map<string, OnlineViewer>;
  onlineViewers: Map<string, RoomViewer>;
  seen: Map<string, RoomViewer>;
  log: EventLog;
  driver: RoomDriver;
  handle: RoomHandle;
  /** The input being handled (the default time of what it emits). */
  now: number;
  /** Plays are serialised per room. */
  playing: Promise<void>;
}

/** The saved form of a room. */
interface SavedRoom extends RoomFields {
  queue: Item[];
  random: number[];
  online: { viewer: RoomViewer; joinedAt: number; leaveAt: number; random: number[] }[];
  seen: RoomViewer[];
  log: SavedLog;
}

/** A room with its vendor view, event counts and viewers online per minute. */
export type RoomDetail = RoomSummary & { view: Record<string, unknown>; counts: Record<string, number>; series: readonly (readonly [number, number])[] };

/** A refusal of the control plane: status and reason. */
export interface RoomRefusal {
  ok: false;
  status: 400 | 404 | 409;
  message: string;
}

/** The rooms of one app. */
export interface Rooms {
  /** Starts a room (`POST /__livemock/rooms`). */
  create(input: Record<string, unknown>): Promise<{ ok: true; room: RoomSummary } | RoomRefusal>;
  list(): Awaitable<RoomSummary[]>;
  /** One room with its vendor view (tasks, winners, grabs). */
  get(id: string): Awaitable<RoomDetail | undefined>;
  events(id: string, query: EventQuery): Awaitable<{ events: RoomEvent[]; lastSeq: number; dropped: number } | undefined>;
  /** A host move (`POST /__livemock/rooms/{id}/actions`), played at the current mock time. */
  act(id: string, input: Record<string, unknown>): Promise<{ ok: true; room: RoomSummary } | RoomRefusal>;
  /** Ends a room now (`DELETE /__livemock/rooms/{id}`). */
  end(id: string): Promise<{ ok: true; room: RoomSummary } | RoomRefusal>;
  /** Plays every room up to `now`; true while some room has future work. */
  playTo(now: number): Promise<boolean>;
  /** Starts a room on each vendor's demo lives (`livemock serve --demo`). */
  startDemo(scenario?: Record<string, unknown>): Promise<RoomSummary[]>;
  /** Saved with `--data-dir`, cleared by reset. */
  readonly part: PersistedPart;
}

/** What {@link createRooms} needs. */
export interface RoomsOptions {
  context: MockContext;
  vendors: readonly VendorModule[];
  /**
   * Called after rooms changed (the data directory checkpoints): `urgent` after a control-plane
   * move (start, action, end), not urgent after the ticker played (the caller may throttle those).
   */
  changed?: (urgent: boolean) => void;
}

const summary = (room: Room): RoomSummary => ({
  id: room.id,
  vendor: room.vendor,
  live: room.live,
  owner: room.owner,
  state: room.state,
  viewersOnline: room.online.size,
  viewersTotal: room.seen.size,
  startAt: room.startAt,
  ...(room.startedAt === undefined ? {} : { startedAt: room.startedAt }),
  endsAt: room.endsAt,
  ...(room.endedAt === undefined ? {} : { endedAt: room.endedAt }),
  playedTo: room.playedTo,
  eventsTotal: room.log.lastSeq,
  scenario: room.scenario,
});

/** A room's state read through a call, so a loop sees what `step` changed. */
const hasEnded = (room: Room) => room.state === "ended";
const refuse = (status: RoomRefusal["status"], message: string): RoomRefusal => ({ ok: false, status, message });
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Creates the rooms engine of an app. It follows the app's timeline: every clock move plays the
 * rooms up to the new time.
 *
 * @example
 * const rooms = createRooms({ context, vendors });
 * await rooms.create({ vendor: "polyv", live: 4854808, viewers: 200 });
 */
export function createRooms(options: RoomsOptions): Rooms {
  const { context, vendors } = options;
  const drivers = new Map(vendors.flatMap((v) => (v.rooms ? [[v.name, v.rooms] as const] : [])));
  const rooms = new Map<string, Room>();
  let counter = 0;

  const push = (room: Room, at: number, what: Queued) => room.queue.push({ at, order: room.order++, what });

  const emit = (room: Room, event: EmittedEvent) => {
    const full: RoomEvent = { ...event, at: event.at ?? room.now, seq: room.log.lastSeq + 1, roomId: room.id, vendor: room.vendor, live: room.live, owner: room.owner };
    room.log.append(full);
    context.roomEvents.publish(full);
  };

  const build = (fields: Omit<Room, "queue" | "online" | "onlineViewers" | "seen" | "log" | "handle" | "now" | "playing" | "random">, saved?: SavedRoom): Room => {
    const room = {
      ...fields,
      queue: new TinyQueue<Item>(saved ? [...saved.queue] : [], byTimeThenOrder),
      random: roomRandom(fields.seed, saved?.random),
      online: new Map<string, OnlineViewer>(),
      onlineViewers: new Map<string, RoomViewer>(),
      seen: new Map((saved?.seen ?? []).map((v) => [v.id, v])),
      log: createEventLog(saved?.log),
      now: fields.playedTo,
      playing: Promise.resolve(),
    } as Room;
    for (const o of saved?.online ?? []) {
      room.online.set(o.viewer.id, { viewer: o.viewer, joinedAt: o.joinedAt, leaveAt: o.leaveAt, random: roomRandom(0, o.random) });
      room.onlineViewers.set(o.viewer.id, o.viewer);
    }
    room.handle = {
      id: room.id,
      vendor: room.vendor,
      live: room.live,
      owner: room.owner,
      scenario: room.scenario,
      get startedAt() {
        return room.startedAt ?? room.startAt;
      },
      endsAt: room.endsAt,
      get memory() {
        return room.memory;
      },
      set memory(value) {
        room.memory = value;
      },
      random: room.random,
      online: room.onlineViewers,
      seen: room.seen,
      emit: (event) => emit(room, event),
      schedule: (at, payload) => push(room, Math.max(at, room.now), { kind: "timer", payload }),
    };
    return room;
  };

  /** Records a crowd move (with the vendor's data for it) and hands it to the driver. */
  const crowd = (room: Room, input: Extract<RoomInput, { kind: "crowd" }>, data?: Record<string, unknown>) => {
    const extra = room.driver.crowdData?.(input, room.handle);
    const merged = extra || data ? { ...data, ...(input.text === undefined ? {} : { text: input.text }), ...extra } : input.text === undefined ? undefined : { text: input.text };
    emit(room, { type: input.type, viewerId: input.viewer.id, ...(merged ? { data: merged } : {}) });
    room.driver.handle(input, room.handle);
  };

  const leave = (room: Room, viewerId: string, at: number) => {
    const present = room.online.get(viewerId);
    if (!present) return;
    room.online.delete(viewerId);
    room.onlineViewers.delete(viewerId);
    crowd(room, { kind: "crowd", at, type: "viewer.left", viewer: present.viewer }, { watchedMs: at - present.joinedAt });
  };

  /** Plays one queued item at its time. */
  const step = (room: Room, item: Item) => {
    const { at, what } = item;
    room.now = at;
    switch (what.kind) {
      case "start": {
        room.state = "playing";
        room.startedAt = at;
        emit(room, { type: "room.started", data: { viewers: room.scenario.viewers, durationMinutes: room.scenario.durationMinutes } });
        room.driver.handle({ kind: "start", at }, room.handle);
        const offsets = arrivals(room.scenario, room.random);
        for (const [index, offset] of offsets.entries()) push(room, at + offset, { kind: "join", index });
        for (const entry of room.scenario.schedule) {
          const { atMinute, action, ...params } = entry;
          push(room, at + Math.round(atMinute * MINUTE), action === "end" ? { kind: "end" } : { kind: "action", action, params });
        }
        push(room, room.endsAt, { kind: "end" });
        return;
      }
      case "join": {
        const viewer = room.driver.viewer(what.index, room.random);
        if (room.online.has(viewer.id)) return;
        const random = roomRandom(seedOf(room.seed, "viewer", what.index));
        const plan = planViewer(viewer.id, at, room.endsAt, room.scenario, random);
        room.online.set(viewer.id, { viewer, joinedAt: at, leaveAt: plan.leaveAt, random });
        room.onlineViewers.set(viewer.id, viewer);
        room.seen.set(viewer.id, viewer);
        crowd(room, { kind: "crowd", at, type: "viewer.joined", viewer });
        for (const move of plan.moves) push(room, move.at, move.move);
        return;
      }
      case "leave":
        return leave(room, what.viewerId, at);
      case "comment":
      case "like": {
        const present = room.online.get(what.viewerId);
        if (!present) return;
        crowd(
          room,
          what.kind === "comment" ? { kind: "crowd", at, type: "comment", viewer: present.viewer, text: commentText(present.random) } : { kind: "crowd", at, type: "like", viewer: present.viewer },
        );
        const next = nextRepeat(what.kind, at, room.scenario, present.random);
        if (next !== undefined && next < present.leaveAt) push(room, next, what);
        return;
      }
      case "sign-in":
      case "share": {
        const present = room.online.get(what.viewerId);
        if (present) crowd(room, { kind: "crowd", at, type: what.kind, viewer: present.viewer });
        return;
      }
      case "action":
        room.driver.handle({ kind: "action", at, action: what.action, params: what.params }, room.handle);
        return;
      case "timer":
        room.driver.handle({ kind: "timer", at, payload: what.payload }, room.handle);
        return;
      case "end": {
        if (room.state === "ended") return;
        for (const viewerId of [...room.online.keys()]) leave(room, viewerId, at);
        room.driver.handle({ kind: "end", at }, room.handle);
        finish(room, at);
        return;
      }
    }
  };

  /** Ends a room at `at`: nothing left to play, `room.ended` recorded (with the reason when it failed). */
  const finish = (room: Room, at: number, error?: string) => {
    room.state = "ended";
    room.endedAt = at;
    room.online.clear();
    room.onlineViewers.clear();
    room.queue = new TinyQueue<Item>([], byTimeThenOrder);
    emit(room, { type: "room.ended", data: error === undefined ? { viewersTotal: room.seen.size } : { viewersTotal: room.seen.size, error } });
  };
  const stopWithError = (room: Room, error: unknown) => finish(room, room.now, `the room stopped: ${(error as Error)?.message ?? String(error)}`);

  /**
   * Plays a room up to `target`: one `prepare` (the live's objects as they are now), then slices of
   * a few ms, each followed by a yield to the event loop (vendor calls are answered between slices),
   * with a `commit` every {@link COMMIT_EVERY_MS} and at the end (results show as they happen).
   */
  const play = async (room: Room, target: number): Promise<boolean> => {
    const first = room.queue.peek();
    if (room.state === "ended" || !first || first.at > target) {
      room.playedTo = Math.max(room.playedTo, room.state === "ended" ? (room.endedAt ?? target) : target);
      return false;
    }
    let changed = false;
    try {
      await room.driver.prepare(room.handle);
      let committed = performance.now();
      while (!hasEnded(room)) {
        const next = room.queue.peek();
        if (!next || next.at > target) break;
        const began = performance.now();
        let count = 0;
        for (let item = room.queue.peek(); item && item.at <= target && !hasEnded(room); item = room.queue.peek()) {
          room.queue.pop();
          step(room, item);
          room.log.sample(item.at, room.online.size);
          changed = true;
          if (++count % 16 === 0 && performance.now() - began > CHUNK_BUDGET_MS) break;
        }
        if (performance.now() - committed > COMMIT_EVERY_MS) {
          await room.driver.commit(room.handle);
          committed = performance.now();
        }
        await yieldToEventLoop();
      }
      await room.driver.commit(room.handle);
    } catch (error) {
      // A failing driver (or store) ends its room with the reason, instead of failing every later play.
      stopWithError(room, error);
      changed = true;
    }
    room.playedTo = Math.max(room.playedTo, hasEnded(room) ? (room.endedAt ?? target) : target);
    return changed;
  };

  const playRoom = (room: Room, target: number): Promise<boolean> => {
    const result = room.playing.then(() => play(room, target));
    room.playing = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  };

  const forgetOld = () => {
    if (rooms.size <= MAX_ROOMS) return;
    for (const [id, room] of rooms) {
      if (rooms.size <= MAX_ROOMS) break;
      if (room.state === "ended") rooms.delete(id);
    }
  };

  const playTo = async (now: number): Promise<boolean> => {
    let busy = false;
    let changed = false;
    for (const room of [...rooms.values()]) {
      if (await playRoom(room, now)) changed = true;
      if (room.state !== "ended") busy = true;
    }
    if (changed) options.changed?.(false);
    return busy;
  };
  context.timeline.follow(playTo);

  const liveText = (live: unknown) => (typeof live === "number" && Number.isSafeInteger(live) ? String(live) : typeof live === "string" ? live.trim() : undefined);

  const create: Rooms["create"] = async (input) => {
    const names = [...drivers.keys()];
    const vendor = input.vendor;
    if (typeof vendor !== "string" || !context.vendorNames.includes(vendor)) return refuse(400, `vendor: must be one of ${names.join(", ")}, got ${JSON.stringify(vendor)}`);
    const driver = drivers.get(vendor);
    if (!driver) return refuse(400, `vendor: ${vendor} has no live rooms; the vendors with rooms are ${names.join(", ")}`);
    const live = liveText(input.live);
    if (!live) return refuse(400, `live: the ${driver.liveField} of a ${vendor} live, as a string or a number; got ${JSON.stringify(input.live)}`);
    const startAtInput = input.startAt;
    const now = context.clock.now();
    const startAt = startAtInput === undefined ? now : typeof startAtInput === "number" ? startAtInput : typeof startAtInput === "string" ? Date.parse(startAtInput) : Number.NaN;
    if (!Number.isFinite(startAt)) return refuse(400, `startAt: epoch ms or ISO 8601, got ${JSON.stringify(startAtInput)}`);
    if (input.seed !== undefined && !Number.isSafeInteger(input.seed)) return refuse(400, `seed: an integer, got ${JSON.stringify(input.seed)}`);
    const parsed = parseScenario(input, driver);
    if (!parsed.ok) return refuse(400, parsed.message);
    const found = await driver.findLive(live);
    if (!found) return refuse(400, `live: no ${vendor} live has ${driver.liveField} ${live} (under any accepted credential)`);
    const playing = [...rooms.values()].find((r) => r.vendor === vendor && r.live === found.live && r.state !== "ended");
    if (playing) return refuse(409, `live: ${vendor} ${driver.liveField} ${found.live} already has room ${playing.id} (${playing.state}); end it first (DELETE /__livemock/rooms/${playing.id})`);
    const id = `room-${++counter}`;
    const seed = typeof input.seed === "number" ? input.seed : seedOf(context.seed, vendor, found.live, counter);
    // A start in the past plays the time already gone at once: a live "already in progress".
    const begin = startAt;
    const room = build({
      id,
      vendor,
      live: found.live,
      owner: found.owner,
      scenario: parsed.scenario,
      seed,
      startAt: begin,
      endsAt: begin + Math.round(parsed.scenario.durationMinutes * MINUTE),
      state: "scheduled",
      playedTo: Math.min(now, begin),
      order: 0,
      memory: {},
      driver,
    });
    for (const [i, entry] of parsed.scenario.schedule.entries()) {
      const { atMinute: _at, action, ...params } = entry;
      const problem = action === "end" ? undefined : driver.actions[action]?.check(params, room.handle);
      if (problem) return refuse(400, `schedule.${i}: ${problem}`);
    }
    push(room, begin, { kind: "start" });
    rooms.set(id, room);
    forgetOld();
    await playRoom(room, context.clock.now());
    options.changed?.(true);
    context.timeline.wake();
    return { ok: true, room: summary(room) };
  };

  const act: Rooms["act"] = async (id, input) => {
    const room = rooms.get(id);
    if (!room) return refuse(404, `no room ${id}`);
    const { action, ...params } = input;
    if (typeof action !== "string") return refuse(400, `action: one of ${["end", ...Object.keys(room.driver.actions)].join(", ")}; got ${JSON.stringify(action)}`);
    if (room.state === "ended") return refuse(409, `room ${id} has ended`);
    const now = context.clock.now();
    await playRoom(room, now);
    if (action === "end") {
      push(room, Math.max(now, room.now), { kind: "end" });
    } else {
      const known = room.driver.actions[action];
      if (!known) return refuse(400, `action: unknown action "${action}"; the actions are ${["end", ...Object.keys(room.driver.actions)].join(", ")}`);
      if (room.state === "scheduled") return refuse(409, `room ${id} has not started yet (it starts at ${new Date(room.startAt).toISOString()})`);
      await room.driver.prepare(room.handle);
      const problem = known.check(params, room.handle);
      if (problem) return refuse(400, problem);
      push(room, Math.max(now, room.now), { kind: "action", action, params });
    }
    await playRoom(room, Math.max(now, room.now));
    options.changed?.(true);
    return { ok: true, room: summary(room) };
  };

  const save = (room: Room): SavedRoom => ({
    id: room.id,
    vendor: room.vendor,
    live: room.live,
    owner: room.owner,
    scenario: room.scenario,
    seed: room.seed,
    startAt: room.startAt,
    endsAt: room.endsAt,
    state: room.state,
    ...(room.startedAt === undefined ? {} : { startedAt: room.startedAt }),
    ...(room.endedAt === undefined ? {} : { endedAt: room.endedAt }),
    playedTo: room.playedTo,
    order: room.order,
    queue: [...room.queue.data.slice(0, room.queue.length)],
    random: room.random.state(),
    online: [...room.online.values()].map((o) => ({ viewer: o.viewer, joinedAt: o.joinedAt, leaveAt: o.leaveAt, random: o.random.state() })),
    seen: [...room.seen.values()],
    memory: room.memory,
    log: room.log.save(),
  });

  const endAll = async () => {
    for (const room of rooms.values()) {
      if (room.state === "ended") continue;
      await room.playing;
      push(room, Math.max(context.clock.now(), room.now), { kind: "end" });
      await playRoom(room, Math.max(context.clock.now(), room.now));
    }
  };

  const part: PersistedPart = {
    name: "rooms",
    save: () => ({ counter, rooms: [...rooms.values()].map(save) }),
    load(saved) {
      const value = saved as { counter: number; rooms: SavedRoom[] };
      counter = value.counter;
      rooms.clear();
      for (const r of value.rooms) {
        const driver = drivers.get(r.vendor);
        if (!driver) continue;
        const { queue: _q, random: _r, online: _o, seen: _s, log: _l, ...fields } = r;
        rooms.set(r.id, build({ ...fields, driver }, r));
      }
      if ([...rooms.values()].some((r) => r.state !== "ended")) context.timeline.wake();
    },
    // Synchronous while no room plays, so that the app's reset stays synchronous over the in-memory store.
    reset: () => {
      const clear = () => {
        rooms.clear();
        counter = 0;
      };
      return [...rooms.values()].every((room) => room.state === "ended") ? clear() : endAll().then(clear);
    },
  };

  return {
    create,
    list: () => [...rooms.values()].map(summary),
    get(id) {
      const room = rooms.get(id);
      if (!room) return undefined;
      return { ...summary(room), view: room.driver.view?.(room.handle) ?? {}, counts: { ...room.log.counts }, series: room.log.series };
    },
    events(id, query) {
      const room = rooms.get(id);
      if (!room) return undefined;
      return { events: room.log.query(query), lastSeq: room.log.lastSeq, dropped: room.log.dropped };
    },
    act,
    end: (id) => act(id, { action: "end" }),
    playTo,
    async startDemo(scenario = {}) {
      const started: RoomSummary[] = [];
      for (const [vendor, driver] of drivers) {
        for (const live of driver.demoLives ?? []) {
          // Started a quarter of an hour ago, so the demo opens on a room already full of viewers.
          const result = await create({ viewers: 300, durationMinutes: 180, arrival: "front", startAt: context.clock.now() - 15 * MINUTE, ...scenario, vendor, live });
          if (result.ok) started.push(result.room);
        }
      }
      return started;
    },
    part,
  };
}
