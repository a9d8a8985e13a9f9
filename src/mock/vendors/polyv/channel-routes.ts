/**
 * Channels (频道) through the v4 channel endpoints (create, update, basic/get, basic/list), the v3
 * batch delete (paths, bodies and answers from the official TS SDK's channel service and types [sdk]),
 * the v3 basic/get and the v2 single delete `/live/v2/channels/{channelId}/delete` (from Polyv's docs). A created
 * channel is as real as the doc channels: task rewards and lotteries can be created on it.
 */
import { buildPolyvPage, polyvError } from "../../../contracts/polyv/index.ts";
import type { StoreState } from "../../store/index.ts";
import { findPolyvChannel, type PolyvChannel, polyvScope, polyvUserId } from "./channels.ts";
import type { PolyvOutcome } from "./respond.ts";
import { type PolyvRoute, polyvRoute } from "./route.ts";

/** First id a created channel gets: 7 digits like the doc channels, above them [inferred]. */
export const FIRST_CREATED_CHANNEL_ID = 5300001;

const ok = (data: unknown): PolyvOutcome => ({ ok: true, data });

/**
 * The next free channel id: the account-wide sequence, skipping ids the app already holds (a
 * seed file may have put channels anywhere).
 */
function nextChannelId(state: StoreState, appId: string): number {
  const scope = polyvScope(appId, "channel");
  let id = state.nextId("polyv:channel", FIRST_CREATED_CHANNEL_ID);
  while (state.get(scope, id) !== undefined) id = state.nextId("polyv:channel", FIRST_CREATED_CHANNEL_ID);
  return id;
}

/** A 6-digit password drawn from the channel id (deterministic, like everything else) [inferred]. */
function generatedPassword(channelId: number): string {
  return String(100000 + ((channelId * 7919) % 900000));
}

/**
 * The SDK's `ChannelBasicInfo` for a stored channel: no viewers yet, not started.
 *
 * @example
 * channelBasicView({ channelId: 4854808, userId: "cc167950af", name: "x" }).watchStatus // "unStart"
 */
export function channelBasicView(channel: PolyvChannel) {
  return {
    channelId: String(channel.channelId),
    name: channel.name,
    publisher: channel.publisher ?? null,
    startTime: channel.startTime ?? null,
    pageView: 0,
    likes: 0,
    coverImg: channel.coverImg ?? null,
    splashImg: channel.splashImg ?? null,
    splashEnabled: channel.splashImg ? "Y" : "N",
    desc: channel.desc ?? null,
    maxViewer: 0,
    watchStatus: "unStart",
    watchStatusText: "未开始",
    onlineNum: 0,
    bgImg: null,
    videoList: null,
    categoryId: channel.categoryId ?? null,
    scene: channel.newScene ?? null,
    template: channel.template ?? null,
  };
}

/**
 * The v3 `basic/get` data: the doc example's fields, channelId a number, nothing configured
 * (no viewers, no watch conditions) [doc example; values inferred].
 *
 * @example
 * channelBasicV3View({ channelId: 4854808, userId: "cc167950af", name: "x" }).authSettings // []
 */
export function channelBasicV3View(channel: PolyvChannel) {
  const { name, publisher, startTime, pageView, likes, coverImg, splashImg, splashEnabled, desc, maxViewer, watchStatus, watchStatusText } = channelBasicView(channel);
  const userCategory = channel.categoryId == null ? null : { categoryId: channel.categoryId, categoryName: null, userId: channel.userId, rank: 0 };
  const channelPasswd = channel.channelPasswd ?? null;
  // Key order of the doc example.
  return {
    channelId: channel.channelId,
    name,
    channelPasswd,
    publisher,
    startTime: startTime ?? 0,
    pageView,
    likes,
    coverImg,
    splashImg,
    splashEnabled,
    desc,
    consultingMenuEnabled: "N",
    maxViewerRestrict: "N",
    maxViewer,
    watchStatus,
    watchStatusText,
    userCategory,
    authSettings: [],
  };
}

/**
 * The channel endpoints.
 *
 * @example
 * for (const route of channelRoutes()) table.add(route.method, route.path, route);
 */
