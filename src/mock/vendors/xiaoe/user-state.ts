/**
 * Xiaoe users and the live-room records a live-task integration reads about them, in the shared store,
 * scoped by the app (店铺) that owns them:
 *
 * - `user`: the shop's users, as 获取用户列表1.0.0 and 批量查询获取用户信息 answer them. livemock seeds a
 *   few demo users into every configured app, drawn from a random source seeded by the mock's seed and
 *   the app id (the same users on every run with the same `--seed`; the app's other random ids are not
 *   disturbed).
 * - `live-user`: one viewer of one live, with the counters Xiaoe's `alive_user_data` push carries
 *   (watch time, comments, prizes won): what task conditions depend on.
 * - `task-completion`: one user completing one live task, with the fields of Xiaoe's `live_task` push.
 *
 * A live room (room.ts) fills them with {@link putLiveUser} and {@link putTaskCompletion}, and stores
 * its viewers as users of the shop.
 */
import type { components } from "../../../contracts/generated/xiaoe.ts";
import { formatXiaoeDateTime } from "../../../contracts/xiaoe/index.ts";
import { type Awaitable, inOrder } from "../../../util/awaitable.ts";
import type { MockContext } from "../../core/context.ts";
import { createRandom, type RandomSource } from "../../core/random.ts";
import type { Scope, StoreState } from "../../store/index.ts";

/**
 * A user of a shop: the fields 批量查询获取用户信息 answers (a superset of the list's), plus the 姓名 the
 * list's `name` filter reads. `from` is the 用户来源 code as a string ("0" WeChat ... "9" phone, "10" QQ).
 */
export type StoredUser = components["schemas"]["UserBatchByIdItem"] & { name: string };

/** One viewer of one live, with the `alive_user_data` push's counters (seconds for times). */
export interface StoredLiveUser {
  alive_id: string;
  user_id: string;
  share_user_id: string;
  /** 直播间停留时长 */
  his_online_time: number;
  /** 累计观看时长 */
  his_learn_time: number;
  /** 直播观看时长 */
  his_learning_time: number;
  /** 回放观看时长 */
  his_learned_time: number;
  first_in_time: string;
  last_in_time: string;
  comment_num: number;
  prize_winner_num: number;
  /** 成交金额 in fen. */
  user_total_price: number;
}

/** One completion of a live task by a user, with the `live_task` push's fields. */
export interface StoredTaskCompletion {
  /** livemock's own sequence number. */
  id: number;
  alive_id: string;
  task_id: number;
  user_id: string;
  task_module: 0 | 1;
  task_type: number;
  task_condition: string;
  reward_type: number;
  reward_value: string;
  completed_at: string;
}

const userScope = (appId: string): Scope => ({ vendor: "xiaoe", owner: appId, kind: "user" });
const liveUserScope = (appId: string): Scope => ({ vendor: "xiaoe", owner: appId, kind: "live-user" });
const completionScope = (appId: string): Scope => ({ vendor: "xiaoe", owner: appId, kind: "task-completion" });

/** How many demo users each app gets. */
export const DEMO_USER_COUNT = 5;

