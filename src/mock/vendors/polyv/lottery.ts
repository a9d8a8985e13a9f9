/**
 * Lottery activities (抽奖活动): create, update, delete (soft), get and list. `channelId` travels in
 * the signed query, everything else in the unsigned JSON body (seed 003).
 */
import { buildPolyvPage, type PolyvError, polyvError } from "../../../contracts/polyv/index.ts";
import type { StoreState } from "../../store/index.ts";
import { findPolyvChannel, polyvScope } from "./channels.ts";
import type { PolyvApp } from "./credentials.ts";
import { type LotteryFields, lotteryView } from "./lottery-view.ts";
import type { PolyvOutcome } from "./respond.ts";
import { type PolyvRoute, polyvRoute } from "./route.ts";

const BASE = "/live/v4/channel/lottery-activity";

/** First lottery id: the doc's `id: 20521`; ids are sequential across the account [secondary]. */
export const FIRST_LOTTERY_ID = 20521;

/** A lottery activity as the store keeps it. */
export interface StoredLottery {
  id: number;
  channelId: number;
  /** Soft delete: hidden from `list`, still returned by `get` [secondary]. */
  deleted: boolean;
  fields: LotteryFields;
}

function findLottery(state: StoreState, app: PolyvApp, channelId: number, id: number, options: { includeDeleted: boolean }): { ok: true; lottery: StoredLottery } | { ok: false; error: PolyvError } {
  const lottery = state.get<StoredLottery>(polyvScope(app.appId, "lottery"), id);
  if (lottery && lottery.channelId === channelId && (options.includeDeleted || !lottery.deleted)) return { ok: true, lottery };
  const why = lottery?.deleted && lottery.channelId === channelId ? "was deleted" : `does not exist in channel ${channelId} of appId ${app.appId}`;
  return { ok: false, error: polyvError("activityNotFound", { field: "id", reason: `lottery activity ${id} ${why}` }) };
}

const ok = (data: unknown): PolyvOutcome => ({ ok: true, data });

/**
 * The lottery endpoints.
 *
 * @example
 * for (const route of lotteryRoutes()) table.add(route.method, route.path, route);
 */
export function lotteryRoutes(): PolyvRoute[] {
  return [
    polyvRoute("POST", `${BASE}/create`, "createLotteryActivity", ({ state, app, query, body }) => {
      const channel = findPolyvChannel(state, app, query.channelId);
      if (!channel.ok) return channel;
      const id = state.nextId("polyv:lottery", FIRST_LOTTERY_ID);
      state.put<StoredLottery>(polyvScope(app.appId, "lottery"), id, { id, channelId: query.channelId, deleted: false, fields: body });
      return ok(lotteryView(id, body, "created"));
    }),

    polyvRoute("POST", `${BASE}/update`, "updateLotteryActivity", ({ state, app, query, body }) => {
      const channel = findPolyvChannel(state, app, query.channelId);
      if (!channel.ok) return channel;
      const found = findLottery(state, app, query.channelId, body.id, { includeDeleted: false });
      if (!found.ok) return found;
      const { id, ...fields } = body;
      state.put<StoredLottery>(polyvScope(app.appId, "lottery"), id, { ...found.lottery, fields });
      return ok(null);
    }),

    polyvRoute("POST", `${BASE}/delete`, "deleteLotteryActivity", ({ state, app, query, body }) => {
      const channel = findPolyvChannel(state, app, query.channelId);
      if (!channel.ok) return channel;
      const found = findLottery(state, app, query.channelId, body.id, { includeDeleted: false });
      if (!found.ok) return found;
      state.put<StoredLottery>(polyvScope(app.appId, "lottery"), body.id, { ...found.lottery, deleted: true });
      return ok(null);
    }),

    polyvRoute("GET", `${BASE}/get`, "getLotteryActivity", ({ state, app, query }) => {
      const channel = findPolyvChannel(state, app, query.channelId);
      if (!channel.ok) return channel;
      const found = findLottery(state, app, query.channelId, query.id, { includeDeleted: true });
      if (!found.ok) return found;
      return ok(lotteryView(found.lottery.id, found.lottery.fields, "read"));
    }),

    polyvRoute("GET", `${BASE}/list`, "listLotteryActivities", ({ state, app, query }) => {
      const channel = findPolyvChannel(state, app, query.channelId);
      if (!channel.ok) return channel;
      // Newest first [inferred].
      const items = state
        .list<StoredLottery>(polyvScope(app.appId, "lottery"))
        .filter((lottery) => lottery.channelId === query.channelId && !lottery.deleted)
        .reverse()
        .map((lottery) => lotteryView(lottery.id, lottery.fields, "read"));
      return ok(buildPolyvPage(items, { pageNumber: query.pageNumber, pageSize: query.pageSize }));
    }),
  ];
}
