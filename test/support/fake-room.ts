/**
 * A tiny stand-in for the rooms engine, to test a vendor's RoomDriver alone: explicit inputs (no
 * generated crowd), played in time order with the driver's timers, one prepare/commit per step. Like
 * the engine (src/mock/rooms/engine.ts) it records the crowd's moves and the start and end itself,
 * before the driver handles them, and lets every viewer still online leave before the end.
 */
import { roomRandom } from "../../src/mock/rooms/room-random.ts";
import type { EmittedEvent, RoomDriver, RoomEvent, RoomHandle, RoomInput, RoomScenario, RoomViewer } from "../../src/mock/rooms/types.ts";

export interface FakeRoom {
  readonly handle: RoomHandle;
  readonly events: RoomEvent[];
  /** Plays every queued input up to `until` (included) as one step. */
  playTo(until: number): Promise<void>;
}

type Queued = { input: RoomInput; order: number };

/** The engine's per-room random (xoroshiro128+ with a faker over it), seeded. */
export function fakeRandom(seed: number): RoomHandle["random"] {
  return roomRandom(seed);
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
  const joined = new Map<string, number>();
  const leave = (viewer: RoomViewer, at: number) => {
    online.delete(viewer.id);
    handle.emit({ type: "viewer.left", viewerId: viewer.id, data: { watchedMs: at - joined.get(viewer.id)! } });
    driver.handle({ kind: "crowd", at, type: "viewer.left", viewer }, handle);
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
            if (online.has(input.viewer.id)) continue;
            online.set(input.viewer.id, input.viewer);
            seen.set(input.viewer.id, input.viewer);
            joined.set(input.viewer.id, input.at);
          } else if (!online.has(input.viewer.id)) continue;
          if (input.type === "viewer.left") {
            leave(input.viewer, input.at);
            continue;
          }
          handle.emit({ type: input.type, viewerId: input.viewer.id, ...(input.text === undefined ? {} : { data: { text: input.text } }) });
        }
        if (input.kind === "start") handle.emit({ type: "room.started" });
        if (input.kind === "end") for (const viewer of [...online.values()]) leave(viewer, input.at);
        driver.handle(input, handle);
        if (input.kind === "end") {
          handle.emit({ type: "room.ended", data: { viewersTotal: seen.size } });
          ended = true;
          break;
        }
      }
      await driver.commit(handle);
    },
  };
}
