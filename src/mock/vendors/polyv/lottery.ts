/**
 * Lottery activities (抽奖活动): create, update, delete (soft), get and list. `channelId` travels in
 * the signed query, everything else in the unsigned JSON body (seed 003).
 */
import { buildPolyvPage, polyvError, type PolyvError } from "../../../contracts/polyv/index.ts";
import type { MockContext } from "../../core/context.ts";
import type { PolyvApp } from "../../credentials.ts";
import { findPolyvChannel, polyvScope } from "./channels.ts";
import { lotteryView, type LotteryFields } from "./lottery-view.ts";
import type { PolyvOutcome } from "./respond.ts";
import { polyvRoute, type PolyvRoute } from "./route.ts";

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

function findLottery(context: MockContext, app: PolyvApp, channelId: number, id: number, options: { includeDeleted: boolean }): { ok: true; lottery: StoredLottery } | { ok: false; error: PolyvError } {
  const lottery = context.store.get<StoredLottery>(polyvScope(app.appId, "lottery"), id);
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
    polyvRoute("POST", `${BASE}/create`, "createLotteryActivity", ({ context, app, query, body }) => {
      const channel = findPolyvChannel(context, app, query.channelId);
      if (!channel.ok) return channel;
      const id = context.store.nextId("polyv:lottery", FIRST_LOTTERY_ID);
      context.store.put<StoredLottery>(polyvScope(app.appId, "lottery"), id, { id, channelId: query.channelId, deleted: false, fields: body });
      return ok(lotteryView(id, body, "created"));
    }),

    polyvRoute("POST", `${BASE}/update`, "updateLotteryActivity", ({ context, app, query, body }) => {
      const channel = findPolyvChannel(context, app, query.channelId);
      if (!channel.ok) return channel;
      const found = findLottery(context, app, query.channelId, body.id, { includeDeleted: false });
      if (!found.ok) return found;
      const { id, ...fields } = body;
      context.store.put<StoredLottery>(polyvScope(app.appId, "lottery"), id, { ...found.lottery, fields });
      return ok(null);
    }),

    polyvRoute("POST", `${BASE}/delete`, "deleteLotteryActivity", ({ context, app, query, body }) => {
      const channel = findPolyvChannel(context, app, query.channelId);
      if (!channel.ok) return channel;
      const found = findLottery(context, app, query.channelId, body.id, { includeDeleted: false });
      if (!found.ok) return found;
      context.store.put<StoredLottery>(polyvScope(app.appId, "lottery"), body.id, { ...found.lottery, deleted: true });
      return ok(null);
    }),

    polyvRoute("GET", `${BASE}/get`, "getLotteryActivity", ({ context, app, query }) => {
      const channel = findPolyvChannel(context, app, query.channelId);
      if (!channel.ok) return channel;
      const found = findLottery(context, app, query.channelId, query.id, { includeDeleted: true });
      if (!found.ok) return found;
      return ok(lotteryView(found.lottery.id, found.lottery.fields, "read"));
    }),

    polyvRoute("GET", `${BASE}/list`, "listLotteryActivities", ({ context, app, query }) => {
      const channel = findPolyvChannel(context, app, query.channelId);
      if (!channel.ok) return channel;
      // Newest first [inferred].
      const items = context.store
        .list<StoredLottery>(polyvScope(app.appId, "lottery"))
        .filter((lottery) => lottery.channelId === query.channelId && !lottery.deleted)
        .reverse()
        .map((lottery) => lotteryView(lottery.id, lottery.fields, "read"));
      return ok(buildPolyvPage(items, { pageNumber: query.pageNumber, pageSize: query.pageSize }));
    }),
  ];
}
