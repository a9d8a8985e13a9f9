/**
 * A scripted stand-in for the rooms engine (inputs queued with add), to test one vendor's RoomDriver on its own: it keeps the
 * room's memory, plays the given inputs and the driver's timers in time order (inputs before timers
 * at the same moment, each in the order given), and calls prepare/commit around every step, so a
 * test can check that step sizes change nothing.
 */

import { roomRandom } from "../../src/mock/rooms/room-random.ts";
import type { RoomDriver, RoomEvent, RoomHandle, RoomInput, RoomScenario, RoomViewer } from "../../src/mock/rooms/types.ts";

export interface FakeRoomOptions {
  id?: string;
  vendor: string;
  live: string;
  owner: string;
  startedAt: number;
  durationMinutes: number;
  seed?: number;
  scenario?: Partial<RoomScenario>;
}

export interface FakeRoom {
  handle: RoomHandle;
  events: RoomEvent[];
  /** Queues inputs (any order; they are played by time). */
  add(...inputs: RoomInput[]): void;
  /** Plays every queued input and timer up to `to` (inclusive) in one step. */
  playTo(to: number): Promise<void>;
  /** Plays to the end in steps of `stepMs` (a last step at the end time). */
  playAll(stepMs: number): Promise<void>;
}

export { roomRandom };

/**
 * A fake room over a driver.
 *
 * @example
 * const room = fakeRoom(driver, { vendor: "polyv", live: "4854808", owner: "frlr1zazn3", startedAt: T0, durationMinutes: 60 });
 */
export function fakeRoom(driver: RoomDriver, options: FakeRoomOptions): FakeRoom {
  const endsAt = options.startedAt + options.durationMinutes * 60_000;
  const inputs: { input: RoomInput; n: number }[] = [];
  const timers: { at: number; payload: unknown; n: number }[] = [];
  const events: RoomEvent[] = [];
  const online = new Map<string, RoomViewer>();
  const seen = new Map<string, RoomViewer>();
  let counter = 0;
  let now = options.startedAt;
  const scenario = {
    viewers: 0,
    durationMinutes: options.durationMinutes,
    arrival: "front",
    watchMinutes: 30,
    commentsPerHour: 2,
    likesPerHour: 6,
    signInRate: 0.6,
    shareRate: 0.05,
    schedule: [],
    ...options.scenario,
  } as RoomScenario;
  const handle: RoomHandle = {
    id: options.id ?? "room-1",
    vendor: options.vendor,
    live: options.live,
    owner: options.owner,
    scenario,
    startedAt: options.startedAt,
    endsAt,
    memory: {},
    random: roomRandom(options.seed ?? 7),
    online,
    seen,
    emit(event) {
      events.push({ ...event, seq: events.length + 1, at: event.at ?? now, roomId: handle.id, vendor: options.vendor, live: options.live, owner: options.owner } as RoomEvent);
    },
    schedule(at, payload) {
      if (at < now) throw new Error(`timer at ${at} is before the current input ${now}`);
      timers.push({ at, payload, n: counter++ });
    },
  };
  const add = (...more: RoomInput[]) => {
    for (const input of more) inputs.push({ input, n: counter++ });
  };
  add({ kind: "start", at: options.startedAt }, { kind: "end", at: endsAt });
  const nextOne = (to: number): RoomInput | undefined => {
    let best: { input: RoomInput; n: number } | undefined;
    for (const item of inputs) {
      if (item.input.at > to) continue;
      // start first and end last at their moments; otherwise by time, then queue order.
      const rank = (i: RoomInput) => (i.kind === "start" ? -1 : i.kind === "end" ? 1 : 0);
      if (!best || item.input.at < best.input.at || (item.input.at === best.input.at && (rank(item.input) < rank(best.input) || (rank(item.input) === rank(best.input) && item.n < best.n))))
        best = item;
    }
    let timer: (typeof timers)[number] | undefined;
    for (const t of timers) if (t.at <= to && (!timer || t.at < timer.at || (t.at === timer.at && t.n < timer.n))) timer = t;
    if (timer && (!best || timer.at < best.input.at || (timer.at === best.input.at && best.input.kind === "end"))) {
      timers.splice(timers.indexOf(timer), 1);
      return { kind: "timer", at: timer.at, payload: timer.payload };
    }
    if (best) inputs.splice(inputs.indexOf(best), 1);
    return best?.input;
  };
  const playTo = async (to: number) => {
    await driver.prepare(handle);
    for (let input = nextOne(to); input !== undefined; input = nextOne(to)) {
      now = input.at;
      if (input.kind === "crowd") {
        if (input.type === "viewer.joined") {
          online.set(input.viewer.id, input.viewer);
          seen.set(input.viewer.id, input.viewer);
        }
        if (input.type === "viewer.left") online.delete(input.viewer.id);
      }
      driver.handle(input, handle);
    }
    await driver.commit(handle);
  };
  return {
    handle,
    events,
    add,
    playTo,
    async playAll(stepMs) {
      for (let t = options.startedAt; t < endsAt; t += stepMs) await playTo(t);
      await playTo(endsAt);
    },
  };
}