export function channelRoutes(): PolyvRoute[] {
  return [
    polyvRoute("POST", "/live/v4/channel/create", "createChannel", ({ state, app, body, now }) => {
      const channelId = nextChannelId(state, app.appId);
      const channel: PolyvChannel = {
        channelId,
        userId: polyvUserId(app),
        name: body.name,
        newScene: body.newScene,
        template: body.template,
        channelPasswd: body.channelPasswd ?? generatedPassword(channelId),
        seminarHostPassword: body.seminarHostPassword ?? null,
        seminarAttendeePassword: body.seminarAttendeePassword ?? null,
        startTime: body.startTime ?? null,
        endTime: body.endTime ?? null,
        splashImg: body.splashImg ?? null,
        categoryId: body.categoryId ?? null,
        createdAt: now,
      };
      state.put<PolyvChannel>(polyvScope(app.appId, "channel"), channelId, channel);
      return ok({
        channelId,
        userId: channel.userId,
        channelPasswd: channel.channelPasswd ?? null,
        seminarHostPassword: channel.seminarHostPassword ?? null,
        seminarAttendeePassword: channel.seminarAttendeePassword ?? null,
      });
    }),

    polyvRoute("POST", "/live/v4/channel/update", "updateChannel", ({ state, app, query, body }) => {
      const found = findPolyvChannel(state, app, query.channelId);
      if (!found.ok) return found;
      const { password, ...rest } = body;
      const changed: PolyvChannel = { ...found.channel, ...rest };
      if (password !== undefined) changed.channelPasswd = password;
      state.put<PolyvChannel>(polyvScope(app.appId, "channel"), query.channelId, changed);
      return ok(null);
    }),

    polyvRoute("GET", "/live/v4/channel/basic/get", "getChannelBasic", ({ state, app, query }) => {
      const found = findPolyvChannel(state, app, query.channelId);
      if (!found.ok) return found;
      return ok(channelBasicView(found.channel));
    }),

    polyvRoute("GET", "/live/v4/channel/basic/list", "listChannelBasic", ({ state, app, query }) => {
      // Newest first (the SDK's default orderBy is channelCreatedTimeDesc) [inferred].
      const items = state
        .list<PolyvChannel>(polyvScope(app.appId, "channel"))
        .slice()
        .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0) || b.channelId - a.channelId)
        .map(channelBasicView);
      return ok(buildPolyvPage(items, { pageNumber: query.pageNumber, pageSize: query.pageSize }));
    }),

    polyvRoute("GET", "/live/v3/channel/basic/get", "getChannelBasicV3", ({ state, app, query }) => {
      const found = findPolyvChannel(state, app, query.channelId);
      if (!found.ok) return found;
      return ok(channelBasicV3View(found.channel));
    }),

    channelDeleteRoute(),

    polyvRoute("POST", "/live/v2/channels/{channelId}/delete", "deleteChannel", ({ state, app, query }) => {
      const found = findPolyvChannel(state, app, query.channelId);
      if (!found.ok) return found;
      if (query.userId !== found.channel.userId) {
        // The doc names no error for another account's userId: the channel is not that user's [inferred].
        return { ok: false, error: polyvError("channelNotFound", { field: "userId", reason: `channel ${query.channelId} does not belong to userId ${query.userId}` }) };
      }
      state.delete(polyvScope(app.appId, "channel"), query.channelId);
      return ok(true);
    }),
  ];
}

/**
 * The v3 batch delete (answered in the v2/v3 envelope): all or nothing, and the ids become unknown.
 *
 * @example
 * table.add("POST", "/live/v3/channel/basic/batch-delete", channelDeleteRoute());
 */
export function channelDeleteRoute(): PolyvRoute {
  return polyvRoute("POST", "/live/v3/channel/basic/batch-delete", "batchDeleteChannels", ({ state, app, body }) => {
    for (const channelId of body.channelIds) {
      const found = findPolyvChannel(state, app, channelId);
      if (!found.ok) return found;
    }
    for (const channelId of body.channelIds) state.delete(polyvScope(app.appId, "channel"), channelId);
    return ok(true);
  });
}
