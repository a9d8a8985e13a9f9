/**
 * The live-task oracle for Xiaoe rooms: random task sets (fast-check arbitraries), and a check of a
 * room's `task.completed` events against the crowd's own events in the same log (visits from
 * viewer.joined/left, moves from comment/like/sign-in/share), computed without the driver.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { formatXiaoeDateTime } from "../../src/contracts/xiaoe/index.ts";
import type { RoomEvent } from "../../src/mock/rooms/types.ts";
import type { StoredTask } from "../../src/mock/vendors/xiaoe/task-state.ts";
import { COMMENT, type Condition, comboBody, LIKE, MINUTE, SHARE, SIGN_IN, singleBody, watch } from "./room-support.ts";
import { T0 } from "./support.ts";

type Action = "comment" | "like" | "sign-in" | "share";
const ACTIONS: Record<string, Action> = { "2:1": "comment", "2:3": "like", "4:9": "sign-in", "2:2": "share" };
const MOVES = new Set<string>(Object.values(ACTIONS));

const conditionArb: fc.Arbitrary<Condition> = fc.oneof(fc.integer({ min: 1, max: 25 }).map(watch), fc.constantFrom(COMMENT, LIKE, SIGN_IN, SHARE));
/** A window in whole minutes from T0 (sometimes the seed example's two days, sometimes part of the room). */
const windowArb = fc.oneof(
  fc.constant(undefined),
  fc.record({ from: fc.integer({ min: -5, max: 50 }), length: fc.integer({ min: 3, max: 70 }) }).map(({ from, length }) => ({
    start_at: formatXiaoeDateTime(T0 + from * MINUTE),
    end_at: formatXiaoeDateTime(T0 + (from + length) * MINUTE),
  })),
);

/** A random single task or combo (ordered or not) with a random window. */
export const taskArb = fc.oneof(
  fc.record({ kind: fc.constant("single" as const), condition: conditionArb, window: windowArb }),
  fc.record({ kind: fc.constant("combo" as const), children: fc.array(conditionArb, { minLength: 2, maxLength: 3 }), ordered: fc.boolean(), window: windowArb }),
);
export type TaskPlan = typeof taskArb extends fc.Arbitrary<infer T> ? T : never;

/** The task.create body of a plan on `live` (access_token left out). */
export function taskBody(task: TaskPlan, live: string): Record<string, unknown> {
  const body = task.kind === "single" ? singleBody(task.condition, { window: task.window }) : comboBody(task.children, task.ordered, { window: task.window });
  const onLive: Record<string, unknown> = { ...body, alive_id: live };
  if (typeof body.child_tasks === "string") onLive.child_tasks = body.child_tasks.replaceAll("l_696ef6c1e4b0694c5b78ba7b", live);
  return onLive;
}

const watched = (visits: [number, number][], from: number, to: number) => visits.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, to) - Math.max(s, from)), 0);
const windowOf = (t: { start_at: string; end_at: string }) => [Date.parse(`${t.start_at.replace(" ", "T")}+08:00`), Date.parse(`${t.end_at.replace(" ", "T")}+08:00`)] as const;

/** Each viewer's visits, from the log's viewer.joined / viewer.left. */
function visitsOf(events: readonly RoomEvent[]): Map<string, [number, number][]> {
  const visits = new Map<string, [number, number][]>();
  const open = new Map<string, number>();
  for (const e of events) {
    if (e.type === "viewer.joined") open.set(e.viewerId!, e.at);
    if (e.type === "viewer.left") {
      if (!visits.has(e.viewerId!)) visits.set(e.viewerId!, []);
      visits.get(e.viewerId!)!.push([open.get(e.viewerId!)!, e.at]);
      open.delete(e.viewerId!);
    }
  }
  expect(open.size, "every viewer has left by the end").toBe(0);
  return visits;
}

/**
 * Checks a finished room's completions: once per viewer and task; only inside the task's window;
 * only when the condition is met (watch time reached that very moment, the move that completed it,
 * the last child of a combo), in order for ordered combos (after the previous child, with a later
 * move); and every condition met while the task counted was completed. Returns the completions.
 *
 * @example
 * const done = checkCompletions(events, storedTasks, roomEnd);
 */
export function checkCompletions(events: readonly RoomEvent[], tasks: readonly StoredTask[], roomEnd: number): Map<string, RoomEvent> {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const visits = visitsOf(events);
  const done = new Map<string, RoomEvent>();
  for (const event of events.filter((e) => e.type === "task.completed")) {
    const key = `${event.object!.id}:${event.viewerId}`;
    expect(done.has(key), `${key} completed twice`).toBe(false);
    done.set(key, event);
  }
  const lastMove = (viewerId: string, beforeSeq: number) => events.filter((e) => e.viewerId === viewerId && e.seq < beforeSeq && MOVES.has(e.type)).at(-1);

  for (const task of byId.values()) {
    const parent = task.parent_id === null ? undefined : byId.get(task.parent_id)!;
    const [start, end] = windowOf(task);
    for (const [viewer, mine] of visits) {
      const event = done.get(`${task.id}:${viewer}`);
      // Gate of an ordered child: the previous child's completion.
      const index = parent ? parent.child_ids.indexOf(task.id) : -1;
      const gated = parent !== undefined && parent.is_order === 1 && index > 0;
      const previous = gated ? done.get(`${parent.child_ids[index - 1]}:${viewer}`) : undefined;
      const from = Math.max(start, previous?.at ?? start);
      if (event) {
        expect(event.at >= start && event.at < end, `task ${task.id} completed outside its window`).toBe(true);
        if (gated) {
          expect(previous, `ordered child ${task.id} completed before the previous child`).toBeDefined();
          expect(previous!.seq).toBeLessThan(event.seq);
        }
        if (task.child_ids.length > 0) {
          const children = task.child_ids.map((id) => done.get(`${id}:${viewer}`));
          expect(children.every((c) => c !== undefined && c.seq < event.seq)).toBe(true);
          expect(event.at).toBe(Math.max(...children.map((c) => c!.at)));
        } else if (task.task_type === 1) {
          // Completed the moment the minutes were reached (by a timer, or at the room's end).
          expect(watched(mine, from, event.at)).toBe(Number(task.task_condition) * MINUTE);
        } else {
          const move = lastMove(viewer, event.seq)!;
          expect(move.type).toBe(ACTIONS[`${task.task_type}:${task.task_condition}`]);
          expect(move.at).toBe(event.at);
          if (gated) expect(move.seq).toBeGreaterThan(previous!.seq);
        }
      } else if (!gated || previous) {
        // Not completed: its condition was never met while it counted.
        if (task.child_ids.length > 0) {
          const children = task.child_ids.map((id) => done.get(`${id}:${viewer}`));
          if (children.every((c) => c !== undefined)) {
            const last = Math.max(...children.map((c) => c!.at));
            expect(last >= start && last < end, `combo ${task.id} not completed with its last child in its window`).toBe(false);
          }
        } else if (task.task_type === 1) {
          // Reached at the window's end (excluded) does not count; at the room's end it does.
          expect(watched(mine, from, Math.min(end - 1, roomEnd))).toBeLessThan(Number(task.task_condition) * MINUTE);
        } else {
          const type = ACTIONS[`${task.task_type}:${task.task_condition}`];
          const counted = events.filter((e) => e.viewerId === viewer && e.type === type && e.at >= from && e.at < end && (!previous || e.seq > previous.seq));
          expect(counted, `a ${type} by ${viewer} should have completed ${task.id}`).toEqual([]);
        }
      }
    }
  }
  return done;
}
