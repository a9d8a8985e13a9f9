/**
 * Live rooms: one live of one vendor (a Polyv channel, a Xiaoe `alive_id`, a Volcengine activity)
 * that plays itself on the mock clock. The core (src/mock/rooms/) owns the crowd (simulated viewers
 * arriving, watching, commenting, liking, signing in, sharing, leaving), the timeline, the event log,
 * the control plane and persistence. A vendor owns what the crowd does to its marketing objects
 * (tasks completed, lotteries drawn, red packets grabbed) through one {@link RoomDriver}, exposed by
 * its module as `VendorBehaviour.rooms`. The core never names a vendor.
 */

import type { Faker } from "@faker-js/faker";
import type { Awaitable } from "../../util/awaitable.ts";

/** Every event a room records, in the order it happened. */
export const ROOM_EVENT_TYPES = [
  "room.started",
  "room.ended",
  "viewer.joined",
  "viewer.left",
  "comment",
  "like",
  "sign-in",
  "share",
  "task.completed",
  "lottery.drawn",
  "lottery.won",
  "redpacket.sent",
  "redpacket.grabbed",
  "redpacket.ended",
  "callback.delivered",
] as const;

export type RoomEventType = (typeof ROOM_EVENT_TYPES)[number];

/** The crowd's own moves, which the core generates and hands to the driver. */
export type CrowdEventType = "viewer.joined" | "viewer.left" | "comment" | "like" | "sign-in" | "share";

