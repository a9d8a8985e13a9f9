import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_LIVE, PATHS, type XiaoeHarness, xiaoeHarness } from "./support.ts";

let h: XiaoeHarness;
let token: string;
beforeEach(async () => {
  h = await xiaoeHarness();
  token = await h.token();
});
afterEach(async () => h.close());

const UNKNOWN_API = { code: 2052, msg: "没有提供该API，用户请求的url错误，或者该url没有在系统中注册", data: null };
const WRONG_METHOD = { code: 2055, msg: "API请求方式错误", data: null };

describe("calling a Xiaoe path livemock does not serve", () => {
  it.each([
    ["an API outside livemock's scope", "/xe.alive.list.get/1.0.0"],
    ["a known API at an unknown version", "/xe.alive.marketing.task.create/2.0.0"],
    ["the list API at version 1.0.0", "/xe.alive.marketing.live_task_by_id/1.0.0"],
    ["an API without a version", "/xe.alive.marketing.task.create"],
  ])("answers %s with 2052, even with a valid token", async (_label, path) => {
    const res = await h.post(path, { access_token: token, alive_id: DEMO_LIVE });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(UNKNOWN_API);
    expect(res.reason).toMatch(new RegExp(`^livemock does not serve POST ${path.replace(/\./g, "\\.")} \\(.*\\); it serves /token, `));
  });
});

describe("calling a Xiaoe API with the wrong method", () => {
  it.each([
    ["GET", PATHS.create, "createLiveTask"],
    ["GET", PATHS.list, "listLiveTasks"],
    ["PUT", PATHS.update, "updateLiveTask"],
    ["DELETE", PATHS.get, "getLiveTask"],
  ])("answers %s %s with 2055", async (method, path, operation) => {
    const res = await h.call({ method, path, query: { access_token: token } });
    expect(res.json).toEqual(WRONG_METHOD);
    expect(res.operation).toBe(operation);
    expect(res.reason).toBe(`method: ${path} takes POST, not ${method}`);
  });
});

describe("paths of other vendors and of livemock", () => {
  it("leaves paths that do not start with /xe. or equal /token to others", async () => {
    const res = await h.app.request("/tokens");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: "not_found" });
  });
});
