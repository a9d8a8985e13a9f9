import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_LIVE, PATHS, type XiaoeHarness, xiaoeHarness } from "./support.ts";

let h: XiaoeHarness;
let token: string;
beforeEach(async () => {
  h = await xiaoeHarness();
  token = await h.token();
});
afterEach(async () => h.close());

const MISSING = { code: 2007, msg: "缺失 凭证access_token", data: null };
const INVALID = { code: 2008, msg: "access_token 过期 或者不存在", data: null };

describe("calling a live-task API without a usable access_token", () => {
  it.each([
    ["task.create", PATHS.create, "createLiveTask"],
    ["task.update", PATHS.update, "updateLiveTask"],
    ["task.get", PATHS.get, "getLiveTask"],
    ["live_task_by_id 2.0", PATHS.list, "listLiveTasks"],
  ])("answers %s without a token with 2007 before checking the body", async (_label, path, operation) => {
    const res = await h.post(path, { alive_id: "not-a-live-id" });
    expect(res.json).toEqual(MISSING);
    expect(res.operation).toBe(operation);
    expect(res.reason).toBe("access_token: required (send it in the JSON body)");
  });

  it.each([
    ["empty", ""],
    ["null", null],
  ])("answers an %s access_token with 2007", async (_label, value) => {
    expect((await h.post(PATHS.list, { access_token: value, alive_id: DEMO_LIVE })).json).toEqual(MISSING);
  });

  it("answers a POST without any body with 2007", async () => {
    expect((await h.call({ method: "POST", path: PATHS.list })).json).toEqual(MISSING);
  });

  it("answers an unknown token with 2008 before checking the body", async () => {
    const res = await h.post(PATHS.create, { access_token: "xe_0123456789abc_nope", alive_id: "not-a-live-id" });
    expect(res.json).toEqual(INVALID);
  });

  it("answers a token that is not a string with 2008", async () => {
    const res = await h.post(PATHS.list, { access_token: 12345, alive_id: DEMO_LIVE });
    expect(res.json).toEqual(INVALID);
    expect(res.reason).toBe("access_token: expected a string, got number");
  });
});

describe("where the access_token may travel", () => {
  it("accepts it in the JSON body (official SDKs)", async () => {
    expect((await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE })).json.code).toBe(0);
  });

  it("accepts it in the query string when the body lacks it", async () => {
    expect((await h.post(PATHS.list, { alive_id: DEMO_LIVE }, { query: { access_token: token } })).json.code).toBe(0);
  });

  it("accepts it in a form-encoded body", async () => {
    const res = await h.call({
      method: "POST",
      path: PATHS.list,
      body: new URLSearchParams({ access_token: token, alive_id: DEMO_LIVE }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.json.code).toBe(0);
  });

  it("prefers the body's token: a bad body token fails even with a good one in the query", async () => {
    expect((await h.post(PATHS.list, { access_token: "xe_0123456789abc_nope", alive_id: DEMO_LIVE }, { query: { access_token: token } })).json).toEqual(INVALID);
  });

  it("keeps tokens out of the journal", async () => {
    await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE }, { query: { access_token: token } });
    expect(JSON.stringify(h.app.livemock.context.journal.entries())).not.toContain(token);
  });
});
