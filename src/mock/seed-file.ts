/**
 * Seed files: demo data loaded at start (`livemock serve --seed-file demo.yaml`) or at runtime
 * (`POST /__livemock/seed`). YAML or JSON, one optional section per vendor:
 *
 * ```yaml
 * credentials:            # extra demo apps (optional), same fields as POST /__livemock/credentials
 *   polyv: [{ appId: demoapp001, appSecret: demo-secret }]
 * polyv:
 *   appId: frlr1zazn3     # owner of what follows (default: the first accepted app, the demo one)
 *   channels: [{ channelId: 3151318, name: 新品发布会 }]
 *   taskRewards: [ <body of POST /live/v4/channel/task-reward-activity/save> ]
 *   lotteries:   [ <body of POST /live/v4/channel/lottery-activity/create, plus its channelId> ]
 * xiaoe:
 *   appId: apptrfbbm2m8971
 *   lives: [{ alive_id: l_66a0c3e2e4b0d84d1c1f0a11, title: 春季新品直播 }]
 *   tasks: [ <body of POST /xe.alive.marketing.task.create/1.0.0, without access_token> ]
 * volcengine:
 *   accessKeyId: AKLTlivemockdemo
 *   activities: [{ ActivityID: 1824920000300001 }]
 *   redPackets: [ <body of CreateActivityRedPacket> ]
 * ```
 *
 * Rooms (channels, lives, activities) are put into the store; activities, tasks and red packets are
 * created through the vendor's own handler, signed as the owner, so they pass exactly the checks a
 * real call would and get the vendor's ids. Loading is all or nothing: if the vendor rejects one
 * item, the state is restored and every rejection is reported.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { z } from "zod";
import { signPolyvQuery } from "../contracts/polyv/index.ts";
import { signedRequestHeaders, VOLC_RED_PACKET_VERSION } from "../contracts/volcengine/index.ts";
import type { MockContext } from "./core/context.ts";
import type { VendorModule, VendorName, VendorRequest, VendorResponse } from "./core/vendor.ts";
import { directVendorRequest } from "./core/vendor-request.ts";
import type { MockCredentials } from "./credentials.ts";
import { polyvUserId } from "./vendors/polyv/channels.ts";

/**
 * Parses YAML (a superset of JSON). The yaml package costs ~60 ms to load, so it is loaded on first
 * use rather than at start-up.
 *
 * @example
 * parseYaml("polyv: { channels: [] }") // { polyv: { channels: [] } }
 */
export function parseYaml(text: string): unknown {
  return (createRequire(import.meta.url)("yaml") as typeof import("yaml")).parse(text);
}

const body = z.record(z.string(), z.unknown());

const credentialsSchema = z
  .object({
    polyv: z.array(z.object({ appId: z.string().min(1), appSecret: z.string().min(1), userId: z.string().regex(/^[0-9a-f]{10}$/u).optional() }).strict()),
    xiaoe: z.array(z.object({ appId: z.string().min(1), clientId: z.string().min(1), secretKey: z.string().min(1) }).strict()),
    volcengine: z.array(z.object({ accessKeyId: z.string().min(1), secretAccessKey: z.string().min(1) }).strict()),
  })
  .partial()
  .strict();

/** The seed file's shape (validated before anything is loaded). */
export const seedFileSchema = z
  .object({
    credentials: credentialsSchema.optional(),
    polyv: z
      .object({
        appId: z.string().optional(),
        channels: z.array(z.object({ channelId: z.number().int().positive(), name: z.string().optional() }).strict()).default([]),
        taskRewards: z.array(body).default([]),
        lotteries: z.array(body.and(z.object({ channelId: z.number().int().positive() }))).default([]),
      })
      .strict()
      .optional(),
    xiaoe: z
      .object({
        appId: z.string().optional(),
        lives: z.array(z.object({ alive_id: z.string().regex(/^l_[0-9a-z]+$/u), title: z.string().optional() }).strict()).default([]),
        tasks: z.array(body).default([]),
      })
      .strict()
      .optional(),
    volcengine: z
      .object({
        accessKeyId: z.string().optional(),
        activities: z.array(z.object({ ActivityID: z.number().int().positive(), Name: z.string().optional() }).strict()).default([]),
        redPackets: z.array(body).default([]),
      })
      .strict()
      .optional(),
  })
  .strict();

