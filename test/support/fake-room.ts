/**
 * A tiny stand-in for the rooms engine, to test a vendor's RoomDriver alone: explicit inputs (no
 * generated crowd), played in time order with the driver's timers, one prepare/commit per step.
 */
import type { EmittedEvent, RoomDriver, RoomEvent, RoomHandle, RoomInput, RoomScenario, RoomViewer } from "../../src/mock/rooms/types.ts";

export interface FakeRoom {
  readonly handle: RoomHandle;
  readonly events: RoomEvent[];
  /** Plays every queued input up to `until` (included) as one step. */
  playTo(until: number): Promise<void>;
}

type Queued = { input: RoomInput; order: number };

/** A seeded uniform random (mulberry32), as the engine's per-room random would be. */
export function fakeRandom(seed: number): RoomHandle["random"] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

/**
 * A room of `driver` from `startedAt` to `endsAt` with the given inputs (start and end added).
 *
 * @example
 * const room = fakeRoom(driver, { vendor: "xiaoe", live, owner, startedAt, endsAt, inputs });
 * await room.playTo(endsAt);
 */
export function fakeRoom(
  driver: RoomDriver,
  options: { vendor: string; live: string; owner: string; startedAt: number; endsAt: number; inputs: RoomInput[]; seed?: number; scenario?: Partial<RoomScenario> },
): FakeRoom {
  let order = 0;
  const queue: Queued[] = [];
  const push = (input: RoomInput) => queue.push({ input, order: order++ });
  push({ kind: "start", at: options.startedAt });
  for (const input of options.inputs) push(input);
  push({ kind: "end", at: options.endsAt });
  const events: RoomEvent[] = [];
  const online = new Map<string, RoomViewer>();
  const seen = new Map<string, RoomViewer>();
  let current = options.startedAt;
  let ended = false;
  const handle: RoomHandle = {
    id: "room-1",
    vendor: options.vendor,
    live: options.live,
    owner: options.owner,
    scenario: { viewers: 0, durationMinutes: 0, arrival: "front", watchMinutes: 0, commentsPerHour: 0, likesPerHour: 0, signInRate: 0, shareRate: 0, schedule: [], ...options.scenario },
    startedAt: options.startedAt,
    endsAt: options.endsAt,
    memory: {},
    random: fakeRandom(options.seed ?? 1),
    online,
    seen,
    emit(event: EmittedEvent) {
      events.push({ ...event, at: event.at ?? current, seq: events.length + 1, roomId: "room-1", vendor: options.vendor, live: options.live, owner: options.owner });
    },
    schedule(at, payload) {
      if (at < current) throw new Error(`timer at ${at} before the current input at ${current}`);
      push({ kind: "timer", at, payload });
    },
  };
  const nextInput = (until: number): RoomInput | undefined => {
    let best = -1;
    for (let i = 0; i < queue.length; i++) {
      const q = queue[i]!;
      if (q.input.at > until) continue;
      // Time order; at the same time the end comes last, otherwise first queued first.
      const rank = (x: Queued) => [x.input.at, x.input.kind === "end" ? 1 : 0, x.order] as const;
      if (best < 0) best = i;
      else {
        const [a, b] = [rank(q), rank(queue[best]!)];
        if (a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))) best = i;
      }
    }
    return best < 0 ? undefined : queue.splice(best, 1)[0]!.input;
  };
  return {
    handle,
    events,
    async playTo(until) {
      if (ended) return;
      await driver.prepare(handle);
      for (let input = nextInput(until); input; input = nextInput(until)) {
        current = input.at;
        if (input.kind === "crowd") {
          if (input.type === "viewer.joined") {
            online.set(input.viewer.id, input.viewer);
            seen.set(input.viewer.id, input.viewer);
          }
          if (input.type === "viewer.left") online.delete(input.viewer.id);
        }
        driver.handle(input, handle);
        if (input.kind === "end") {
          ended = true;
          break;
        }
      }
      await driver.commit(handle);
    },
  };
}
