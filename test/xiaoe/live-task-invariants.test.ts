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
import type { RoomEvent, RoomInput, RoomViewer } from "../../src/mock/rooms/types.ts";
import { findTask, putLive } from "../../src/mock/vendors/xiaoe/task-state.ts";
import { completionsOf } from "../../src/mock/vendors/xiaoe/user-state.ts";
import { fakeRoom } from "../support/fake-room.ts";
import { COMMENT, type Condition, comboBody, createTask, LIKE, MINUTE, SHARE, SIGN_IN, singleBody, viewers, watch, xiaoeRooms } from "./room-support.ts";
import { DEMO_APP, T0, type XiaoeHarness, xiaoeHarness } from "./support.ts";

const ROOM_MINUTES = 60;
const END = T0 + ROOM_MINUTES * MINUTE;
type Action = "comment" | "like" | "sign-in" | "share";
const ACTIONS: Record<string, Action> = { "2:1": "comment", "2:3": "like", "4:9": "sign-in", "2:2": "share" };

const conditionArb: fc.Arbitrary<Condition> = fc.oneof(fc.integer({ min: 1, max: 25 }).map(watch), fc.constantFrom(COMMENT, LIKE, SIGN_IN, SHARE));
/** A window in whole minutes from T0 (sometimes the whole room, sometimes a part). */
const windowArb = fc.oneof(
  fc.constant(undefined),
  fc.record({ from: fc.integer({ min: -5, max: 50 }), length: fc.integer({ min: 3, max: 70 }) }).map(({ from, length }) => ({
    start_at: formatXiaoeDateTime(T0 + from * MINUTE),
    end_at: formatXiaoeDateTime(T0 + (from + length) * MINUTE),
  })),
);
const taskArb = fc.oneof(
  fc.record({ kind: fc.constant("single" as const), condition: conditionArb, window: windowArb }),
  fc.record({ kind: fc.constant("combo" as const), children: fc.array(conditionArb, { minLength: 2, maxLength: 3 }), ordered: fc.boolean(), window: windowArb }),
);
const visitArb = fc.record({
  gap: fc.integer({ min: 0, max: 900 }),
  length: fc.integer({ min: 1, max: 2400 }),
  moves: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), type: fc.constantFrom<Action>("comment", "like", "sign-in", "share") }), { maxLength: 5 }),
});
type Visit = { gap: number; length: number; moves: { at: number; type: Action }[] };
const scenarioArb = fc.record({
  tasks: fc.array(taskArb, { minLength: 1, maxLength: 4 }),
  crowd: fc.array(fc.array(visitArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
  steps: fc.uniqueArray(fc.integer({ min: 1, max: ROOM_MINUTES - 1 }), { maxLength: 6 }).map((s) => [...s.sort((a, b) => a - b), ROOM_MINUTES]),
});

/** Turns each viewer's visits (seconds) into crowd inputs, and keeps the visits in ms for the oracle. */
function crowdInputs(crowd: Visit[][], people: RoomViewer[]) {
  const inputs: RoomInput[] = [];
  const visits = new Map<string, [number, number][]>();
  crowd.forEach((plan, i) => {
    const viewer = people[i]!;
    let cursor = T0;
    const mine: [number, number][] = [];
    for (const visit of plan) {
      const start = cursor + visit.gap * 1000;
      if (start >= END) break;
      const end = Math.min(start + visit.length * 1000, END);
      inputs.push({ kind: "crowd", at: start, type: "viewer.joined", viewer });
      for (const move of visit.moves) {
        const t = start + Math.floor(move.at * (end - start));
        inputs.push({ kind: "crowd", at: t, type: move.type, viewer });
      }
      if (end < END) inputs.push({ kind: "crowd", at: end, type: "viewer.left", viewer });
      mine.push([start, end]);
      cursor = end + 1000;
    }
    visits.set(viewer.id, mine);
  });
  // The engine hands over inputs in time order (ties in the order generated).
  inputs.sort((a, b) => a.at - b.at);
  return { inputs, visits };
}

const watched = (visits: [number, number][], from: number, to: number) => visits.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, to) - Math.max(s, from)), 0);

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
        for (const task of tasks) {
          const body = task.kind === "single" ? singleBody(task.condition, { window: task.window }) : comboBody(task.children, task.ordered, { window: task.window });
          await createTask(h, { ...body, alive_id: live, ...(task.kind === "combo" ? { child_tasks: (body.child_tasks as string).replaceAll("l_696ef6c1e4b0694c5b78ba7b", live) } : {}) });
        }
        const stored = h.app.livemock.context.store.transact({ vendor: "xiaoe", owner: DEMO_APP.appId }, (state) => {
          const ids = state.list<{ id: number; alive_id: string }>({ vendor: "xiaoe", owner: DEMO_APP.appId, kind: "live-task" }).filter((t) => t.alive_id === live);
          return ids.map((t) => findTask(state, DEMO_APP.appId, t.id)!);
        }) as ReturnType<typeof findTask>[];
        const byId = new Map(stored.map((t) => [t!.id, t!]));
        const driver = xiaoeRooms(h);
        const people = viewers(driver, crowd.length, run);
        const { inputs, visits } = crowdInputs(crowd, people);
        const room = fakeRoom(driver, { vendor: "xiaoe", live, owner: DEMO_APP.appId, startedAt: T0, endsAt: END, inputs });
        for (const minute of steps) await room.playTo(T0 + minute * MINUTE);

        const done = new Map<string, RoomEvent>();
        completed += room.events.filter((e) => e.type === "task.completed").length;
        for (const event of room.events.filter((e) => e.type === "task.completed")) {
          const key = `${event.object!.id}:${event.viewerId}`;
          expect(done.has(key), `${key} completed twice`).toBe(false);
          done.set(key, event);
        }
        const window = (t: { start_at: string; end_at: string }) => [Date.parse(`${t.start_at.replace(" ", "T")}+08:00`), Date.parse(`${t.end_at.replace(" ", "T")}+08:00`)] as const;
        const lastMove = (viewerId: string, beforeSeq: number) =>
          room.events.filter((e) => e.viewerId === viewerId && e.seq < beforeSeq && e.type in { comment: 1, like: 1, "sign-in": 1, share: 1 }).at(-1);

        for (const task of byId.values()) {
          const parent = task.parent_id === null ? undefined : byId.get(task.parent_id)!;
          const [start, end] = window(task);
          for (const viewer of people) {
            const event = done.get(`${task.id}:${viewer.id}`);
            // Gate of an ordered child: the previous child's completion.
            const index = parent ? parent.child_ids.indexOf(task.id) : -1;
            const previous = parent && parent.is_order === 1 && index > 0 ? done.get(`${parent.child_ids[index - 1]}:${viewer.id}`) : undefined;
            const gated = parent !== undefined && parent.is_order === 1 && index > 0;
            const from = Math.max(start, previous?.at ?? start);
            if (event) {
              expect(event.at >= start && event.at < end, `task ${task.id} completed outside its window`).toBe(true);
              if (gated) {
                expect(previous, `ordered child ${task.id} completed before the previous child`).toBeDefined();
                expect(previous!.seq).toBeLessThan(event.seq);
              }
              if (task.child_ids.length > 0) {
                const children = task.child_ids.map((id) => done.get(`${id}:${viewer.id}`));
                expect(children.every((c) => c !== undefined && c.seq < event.seq)).toBe(true);
                expect(event.at).toBe(Math.max(...children.map((c) => c!.at)));
              } else if (task.task_type === 1) {
                // Completed the moment the minutes were reached (by a timer, or at the room's end).
                expect(watched(visits.get(viewer.id)!, from, event.at)).toBe(Number(task.task_condition) * MINUTE);
              } else {
                const move = lastMove(viewer.id, event.seq)!;
                expect(move.type).toBe(ACTIONS[`${task.task_type}:${task.task_condition}`]);
                expect(move.at).toBe(event.at);
                if (gated) expect(move.seq).toBeGreaterThan(previous!.seq);
              }
            } else if (!gated || previous) {
              // Not completed: its condition was never met while it counted.
              if (task.child_ids.length > 0) {
                const children = task.child_ids.map((id) => done.get(`${id}:${viewer.id}`));
                if (children.every((c) => c !== undefined)) {
                  const last = Math.max(...children.map((c) => c!.at));
                  expect(last >= start && last < end, `combo ${task.id} not completed with its last child in its window`).toBe(false);
                }
              } else if (task.task_type === 1) {
                // Reached at the window's end (excluded) does not count; at the room's end it does.
                expect(watched(visits.get(viewer.id)!, from, Math.min(end - 1, END))).toBeLessThan(Number(task.task_condition) * MINUTE);
              } else {
                const type = ACTIONS[`${task.task_type}:${task.task_condition}`];
                const counted = room.events.filter((e) => e.viewerId === viewer.id && e.type === type && e.at >= from && e.at < end && (!previous || e.seq > previous.seq));
                expect(counted, `a ${type} by ${viewer.id} should have completed ${task.id}`).toEqual([]);
              }
            }
          }
        }

        const records = h.app.livemock.context.store.transact({ vendor: "xiaoe", owner: DEMO_APP.appId }, (state) => completionsOf(state, DEMO_APP.appId, live)) as ReturnType<typeof completionsOf>;
        expect(records.map((c) => `${c.task_id}:${c.user_id}:${c.completed_at}`)).toEqual([...done.values()].map((e) => `${e.object!.id}:${e.viewerId}:${formatXiaoeDateTime(e.at)}`));
      }),
      { numRuns: Number(process.env.LIVEMOCK_PROPERTY_RUNS ?? 80), seed: process.env.LIVEMOCK_PROPERTY_SEED ? Number(process.env.LIVEMOCK_PROPERTY_SEED) : undefined, endOnFailure: true },
    );
    // The scenarios do complete tasks (the checks above are not vacuous).
    expect(completed).toBeGreaterThan(run / 2);
  }, 60_000);
});
