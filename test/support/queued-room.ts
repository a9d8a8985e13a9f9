/**
 * A tiny stand-in for the rooms engine, to drive one vendor's RoomDriver directly: inputs in time
 * order (ties in the order they were queued), `prepare` before and `commit` after every step, the
 * driver's timers, the online set, and the event log. No crowd of its own: tests queue crowd moves.
 */

import { roomRandom } from "../../src/mock/rooms/room-random.ts";
import type { EmittedEvent, RoomDriver, RoomHandle, RoomInput, RoomRandom, RoomScenario, RoomViewer } from "../../src/mock/rooms/types.ts";

/** A recorded event (the fields the fake fills). */
export interface FakeEvent extends EmittedEvent {
  at: number;
  seq: number;
}

export interface FakeRoom {
  handle: RoomHandle;
  events: FakeEvent[];
  /** Queues an input (crowd, action, end). */
  push(input: RoomInput): void;
  /** Plays every input up to `to` (inclusive) in one step. */
  playTo(to: number): Promise<void>;
}

/** A room's random source, as the engine seeds it. */
export function fakeRandom(seed: number): RoomRandom {
  return roomRandom(seed);
}

/**
 * A fake room of a driver for a live and owner.
 *
 * @example
 * const room = fakeRoom(driver, { live: "1824920000234844", owner: "AKLTlivemockdemo", startedAt: T0, durationMinutes: 60 });
 * room.push({ kind: "start", at: T0 });
 * await room.playTo(T0 + 60_000);
 */
export function fakeRoom(
  driver: RoomDriver,
  options: {
    live: string;
    owner: string;
    startedAt: number;
    durationMinutes: number;
    seed?: number;
    scenario?: Partial<RoomScenario>;
    /** Copy the memory through JSON after every step, as a restart from `--data-dir` would. */
    roundTripMemory?: boolean;
  },
): FakeRoom {
  const queue: { input: RoomInput; order: number }[] = [];
  let order = 0;
  let now = options.startedAt;
  const events: FakeEvent[] = [];
  const online = new Map<string, RoomViewer>();
  const seen = new Map<string, RoomViewer>();
  const scenario = {
    viewers: 0,
    durationMinutes: options.durationMinutes,
    arrival: "uniform",
    watchMinutes: 30,
    commentsPerHour: 0,
    likesPerHour: 0,
    signInRate: 0,
    shareRate: 0,
    schedule: [],
    ...options.scenario,
  } as RoomScenario;
  const push = (input: RoomInput) => queue.push({ input, order: order++ });
  const handle: RoomHandle = {
    id: "room-1",
    vendor: "fake",
    live: options.live,
    owner: options.owner,
    scenario,
    startedAt: options.startedAt,
    endsAt: options.startedAt + options.durationMinutes * 60_000,
    memory: {},
    random: fakeRandom(options.seed ?? 7),
    online,
    seen,
    emit(event) {
      events.push({ ...event, at: event.at ?? now, seq: events.length + 1 });
    },
    schedule(at, payload) {
      if (at < now) throw new Error(`timer at ${at} before the current input at ${now}`);
      push({ kind: "timer", at, payload });
    },
  };
  return {
    handle,
    events,
    push,
    async playTo(to) {
      await driver.prepare(handle);
      for (;;) {
        queue.sort((a, b) => a.input.at - b.input.at || a.order - b.order);
        const first = queue[0];
        if (!first || first.input.at > to) break;
        queue.shift();
        const input = first.input;
        now = input.at;
        if (input.kind === "crowd") {
          if (input.type === "viewer.joined") {
            online.set(input.viewer.id, input.viewer);
            seen.set(input.viewer.id, input.viewer);
          }
          events.push({ type: input.type, viewerId: input.viewer.id, at: input.at, seq: events.length + 1 });
        }
        driver.handle(input, handle);
        if (input.kind === "crowd" && input.type === "viewer.left") online.delete(input.viewer.id);
      }
      now = Math.max(now, to);
      await driver.commit(handle);
      if (options.roundTripMemory) handle.memory = JSON.parse(JSON.stringify(handle.memory));
    },
  };
}
