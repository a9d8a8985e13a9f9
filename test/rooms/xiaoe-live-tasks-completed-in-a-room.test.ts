/**
 * A user creates Xiaoe live tasks with the typed client, starts a room on the demo live through the
 * control plane, advances the mock clock, and reads back what the crowd did: the room's events and
 * view, the completions in the state view, and the viewers through xe.user.batch.get and
 * batch_by_user_id.get. Every completion is checked against the crowd's own events.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { XiaoeClient } from "../../src/client/index.ts";
import { DEMO_LIVE } from "../admin/support.ts";
import { type MockTarget, mockTarget, xiaoeClient } from "../client/support.ts";
import { COMMENT, comboBody, LIKE, SIGN_IN, singleBody, watch } from "../xiaoe/room-support.ts";
import { admin, allEvents, T0 } from "./support.ts";

const MINUTE = 60_000;
const SCENARIO = { vendor: "xiaoe", live: DEMO_LIVE, viewers: 40, durationMinutes: 60, watchMinutes: 25, signInRate: 0.7, commentsPerHour: 4, likesPerHour: 6 };

let target: MockTarget | undefined;
afterEach(async () => {
  await target?.close();
  target = undefined;
});

/** Creates the four tasks of the scenario; returns their ids (children from task.get's list). */
async function createTasks(xiaoe: XiaoeClient) {
  const watch10 = (await xiaoe.createLiveTask(singleBody(watch(10), { points: 20 }) as never)).task_id;
  const comment = (await xiaoe.createLiveTask(singleBody(COMMENT, { points: 5 }) as never)).task_id;
  const unordered = (await xiaoe.createLiveTask(comboBody([watch(5), SIGN_IN], false) as never)).task_id;
  const ordered = (await xiaoe.createLiveTask(comboBody([SIGN_IN, watch(15), LIKE], true) as never)).task_id;
  const list = await xiaoe.listLiveTasks({ alive_id: DEMO_LIVE });
  const children = (id: number) => list.list.find((t) => t.id === id)!.child_tasks.map((c) => c.id);
  return { watch10, comment, unordered, unorderedChildren: children(unordered), ordered, orderedChildren: children(ordered) };
}

async function playRoom(steps: number[] = [70], dataDir?: string) {
  target = await mockTarget("in-process", { seed: 11, ...(dataDir ? { dataDir } : {}) });
  await target.app.livemock.ready;
  const xiaoe = xiaoeClient(target);
  const tasks = await createTasks(xiaoe);
  const started = await admin(target.app, "POST", "/rooms", SCENARIO);
  expect(started.status).toBe(201);
  for (const minutes of steps) await admin(target.app, "POST", "/clock/advance", { minutes });
  const events = await allEvents(target.app, started.json.id);
  return { app: target.app, xiaoe, tasks, id: started.json.id as string, events };
}

