import { afterEach, describe, expect, it } from "vitest";
import { singleTask } from "../contracts/xiaoe/seed-examples.ts";
import { DEMO_LIVE, OTHER_APP, PATHS, sendable, T0, type XiaoeHarness, xiaoeHarness } from "./support.ts";

let h: XiaoeHarness;
afterEach(async () => h?.close());

const LIMITED = { code: 2053, msg: "API的调用次数达到上限", data: null };

describe("the documented per-app limits of the live-task APIs", () => {
  it.each([
    ["task.get", PATHS.get, "getLiveTask", { live_task_id: 1975339 }],
    ["live_task_by_id 2.0", PATHS.list, "listLiveTasks", {}],
  ])("serves %s 50 times in 10 s, answers the 51st with 2053, and serves again in the next window", async (_label, path, operation, extra) => {
    h = await xiaoeHarness({ rateLimits: true });
    const token = await h.token();
    const call = (t = token) => h.post(path, { access_token: t, alive_id: DEMO_LIVE, ...extra });
    for (let i = 0; i < 50; i++) expect((await call()).json.code).not.toBe(2053);
    h.clock.set(T0 + 9_999);
    const over = await call();
    expect(over.json).toEqual(LIMITED);
    expect(over.operation).toBe(operation);
    expect(over.reason).toMatch(new RegExp(`^rate limit: ${operation} allows 50 per 10 s per app; app apptrfbbm2m8971 may call again in 1 s$`));
    expect((await call(await h.token(OTHER_APP))).json.code).not.toBe(2053);
    h.clock.set(T0 + 10_000);
    expect((await call()).json.code).not.toBe(2053);
  });

  it("serves task.create 3000 times in 10 s (failed calls count too) and answers the 3001st with 2053; task.update keeps its own budget", async () => {
    h = await xiaoeHarness({ rateLimits: true });
    const token = await h.token();
    const broken = { ...sendable(singleTask(), token), task_type: 9 };
    for (let i = 0; i < 3000; i++) {
      const res = await h.app.request(PATHS.create, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(broken) });
      if (i % 500 === 0) expect(((await res.json()) as { code: number }).code).toBe(1);
    }
    const over = await h.post(PATHS.create, sendable(singleTask(), token));
    expect(over.json).toEqual(LIMITED);
    expect(over.reason).toMatch(/^rate limit: createLiveTask allows 3000 per 10 s per app/);
    const update = await h.post(PATHS.update, { ...sendable(singleTask(), token), live_task_id: 1 });
    expect(update.json.msg).toBe("直播任务不存在");
  });

  it("checks the token before the limit: calls with a bad token are not counted against the app", async () => {
    h = await xiaoeHarness({ rateLimits: true });
    const token = await h.token();
    for (let i = 0; i < 60; i++) await h.post(PATHS.list, { access_token: "xe_0123456789abc_nope", alive_id: DEMO_LIVE });
    expect((await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE })).json.code).toBe(0);
  });

  it("does not limit when rate limits are switched off", async () => {
    h = await xiaoeHarness({ rateLimits: false });
    const token = await h.token();
    for (let i = 0; i < 51; i++) await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE });
    expect((await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE })).json.code).toBe(0);
  });

  it("forgets the counters on POST /__livemock/reset", async () => {
    h = await xiaoeHarness({ rateLimits: true });
    let token = await h.token();
    for (let i = 0; i < 50; i++) await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE });
    expect((await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE })).json).toEqual(LIMITED);
    await h.app.request("/__livemock/reset", { method: "POST" });
    token = await h.token();
    expect((await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE })).json.code).toBe(0);
  });
});
