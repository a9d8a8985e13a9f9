/**
 * Xiaoe-tech's error catalogue as data, and the builder of its error envelope.
 *
 * Every Xiaoe error is answered with HTTP 200 and `{"code":<non-zero>,"msg":...,"data":null}` (key order
 * as the vendor's). Codes 1001 and 2001-2055 come from the global code table
 * (https://api-doc.xiaoe-tech.com/common_problem/code.html, as transcribed by third parties); the wire
 * `msg` is not documented, so the table's own wording is used. The task business errors share code 1
 * (livemock's guess); `创建直播任务失败` is the one failure message seed 000 documents.
 */

/** One entry of the catalogue. */
export interface XiaoeErrorEntry {
  /** Stable name used by livemock code. */
  readonly id: XiaoeErrorId;
  /** HTTP status of the answer (always 200 for Xiaoe). */
  readonly status: 200;
  /** The body's `code`. */
  readonly code: number;
  /** The body's `msg`. */
  readonly msg: string;
  /** When livemock emits it. */
  readonly when: string;
  /** True when the code, the message or the mapping is livemock's guess rather than documented. */
  readonly inferred: boolean;
}

/** The Xiaoe error envelope, exactly as the vendor orders it. */
export interface XiaoeErrorEnvelope {
  code: number;
  msg: string;
  data: null;
}

/** An error ready to send: the catalogue entry, its envelope, and the precise reason for `x-livemock-reason`. */
export interface XiaoeFailure {
  readonly id: XiaoeErrorId;
  readonly status: 200;
  readonly code: number;
  readonly msg: string;
  readonly envelope: XiaoeErrorEnvelope;
  /** Human reason naming the field; travels in the `x-livemock-reason` header, never in the envelope. */
  readonly reason: string;
}

const entries = {
  systemBusy: { code: 1001, msg: "系统繁忙", when: "fault injection only", inferred: true },
  responseFormatError: { code: 1002, msg: "业务接口返回值格式错误", when: "not emitted", inferred: false },
  missingAppId: { code: 2001, msg: "缺失 app_id 参数", when: "/token without app_id", inferred: false },
  invalidAppId: { code: 2002, msg: "错误 app_id 参数", when: "app_id malformed (not `app` + 12 lowercase alphanumerics)", inferred: true },
  missingSecretKey: { code: 2003, msg: "缺失 secret_key 参数", when: "/token without secret_key", inferred: false },
  wrongSecretKey: { code: 2004, msg: "secret_key 错误，或者 app_id 无效", when: "unknown app_id or wrong secret_key", inferred: false },
  missingGrantType: { code: 2005, msg: "缺失 grant_type 参数", when: "/token without grant_type", inferred: false },
  invalidGrantType: { code: 2006, msg: "grant_type 参数错误", when: "grant_type is not client_credential (2006 shares 2005's table row; meaning and wording inferred)", inferred: true },
  missingAccessToken: { code: 2007, msg: "缺失 凭证access_token", when: "business call without access_token", inferred: false },
  invalidAccessToken: { code: 2008, msg: "access_token 过期 或者不存在", when: "unknown, expired, or superseded-and-grace-elapsed token", inferred: false },
  missingUserId: { code: 2009, msg: "缺失 userid 参数", when: "not used by task endpoints", inferred: false },
  invalidUserId: { code: 2010, msg: "user_id 无效", when: "not used by task endpoints", inferred: false },
  noPermission: { code: 2017, msg: "没有请求本接口的权限，请申请对应接口权限集", when: "the app lacks the permission set (admin-configurable)", inferred: true },
  invalidClientId: { code: 2020, msg: "无效的client_id", when: "client_id missing or not the app's", inferred: true },
  ipNotWhitelisted: { code: 2051, msg: "IP 没有添加白名单", when: "only when an IP whitelist is configured", inferred: true },
  unknownApi: { code: 2052, msg: "没有提供该API，用户请求的url错误，或者该url没有在系统中注册", when: "unknown /xe.*/<version> path or version", inferred: false },
  rateLimited: { code: 2053, msg: "API的调用次数达到上限", when: "per-endpoint or token rate limit exceeded", inferred: false },
  trafficSpike: { code: 2054, msg: "API的请求短时间突增", when: "fault injection only", inferred: true },
  wrongMethod: { code: 2055, msg: "API请求方式错误", when: "wrong HTTP method (GET on a business path, POST on /token)", inferred: false },
  taskCreateFailed: { code: 1, msg: "创建直播任务失败", when: "any task.create validation failure, incl. unknown alive_id", inferred: true },
  taskUpdateFailed: { code: 1, msg: "编辑直播任务失败", when: "any task.update validation failure", inferred: true },
  liveNotFound: { code: 1, msg: "直播不存在", when: "task.get / live_task_by_id with an unknown or malformed alive_id", inferred: true },
  liveTaskNotFound: { code: 1, msg: "直播任务不存在", when: "unknown, malformed, deleted or another app's live_task_id", inferred: true },
  invalidUserQuery: { code: 1, msg: "参数错误", when: "a user lookup (xe.user.batch.get, xe.user.batch_by_user_id.get) breaking a documented constraint", inferred: true },
} as const;

/** Names of every catalogue entry. */
export type XiaoeErrorId = keyof typeof entries;

/**
 * The catalogue, keyed by id.
 *
 * @example
 * xiaoeErrors.missingAccessToken.code // 2007
 */
export const xiaoeErrors: { readonly [K in XiaoeErrorId]: XiaoeErrorEntry } = Object.fromEntries(Object.entries(entries).map(([id, entry]) => [id, { id, status: 200, ...entry }])) as {
  readonly [K in XiaoeErrorId]: XiaoeErrorEntry;
};

/**
 * Builds the vendor envelope of a catalogue entry: `{code, msg, data: null}` in that key order.
 *
 * @example
 * xiaoeErrorEnvelope("taskCreateFailed") // { code: 1, msg: "创建直播任务失败", data: null }
 */
export function xiaoeErrorEnvelope(id: XiaoeErrorId): XiaoeErrorEnvelope {
  const entry = xiaoeErrors[id];
  return { code: entry.code, msg: entry.msg, data: null };
}

/**
 * Builds a ready-to-send failure: entry, envelope and the precise reason for the `x-livemock-reason` header.
 *
 * @example
 * const failure = xiaoeFailure("missingAccessToken", "access_token: required (send it in the JSON body)");
 * failure.envelope // { code: 2007, msg: "缺失 凭证access_token", data: null }
 */
export function xiaoeFailure(id: XiaoeErrorId, reason: string): XiaoeFailure {
  const entry = xiaoeErrors[id];
  return { id, status: entry.status, code: entry.code, msg: entry.msg, envelope: xiaoeErrorEnvelope(id), reason };
}