export type SeedFile = z.input<typeof seedFileSchema>;
type ParsedSeed = z.output<typeof seedFileSchema>;

/** What loading a seed file did (ids as the vendors answered them), or why it did nothing. */
export type SeedResult =
  | { ok: true; created: { path: string; id: unknown }[] }
  | { ok: false; errors: string[] };

/**
 * Reads a seed file (YAML or JSON) from disk; throws with the file name when it cannot be read or parsed.
 *
 * @example
 * const seed = readSeedFile("demo/seed.yaml");
 */
export function readSeedFile(path: string): unknown {
  try {
    return parseYaml(readFileSync(path, "utf8")) as unknown;
  } catch (error) {
    throw new Error(`cannot read seed file ${path}: ${(error as Error).message}`);
  }
}

/** Hooks the loader needs from the app: adding credentials (and their seeded rooms). */
export interface SeedTarget {
  context: MockContext;
  vendors: readonly VendorModule[];
  addCredentials(extra: Partial<MockCredentials>): void;
}

function directRequest(context: MockContext, method: string, path: string, query: Record<string, string>, headers: Record<string, string>, rawBody: string): VendorRequest {
  const qs = new URLSearchParams(query).toString();
  return directVendorRequest({
    method,
    target: `${path}${qs ? `?${qs}` : ""}`,
    headers: rawBody ? { "content-type": "application/json", ...headers } : headers,
    rawBody,
    receivedAt: context.clock.now(),
  });
}


const succeeded = (response: VendorResponse) => response.status === 200 && response.errorCode === undefined;

function idOf(vendor: VendorName, response: VendorResponse): unknown {
  const b = response.body as Record<string, any>;
  if (vendor === "polyv") return typeof b.data === "object" && b.data !== null ? b.data.id : b.data;
  if (vendor === "xiaoe") return b.data?.task_id;
  return b.Result?.ID;
}

/**
 * Validates and loads a seed file into a running app, all or nothing.
 *
 * @example
 * const result = loadSeed({ context, vendors, addCredentials }, readSeedFile("demo.yaml"));
 * if (!result.ok) throw new Error(result.errors.join("\n"));
 */
