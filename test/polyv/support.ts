/**
 * Test helpers for the Polyv mock: an independent implementation of Polyv's signing rule (written
 * from the doc, deliberately not imported from src/), a signed-call helper over the harness, and
 * the seed documents' example bodies verbatim.
 */
import { createHash } from "node:crypto";
import type { MockAppOptions } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { type CallResult, createHarness, type Harness, type Transport } from "../support/harness.ts";

export const DEMO_APP = { appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" } as const;
export const OTHER_APP = { appId: "otherapp01", appSecret: "other-app-secret" } as const;
export const T0 = Date.parse("2026-03-01T00:00:00Z");

/**
 * Polyv's rule, from the doc: drop `sign` and empty values, sort keys by ASCII, concatenate
 * key+value, wrap in the secret, MD5 (or SHA-256 with signatureMethod=SHA256), uppercase hex.
 */
export function independentSign(params: Record<string, string>, secret: string, options: { keepEmpty?: boolean; signSignatureMethod?: boolean } = {}): string {
  const keys = Object.keys(params)
    .filter((k) => k !== "sign" && (options.keepEmpty || params[k] !== ""))
    .filter((k) => options.signSignatureMethod !== false || k !== "signatureMethod")
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let plain = secret;
  for (const k of keys) plain += k + params[k];
  plain += secret;
  const algorithm = params.signatureMethod?.toUpperCase() === "SHA256" ? "sha256" : "md5";
  return createHash(algorithm).update(plain, "utf8").digest("hex").toUpperCase();
}

export interface SignedCall {
  method?: string;
  path: string;
  /** Business query parameters (signed along with appId and timestamp). */
  query?: Record<string, string | number>;
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
  app?: { appId: string; appSecret: string };
  /** Default: the mock clock's now. */
  timestamp?: number | string;
  sha256?: boolean;
}

export interface PolyvHarness extends Harness {
  clock: ReturnType<typeof manualClock>;
  /** Signs the query with the independent signer and calls the mock. */
  signed<T = any>(init: SignedCall): Promise<CallResult<T>>;
}

/** A harness over a mock with a manual clock at {@link T0} and a second app, rate limits off unless asked. */
export async function polyvHarness(options: MockAppOptions & { transport?: Transport } = {}): Promise<PolyvHarness> {
  const clock = manualClock(T0);
  const harness = await createHarness("polyv", { clock, rateLimits: false, credentials: { polyv: [OTHER_APP] }, ...options });
  const signed = <T>(init: SignedCall) => {
    const app = init.app ?? DEMO_APP;
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries(init.query ?? {})) query[k] = String(v);
    query.appId = app.appId;
    query.timestamp = String(init.timestamp ?? clock.now());
    if (init.sha256) query.signatureMethod = "SHA256";
    query.sign = independentSign(query, app.appSecret);
    return harness.call<T>({ method: init.method, path: init.path, query, json: init.json, body: init.body, headers: init.headers });
  };
  return Object.assign(harness, { clock, signed });
}

export const TASK_REWARD = "/live/v4/channel/task-reward-activity";
export const LOTTERY = "/live/v4/channel/lottery-activity";

export { SEED_001_BODY, SEED_003_BODY } from "../support/seed-bodies.ts";

/** Seed 003's documented `data`, verbatim (the created activity). */
export const SEED_003_DATA = {
  id: 20521,
  activityName: "无条件抽奖",
  lotteryCondition: "none",
  amount: 1,
  receiveEnabled: "Y",
  receiveInfo: [
    { type: "userName", field: "姓名", tips: "请输入您的名称", required: true },
    { type: "userPhone", field: "手机", tips: "请输入您的手机号码", required: true },
  ],
  prizeName: "键盘",
  activityDuration: null,
  inviteType: "poster",
  inviteNum: null,
  duration: null,
  comment: null,
  externalListLink: null,
  externalInviteNumLink: null,
  acceptType: null,
  formInfo: null,
  prizeUrl: null,
  qrCode: null,
  qrCodeTips: null,
  thumbnail: null,
  realPrice: null,
  price: null,
  status: null,
  prizeInfo: null,
  questionGroupId: null,
  perAnswerDuration: null,
  lotteryRange: "all",
  repeatWinEnabled: "N",
  customGroup: [],
  hiddenWinnerAmount: "N",
  hiddenAttendeeNumber: "N",
  customGroupLotteryType: "random",
  customGroupLotteryAmount: null,
};

/** A task-reward body whose window is [start, end) relative to the mock clock. */
export function taskRewardBody(start: number, end: number, overrides: Record<string, unknown> = {}) {
  return {
    channelId: 4854808,
    activityName: "签到有礼",
    taskRule: 2,
    startTime: start,
    endTime: end,
    tasks: [{ sort: 1, reachCondition: { type: "online", amount: 30 }, rewardSetting: { type: "custom", amount: 1, customReward: "优惠券" } }],
    ...overrides,
  };
}

/** Asserts nothing; extracts `{status, code, desc}` of an error answer for compact expectations. */
export function errorOf(result: CallResult): { status: number; code: number | undefined; desc: string | undefined } {
  return { status: result.status, code: result.json?.error?.code, desc: result.json?.error?.desc };
}
