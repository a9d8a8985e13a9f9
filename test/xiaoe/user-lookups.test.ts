/**
 * What a live-task integration reads after creating its tasks: the shop's users (xe.user.batch.get,
 * the call the official SDK samples make) and the users a task completion names
 * (xe.user.batch_by_user_id.get), with the validation, isolation and limits of the other business APIs.
 */
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_USER_COUNT, demoUsers } from "../../src/mock/vendors/xiaoe/index.ts";
import { xiaoeStateView } from "../../src/mock/vendors/xiaoe/state-view.ts";
import { completionsOf, liveUsersOf, putLiveUser, putTaskCompletion, putUser } from "../../src/mock/vendors/xiaoe/user-state.ts";
import { singleTask } from "../contracts/xiaoe/seed-examples.ts";
import { DEMO_APP, DEMO_LIVE, OTHER_APP, PATHS, sendable, T0, type XiaoeHarness, xiaoeHarness } from "./support.ts";

let h: XiaoeHarness;
afterEach(async () => h?.close());

const PARAMS_INVALID = { code: 1, msg: "参数错误", data: null };
const LIST_FIELDS = ["user_id", "user_nickname", "bind_phone", "collect_phone", "avatar", "from", "pay_sum", "punch_count", "user_created_at"];

describe("xe.user.batch.get/1.0.0 (获取用户列表1.0.0)", () => {
  it("answers the official SDK samples' call {page: 1, page_size: 2} with two demo users and the total", async () => {
    h = await xiaoeHarness();
    const res = await h.post(PATHS.users, { access_token: await h.token(), page: 1, page_size: 2 });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ code: 0, msg: "ok", data: { total: DEMO_USER_COUNT } });
    expect(res.json.data.list).toHaveLength(2);
    expect(Object.keys(res.json.data.list[0])).toEqual(LIST_FIELDS);
    expect(res.json.data.list[0].user_id).toMatch(/^u_[0-9a-f]{13}_[0-9A-Za-z]{10}$/);
    expect(res.json.data.list[0].user_created_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(res.operation).toBe("listUsers");
  });

  it("pages oldest first and answers an empty page past the end", async () => {
    h = await xiaoeHarness();
    const token = await h.token();
    const pages = await Promise.all([1, 2, 3, 4].map((page) => h.post(PATHS.users, { access_token: token, page, page_size: 2 })));
    const ids = pages.flatMap((p) => p.json.data.list.map((u: { user_id: string }) => u.user_id));
    expect(ids).toEqual(demoUsers(1, DEMO_APP.appId, T0).map((u) => u.user_id));
    expect(pages[3]!.json).toEqual({ code: 0, msg: "ok", data: { list: [], total: DEMO_USER_COUNT } });
  });

  it("gives the same users for the same seed, other users for another seed, and the same again after a reset", async () => {
    h = await xiaoeHarness({ seed: 7 });
    const list = async () => (await h.post(PATHS.users, { access_token: await h.token(), page: 1, page_size: 50 })).json.data.list;
    const first = await list();
    expect(first.map((u: { user_id: string }) => u.user_id)).toEqual(demoUsers(7, DEMO_APP.appId, T0).map((u) => u.user_id));
    h.app.livemock.reset();
    expect(await list()).toEqual(first);
    expect(demoUsers(8, DEMO_APP.appId, T0)[0]!.user_id).not.toBe(first[0].user_id);
  });

  it("applies one text filter (phone over nickname over name), from and user_type", async () => {
    h = await xiaoeHarness();
    const token = await h.token();
    const users = demoUsers(1, DEMO_APP.appId, T0);
    const withPhone = users.find((u) => u.bind_phone !== "")!;
    const find = async (filters: Record<string, unknown>) =>
      (await h.post(PATHS.users, { access_token: token, page: 1, page_size: 50, ...filters })).json.data.list.map((u: { user_id: string }) => u.user_id);
    expect(await find({ phone: withPhone.bind_phone, nickname: "nobody" })).toEqual([withPhone.user_id]);
    expect(await find({ nickname: users[1]!.user_nickname })).toEqual([users[1]!.user_id]);
    expect(await find({ from: "9" })).toEqual(users.filter((u) => u.from === "9").map((u) => u.user_id));
    expect(await find({ user_type: "1" })).toEqual([]);
    expect(await find({ phone: "19999999999" })).toEqual([]);
  });

  it.each([
    ["page missing", { page_size: 2 }, "page"],
    ["page 0", { page: 0, page_size: 2 }, "page"],
    ["page_size over 50", { page: 1, page_size: 51 }, "page_size"],
    ["page_size not an integer", { page: 1, page_size: "2" }, "page_size"],
    ["min_punch_count not an integer", { page: 1, page_size: 2, min_punch_count: 1.5 }, "min_punch_count"],
  ])("answers %s with code 1 参数错误 and names the field", async (_label, body, field) => {
    h = await xiaoeHarness();
    const res = await h.post(PATHS.users, { access_token: await h.token(), ...body });
    expect(res.json).toEqual(PARAMS_INVALID);
    expect(res.reason).toMatch(new RegExp(`^${field}`));
  });

  it("answers 2007 without a token and 2008 with an unknown one, as the task APIs do", async () => {
    h = await xiaoeHarness();
    expect((await h.post(PATHS.users, { page: 1, page_size: 2 })).json.code).toBe(2007);
    expect((await h.post(PATHS.users, { access_token: "xe_0000000000000_bogus", page: 1, page_size: 2 })).json.code).toBe(2008);
    expect((await h.call({ method: "GET", path: PATHS.users })).json.code).toBe(2055);
  });

  it("lists each app's own users only", async () => {
    h = await xiaoeHarness();
    const [demo, other] = await Promise.all([h.token(), h.token(OTHER_APP)]);
    const ids = async (token: string) => (await h.post(PATHS.users, { access_token: token, page: 1, page_size: 50 })).json.data.list.map((u: { user_id: string }) => u.user_id);
    const [mine, theirs] = await Promise.all([ids(demo), ids(other)]);
    expect(mine).toHaveLength(DEMO_USER_COUNT);
    expect(theirs).toEqual(demoUsers(1, OTHER_APP.appId, T0).map((u) => u.user_id));
    expect(mine.filter((id: string) => theirs.includes(id))).toEqual([]);
  });
});

