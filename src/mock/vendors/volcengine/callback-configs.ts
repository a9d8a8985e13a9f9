/**
 * Callback configurations (回调配置) in the shared store, kind `callbackConfig` per access key (the
 * account): everything a delivery needs (type, event name, URLs, the 回调生效账号, and the id of the
 * account's AccountSecret, which {@link callbackSecretOf} resolves), as ListCallbackConfigs answers
 * it. The secret itself is not stored, so the control plane's state dump shows only its id.
 */
import type { Scope, StoreState } from "../../store/index.ts";

/** The main account's name in FollowerUserName / SubAccountName (doc 3019/1756927). */
export const VOLC_MAIN_ACCOUNT_NAME = "admin@bytedance.com";
/** AccountSecret of the demo access key (callbacks fact sheet, livemock decisions). */
export const VOLC_DEMO_CALLBACK_SECRET = "livemock-volc-callback-secret";
/** The first configuration id handed out [inferred]. */
export const FIRST_CALLBACK_CONFIG_ID = 1860000000000001;

/**
 * EventName of every callback type a callback page documents (callbacks fact sheet 1.1); the other
 * types of the CallbackType enum have no documented EventName.
 */
export const VOLC_CALLBACK_EVENT_NAMES: Readonly<Record<number, string>> = {
  1: "ActivityStatusModifyCallBack",
  2: "ActivityModifyCallBack",
  6: "ActivityAutoReplayCallBack",
  8: "ActivityAwardInfoCallBack",
  10: "ActivityRedPacketInfoCallBack",
  19: "ActivityPickupCouponBatchCallBack",
  22: "CommentCallback",
  23: "ActivityUserEnterCallBack",
  24: "ActivityTaskAwardInfoBatchCallBack",
  25: "UserJoinAwardCallBack",
  28: "CheckinStatusModifyCallback",
  29: "UserJoinCheckinCallback",
  30: "ActivityUserReceiveActivityBonusBatchCallBack",
};

/** One stored configuration: the ListCallbackConfigs item, plus the URLs split for delivery. */
export interface StoredCallbackConfig {
  Id: number;
  CallbackType: number;
  /** The documented EventName, or "" for a type without one. */
  EventName: string;
  /** As given, URLs separated by ';'. */
  CallbackUrls: string;
  /** Every URL that receives this type's events. */
  urls: string[];
  /** 回调生效账号: the sub-account name, or admin@bytedance.com for the main account. */
  FollowerUserName: string;
  FollowerNickName: string;
  /** Id of the account's 鉴权密钥 that signs deliveries: the access key; {@link callbackSecretOf} gives the secret. */
  accountSecretId: string;
  /** Mock-clock time the configuration was added (ms). */
  createdAt: number;
}

const configs = (owner: string): Scope => ({ vendor: "volcengine", owner, kind: "callbackConfig" });

/**
 * The AccountSecret of an access key: the documented demo secret for the demo key, otherwise one
 * derived from the key id [inferred].
 *
 * @example
 * callbackSecretOf("AKLTlivemockdemo") // "livemock-volc-callback-secret"
 */
export function callbackSecretOf(accessKeyId: string): string {
  return accessKeyId === "AKLTlivemockdemo" ? VOLC_DEMO_CALLBACK_SECRET : `livemock-callback-${accessKeyId}`;
}

/**
 * Every configuration of an access key, in the order they were added.
 *
 * @example
 * callbackConfigsOf(state, "AKLTlivemockdemo").filter((c) => c.CallbackType === 10)
 */
export function callbackConfigsOf(state: StoreState, owner: string): StoredCallbackConfig[] {
  return state.list<StoredCallbackConfig>(configs(owner)).sort((a, b) => a.Id - b.Id);
}

/**
 * Stores a configuration of an access key.
 *
 * @example
 * putCallbackConfig(state, "AKLTlivemockdemo", config);
 */
export function putCallbackConfig(state: StoreState, owner: string, config: StoredCallbackConfig): void {
  state.put(configs(owner), config.Id, config);
}

/** What ListCallbackConfigs answers for a stored configuration, its AccountSecret resolved. */
export function callbackConfigView(config: StoredCallbackConfig): Record<string, unknown> {
  const { Id, CallbackType, EventName, CallbackUrls, FollowerUserName, FollowerNickName, accountSecretId } = config;
  return { Id, CallbackType, EventName, CallbackUrls, FollowerUserName, FollowerNickName, AccountSecret: callbackSecretOf(accountSecretId) };
}
