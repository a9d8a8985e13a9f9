/**
 * Polyv's section of a seed file:
 *
 * ```yaml
 * polyv:
 *   appId: frlr1zazn3     # owner of what follows (default: the first accepted app, the demo one)
 *   channels: [{ channelId: 3151318, name: 新品发布会 }]
 *   taskRewards: [ <body of POST /live/v4/channel/task-reward-activity/save> ]
 *   lotteries:   [ <body of POST /live/v4/channel/lottery-activity/create, plus its channelId> ]
 * ```
 *
 * Channels go into the store; task rewards and lotteries are created through the module's own
 * handler, signed as the owner, so they pass exactly the checks a real call would.
 */
import { z } from "zod";
import { signPolyvQuery } from "../../../contracts/polyv/index.ts";
import { andThen, inOrder } from "../../../util/awaitable.ts";
import type { MockContext } from "../../core/context.ts";
import type { VendorModule, VendorSeedSection } from "../../core/vendor.ts";
import { directVendorRequest } from "../../core/vendor-request.ts";
import { reportSeedAnswer } from "../../seed-file.ts";
import { type PolyvChannel, polyvScope, polyvUserId } from "./channels.ts";
import type { PolyvApp } from "./credentials.ts";

const body = z.record(z.string(), z.unknown());

const sectionSchema = z
  .object({
    appId: z.string().optional(),
    channels: z.array(z.object({ channelId: z.number().int().positive(), name: z.string().optional() }).strict()).default([]),
    taskRewards: z.array(body).default([]),
    lotteries: z.array(body.and(z.object({ channelId: z.number().int().positive() }))).default([]),
  })
  .strict();

/**
 * The Polyv seed section over the module's own handler.
 *
 * @example
 * const seed = polyvSeedSection(context, (request) => module.handle(request));
 */
export function polyvSeedSection(context: MockContext, handle: VendorModule["handle"]): VendorSeedSection {
  return {
    schema: sectionSchema,
    summary: "polyv: { appId?, channels: [{ channelId, name? }], taskRewards: [save body], lotteries: [create body + channelId] }",
    ownerField: "appId",
    load(input, report, owner) {
      const section = input as z.output<typeof sectionSchema>;
      const app = owner as PolyvApp;
      const call = (where: string, path: string, extra: Record<string, string>, json: unknown) => {
        const query = new URLSearchParams(signPolyvQuery(extra, { appId: app.appId, appSecret: app.appSecret, timestamp: context.clock.now() }));
        const request = directVendorRequest({
          method: "POST",
          target: `${path}?${query}`,
          headers: { "content-type": "application/json" },
          rawBody: JSON.stringify(json),
          receivedAt: context.clock.now(),
        });
        return andThen(handle(request), (response) =>
          reportSeedAnswer(report, where, "Polyv", response, (b) => {
            const data = (b as { data?: unknown }).data;
            return typeof data === "object" && data !== null ? (data as { id?: unknown }).id : data;
          }),
        );
      };
      const channels = context.store.transact({ vendor: "polyv", owner: app.appId }, (state) => {
        for (const channel of section.channels) {
          state.put<PolyvChannel>(polyvScope(app.appId, "channel"), channel.channelId, {
            channelId: channel.channelId,
            userId: polyvUserId(app),
            name: channel.name ?? `livemock channel ${channel.channelId}`,
          });
        }
      });
      return andThen(channels, () =>
        andThen(
          inOrder(section.taskRewards, (item, i) => call(`polyv.taskRewards[${i}]`, "/live/v4/channel/task-reward-activity/save", {}, item)),
          () =>
            inOrder(section.lotteries, (item, i) => {
              const { channelId, ...rest } = item;
              return call(`polyv.lotteries[${i}]`, "/live/v4/channel/lottery-activity/create", { channelId: String(channelId) }, rest);
            }),
        ),
      );
    },
  };
}
