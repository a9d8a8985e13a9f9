/**
 * Polyv channels (频道): the doc examples' channels exist for every app the mock knows, so the
 * documented requests work verbatim with the demo app and with an app configured through
 * POLYV_APP_ID. A channel belongs to one app; another app's channel is "channel not found".
 */

import { type PolyvError, polyvError } from "../../../contracts/polyv/index.ts";
import { type Awaitable, inOrder } from "../../../util/awaitable.ts";
import { hexDigest } from "../../../util/hex-digest.ts";
import type { MockContext } from "../../core/context.ts";
import type { Scope, StoreState } from "../../store/index.ts";
import type { PolyvApp } from "./credentials.ts";

/** The channels of the doc examples (seeds 001 and 003): 4854808, 5004544, 2974342. */
export const POLYV_DOC_CHANNELS: readonly number[] = [4854808, 5004544, 2974342];

/** A channel as the store keeps it (the doc channels and seed-file ones carry only id, user and name). */
export interface PolyvChannel {
  channelId: number;
  /** The account's user id (10 hex chars). */
  userId: string;
  name: string;
  newScene?: string;
  template?: string;
  channelPasswd?: string | null;
  seminarHostPassword?: string | null;
  seminarAttendeePassword?: string | null;
  publisher?: string | null;
  startTime?: number | null;
  endTime?: number | null;
  coverImg?: string | null;
  splashImg?: string | null;
  desc?: string | null;
  categoryId?: number | null;
  /** When it was created through `/live/v4/channel/create` (epoch ms). */
  createdAt?: number;
}

/**
 * Where an app's objects of a kind live in the store.
 *
 * @example
 * state.list<PolyvChannel>(polyvScope("frlr1zazn3", "channel"))
 */
export function polyvScope(appId: string, kind: "channel" | "task-reward" | "lottery"): Scope {
  return { vendor: "polyv", owner: appId, kind };
}

/**
 * The app's account user id: the configured one, else 10 hex chars derived from the appId (stable
 * across runs and resets, without drawing from the seeded random source).
 *
 * @example
 * polyvUserId({ appId: "frlr1zazn3", appSecret: "s", userId: "cc167950af" }) // "cc167950af"
 */
export function polyvUserId(app: PolyvApp): string {
  return app.userId ?? derivedUserId(app.appId);
}

/** User ids derived so far, by appId (configuration: one per configured app). */
const derivedUserIds = new Map<string, string>();

/** 10 hex chars of the appId's MD5, computed once per appId. */
function derivedUserId(appId: string): string {
  let userId = derivedUserIds.get(appId);
  if (userId === undefined) {
    userId = hexDigest("md5", appId).slice(0, 10);
    derivedUserIds.set(appId, userId);
  }
  return userId;
}

/**
 * Puts the doc channels into the store for every known app that lacks them (called by the vendor
 * factory before the app snapshots the store for resets, and when credentials are added).
 *
 * @example
 * seedPolyvChannels(context);
 * // the store now holds channel 4854808 for the demo app
 */
export function seedPolyvChannels(context: MockContext): Awaitable<void> {
  return inOrder(context.credentials.polyv, (app) =>
    context.store.transact({ vendor: "polyv", owner: app.appId }, (state) => {
      const scope = polyvScope(app.appId, "channel");
      for (const channelId of POLYV_DOC_CHANNELS) {
        if (state.get(scope, channelId) === undefined) {
          state.put<PolyvChannel>(scope, channelId, { channelId, userId: polyvUserId(app), name: `livemock channel ${channelId}` });
        }
      }
    }),
  );
}

/**
 * The app's channel, or the 30001 error when it is unknown or another app's.
 *
 * @example
 * const channel = findPolyvChannel(state, app, body.channelId);
 * if (!channel.ok) return channel;
 */
export function findPolyvChannel(state: StoreState, app: PolyvApp, channelId: number): { ok: true; channel: PolyvChannel } | { ok: false; error: PolyvError } {
  const channel = state.get<PolyvChannel>(polyvScope(app.appId, "channel"), channelId);
  if (channel) return { ok: true, channel };
  return { ok: false, error: polyvError("channelNotFound", { field: "channelId", reason: `channel ${channelId} does not exist for appId ${app.appId}` }) };
}
