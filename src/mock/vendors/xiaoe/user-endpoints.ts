/**
 * The user lookups over validated bodies: 获取用户列表1.0.0 (xe.user.batch.get, what the official SDK
 * samples call) and 批量查询获取用户信息 (xe.user.batch_by_user_id.get, how an integration resolves the
 * user ids a live-task completion names). Auth, rate limits and body validation happened before these run.
 */
import { userListSuccess, usersByIdsSuccess, type XiaoeRequestBody } from "../../../contracts/xiaoe/index.ts";
import type { MockContext } from "../../core/context.ts";
import type { VendorResponse } from "../../core/vendor.ts";
import type { StoreState } from "../../store/index.ts";
import { succeeded } from "./respond.ts";
import { findUser, type StoredUser, usersOf } from "./user-state.ts";

/** xe.user.batch.get reaches the first 10000 users only (the doc sends larger shops to 2.0.0). */
export const USER_LIST_REACH = 10_000;

function listItem(user: StoredUser) {
  const { user_id, user_nickname, bind_phone, collect_phone, avatar, from, pay_sum, punch_count, user_created_at } = user;
  return { user_id, user_nickname, bind_phone, collect_phone, avatar, from, pay_sum, punch_count, user_created_at };
}

function byIdItem(user: StoredUser) {
  const { wx_union_id, wx_app_open_id, wx_open_id } = user;
  const { user_id, ...rest } = listItem(user);
  return { user_id, wx_union_id, wx_app_open_id, wx_open_id, ...rest };
}

function pageOf<T>(items: T[], page: number, pageSize: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/** The one text filter that applies: phone over nickname over name (the doc's priorities). */
function textFilter(body: XiaoeRequestBody<"listUsers">): ((user: StoredUser) => boolean) | undefined {
  if (body.phone) return (user) => user.bind_phone === body.phone || user.collect_phone === body.phone;
  if (body.nickname) return (user) => user.user_nickname.includes(body.nickname!);
  if (body.name) return (user) => user.name.includes(body.name!);
  return undefined;
}

/**
 * xe.user.batch.get: one page of the app's users, oldest first, with the filters livemock can apply
 * (phone/nickname/name, `from`, `user_type`: livemock's users are all ordinary, so 黑名单 and 超级会员 find none).
 *
 * @example
 * listUsers(context, state, appId, { access_token, page: 1, page_size: 2 }) // { code: 0, msg: "ok", data: { list: [2 users], total: 5 } }
 */
export function listUsers(_context: MockContext, state: StoreState, appId: string, body: XiaoeRequestBody<"listUsers">): VendorResponse {
  let users = usersOf(state, appId).slice(0, USER_LIST_REACH);
  const text = textFilter(body);
  if (text) users = users.filter(text);
  if (body.from !== undefined && body.from !== "") users = users.filter((user) => user.from === body.from);
  if (body.user_type === "1" || body.user_type === "2") users = [];
  return succeeded(userListSuccess({ list: pageOf(users, body.page, body.page_size).map(listItem), total: users.length }), { operation: "listUsers", owner: appId });
}

/**
 * xe.user.batch_by_user_id.get: the app's users among `user_id_list`, in the order asked (repeats and
 * ids the app does not have left out), one page of them; `total` counts the users found.
 *
 * @example
 * getUsersByIds(context, state, appId, { access_token, user_id_list: [id], page: 1, page_size: 50 })
 */
export function getUsersByIds(_context: MockContext, state: StoreState, appId: string, body: XiaoeRequestBody<"getUsersByIds">): VendorResponse {
  const found = [...new Set(body.user_id_list)].map((id) => findUser(state, appId, id)).filter((user): user is StoredUser => user !== undefined);
  return succeeded(usersByIdsSuccess({ list: pageOf(found, body.page, body.page_size).map(byIdItem), total: found.length }), { operation: "getUsersByIds", owner: appId });
}
