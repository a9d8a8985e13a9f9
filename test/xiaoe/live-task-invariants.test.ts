/**
 * Property tests of the Xiaoe room driver over random tasks (single, unordered and ordered combos,
 * watch/comment/like/sign-in/share conditions, random windows), random crowds (visits with moves at
 * random seconds) and random step sizes, checked against an oracle computed from the inputs alone:
 * a task is completed only when its condition is met, in order for ordered combos, once per viewer
 * and task; every condition met is completed; the store holds exactly what the events announced.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatXiaoeDateTime } from "../../src/contracts/xiaoe/index.ts";
import type { RoomInput, RoomViewer } from "../../src/mock/rooms/types.ts";
import { putLive } from "../../src/mock/vendors/xiaoe/task-state.ts";
import { completionsOf } from "../../src/mock/vendors/xiaoe/user-state.ts";
import { fakeRoom } from "../support/fake-room.ts";
import { checkCompletions, taskArb, taskBody } from "./live-task-oracle.ts";
import { createTask, liveTasks, MINUTE, viewers, xiaoeRooms } from "./room-support.ts";
import { DEMO_APP, T0, type XiaoeHarness, xiaoeHarness } from "./support.ts";

const ROOM_MINUTES = 60;
const END = T0 + ROOM_MINUTES * MINUTE;
type Action = "comment" | "like" | "sign-in" | "share";
type Visit = { gap: number; length: number; moves: { at: number; type: Action }[] };
const visitArb: fc.Arbitrary<Visit> = fc.record({
  gap: fc.integer({ min: 0, max: 900 }),
  length: fc.integer({ min: 1, max: 2400 }),
  moves: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), type: fc.constantFrom<Action>("comment", "like", "sign-in", "share") }), { maxLength: 5 }),
});
const scenarioArb = fc.record({
  tasks: fc.array(taskArb, { minLength: 1, maxLength: 4 }),
  crowd: fc.array(fc.array(visitArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
  steps: fc.uniqueArray(fc.integer({ min: 1, max: ROOM_MINUTES - 1 }), { maxLength: 6 }).map((s) => [...s.sort((a, b) => a - b), ROOM_MINUTES]),
});

/** Turns each viewer's visits (seconds from T0, one after the other) into crowd inputs in time order. */
function crowdInputs(crowd: Visit[][], people: RoomViewer[]): RoomInput[] {
  const inputs: RoomInput[] = [];
  crowd.forEach((plan, i) => {
    const viewer = people[i]!;
    let cursor = T0;
    for (const visit of plan) {
      const start = cursor + visit.gap * 1000;
      if (start >= END) break;
      const end = Math.min(start + visit.length * 1000, END);
      inputs.push({ kind: "crowd", at: start, type: "viewer.joined", viewer });
      for (const move of visit.moves) inputs.push({ kind: "crowd", at: start + Math.floor(move.at * (end - start)), type: move.type, viewer });
      if (end < END) inputs.push({ kind: "crowd", at: end, type: "viewer.left", viewer });
      cursor = end + 1000;
    }
  });
  // The engine hands over inputs in time order (ties in the order generated).
  return inputs.sort((a, b) => a.at - b.at);
}

let h: XiaoeHarness;
beforeAll(async () => {
  h = await xiaoeHarness();
});
afterAll(async () => h?.close());

describe("Xiaoe room driver: live-task invariants over random scenarios", () => {
  it("completes a task only when its condition is met (in order for ordered combos), once per viewer, and every condition met", async () => {
    let run = 0;
    let completed = 0;
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ tasks, crowd, steps }) => {
        run += 1;
        const live = `l_${run.toString(16).padStart(24, "0")}`;
        await h.app.livemock.context.store.transact({ vendor: "xiaoe", owner: DEMO_APP.appId }, (state) => putLive(state, DEMO_APP.appId, { alive_id: live, title: `property ${run}` }));
        for (const task of tasks) await createTask(h, taskBody(task, live));
        const stored = liveTasks(h.app, live);
        const driver = xiaoeRooms(h);
        const people = viewers(driver, crowd.length, run);
        const inputs = crowdInputs(crowd, people);
        const room = fakeRoom(driver, { vendor: "xiaoe", live, owner: DEMO_APP.appId, startedAt: T0, endsAt: END, inputs });
        for (const minute of steps) await room.playTo(T0 + minute * MINUTE);

        const done = checkCompletions(room.events, stored, END);
        completed += done.size;

        const records = h.app.livemock.context.store.transact({ vendor: "xiaoe", owner: DEMO_APP.appId }, (state) => completionsOf(state, DEMO_APP.appId, live)) as ReturnType<typeof completionsOf>;
        expect(records.map((c) => `${c.task_id}:${c.user_id}:${c.completed_at}`)).toEqual([...done.values()].map((e) => `${e.object!.id}:${e.viewerId}:${formatXiaoeDateTime(e.at)}`));
      }),
      { numRuns: Number(process.env.LIVEMOCK_PROPERTY_RUNS ?? 80), seed: process.env.LIVEMOCK_PROPERTY_SEED ? Number(process.env.LIVEMOCK_PROPERTY_SEED) : undefined, endOnFailure: true },
    );
    // The scenarios do complete tasks (the checks above are not vacuous).
    expect(completed).toBeGreaterThan(run / 2);
  }, 60_000);
});