export function loadSeed(target: SeedTarget, input: unknown): SeedResult {
  const parsed = seedFileSchema.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
  const seed: ParsedSeed = parsed.data;
  const { context } = target;
  const before = context.store.snapshot();
  const limits = { ...context.rateLimitsByVendor };
  const errors: string[] = [];
  const created: { path: string; id: unknown }[] = [];
  const vendorNamed = (name: VendorName) => target.vendors.find((v) => v.name === name);
  const VENDOR_LABELS = { polyv: "Polyv", xiaoe: "Xiaoe", volcengine: "Volcengine" } as const;
  /** Keeps what a vendor created, or says which item it rejected and why. */
  const record = (name: VendorName, where: string, response: VendorResponse) => {
    if (succeeded(response)) created.push({ path: where, id: idOf(name, response) });
    else errors.push(`${where}: ${VENDOR_LABELS[name]} rejected it (${response.errorCode}): ${response.reason ?? ""}`);
  };
  try {
    // Seeding is not traffic: no rate limits while it runs.
    context.rateLimitsByVendor = { polyv: false, xiaoe: false, volcengine: false };
    if (seed.credentials) target.addCredentials(seed.credentials as Partial<MockCredentials>);

    if (seed.polyv) {
      const section = seed.polyv;
      const vendor = vendorNamed("polyv");
      const app = section.appId ? context.credentials.polyv.find((a) => a.appId === section.appId) : context.credentials.polyv[0];
      if (!vendor || !app) errors.push(!vendor ? "polyv: the Polyv vendor is not mounted" : `polyv.appId: ${section.appId} is not an accepted app (add it under credentials)`);
      else {
        for (const channel of section.channels) {
          context.store.put({ vendor: "polyv", owner: app.appId, kind: "channel" }, channel.channelId, { channelId: channel.channelId, userId: polyvUserId(app), name: channel.name ?? `livemock channel ${channel.channelId}` });
        }
        const call = (where: string, path: string, extra: Record<string, string>, json: unknown) => {
          const query = signPolyvQuery(extra, { appId: app.appId, appSecret: app.appSecret, timestamp: context.clock.now() });
          const response = vendor.handle(directRequest(context, "POST", path, query, { "content-type": "application/json" }, JSON.stringify(json)));
          record("polyv", where, response);
        };
        section.taskRewards.forEach((item, i) => call(`polyv.taskRewards[${i}]`, "/live/v4/channel/task-reward-activity/save", {}, item));
        section.lotteries.forEach((item, i) => {
          const { channelId, ...rest } = item;
          call(`polyv.lotteries[${i}]`, "/live/v4/channel/lottery-activity/create", { channelId: String(channelId) }, rest);
        });
      }
    }

    if (seed.xiaoe) {
      const section = seed.xiaoe;
      const vendor = vendorNamed("xiaoe");
      const app = section.appId ? context.credentials.xiaoe.find((a) => a.appId === section.appId) : context.credentials.xiaoe[0];
      if (!vendor || !app) errors.push(!vendor ? "xiaoe: the Xiaoe vendor is not mounted" : `xiaoe.appId: ${section.appId} is not an accepted app (add it under credentials)`);
      else {
        for (const live of section.lives) {
          context.store.put({ vendor: "xiaoe", owner: app.appId, kind: "live" }, live.alive_id, { alive_id: live.alive_id, title: live.title ?? "livemock demo live" });
        }
        if (section.tasks.length > 0) {
          const tokenQuery = { app_id: app.appId, client_id: app.clientId, secret_key: app.secretKey, grant_type: "client_credential" };
          const token = vendor.handle(directRequest(context, "GET", "/token", tokenQuery, {}, ""));
          const accessToken = (token.body as { data?: { access_token?: string } }).data?.access_token;
          if (!accessToken) errors.push(`xiaoe: could not get an access token for ${app.appId}: ${token.reason ?? ""}`);
          else {
            section.tasks.forEach((item, i) => {
              const response = vendor.handle(directRequest(context, "POST", "/xe.alive.marketing.task.create/1.0.0", {}, { "content-type": "application/json" }, JSON.stringify({ ...item, access_token: accessToken })));
              record("xiaoe", `xiaoe.tasks[${i}]`, response);
            });
          }
        }
      }
    }

    if (seed.volcengine) {
      const section = seed.volcengine;
      const vendor = vendorNamed("volcengine");
      const key = section.accessKeyId ? context.credentials.volcengine.find((k) => k.accessKeyId === section.accessKeyId) : context.credentials.volcengine[0];
      if (!vendor || !key) errors.push(!vendor ? "volcengine: the Volcengine vendor is not mounted" : `volcengine.accessKeyId: ${section.accessKeyId} is not an accepted key (add it under credentials)`);
      else {
        for (const activity of section.activities) {
          context.store.put({ vendor: "volcengine", owner: key.accessKeyId, kind: "activity" }, activity.ActivityID, { ActivityID: activity.ActivityID, ...(activity.Name ? { Name: activity.Name } : {}) });
        }
        section.redPackets.forEach((item, i) => {
          const query = { Action: "CreateActivityRedPacket", Version: VOLC_RED_PACKET_VERSION };
          const raw = JSON.stringify(item);
          const headers = signedRequestHeaders({ method: "POST", path: "/", query, headers: { "content-type": "application/json" }, body: raw, ak: key.accessKeyId, sk: key.secretAccessKey, date: new Date(context.clock.now()) });
          const response = vendor.handle(directRequest(context, "POST", "/", query, headers, raw));
          record("volcengine", `volcengine.redPackets[${i}]`, response);
        });
      }
    }
  } finally {
    context.rateLimitsByVendor = limits;
  }
  if (errors.length > 0) {
    context.store.restore(before);
    return { ok: false, errors };
  }
  return { ok: true, created };
}
