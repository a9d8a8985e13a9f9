/**
 * Xiaoe's section of a seed file:
 *
 * ```yaml
 * xiaoe:
 *   appId: apptrfbbm2m8971   # owner of what follows (default: the first accepted app, the demo one)
 *   lives: [{ alive_id: l_66a0c3e2e4b0d84d1c1f0a11, title: 春季新品直播 }]
 *   tasks: [ <body of POST /xe.alive.marketing.task.create/1.0.0, without access_token> ]
 * ```
 *
 * Lives go into the store; tasks are created through the module's own handler with a token it
 * issued to the owner, so they pass exactly the checks a real call would.
 */
import { z } from "zod";
import { andThen, inOrder } from "../../../util/awaitable.ts";
import type { MockContext } from "../../core/context.ts";
import type { VendorModule, VendorSeedSection } from "../../core/vendor.ts";
import { directVendorRequest } from "../../core/vendor-request.ts";
import { reportSeedAnswer } from "../../seed-file.ts";
import type { XiaoeApp } from "./credentials.ts";
import { putLive } from "./task-state.ts";

const sectionSchema = z
  .object({
    appId: z.string().optional(),
    lives: z.array(z.object({ alive_id: z.string().regex(/^l_[0-9a-z]+$/u), title: z.string().optional() }).strict()).default([]),
    tasks: z.array(z.record(z.string(), z.unknown())).default([]),
  })
  .strict();

/**
 * The Xiaoe seed section over the module's own handler.
 *
 * @example
 * const seed = xiaoeSeedSection(context, (request) => module.handle(request));
 */
export function xiaoeSeedSection(context: MockContext, handle: VendorModule["handle"]): VendorSeedSection {
  const json = (method: string, target: string, body?: unknown) =>
    directVendorRequest({
      method,
      target,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      rawBody: body === undefined ? "" : JSON.stringify(body),
      receivedAt: context.clock.now(),
    });
  return {
    schema: sectionSchema,
    summary: "xiaoe: { appId?, lives: [{ alive_id, title? }], tasks: [task.create body without access_token] }",
    ownerField: "appId",
    load(input, report, owner) {
      const section = input as z.output<typeof sectionSchema>;
      const app = owner as XiaoeApp;
      const lives = context.store.transact({ vendor: "xiaoe", owner: app.appId }, (state) => {
        for (const live of section.lives) putLive(state, app.appId, { alive_id: live.alive_id, title: live.title ?? "livemock demo live" });
      });
      if (section.tasks.length === 0) return lives;
      return andThen(lives, () => {
        const tokenQuery = new URLSearchParams({ app_id: app.appId, client_id: app.clientId, secret_key: app.secretKey, grant_type: "client_credential" });
        return andThen(handle(json("GET", `/token?${tokenQuery}`)), (token) => {
          const accessToken = (token.body as { data?: { access_token?: string } }).data?.access_token;
          if (!accessToken) return report.rejected("xiaoe", `could not get an access token for ${app.appId}: ${token.reason ?? ""}`);
          return inOrder(section.tasks, (item, i) =>
            andThen(handle(json("POST", "/xe.alive.marketing.task.create/1.0.0", { ...item, access_token: accessToken })), (response) =>
              reportSeedAnswer(report, `xiaoe.tasks[${i}]`, "Xiaoe", response, (b) => (b as { data?: { task_id?: number } }).data?.task_id),
            ),
          );
        });
      });
    },
  };
}
