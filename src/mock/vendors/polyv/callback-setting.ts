/**
 * The account's global callback settings (全局回调设置): `POST /live/v4/user/global-setting/callback/update`
 * and `GET .../callback/get`, kept per app in the store (kind `callbackSetting`). livemock calls
 * `streamCallbackUrl` back when a live room of the app starts and ends (./callbacks.ts); the other
 * slots are stored and shown, never called.
 */
import { polyvError } from "../../../contracts/polyv/index.ts";
import type { Scope, StoreState } from "../../store/index.ts";
import type { PolyvOutcome } from "./respond.ts";
import { type PolyvRoute, polyvRoute } from "./route.ts";

/** Every slot of the global settings (polyv-live-cli v4 types). */
export const POLYV_CALLBACK_SLOTS = [
  "recordCallbackUrl",
  "recordFileCallBackType",
  "recordCallbackVideoType",
  "playbackCallbackUrl",
  "rebirthVodCallbackEnabled",
  "pptRecordCallbackUrl",
  "streamCallbackUrl",
  "channelBasicUpdateCallbackUrl",
  "liveScanCallbackUrl",
  "playbackCacheCallbackUrl",
] as const;

/** The stored settings of one app: a slot absent or null is unset. */
export type PolyvCallbackSetting = Partial<Record<(typeof POLYV_CALLBACK_SLOTS)[number], string | null>>;

/** Slots holding a URL, checked before they are stored. */
const URL_SLOTS = new Set(POLYV_CALLBACK_SLOTS.filter((slot) => slot.endsWith("Url")));

const scope = (appId: string): Scope => ({ vendor: "polyv", owner: appId, kind: "callbackSetting" });

/**
 * The stored settings of an app (empty when never set).
 *
 * @example
 * polyvCallbackSettingOf(state, "frlr1zazn3").streamCallbackUrl // "https://example.com/live-status" or undefined
 */
export function polyvCallbackSettingOf(state: StoreState, appId: string): PolyvCallbackSetting {
  return state.get<PolyvCallbackSetting>(scope(appId), 1) ?? {};
}

/**
 * The two endpoints; `checkUrl` is the app's callback URL check (http(s), the allow-list).
 *
 * @example
 * for (const route of callbackSettingRoutes(context.checkCallbackUrl)) table.add(route.method, route.path, route);
 */
export function callbackSettingRoutes(checkUrl: ((url: string) => string | undefined) | undefined): PolyvRoute[] {
  return [
    polyvRoute("POST", "/live/v4/user/global-setting/callback/update", "updateGlobalCallbackSetting", ({ state, app, body }): PolyvOutcome => {
      const changes: PolyvCallbackSetting = {};
      for (const slot of POLYV_CALLBACK_SLOTS) {
        const value = body[slot];
        if (value === undefined) continue;
        const refused = value !== "" && URL_SLOTS.has(slot) ? checkUrl?.(value) : undefined;
        if (refused) return { ok: false, error: polyvError("paramInvalid", { name: slot, reason: `${slot}: ${refused}` }) };
        changes[slot] = value === "" ? null : value;
      }
      state.put<PolyvCallbackSetting>(scope(app.appId), 1, { ...polyvCallbackSettingOf(state, app.appId), ...changes });
      return { ok: true, data: null };
    }),
    polyvRoute("GET", "/live/v4/user/global-setting/callback/get", "getGlobalCallbackSetting", ({ state, app }): PolyvOutcome => {
      const stored = polyvCallbackSettingOf(state, app.appId);
      return { ok: true, data: Object.fromEntries(POLYV_CALLBACK_SLOTS.map((slot) => [slot, stored[slot] ?? null])) };
    }),
  ];
}