/** Nicknames demo users and room viewers are drawn from. */
export const NICKNAMES = ["小鹅", "晨光", "追光者", "Momo", "阿杰", "Luna", "山海", "橙子", "Kiki", "向日葵"];
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A seed for one app's users: the mock's seed mixed with the app id (FNV-1a). */
function appSeed(seed: number, appId: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < appId.length; i++) hash = Math.imul(hash ^ appId.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * `length` letters and digits drawn from `random` (the tail of a `u_…_…` user id).
 *
 * @example
 * alnum(random, 10) // "faZTZyFrtN"
 */
export function alnum(random: Pick<RandomSource, "next">, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALNUM[Math.floor(random.next() * ALNUM.length) % ALNUM.length];
  return out;
}

/**
 * The demo users of an app: the same list for the same seed and app id.
 *
 * @example
 * demoUsers(42, "apptrfbbm2m8971", Date.parse("2026-03-01T00:00:00Z"))[0].user_id // "u_…_…", the same on every run
 */
export function demoUsers(seed: number, appId: string, now: number): StoredUser[] {
  const random = createRandom(appSeed(seed, appId));
  const users: StoredUser[] = [];
  for (let i = 0; i < DEMO_USER_COUNT; i++) {
    const nickname = NICKNAMES[Math.floor(random.next() * NICKNAMES.length) % NICKNAMES.length]!;
    const phone = `13${String(Math.floor(random.next() * 1e9)).padStart(9, "0")}`;
    const punch = Math.floor(random.next() * 4);
    users.push({
      user_id: `u_${random.hex(13)}_${alnum(random, 10)}`,
      user_nickname: `${nickname}${i + 1}`,
      name: "",
      bind_phone: i % 2 === 0 ? phone : "",
      collect_phone: "",
      avatar: `https://wechatavator-1252524126.file.myqcloud.com/livemock/avatar-${i + 1}.png`,
      from: i === DEMO_USER_COUNT - 1 ? "9" : "0",
      pay_sum: punch * 9.9,
      punch_count: punch,
      // Oldest first, one day apart, ending a week before the app started.
      user_created_at: formatXiaoeDateTime(now - (DEMO_USER_COUNT - i + 6) * 86_400_000),
      wx_union_id: i === DEMO_USER_COUNT - 1 ? "" : `o${alnum(random, 27)}`,
      wx_app_open_id: "",
      wx_open_id: i === DEMO_USER_COUNT - 1 ? "" : `o${alnum(random, 27)}`,
    });
  }
  return users;
}

/**
 * Gives each configured app its demo users.
 *
 * @example
 * seedDemoUsers(context);
 */
export function seedDemoUsers(context: MockContext): Awaitable<void> {
  return inOrder(context.credentials.xiaoe, (app) =>
    context.store.transact({ vendor: "xiaoe", owner: app.appId }, (state) => {
      for (const user of demoUsers(context.seed, app.appId, context.startedAt)) putUser(state, app.appId, user);
    }),
  );
}

/**
 * Stores a user of an app (a later write with the same `user_id` replaces it).
 *
 * @example
 * putUser(state, appId, { ...user, user_nickname: "新昵称" });
 */
export function putUser(state: StoreState, appId: string, user: StoredUser): void {
  state.put<StoredUser>(userScope(appId), user.user_id, user);
}

/**
 * The app's user with that id, if it has one.
 *
 * @example
 * findUser(state, appId, "u_655717865650f_faZTZyFrtN")?.user_nickname
 */
export function findUser(state: StoreState, appId: string, userId: string): StoredUser | undefined {
  return state.get<StoredUser>(userScope(appId), userId);
}

/**
 * The app's users, oldest first (ties by id).
 *
 * @example
 * usersOf(state, appId).length // 5 for a fresh demo app
 */
export function usersOf(state: StoreState, appId: string): StoredUser[] {
  return state
    .list<StoredUser>(userScope(appId))
    .slice()
    .sort((a, b) => a.user_created_at.localeCompare(b.user_created_at) || a.user_id.localeCompare(b.user_id));
}

/**
 * Stores (or replaces) a viewer's counters on a live.
 *
 * @example
 * putLiveUser(state, appId, { alive_id, user_id, his_learn_time: 600, ... });
 */
export function putLiveUser(state: StoreState, appId: string, viewer: StoredLiveUser): void {
  state.put<StoredLiveUser>(liveUserScope(appId), `${viewer.alive_id}:${viewer.user_id}`, viewer);
}

/**
 * The viewers of a live, in the order they were first stored.
 *
 * @example
 * liveUsersOf(state, appId, DEMO_LIVE_ID).map((v) => v.user_id)
 */
export function liveUsersOf(state: StoreState, appId: string, aliveId: string): StoredLiveUser[] {
  return state.list<StoredLiveUser>(liveUserScope(appId)).filter((viewer) => viewer.alive_id === aliveId);
}

/**
 * Records that a user completed a live task (id from the store's sequence when not given).
 *
 * @example
 * putTaskCompletion(state, appId, { alive_id, task_id: 1975339, user_id, task_module: 0, task_type: 1, task_condition: "3", reward_type: 1, reward_value: "10", completed_at: "2026-03-01 20:10:00" });
 */
export function putTaskCompletion(state: StoreState, appId: string, completion: Omit<StoredTaskCompletion, "id"> & { id?: number }): StoredTaskCompletion {
  const stored: StoredTaskCompletion = { ...completion, id: completion.id ?? state.nextId("xiaoe:task-completion", 1) };
  state.put<StoredTaskCompletion>(completionScope(appId), stored.id, stored);
  return stored;
}

/**
 * The completions of a live (of one task when `taskId` is given), oldest first.
 *
 * @example
 * completionsOf(state, appId, DEMO_LIVE_ID, 1975339).map((c) => c.user_id)
 */
export function completionsOf(state: StoreState, appId: string, aliveId: string, taskId?: number): StoredTaskCompletion[] {
  return state
    .list<StoredTaskCompletion>(completionScope(appId))
    .filter((c) => c.alive_id === aliveId && (taskId === undefined || c.task_id === taskId))
    .sort((a, b) => a.id - b.id);
}
