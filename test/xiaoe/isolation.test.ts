import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { singleTask, unorderedCombo } from "../contracts/xiaoe/seed-examples.ts";
import { DEMO_LIVE, OTHER_APP, PATHS, sendable, type XiaoeHarness, xiaoeHarness } from "./support.ts";

let h: XiaoeHarness;
let demo: string;
let other: string;
let demoTask: number;
beforeEach(async () => {
  h = await xiaoeHarness();
  demo = await h.token();
  other = await h.token(OTHER_APP);
  demoTask = (await h.post(PATHS.create, sendable(unorderedCombo(), demo))).json.data.task_id;
});
afterEach(async () => h.close());

describe("one app never sees another app's tasks", () => {
  it("gives a configured app the demo live room too, with an empty task list of its own", async () => {
    const res = await h.post(PATHS.list, { access_token: other, alive_id: DEMO_LIVE });
    expect(res.json).toEqual({ code: 0, msg: "ok", data: { is_open_task: 0, list: [] } });
    expect(h.app.livemock.context.journal.entries().at(-1)?.owner).toBe(OTHER_APP.appId);
  });

  it("answers 直播任务不存在 when another app reads a task or one of its children", async () => {
    for (const id of [demoTask, demoTask + 1]) {
      const res = await h.post(PATHS.get, { access_token: other, alive_id: DEMO_LIVE, live_task_id: id });
      expect(res.json).toEqual({ code: 1, msg: "直播任务不存在", data: null });
      expect(res.reason).toBe(`live_task_id: no task ${id} in live ${DEMO_LIVE} for app ${OTHER_APP.appId}`);
    }
  });

  it("answers 直播任务不存在 when another app updates it, and leaves it unchanged", async () => {
    const res = await h.post(PATHS.update, { ...sendable(singleTask(), other), live_task_id: demoTask });
    expect(res.json).toEqual({ code: 1, msg: "直播任务不存在", data: null });
    const mine = await h.post(PATHS.get, { access_token: demo, alive_id: DEMO_LIVE, live_task_id: demoTask });
    expect(mine.json.data.live_task.task_module).toBe(1);
  });

  it("shares the id sequence (vendor-wide ids) but lists each app's own tasks only", async () => {
    const created = await h.post(PATHS.create, sendable(singleTask(), other));
    expect(created.json.data.task_id).toBe(demoTask + 3);
    const lists = await Promise.all([demo, other].map((token) => h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE })));
    expect(lists.map((l) => l.json.data.list.map((t: { id: number; app_id: string }) => [t.id, t.app_id]))).toEqual([[[demoTask, "apptrfbbm2m8971"]], [[demoTask + 3, OTHER_APP.appId]]]);
  });
});
