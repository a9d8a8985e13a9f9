/**
 * What a room's viewers do to the live's tasks, through the Xiaoe room driver alone (a fake room plays
 * it; the end-to-end tests through the control plane are in test/rooms/): watch minutes over visits,
 * comments, likes, sign-ins and shares, single tasks, unordered and ordered combos, windows and
 * states, once per viewer, and what the store and the APIs then show.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { XiaoeRoomDriver } from "../../src/mock/vendors/xiaoe/room.ts";
import { findTask, type StoredTask } from "../../src/mock/vendors/xiaoe/task-state.ts";
import { completionsOf, liveUsersOf } from "../../src/mock/vendors/xiaoe/user-state.ts";
import { at, COMMENT, comboBody, completions, createTask, demoRoom, LIKE, MINUTE, SHARE, SIGN_IN, singleBody, VOTE, viewers, watch, xiaoeRooms } from "./room-support.ts";
import { DEMO_APP, DEMO_LIVE, OTHER_APP, PATHS, T0, type XiaoeHarness, xiaoeHarness } from "./support.ts";

let h: XiaoeHarness;
afterEach(async () => h?.close());

const read = <T>(work: (state: Parameters<Parameters<XiaoeHarness["app"]["livemock"]["context"]["store"]["transact"]>[1]>[0]) => T) =>
  h.app.livemock.context.store.transact({ vendor: "xiaoe", owner: DEMO_APP.appId }, work) as T;

describe("Xiaoe room driver: the live and its viewers", () => {
  it("finds the demo live for the app that owns it, and nothing for an unknown live", async () => {
    h = await xiaoeHarness();
    const driver = xiaoeRooms(h);
    expect(driver.liveField).toBe("alive_id");
    expect(await driver.findLive(DEMO_LIVE)).toEqual({ owner: DEMO_APP.appId, live: DEMO_LIVE, title: "livemock demo live" });
    expect(await driver.findLive("l_000000000000000000000000")).toBeUndefined();
  });

  it("finds a live only the second app owns under that app", async () => {
    h = await xiaoeHarness({ seedData: { xiaoe: { appId: OTHER_APP.appId, lives: [{ alive_id: "l_66a0c3e2e4b0d84d1c1f0a11", title: "春季新品直播" }] } } });
    await h.app.livemock.ready;
    expect(await xiaoeRooms(h).findLive("l_66a0c3e2e4b0d84d1c1f0a11")).toEqual({ owner: OTHER_APP.appId, live: "l_66a0c3e2e4b0d84d1c1f0a11", title: "春季新品直播" });
  });

  it("draws viewers with Xiaoe user ids, nicknames and avatars, the same for the same random", async () => {
    h = await xiaoeHarness();
    const crowd = viewers(xiaoeRooms(h), 20);
    for (const viewer of crowd) {
      expect(viewer.id).toMatch(/^u_[0-9a-f]{13}_[0-9A-Za-z]{10}$/);
      expect(viewer.nickname).toMatch(new RegExp(`${viewer.index + 1}$`));
      expect(viewer.avatar).toMatch(/^https:\/\/wechatavator-1252524126\.file\.myqcloud\.com\/livemock\/viewer-\d+\.png$/);
    }
    expect(new Set(crowd.map((v) => v.id)).size).toBe(20);
    expect(viewers(xiaoeRooms(h), 20)).toEqual(crowd);
  });
});

describe("Xiaoe room driver: single tasks", () => {
  it("completes a watch-3-minutes task 3 minutes after the viewer arrives, and not for one who leaves after 2", async () => {
    h = await xiaoeHarness();
    const driver = xiaoeRooms(h);
    const task = await createTask(h, singleBody(watch(3), { points: 20 }));
    const [stays, leaves] = viewers(driver, 2);
    const room = demoRoom(driver, [at(1, "viewer.joined", stays!), at(2, "viewer.joined", leaves!), at(4, "viewer.left", leaves!), at(10, "viewer.left", stays!)]);
    await room.playTo(T0 + 60 * MINUTE);
    expect(completions(room)).toEqual([[4, task, stays!.id]]);
    const event = room.events.find((e) => e.type === "task.completed")!;
    expect(event.object).toEqual({ kind: "live-task", id: task });
    expect(event.data).toMatchObject({
      app_id: DEMO_APP.appId,
      alive_id: DEMO_LIVE,
      task_id: task,
      user_id: stays!.id,
      task_module: 0,
      task_type: 1,
      task_condition: "3",
      reward_type: 1,
      reward_value: "20",
      reward: { reward_type: 1, reward_value: "20" },
      completed_at: "2026-03-01 08:04:00",
      completed_at_ms: T0 + 4 * MINUTE,
    });
  });

  it("adds up watch time over visits", async () => {
    h = await xiaoeHarness();
    const driver = xiaoeRooms(h);
    const task = await createTask(h, singleBody(watch(5)));
    const [viewer] = viewers(driver, 1);
    const room = demoRoom(driver, [at(0, "viewer.joined", viewer!), at(3, "viewer.left", viewer!), at(20, "viewer.joined", viewer!), at(40, "viewer.left", viewer!)]);
    await room.playTo(T0 + 60 * MINUTE);
    expect(completions(room)).toEqual([[22, task, viewer!.id]]);
  });

  it("completes comment, like, sign-in and share tasks on the move, once per viewer, and leaves conditions no crowd move meets", async () => {
    h = await xiaoeHarness();
    const driver = xiaoeRooms(h);
    const [comment, like, signIn, share, vote] = [
      await createTask(h, singleBody(COMMENT)),
      await createTask(h, singleBody(LIKE)),
      await createTask(h, singleBody(SIGN_IN)),
      await createTask(h, singleBody(SHARE)),
      await createTask(h, singleBody(VOTE)),
    ];
    const [a, b] = viewers(driver, 2);
    const room = demoRoom(driver, [
      at(0, "viewer.joined", a!),
      at(0, "viewer.joined", b!),
      at(1, "comment", a!, "主播好"),
      at(2, "comment", a!, "again"),
      at(3, "like", b!),
      at(4, "sign-in", a!),
      at(5, "share", b!),
      at(6, "like", b!),
    ]);
    await room.playTo(T0 + 60 * MINUTE);
    expect(completions(room)).toEqual([
      [1, comment, a!.id],
      [3, like, b!.id],
      [4, signIn, a!.id],
      [5, share, b!.id],
    ]);
    expect(completions(room).some(([, id]) => id === vote)).toBe(false);
    expect(room.events.filter((e) => e.type === "comment").map((e) => e.data)).toEqual([{ text: "主播好" }, { text: "again" }]);
  });

  it("counts only inside the task's window and only while the task is 正常", async () => {
    h = await xiaoeHarness();
    const driver = xiaoeRooms(h);
    // T0 is 08:00 China time; this window opens at 08:10 and closes at 08:20.
    const later = await createTask(h, singleBody(COMMENT, { window: { start_at: "2026-03-01 08:10:00", end_at: "2026-03-01 08:20:00" } }));
    const watchInWindow = await createTask(h, singleBody(watch(5), { window: { start_at: "2026-03-01 08:10:00", end_at: "2026-03-01 08:20:00" } }));
    const tooShort = await createTask(h, singleBody(watch(11), { window: { start_at: "2026-03-01 08:10:00", end_at: "2026-03-01 08:20:00" } }));
    const stopped = await createTask(h, singleBody(LIKE));
    read((state) => state.put<StoredTask>({ vendor: "xiaoe", owner: DEMO_APP.appId, kind: "live-task" }, stopped, { ...findTask(state, DEMO_APP.appId, stopped)!, task_state: 2 }));
    const [viewer] = viewers(driver, 1);
    const room = demoRoom(driver, [
      at(0, "viewer.joined", viewer!),
      at(5, "comment", viewer!),
      at(6, "like", viewer!),
      at(12, "comment", viewer!),
      at(25, "comment", viewer!),
      at(50, "viewer.left", viewer!),
    ]);
    await room.playTo(T0 + 60 * MINUTE);
    expect(completions(room)).toEqual([
      [12, later, viewer!.id],
      [15, watchInWindow, viewer!.id],
    ]);
    expect(completions(room).some(([, id]) => id === tooShort || id === stopped)).toBe(false);
  });
});

describe("Xiaoe room driver: combo tasks", () => {
  it("unordered: the children complete in any order and the main task (with the reward) with the last one", async () => {
    h = await xiaoeHarness();
    const driver = xiaoeRooms(h);
    const main = await createTask(h, comboBody([watch(10), SIGN_IN], false));
    const [watchChild, signChild] = read((state) => findTask(state, DEMO_APP.appId, main)!.child_ids);
    const [a, b] = viewers(driver, 2);
    const room = demoRoom(driver, [at(0, "viewer.joined", a!), at(0, "viewer.joined", b!), at(3, "sign-in", a!), at(15, "sign-in", b!), at(30, "viewer.left", a!), at(30, "viewer.left", b!)]);
    await room.playTo(T0 + 60 * MINUTE);
    expect(completions(room)).toEqual([
      [3, signChild, a!.id],
      [10, watchChild, a!.id],
      [10, main, a!.id],
      [10, watchChild, b!.id],
      [15, signChild, b!.id],
      [15, main, b!.id],
    ]);
    const mainEvent = room.events.find((e) => e.type === "task.completed" && e.object!.id === main)!;
    expect(mainEvent.data).toMatchObject({ task_module: 1, task_is_major: 0, task_type: 0, task_condition: "", reward: { reward_type: 1, reward_value: "100" }, task_title: "任务包" });
    const childEvent = room.events.find((e) => e.type === "task.completed" && e.object!.id === signChild)!;
    expect(childEvent.data).toMatchObject({ task_module: 1, task_is_major: 1, parent_task_id: main, reward: null, reward_type: 0 });
  });

  it("ordered: a child counts only after the previous one is complete", async () => {
    h = await xiaoeHarness();
    const driver = xiaoeRooms(h);
    const main = await createTask(h, comboBody([watch(10), SIGN_IN, COMMENT], true));
    const [first, second, third] = read((state) => findTask(state, DEMO_APP.appId, main)!.child_ids);
    const [early, late] = viewers(driver, 2);
    const room = demoRoom(driver, [
      at(0, "viewer.joined", early!),
      at(0, "viewer.joined", late!),
      // Signed in and commented before watching 10 minutes: neither counts yet.
      at(2, "sign-in", early!),
      at(3, "comment", early!),
      at(12, "comment", early!),
      at(13, "sign-in", early!),
      at(14, "comment", early!),
      at(20, "sign-in", late!),
      at(40, "viewer.left", early!),
      at(40, "viewer.left", late!),
    ]);
    await room.playTo(T0 + 60 * MINUTE);
    expect(completions(room)).toEqual([
      [10, first, early!.id],
      [10, first, late!.id],
      [13, second, early!.id],
      [14, third, early!.id],
      [14, main, early!.id],
      [20, second, late!.id],
    ]);
    const rewards = room.events.filter((e) => e.type === "task.completed" && e.viewerId === early!.id).map((e) => (e.data!.reward as { reward_value: string }).reward_value);
    expect(rewards).toEqual(["1", "2", "3", "100"]);
  });

  it("ordered: one comment completes one comment child, the next needs a later comment", async () => {
    h = await xiaoeHarness();
    const driver = xiaoeRooms(h);
    const main = await createTask(h, comboBody([COMMENT, COMMENT], true));
    const [c1, c2] = read((state) => findTask(state, DEMO_APP.appId, main)!.child_ids);
    const [viewer] = viewers(driver, 1);
    const room = demoRoom(driver, [at(0, "viewer.joined", viewer!), at(1, "comment", viewer!), at(2, "comment", viewer!)]);
    await room.playTo(T0 + 60 * MINUTE);
    expect(completions(room)).toEqual([
      [1, c1, viewer!.id],
      [2, c2, viewer!.id],
      [2, main, viewer!.id],
    ]);
  });
});

describe("Xiaoe room driver: what the store and the APIs show", () => {
  it("records completions, live viewers and shop users; xe.user.batch.get lists the viewers", async () => {
    h = await xiaoeHarness();
    const driver = xiaoeRooms(h);
    const task = await createTask(h, singleBody(watch(3)));
    const crowd = viewers(driver, 3);
    const room = demoRoom(driver, [...crowd.map((v, i) => at(i, "viewer.joined", v)), at(4, "comment", crowd[0]!, "hi"), ...crowd.map((v) => at(30, "viewer.left", v))]);
    await room.playTo(T0 + 60 * MINUTE);
    const stored = read((state) => completionsOf(state, DEMO_APP.appId, DEMO_LIVE, task));
    expect(stored.map((c) => [c.user_id, c.completed_at, c.reward_value])).toEqual(crowd.map((v, i) => [v.id, `2026-03-01 08:0${i + 3}:00`, "10"]));
    const liveUsers = read((state) => liveUsersOf(state, DEMO_APP.appId, DEMO_LIVE));
    expect(liveUsers.map((u) => [u.user_id, u.his_learning_time, u.comment_num, u.first_in_time])).toEqual(crowd.map((v, i) => [v.id, (30 - i) * 60, i === 0 ? 1 : 0, `2026-03-01 08:0${i}:00`]));
    const listed = await h.post(PATHS.users, { access_token: await h.token(), page: 1, page_size: 50 });
    const users = listed.json.data.list as { user_id: string; user_nickname: string; avatar: string }[];
    for (const viewer of crowd) expect(users).toContainEqual(expect.objectContaining({ user_id: viewer.id, user_nickname: viewer.nickname, avatar: viewer.avatar }));
  });

  it("gives the same events for the same inputs whatever the step sizes", async () => {
    const play = async (steps: number[]) => {
      h = await xiaoeHarness();
      const driver = xiaoeRooms(h);
      await createTask(h, singleBody(watch(7)));
      await createTask(h, comboBody([watch(4), LIKE, COMMENT], true));
      await createTask(h, comboBody([SIGN_IN, watch(12)], false));
      const crowd = viewers(driver, 4);
      const inputs = crowd.flatMap((v, i) => [at(i * 2, "viewer.joined", v), at(i * 2 + 5, "like", v), at(i * 3 + 6, "comment", v), at(i + 8, "sign-in", v), at(20 + i * 7, "viewer.left", v)]);
      const room = demoRoom(driver, inputs);
      for (const minute of steps) await room.playTo(T0 + minute * MINUTE);
      const events = room.events.map(({ seq: _seq, ...rest }) => rest);
      await h.close();
      return events;
    };
    const whole = await play([60]);
    expect(whole.filter((e) => e.type === "task.completed").length).toBeGreaterThan(5);
    expect(await play(Array.from({ length: 60 }, (_, i) => i + 1))).toEqual(whole);
    expect(await play([7, 7, 19, 33, 60])).toEqual(whole);
  });

  it("picks up a task created while the room plays, counting the watch time already in its window", async () => {
    h = await xiaoeHarness();
    const driver = xiaoeRooms(h);
    const [viewer] = viewers(driver, 1);
    const room = demoRoom(driver, [at(0, "viewer.joined", viewer!), at(30, "like", viewer!), at(40, "viewer.left", viewer!)]);
    await room.playTo(T0 + 10 * MINUTE);
    const task = await createTask(h, singleBody(watch(15)));
    const like = await createTask(h, singleBody(LIKE));
    await room.playTo(T0 + 60 * MINUTE);
    expect(completions(room)).toEqual([
      [15, task, viewer!.id],
      [30, like, viewer!.id],
    ]);
  });
});

describe("Xiaoe room driver: the data of the crowd's events (alive_user_data)", () => {
  it("gives a leaving viewer's watch times, entry times and comments as the push carries them", async () => {
    h = await xiaoeHarness();
    const driver = xiaoeRooms(h) as XiaoeRoomDriver;
    const [viewer] = viewers(driver, 1);
    const room = demoRoom(driver, [at(2, "viewer.joined", viewer!), at(5, "comment", viewer!, "hi"), at(10, "viewer.left", viewer!), at(20, "viewer.joined", viewer!)]);
    await room.playTo(T0 + 30 * MINUTE);
    const leaving = { kind: "crowd" as const, at: T0 + 30 * MINUTE, type: "viewer.left" as const, viewer: viewer! };
    expect(driver.crowdData(leaving, room.handle)).toEqual({
      alive_id: DEMO_LIVE,
      user_id: viewer!.id,
      share_user_id: "",
      his_online_time: 18 * 60,
      his_learn_time: 18 * 60,
      his_learning_time: 18 * 60,
      his_learned_time: 0,
      first_in_time: "2026-03-01 08:02:00",
      last_in_time: "2026-03-01 08:20:00",
      comment_num: 1,
      prize_winner_num: 0,
      user_total_price: 0,
      visit_seconds: 600,
    });
    expect(driver.crowdData({ ...leaving, type: "comment" }, room.handle)).toEqual({ user_id: viewer!.id, comment_num: 2 });
    expect(driver.crowdData({ ...leaving, type: "viewer.joined" }, room.handle)).toEqual({ user_id: viewer!.id, nickname: viewer!.nickname, avatar: viewer!.avatar, alive_id: DEMO_LIVE });
  });
});
