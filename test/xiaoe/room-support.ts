/**
 * Helpers for Xiaoe room tests: task bodies (single, unordered and ordered combos), crowd inputs,
 * and the Xiaoe room driver of a harness's app played by the fake room (test/support/fake-room.ts).
 */
import type { MockApp } from "../../src/mock/app.ts";
import type { RoomDriver, RoomInput, RoomViewer } from "../../src/mock/rooms/types.ts";
import { findTask, type StoredTask } from "../../src/mock/vendors/xiaoe/task-state.ts";
import { type FakeRoom, fakeRandom, fakeRoom } from "../support/fake-room.ts";
import { DEMO_APP, DEMO_LIVE, PATHS, T0, type XiaoeHarness } from "./support.ts";

export const MINUTE = 60_000;

/** A condition as task_type + task_condition. */
export type Condition = { task_type: 1 | 2 | 3 | 4; task_condition: string };
export const watch = (minutes: number): Condition => ({ task_type: 1, task_condition: String(minutes) });
export const COMMENT: Condition = { task_type: 2, task_condition: "1" };
export const SHARE: Condition = { task_type: 2, task_condition: "2" };
export const LIKE: Condition = { task_type: 2, task_condition: "3" };
export const SIGN_IN: Condition = { task_type: 4, task_condition: "9" };
export const VOTE: Condition = { task_type: 4, task_condition: "7" };

/** The window of seed 000's single-task example (T0 is inside it). */
export const WINDOW = { start_at: "2026-03-01 00:00:00", end_at: "2026-03-03 00:00:00" };

/** A single task body (points reward `points`). */
export function singleBody(condition: Condition, options: { points?: number; window?: { start_at: string; end_at: string } } = {}): Record<string, unknown> {
  return {
    alive_id: DEMO_LIVE,
    ...(options.window ?? WINDOW),
    task_module: 0,
    task_is_major: 0,
    ...condition,
    reward_type: 1,
    reward_value: String(options.points ?? 10),
    rule_type: 0,
    rule_config: [],
  };
}

/** A combo body: unordered (reward on the main task) or ordered (each child rewarded `child points`). */
export function comboBody(children: Condition[], ordered: boolean, options: { window?: { start_at: string; end_at: string } } = {}): Record<string, unknown> {
  const window = options.window ?? WINDOW;
  const child = (c: Condition, i: number) => ({
    alive_id: DEMO_LIVE,
    ...window,
    task_module: 1,
    task_is_major: 1,
    is_order: ordered ? 1 : 0,
    ...c,
    ...(ordered ? { reward_type: 1, reward_value: String(i + 1) } : {}),
    rule_type: 0,
    rule_config: [],
  });
  return {
    alive_id: DEMO_LIVE,
    ...window,
    task_module: 1,
    task_is_major: 0,
    reward_type: 1,
    reward_value: "100",
    is_order: ordered ? 1 : 0,
    task_title: ordered ? "有序任务包" : "任务包",
    child_tasks: JSON.stringify(children.map(child)),
    rule_type: 0,
    rule_config: [],
  };
}

/** Creates a task through task.create and returns its id. */
export async function createTask(h: XiaoeHarness, body: Record<string, unknown>): Promise<number> {
  const res = await h.post(PATHS.create, { ...body, access_token: await h.token() });
  if (res.json.code !== 0) throw new Error(`task.create refused: ${JSON.stringify(res.json)} (${res.reason})`);
  return res.json.data.task_id as number;
}

/** The Xiaoe room driver of the harness's app. */
export function xiaoeRooms(h: XiaoeHarness): RoomDriver {
  const rooms = h.app.livemock.vendors.find((v) => v.name === "xiaoe")?.rooms;
  if (!rooms) throw new Error("the xiaoe module has no room driver");
  return rooms;
}

/** Viewers drawn by the driver, as the engine would draw them. */
export function viewers(driver: RoomDriver, count: number, seed = 7): RoomViewer[] {
  const random = fakeRandom(seed);
  return Array.from({ length: count }, (_, i) => driver.viewer(i, random));
}

/** Crowd input at `minute` (from T0). */
export function at(minute: number, type: Extract<RoomInput, { kind: "crowd" }>["type"], viewer: RoomViewer, text?: string): RoomInput {
  return { kind: "crowd", at: T0 + minute * MINUTE, type, viewer, ...(text === undefined ? {} : { text }) };
}

/** A fake room on the demo live from T0 for `minutes`. */
export function demoRoom(driver: RoomDriver, inputs: RoomInput[], minutes = 60): FakeRoom {
  return fakeRoom(driver, { vendor: "xiaoe", live: DEMO_LIVE, owner: DEMO_APP.appId, startedAt: T0, endsAt: T0 + minutes * MINUTE, inputs });
}

/** The task.completed events of a room as `[minute, task id, viewer id]`. */
export function completions(room: FakeRoom): [number, number, string][] {
  return room.events.filter((e) => e.type === "task.completed").map((e) => [(e.at - T0) / MINUTE, Number(e.object!.id), e.viewerId!]);
}

/** Every stored task of a live of the demo app (main tasks and children), oldest first. */
export function liveTasks(app: MockApp, live: string): StoredTask[] {
  return app.livemock.context.store.transact({ vendor: "xiaoe", owner: DEMO_APP.appId }, (state) =>
    state
      .list<StoredTask>({ vendor: "xiaoe", owner: DEMO_APP.appId, kind: "live-task" })
      .filter((t) => t.alive_id === live)
      .map((t) => findTask(state, DEMO_APP.appId, t.id)!),
  ) as StoredTask[];
}
