/**
 * Xiaoe-tech success envelopes and request ids.
 *
 * Success is `{code: 0, msg, data}`; `msg` differs per endpoint (`success` for /token, `操作成功` for
 * task.create, `ok` for the list). task.get adds a top-level `request_id` between `msg` and `data`.
 */
import type { components } from "../generated/xiaoe.ts";

type Schemas = components["schemas"];

/** The documented (or, where marked, inferred) success `msg` of each operation. */
export const successMessages = {
  getAccessToken: "success",
  createLiveTask: "操作成功",
  /** Not documented; same as create (inferred). */
  updateLiveTask: "操作成功",
  /** Not documented (inferred). */
  getLiveTask: "ok",
  listLiveTasks: "ok",
  /** The by-id page's example says `ok` (the tables name the field `message`). */
  listUsers: "ok",
  getUsersByIds: "ok",
} as const;

/**
 * The token answer.
 *
 * @example
 * tokenSuccess({ access_token: generateAccessToken(), expires_in: 7200 })
 * // { code: 0, msg: "success", data: { access_token: "xe_…", expires_in: 7200 } }
 */
export function tokenSuccess(data: Schemas["TokenResponse"]["data"]): Schemas["TokenResponse"] {
  return { code: 0, msg: successMessages.getAccessToken, data };
}

/**
 * The task.create answer (`data.task_id` is the main task's id).
 *
 * @example
 * taskCreateSuccess({ task_id: 1975339, alive_id: "l_696ef6c1e4b0694c5b78ba7b" })
 * // { code: 0, msg: "操作成功", data: { task_id: 1975339, alive_id: "l_696ef6c1e4b0694c5b78ba7b" } }
 */
export function taskCreateSuccess(data: Schemas["TaskCreateResponse"]["data"]): Schemas["TaskCreateResponse"] {
  return { code: 0, msg: successMessages.createLiveTask, data };
}

/**
 * The task.update answer (undocumented; livemock answers like create).
 *
 * @example
 * taskUpdateSuccess({ task_id: 1385878, alive_id: "l_696ef6c1e4b0694c5b78ba7b" })
 */
export function taskUpdateSuccess(data: Schemas["TaskUpdateResponse"]["data"]): Schemas["TaskUpdateResponse"] {
  return { code: 0, msg: successMessages.updateLiveTask, data };
}

/**
 * The task.get answer, with its top-level `request_id`.
 *
 * @example
 * taskGetSuccess(liveTask, generateRequestId(rng))
 * // { code: 0, msg: "ok", request_id: "5f2c…", data: { live_task: liveTask } }
 */
export function taskGetSuccess(liveTask: Schemas["LiveTask"], requestId: string): Schemas["TaskGetResponse"] {
  return { code: 0, msg: successMessages.getLiveTask, request_id: requestId, data: { live_task: liveTask } };
}

/**
 * The live_task_by_id 2.0 answer.
 *
 * @example
 * liveTaskListSuccess({ is_open_task: 1, list: [] }) // { code: 0, msg: "ok", data: { is_open_task: 1, list: [] } }
 */
export function liveTaskListSuccess(data: Schemas["LiveTaskListResponse"]["data"]): Schemas["LiveTaskListResponse"] {
  return { code: 0, msg: successMessages.listLiveTasks, data };
}

/**
 * The xe.user.batch.get answer.
 *
 * @example
 * userListSuccess({ list: [], total: 0 }) // { code: 0, msg: "ok", data: { list: [], total: 0 } }
 */
export function userListSuccess(data: Schemas["UserListResponse"]["data"]): Schemas["UserListResponse"] {
  return { code: 0, msg: successMessages.listUsers, data };
}

/**
 * The xe.user.batch_by_user_id.get answer.
 *
 * @example
 * usersByIdsSuccess({ list: [], total: 0 }) // { code: 0, msg: "ok", data: { list: [], total: 0 } }
 */
export function usersByIdsSuccess(data: Schemas["UserBatchByIdResponse"]["data"]): Schemas["UserBatchByIdResponse"] {
  return { code: 0, msg: successMessages.getUsersByIds, data };
}

const HEX = "0123456789abcdef";

/**
 * A task.get `request_id`: 32 lowercase hex characters (the format is livemock's guess). Pass a seeded
 * `random` for deterministic ids.
 *
 * @example
 * generateRequestId() // "9b1c0e…" (32 hex)
 * generateRequestId(() => 0) // "00000000000000000000000000000000"
 */
export function generateRequestId(random: () => number = Math.random): string {
  let out = "";
  for (let i = 0; i < 32; i++) out += HEX[Math.floor(random() * 16) % 16];
  return out;
}