describe("xe.user.batch_by_user_id.get/1.0.0 (批量查询获取用户信息)", () => {
  it("answers the asked users in the asked order with the WeChat ids, leaving unknown ids out", async () => {
    h = await xiaoeHarness();
    const users = demoUsers(1, DEMO_APP.appId, T0);
    const asked = [users[3]!.user_id, "u_000000000000_unknown", users[0]!.user_id, users[3]!.user_id];
    const res = await h.post(PATHS.usersById, { access_token: await h.token(), user_id_list: asked, page: 1, page_size: 50 });
    expect(res.json).toMatchObject({ code: 0, msg: "ok", data: { total: 2 } });
    expect(res.json.data.list.map((u: { user_id: string }) => u.user_id)).toEqual([users[3]!.user_id, users[0]!.user_id]);
    expect(Object.keys(res.json.data.list[0])).toEqual(["user_id", "wx_union_id", "wx_app_open_id", "wx_open_id", ...LIST_FIELDS.slice(1)]);
    expect(res.json.data.list[0]).toMatchObject({ user_nickname: users[3]!.user_nickname, wx_open_id: users[3]!.wx_open_id });
  });

  it("answers an id nobody has with an empty list (not-found is no error)", async () => {
    h = await xiaoeHarness();
    const res = await h.post(PATHS.usersById, { access_token: await h.token(), user_id_list: ["u_xxxx"], page: 1, page_size: 3 });
    expect(res.json).toEqual({ code: 0, msg: "ok", data: { list: [], total: 0 } });
  });

  it("pages the users found", async () => {
    h = await xiaoeHarness();
    const ids = demoUsers(1, DEMO_APP.appId, T0).map((u) => u.user_id);
    const res = await h.post(PATHS.usersById, { access_token: await h.token(), user_id_list: ids, page: 2, page_size: 2 });
    expect(res.json.data.list.map((u: { user_id: string }) => u.user_id)).toEqual(ids.slice(2, 4));
    expect(res.json.data.total).toBe(DEMO_USER_COUNT);
  });

  it.each([
    ["user_id_list missing", { page: 1, page_size: 2 }, "user_id_list"],
    ["user_id_list empty", { user_id_list: [], page: 1, page_size: 2 }, "user_id_list"],
    ["51 user ids", { user_id_list: Array.from({ length: 51 }, (_, i) => `u_${i}`), page: 1, page_size: 2 }, "user_id_list"],
    ["user_id_list a string", { user_id_list: "u_xxxx", page: 1, page_size: 2 }, "user_id_list"],
    ["page_size missing", { user_id_list: ["u_xxxx"], page: 1 }, "page_size"],
  ])("answers %s with code 1 参数错误 and names the field", async (_label, body, field) => {
    h = await xiaoeHarness();
    const res = await h.post(PATHS.usersById, { access_token: await h.token(), ...body });
    expect(res.json).toEqual(PARAMS_INVALID);
    expect(res.reason).toMatch(new RegExp(`^${field}`));
  });

  it("never answers another app's users", async () => {
    h = await xiaoeHarness();
    const ids = demoUsers(1, DEMO_APP.appId, T0).map((u) => u.user_id);
    const res = await h.post(PATHS.usersById, { access_token: await h.token(OTHER_APP), user_id_list: ids, page: 1, page_size: 50 });
    expect(res.json).toEqual({ code: 0, msg: "ok", data: { list: [], total: 0 } });
    expect(h.app.livemock.context.journal.entries().at(-1)?.owner).toBe(OTHER_APP.appId);
  });

  it("allows 1000 calls per 10 s per app and answers the next with 2053", async () => {
    h = await xiaoeHarness({ rateLimits: true });
    const token = await h.token();
    const body = JSON.stringify({ access_token: token, user_id_list: ["u_xxxx"], page: 1, page_size: 1 });
    for (let i = 0; i < 1000; i++) await h.app.request(PATHS.usersById, { method: "POST", headers: { "content-type": "application/json" }, body });
    const over = await h.post(PATHS.usersById, JSON.parse(body));
    expect(over.json).toEqual({ code: 2053, msg: "API的调用次数达到上限", data: null });
    expect(over.reason).toMatch(/^rate limit: getUsersByIds allows 1000 per 10 s per app/);
  });
});

