/**
 * A Xiaoe live room's viewers: how they look (user ids as the vendor shapes them, nicknames,
 * avatars), what the room remembers of each (visits, comments, likes, sign-ins, shares), the watch
 * time inside a window, and the `live-user` and `user` records written for them.
 */
import { formatXiaoeDateTime } from "../../../contracts/xiaoe/index.ts";
import type { RoomRandom, RoomViewer } from "../../rooms/types.ts";
import { alnum, NICKNAMES, type StoredLiveUser, type StoredUser } from "./user-state.ts";

const HEX = "0123456789abcdef";

/** What a room remembers of one viewer (JSON-serialisable). */
export interface ViewerState {
  readonly id: string;
  readonly nickname: string;
  readonly avatar: string;
  /** Finished visits, `[joined, left]` in epoch ms. */
  visits: [number, number][];
  /** When the current visit began, or null when the viewer is not in the room. */
  since: number | null;
  firstIn: number;
  lastIn: number;
  comments: number;
  likes: number;
  signIns: number;
  shares: number;
}

/**
 * The `index`-th viewer of a room: a user id of the shape Xiaoe shows (`u_` + 13 hex + `_` + 10
 * letters and digits, like `u_655717865650f_faZTZyFrtN`), a nickname and a WeChat-style avatar.
 *
 * @example
 * xiaoeViewer(0, room.random) // { index: 0, id: "u_…_…", nickname: "晨光1", avatar: "https://…" }
 */
export function xiaoeViewer(index: number, random: RoomRandom): RoomViewer {
  let hex = "";
  for (let i = 0; i < 13; i++) hex += HEX[random.int(0, 15)];
  const id = `u_${hex}_${alnum(random, 10)}`;
  const nickname = `${NICKNAMES[random.int(0, NICKNAMES.length - 1)]}${index + 1}`;
  return { index, id, nickname, avatar: `https://wechatavator-1252524126.file.myqcloud.com/livemock/viewer-${random.int(1, 64)}.png` };
}

/**
 * A viewer's first memory, when they first join at `at`.
 *
 * @example
 * newViewerState(viewer, input.at).since // input.at
 */
export function newViewerState(viewer: RoomViewer, at: number): ViewerState {
  return { id: viewer.id, nickname: viewer.nickname, avatar: viewer.avatar, visits: [], since: at, firstIn: at, lastIn: at, comments: 0, likes: 0, signIns: 0, shares: 0 };
}

/**
 * Milliseconds the viewer watched inside `[from, to)`, up to `now` for the visit under way.
 *
 * @example
 * watchedWithin({ visits: [[0, 60_000]], since: null }, 30_000, 90_000, 120_000) // 30000
 */
export function watchedWithin(viewer: Pick<ViewerState, "visits" | "since">, from: number, to: number, now: number): number {
  let total = 0;
  const overlap = (start: number, end: number) => Math.max(0, Math.min(end, to) - Math.max(start, from));
  for (const [start, end] of viewer.visits) total += overlap(start, end);
  if (viewer.since !== null) total += overlap(viewer.since, now);
  return total;
}

/**
 * The viewer's `live-user` record at `now`: watch time in seconds as the `alive_user_data` push
 * carries it. livemock's room is a live broadcast, so the time in the room (his_online_time) is the
 * live watch time (his_learning_time) and the total (his_learn_time); no playback (his_learned_time 0)
 * [inferred: the push doc names the fields without defining them].
 *
 * @example
 * liveUserRecord(state, "l_696ef6c1e4b0694c5b78ba7b", now).his_learning_time // seconds watched
 */
export function liveUserRecord(viewer: ViewerState, aliveId: string, now: number): StoredLiveUser {
  const seconds = Math.floor(watchedWithin(viewer, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, now) / 1000);
  return {
    alive_id: aliveId,
    user_id: viewer.id,
    share_user_id: "",
    his_online_time: seconds,
    his_learn_time: seconds,
    his_learning_time: seconds,
    his_learned_time: 0,
    first_in_time: formatXiaoeDateTime(viewer.firstIn),
    last_in_time: formatXiaoeDateTime(viewer.lastIn),
    comment_num: viewer.comments,
    prize_winner_num: 0,
    user_total_price: 0,
  };
}

/**
 * The shop user a viewer becomes (xe.user.batch.get lists it), created when they first joined.
 * A room's viewer is a WeChat user without a bound phone [inferred].
 *
 * @example
 * shopUserRecord(state).user_created_at // "2026-03-01 08:03:12"
 */
export function shopUserRecord(viewer: ViewerState): StoredUser {
  return {
    user_id: viewer.id,
    user_nickname: viewer.nickname,
    name: "",
    bind_phone: "",
    collect_phone: "",
    avatar: viewer.avatar,
    from: "0",
    pay_sum: 0,
    punch_count: 0,
    user_created_at: formatXiaoeDateTime(viewer.firstIn),
    wx_union_id: "",
    wx_app_open_id: "",
    wx_open_id: "",
  };
}
