import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryStore, type Store } from "../../src/mock/store/index.ts";
import { singleTask } from "../contracts/xiaoe/seed-examples.ts";
import { DEMO_LIVE, PATHS, sendable, type XiaoeHarness, xiaoeHarness } from "./support.ts";

let h: XiaoeHarness;
afterEach(async () => {
  vi.restoreAllMocks();
  await h?.close();
});

const CREATE_FAILED = { code: 1, msg: "创建直播任务失败", data: null };
const MISSING = { code: 2007, msg: "缺失 凭证access_token", data: null };

const raw = (path: string, body: string, contentType: string, query: Record<string, string> = {}) => h.call({ method: "POST", path, body, query, headers: { "content-type": contentType } });

describe("sending a body livemock cannot read (answered as if the body were absent, the reason saying why)", () => {
  it.each([
    ["malformed JSON", '{"alive_id":', "application/json", /^body: not valid JSON$/],
    ["a JSON array", "[1,2]", "application/json", /^body: must be a JSON object, got an array$/],
    ["JSON null", "null", "application/json", /^body: must be a JSON object, got null$/],
    ["a JSON string", '"hello"', "application/json", /^body: must be a JSON object, got string$/],
    ["a text/plain body", JSON.stringify({ alive_id: DEMO_LIVE }), "text/plain", /^body: content-type text\/plain is not supported; send application\/json/],
    ["an XML body", "<alive_id>l_1</alive_id>", "application/xml", /^body: content-type application\/xml is not supported/],
    ["a body without content-type", JSON.stringify({ alive_id: DEMO_LIVE }), "", /^body: no content-type is not supported/],
  ])("answers %s with the token in the query with 创建直播任务失败", async (_label, body, contentType, reason) => {
    h = await xiaoeHarness();
    const token = await h.token();
    const res = await raw(PATHS.create, body, contentType, { access_token: token });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(CREATE_FAILED);
    expect(res.reason).toMatch(reason);
    expect(res.operation).toBe("createLiveTask");
  });

  it("answers malformed JSON without a token in the query with 2007, naming the unreadable body", async () => {
    h = await xiaoeHarness();
    const res = await raw(PATHS.create, '{"access_token":"xe_', "application/json");
    expect(res.json).toEqual(MISSING);
    expect(res.reason).toMatch(/^access_token: required \(send it in the JSON body\); body: not valid JSON/);
  });

  it("answers an unreadable body on task.get and the list with 直播不存在 (the body's alive_id could not be read)", async () => {
    h = await xiaoeHarness();
    const token = await h.token();
    for (const path of [PATHS.get, PATHS.list]) {
      const res = await raw(path, "{", "application/json", { access_token: token });
      expect(res.json).toEqual({ code: 1, msg: "直播不存在", data: null });
      expect(res.reason).toMatch(/^body: not valid JSON/);
    }
  });

  it("answers an unreadable body on task.update with 编辑直播任务失败", async () => {
    h = await xiaoeHarness();
    const token = await h.token();
    const res = await raw(PATHS.update, "<xml/>", "application/xml", { access_token: token });
    expect(res.json).toEqual({ code: 1, msg: "编辑直播任务失败", data: null });
  });

  it("still checks the token first: an unreadable body with a bad query token is 2008", async () => {
    h = await xiaoeHarness();
    const res = await raw(PATHS.create, "{", "application/json", { access_token: "xe_0123456789abc_nope" });
    expect(res.json.code).toBe(2008);
  });
});

describe("sending a body over the size limit", () => {
  it("answers it in the Xiaoe envelope without reading it: 创建直播任务失败 with the token in the query, 2007 without", async () => {
    h = await xiaoeHarness({ bodyLimitBytes: 1024 });
    const token = await h.token();
    const big = { ...sendable(singleTask(), token), task_title: "x".repeat(2000) };
    const withQuery = await h.post(PATHS.create, big, { query: { access_token: token } });
    expect(withQuery.json).toEqual(CREATE_FAILED);
    expect(withQuery.reason).toBe("body: larger than the 1024-byte limit, not read");
    const without = await h.post(PATHS.create, big);
    expect(without.json).toEqual(MISSING);
    expect(without.reason).toMatch(/; body: larger than the 1024-byte limit, not read$/);
    expect((await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE })).json.data.list).toEqual([]);
  });

  it("answers an oversized body on an unknown API with 2052 and on POST /token with 2055", async () => {
    h = await xiaoeHarness({ bodyLimitBytes: 64 });
    const big = { pad: "x".repeat(200) };
    expect((await h.post("/xe.alive.unknown/1.0.0", big)).json.code).toBe(2052);
    expect((await h.post(PATHS.token, big)).json.code).toBe(2055);
  });
});

describe("an unexpected failure inside livemock", () => {
  it("answers 1001 系统繁忙 in the Xiaoe envelope, never a 500 or a stack trace", async () => {
    let broken = false;
    const memory = createMemoryStore();
    const store: Store = {
      ...memory,
      transact(scope, work) {
        if (broken) throw new Error("store offline");
        return memory.transact(scope, work);
      },
    };
    h = await xiaoeHarness({ store });
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const token = await h.token();
    broken = true;
    const res = await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ code: 1001, msg: "系统繁忙", data: null });
    expect(res.reason).toBe("livemock internal error: store offline");
    expect(res.operation).toBe("listLiveTasks");
  });
});

describe("reasons never quote a malformed body", () => {
  it("names only the position of a JSON syntax error, so a token in a broken body does not leak", async () => {
    h = await xiaoeHarness();
    const token = await h.token();
    const res = await raw(PATHS.create, `{"access_token":"${token}" "alive_id":1}`, "application/json");
    expect(res.reason).toMatch(/; body: not valid JSON \(at position \d+\)$/);
    expect(res.reason).not.toContain(token.slice(0, 20));
  });
});