describe.each(["in-process", "http"] as const)("live → task → records → users (%s)", (transport) => {
  it("resolves the users a live task's completions and viewers name, for the owning app only", async () => {
    h = await xiaoeHarness({ transport });
    const token = await h.token();
    const created = await h.post(PATHS.create, sendable(singleTask(), token));
    const taskId = created.json.data.task_id as number;
    const [viewer, finisher] = demoUsers(1, DEMO_APP.appId, T0);
    // What the live room will write: a viewer's counters and a completion of the task.
    const store = h.app.livemock.context.store;
    const records = store.transact({ vendor: "xiaoe", owner: DEMO_APP.appId }, (state) => {
      putLiveUser(state, DEMO_APP.appId, {
        alive_id: DEMO_LIVE,
        user_id: viewer!.user_id,
        share_user_id: "",
        his_online_time: 300,
        his_learn_time: 240,
        his_learning_time: 240,
        his_learned_time: 0,
        first_in_time: "2026-03-01 08:00:00",
        last_in_time: "2026-03-01 08:04:00",
        comment_num: 1,
        prize_winner_num: 0,
        user_total_price: 0,
      });
      putTaskCompletion(state, DEMO_APP.appId, {
        alive_id: DEMO_LIVE,
        task_id: taskId,
        user_id: finisher!.user_id,
        task_module: 0,
        task_type: 1,
        task_condition: "3",
        reward_type: 1,
        reward_value: "10",
        completed_at: "2026-03-01 08:03:00",
      });
      return { viewers: liveUsersOf(state, DEMO_APP.appId, DEMO_LIVE), completions: completionsOf(state, DEMO_APP.appId, DEMO_LIVE, taskId) };
    }) as { viewers: { user_id: string }[]; completions: { user_id: string; task_id: number }[] };
    expect(records.completions).toMatchObject([{ task_id: taskId, user_id: finisher!.user_id }]);

    const ids = [...records.completions.map((c) => c.user_id), ...records.viewers.map((v) => v.user_id)];
    const looked = await h.post(PATHS.usersById, { access_token: token, user_id_list: ids, page: 1, page_size: 50 });
    expect(looked.json.data.list.map((u: { user_nickname: string }) => u.user_nickname)).toEqual([finisher!.user_nickname, viewer!.user_nickname]);

    const other = await h.post(PATHS.usersById, { access_token: await h.token(OTHER_APP), user_id_list: ids, page: 1, page_size: 50 });
    expect(other.json.data.total).toBe(0);
    const otherRecords = store.transact({ vendor: "xiaoe", owner: OTHER_APP.appId }, (state) => completionsOf(state, OTHER_APP.appId, DEMO_LIVE)) as unknown[];
    expect(otherRecords).toEqual([]);
  });

  it("finds a user the live room adds through both lookups", async () => {
    h = await xiaoeHarness({ transport });
    const token = await h.token();
    const added = { ...demoUsers(1, DEMO_APP.appId, T0)[0]!, user_id: "u_api_livemock0001", user_nickname: "新观众", user_created_at: "2026-03-01 09:00:00" };
    h.app.livemock.context.store.transact({ vendor: "xiaoe", owner: DEMO_APP.appId }, (state) => putUser(state, DEMO_APP.appId, added));
    const list = await h.post(PATHS.users, { access_token: token, page: 1, page_size: 50, nickname: "新观众" });
    expect(list.json.data).toMatchObject({ total: 1, list: [{ user_id: "u_api_livemock0001" }] });
    const byId = await h.post(PATHS.usersById, { access_token: token, user_id_list: ["u_api_livemock0001"], page: 1, page_size: 1 });
    expect(byId.json.data.list[0]).toMatchObject({ user_id: "u_api_livemock0001", user_nickname: "新观众" });
  });
});

describe("the Xiaoe state view", () => {
  it("names the new kinds and describes their records", () => {
    expect(Object.keys(xiaoeStateView.kinds)).toEqual(expect.arrayContaining(["user", "live-user", "task-completion"]));
    expect(xiaoeStateView.describe("user", { user_nickname: "小鹅1" }, T0)).toEqual({ title: "小鹅1" });
    expect(xiaoeStateView.describe("task-completion", { user_id: "u_1", task_id: 1975339 }, T0)).toEqual({ title: "u_1 completed task 1975339" });
    expect(xiaoeStateView.describe("live-user", { user_id: "u_1", alive_id: DEMO_LIVE, his_learn_time: 600 }, T0)).toEqual({ title: `u_1 in ${DEMO_LIVE} (10 min watched)` });
  });
});