/** A simulated viewer, in the vendor's shape (ids, names and avatars as the vendor shows them). */
export interface RoomViewer {
  /** 0-based position in the room's crowd (stable for a seed and scenario). */
  readonly index: number;
  /** The vendor's viewer id (`viewerId`, `user_id`, `UserId`), as a string. */
  readonly id: string;
  readonly nickname: string;
  readonly avatar: string;
  /** Vendor-specific fields the driver wants to keep with the viewer (JSON-serialisable). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** The vendor object an event touched: `{ kind: "lottery", id: "20521" }` (`kind` as the vendor's store names it). */
export interface RoomObjectRef {
  readonly kind: string;
  readonly id: string | number;
}

/** One event of a room's log. */
export interface RoomEvent {
  /** Position in the room's log, from 1. */
  readonly seq: number;
  /** Mock time (epoch ms). */
  readonly at: number;
  readonly type: RoomEventType;
  readonly roomId: string;
  readonly vendor: string;
  /** The live as the vendor names it (channel id, alive_id, ActivityId), as a string. */
  readonly live: string;
  /** The credential (app id, access key) that owns the live. */
  readonly owner: string;
  readonly viewerId?: string;
  /** The vendor object the event touched. */
  readonly object?: RoomObjectRef;
  /** Event details (comment text, watched minutes, prize, amount, the grabs of an ended red packet...). JSON-serialisable. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** What a driver emits: the core adds seq, room, vendor, live and owner (and `at` = the input's time when absent). */
export type EmittedEvent = Omit<RoomEvent, "seq" | "roomId" | "vendor" | "live" | "owner" | "at"> & { at?: number };

/** One input the driver handles, in time order. */
export type RoomInput =
  /** A crowd move. `text` is the comment's text. */
  | { readonly kind: "crowd"; readonly at: number; readonly type: CrowdEventType; readonly viewer: RoomViewer; readonly text?: string }
  /** A host's move (`draw-lottery`, `send-red-packet`, ...): scheduled in the scenario or posted to `/rooms/{id}/actions`. */
  | { readonly kind: "action"; readonly at: number; readonly action: string; readonly params: Readonly<Record<string, unknown>> }
  /** A timer the driver set with {@link RoomHandle.schedule} (`payload` as given). */
  | { readonly kind: "timer"; readonly at: number; readonly payload: unknown }
  /** The room starts (first input) or ends (last input). */
  | { readonly kind: "start" | "end"; readonly at: number };

/** A deterministic random source of one room (seeded by the app's seed and the room id). */
export interface RoomRandom {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  /** A faker instance drawing from the same sequence (names, avatars, texts). */
  readonly faker: Faker;
}

/** What the driver sees of a room while handling its inputs. */
export interface RoomHandle {
  readonly id: string;
  readonly vendor: string;
  readonly live: string;
  readonly owner: string;
  /** The scenario as posted (core fields and the vendor's own), validated. */
  readonly scenario: Readonly<RoomScenario>;
  readonly startedAt: number;
  /** When the room ends (startedAt + durationMinutes). */
  readonly endsAt: number;
  /** The driver's per-room memory (JSON-serialisable: persisted with `--data-dir`). Starts as `{}`. */
  memory: Record<string, unknown>;
  readonly random: RoomRandom;
  /** Viewers in the room right now, by id. */
  readonly online: ReadonlyMap<string, RoomViewer>;
  /** Every viewer who has joined so far, by id. */
  readonly seen: ReadonlyMap<string, RoomViewer>;
  /** Records an event in the room's log (and hands it to the listeners: dashboard, callbacks). */
  emit(event: EmittedEvent): void;
  /** Asks for a `timer` input at mock time `at` (not before the current input). */
  schedule(at: number, payload: unknown): void;
}

/** A host's move the driver accepts on `POST /__livemock/rooms/{id}/actions`, beside the core's `end`. */
export interface RoomAction {
  /** What it does, for the control plane's errors and the docs. */
  readonly summary: string;
  /** Checks the action's parameters: a reason when they are wrong. */
  check(params: Readonly<Record<string, unknown>>, room: RoomHandle): string | undefined;
}

/** The scenario fields the core reads; a vendor's driver may read more (`driver.scenarioFields`). */
export interface RoomScenario {
  /** How many viewers come in all (default 200). */
  viewers: number;
  /** Length of the live in minutes (default 90). */
  durationMinutes: number;
  /** How arrivals spread: `front` (most in the first quarter, default), `uniform`, or `burst` (all in the first minute). */
  arrival: "front" | "uniform" | "burst";
  /** Mean watch time in minutes (exponential around it, cut at the room's end; default 30). */
  watchMinutes: number;
  /** Comments per viewer per hour watched (default 2). */
  commentsPerHour: number;
  /** Likes per viewer per hour watched (default 6). */
  likesPerHour: number;
  /** Share of viewers who sign in, 0..1 (default 0.6), a few minutes after joining. */
  signInRate: number;
  /** Share of viewers who share the live, 0..1 (default 0.05). */
  shareRate: number;
  /** Host moves at given minutes: `[{ "atMinute": 30, "action": "draw-lottery", "lotteryId": 20521 }]`. */
  schedule: { atMinute: number; action: string; [param: string]: unknown }[];
  /** Vendor-specific fields, as the driver's `scenarioFields` names them. */
  [field: string]: unknown;
}

/**
 * A vendor's part of live rooms: which lives exist, what its viewers look like, and what the
 * crowd's moves do to its marketing objects. Called in time order, one input at a time, between a
 * `prepare` (read the live's objects from the store) and a `commit` (write what happened) per step,
 * so a step costs two store transactions however many events it plays.
 */
export interface RoomDriver {
  /** How the vendor names a live (`channelId`, `alive_id`, `ActivityId`), for the control plane's messages. */
  readonly liveField: string;
  /** Vendor-specific scenario fields and their one-line meaning (validated by `check`). */
  readonly scenarioFields?: Readonly<Record<string, string>>;
  /** Checks the vendor-specific scenario fields: a reason when they are wrong. */
  checkScenario?(scenario: Readonly<Record<string, unknown>>): string | undefined;
  /** The owner of a live, or undefined when no accepted credential has it (a 400 on the control plane). */
  findLive(live: string): Awaitable<{ owner: string; live: string; title?: string } | undefined>;
  /** The `index`-th viewer of a room, in the vendor's shape, drawn from `random` (deterministic). */
  viewer(index: number, random: RoomRandom): RoomViewer;
  /** Lives `livemock serve --demo` starts a room on (the vendor's doc and demo lives). */
  readonly demoLives?: readonly string[];
  /** Host moves the driver accepts (`draw-lottery`, `send-red-packet`, ...). */
  readonly actions: Readonly<Record<string, RoomAction>>;
  /** Loads what the step needs from the store into `room.memory` (the live's tasks, lotteries, red packets). */
  prepare(room: RoomHandle): Awaitable<void>;
  /** Handles one input: updates `room.memory`, emits events, schedules timers. Synchronous. */
  handle(input: RoomInput, room: RoomHandle): void;
  /** Writes what the step produced (completions, winners, grabs) to the store. */
  commit(room: RoomHandle): Awaitable<void>;
  /** A short live view for the dashboard: each task's progress, lottery winners, red-packet grabs. */
  view?(room: RoomHandle): Record<string, unknown>;
}

/** A room as the control plane shows it. */
export interface RoomSummary {
  id: string;
  vendor: string;
  live: string;
  owner: string;
  state: "scheduled" | "playing" | "ended";
  viewersOnline: number;
  viewersTotal: number;
  startAt: number;
  startedAt?: number;
  endsAt: number;
  endedAt?: number;
  /** Mock time the room has been played up to. */
  playedTo: number;
  eventsTotal: number;
  scenario: RoomScenario;
}

/** Listens to every room's events as they are recorded (callbacks, the dashboard). */
export type RoomEventListener = (event: RoomEvent) => void;

/** Subscribes to room events. */
export interface RoomEventBus {
  /** Adds a listener; returns its removal. */
  subscribe(listener: RoomEventListener): () => void;
  /** Hands an event to every listener (the rooms engine calls it). */
  publish(event: RoomEvent): void;
}

/**
 * Creates an event bus.
 *
 * @example
 * const bus = createRoomEventBus();
 * const stop = bus.subscribe((event) => console.log(event.type));
 */
export function createRoomEventBus(): RoomEventBus {
  const listeners = new Set<RoomEventListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(event) {
      for (const listener of listeners) listener(event);
    },
  };
}
