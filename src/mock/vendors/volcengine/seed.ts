/**
 * Volcengine's section of a seed file:
 *
 * ```yaml
 * volcengine:
 *   accessKeyId: AKLTlivemockdemo   # owner of what follows (default: the first accepted key, the demo one)
 *   activities: [{ ActivityID: 1824920000300001 }]
 *   redPackets: [ <body of CreateActivityRedPacket> ]
 * ```
 *
 * Activities go into the store; red packets are created through the module's own handler, signed
 * (V4) as the owner, so they pass exactly the checks a real call would.
 */
import { z } from "zod";
import { signedRequestHeaders, VOLC_RED_PACKET_VERSION } from "../../../contracts/volcengine/index.ts";
import { andThen, inOrder } from "../../../util/awaitable.ts";
import type { MockContext } from "../../core/context.ts";
import type { VendorModule, VendorSeedSection } from "../../core/vendor.ts";
import { directVendorRequest } from "../../core/vendor-request.ts";
import { reportSeedAnswer } from "../../seed-file.ts";
import type { VolcengineKey } from "./credentials.ts";
import { putActivity } from "./red-packets.ts";

const sectionSchema = z
  .object({
    accessKeyId: z.string().optional(),
    activities: z.array(z.object({ ActivityID: z.number().int().positive(), Name: z.string().optional() }).strict()).default([]),
    redPackets: z.array(z.record(z.string(), z.unknown())).default([]),
  })
  .strict();

/**
 * The Volcengine seed section over the module's own handler.
 *
 * @example
 * const seed = volcengineSeedSection(context, (request) => module.handle(request));
 */
export function volcengineSeedSection(context: MockContext, handle: VendorModule["handle"]): VendorSeedSection {
  return {
    schema: sectionSchema,
    summary: "volcengine: { accessKeyId?, activities: [{ ActivityID, Name? }], redPackets: [CreateActivityRedPacket body] }",
    ownerField: "accessKeyId",
    load(input, report, owner) {
      const section = input as z.output<typeof sectionSchema>;
      const key = owner as VolcengineKey;
      const activities = context.store.transact({ vendor: "volcengine", owner: key.accessKeyId }, (state) => {
        for (const activity of section.activities) putActivity(state, key.accessKeyId, { ActivityID: activity.ActivityID, ...(activity.Name ? { Name: activity.Name } : {}) });
      });
      return andThen(activities, () =>
        inOrder(section.redPackets, (item, i) => {
          const query = { Action: "CreateActivityRedPacket", Version: VOLC_RED_PACKET_VERSION };
          const raw = JSON.stringify(item);
          const signed = signedRequestHeaders({
            method: "POST",
            path: "/",
            query,
            headers: { "content-type": "application/json" },
            body: raw,
            ak: key.accessKeyId,
            sk: key.secretAccessKey,
            date: new Date(context.clock.now()),
          });
          const request = directVendorRequest({
            method: "POST",
            target: `/?${new URLSearchParams(query)}`,
            headers: { "content-type": "application/json", ...signed },
            rawBody: raw,
            receivedAt: context.clock.now(),
          });
          return andThen(handle(request), (response) => reportSeedAnswer(report, `volcengine.redPackets[${i}]`, "Volcengine", response, (b) => (b as { Result?: { ID?: number } }).Result?.ID));
        }),
      );
    },
  };
}