describe("Xiaoe live tasks completed in a room", () => {
  it("completes each task exactly when the crowd meets its condition, as the room's events show", async () => {
    const { tasks, events } = await playRoom();
    expect(events.at(-1).type).toBe("room.ended");
    const joined = new Map<string, number>(events.filter((e) => e.type === "viewer.joined").map((e) => [e.viewerId, e.at]));
    const left = new Map<string, number>(events.filter((e) => e.type === "viewer.left").map((e) => [e.viewerId, e.at]));
    const moves = (viewer: string, type: string) => events.filter((e) => e.viewerId === viewer && e.type === type);
    const completed = events.filter((e) => e.type === "task.completed");
    const done = new Map<string, any>(completed.map((e) => [`${e.object.id}:${e.viewerId}`, e]));
    expect(done.size).toBe(completed.length);

    for (const viewer of joined.keys()) {
      const stay = left.get(viewer)! - joined.get(viewer)!;
      const get = (task: number) => done.get(`${task}:${viewer}`);
      // Watch 10 minutes: at the 10th minute of the visit, for everyone who stayed that long.
      expect(get(tasks.watch10)?.at).toBe(stay >= 10 * MINUTE ? joined.get(viewer)! + 10 * MINUTE : undefined);
      // Comment: with the first comment.
      expect(get(tasks.comment)?.at).toBe(moves(viewer, "comment")[0]?.at);
      // Unordered combo: each child on its own; the main task with the later one.
      const [w5, sign] = tasks.unorderedChildren;
      expect(get(w5!)?.at).toBe(stay >= 5 * MINUTE ? joined.get(viewer)! + 5 * MINUTE : undefined);
      expect(get(sign!)?.at).toBe(moves(viewer, "sign-in")[0]?.at);
      const both = get(w5!) && get(sign!) ? Math.max(get(w5!).at, get(sign!).at) : undefined;
      expect(get(tasks.unordered)?.at).toBe(both);
      // Ordered combo: sign in, then 15 minutes watched from then, then a like after that.
      const [first, second, third] = tasks.orderedChildren;
      const signedAt = moves(viewer, "sign-in")[0]?.at;
      expect(get(first!)?.at).toBe(signedAt);
      const watchedAt = signedAt !== undefined && left.get(viewer)! - signedAt >= 15 * MINUTE ? signedAt + 15 * MINUTE : undefined;
      expect(get(second!)?.at).toBe(watchedAt);
      const likeAfter = get(second!) ? moves(viewer, "like").find((e) => e.seq > get(second!).seq)?.at : undefined;
      expect(get(third!)?.at).toBe(likeAfter);
      expect(get(tasks.ordered)?.at).toBe(likeAfter);
    }
    // The scenario is not vacuous: every task has completions.
    for (const id of [tasks.watch10, tasks.comment, tasks.unordered, tasks.ordered, ...tasks.orderedChildren]) expect(completed.some((e) => e.object.id === id)).toBe(true);
  });

  it("announces completions with the live_task push's fields and the reward", async () => {
    const { tasks, events } = await playRoom();
    const main = events.find((e) => e.type === "task.completed" && e.object.id === tasks.ordered);
    expect(main).toMatchObject({
      vendor: "xiaoe",
      live: DEMO_LIVE,
      owner: "apptrfbbm2m8971",
      object: { kind: "live-task", id: tasks.ordered },
      data: {
        app_id: "apptrfbbm2m8971",
        alive_id: DEMO_LIVE,
        task_id: tasks.ordered,
        user_id: main.viewerId,
        task_module: 1,
        task_is_major: 0,
        task_type: 0,
        reward: { reward_type: 1, reward_value: "100" },
      },
    });
    expect(main.data.completed_at).toMatch(/^2026-03-01 08:\d{2}:\d{2}$/);
    const child = events.find((e) => e.type === "task.completed" && e.object.id === tasks.orderedChildren[1]);
    expect(child.data).toMatchObject({ task_type: 1, task_condition: "15", parent_task_id: tasks.ordered, is_order: 1, reward: { reward_type: 1, reward_value: "2" } });
  });

  it("shows the completions in the room's view and the state view, and the viewers through the user APIs", async () => {
    const { app, xiaoe, tasks, id, events } = await playRoom();
    const room = await admin(app, "GET", `/rooms/${id}`);
    expect(room.json.state).toBe("ended");
    const completed = events.filter((e) => e.type === "task.completed");
    const count = (task: number) => completed.filter((e) => e.object.id === task).length;
    const view = room.json.view;
    expect(view.alive_id).toBe(DEMO_LIVE);
    expect(view.tasks.map((t: any) => [t.id, t.completed])).toEqual([tasks.watch10, tasks.comment, tasks.unordered, tasks.ordered].map((t) => [t, count(t)]));
    expect(view.tasks[3].children.map((c: any) => c.completed)).toEqual(tasks.orderedChildren.map(count));

    const state = await admin(app, "GET", "/state?vendor=xiaoe");
    const stored = JSON.stringify(state.json.vendors.xiaoe);
    for (const e of completed) expect(stored).toContain(`${e.viewerId} completed task ${e.object.id}`);

    const seen = [...new Set(events.filter((e) => e.type === "viewer.joined").map((e) => e.viewerId))];
    const users = await xiaoe.listUsers({ page: 1, page_size: 50 });
    expect(users.total).toBe(5 + seen.length);
    expect(users.list.map((u) => u.user_id)).toEqual(expect.arrayContaining(seen));
    const completers = [...new Set(completed.map((e) => e.viewerId))].slice(0, 20);
    const found = await xiaoe.getUsersByIds({ user_id_list: completers, page: 1, page_size: 50 });
    expect(found.list.map((u) => u.user_id)).toEqual(completers);
    expect(found.list[0]!.user_id).toMatch(/^u_[0-9a-f]{13}_[0-9A-Za-z]{10}$/);
  });

  it("plays the same for the same seed whatever the clock steps", async () => {
    const once = (await playRoom([70])).events;
    await target!.close();
    const stepped = (await playRoom([...Array.from({ length: 60 }, () => 1), 10])).events;
    await target!.close();
    const odd = (await playRoom([0.3, 7.25, 13, 0.01, 22, 40])).events;
    expect(stepped).toEqual(once);
    expect(odd).toEqual(once);
    expect(once.filter((e: any) => e.type === "task.completed").length).toBeGreaterThan(20);
    expect(once[0].at).toBe(T0);
  });

  it("resumes after a restart with --data-dir and ends as an uninterrupted room", async () => {
    const expected = (await playRoom([70])).events;
    await target!.close();
    const dir = mkdtempSync(join(tmpdir(), "livemock-xiaoe-room-"));
    try {
      const first = await playRoom([23.5], dir);
      first.app.livemock.control.close();
      const second = await mockTarget("in-process", { seed: 11, dataDir: dir });
      await second.app.livemock.ready;
      expect((await admin(second.app, "GET", "/rooms/room-1")).json.state).toBe("playing");
      await admin(second.app, "POST", "/clock/advance", { minutes: 50 });
      expect(await allEvents(second.app, "room-1")).toEqual(expected);
      second.app.livemock.control.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
