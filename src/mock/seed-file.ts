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
 * Each section belongs to the vendor module of that name, which gives its shape and loads it
 * (`VendorModule.seed`): rooms (channels, lives, activities) are put into the store; activities,
 * tasks and red packets are created through the vendor's own handler, signed as the owner, so they
 * pass exactly the checks a real call would and get the vendor's ids. Loading is all or nothing: if
 * the vendor rejects one item, the state is restored and every rejection is reported. Only the
 * mounted vendors' sections are accepted.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { z } from "zod";
import { type Awaitable, andFinally, andThen, inOrder } from "../util/awaitable.ts";
import type { MockContext } from "./core/context.ts";
import type { MockCredentials } from "./core/credentials.ts";
import type { SeedReport, VendorModule, VendorResponse } from "./core/vendor.ts";

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

/**
 * The seed file's shape for the mounted vendors (validated before anything is loaded): an optional
 * `credentials` section and one optional section per vendor.
 *
 * @example
 * seedFileSchema(app.livemock.vendors).safeParse({ polyv: { channels: [{ channelId: 3151318 }] } }).success // true
 */
export function seedFileSchema(vendors: readonly VendorModule[]) {
  const credentials = z
    .object(Object.fromEntries(vendors.map((v) => [v.name, z.array(v.credentials.schema)])))
    .partial()
    .strict();
  const sections = Object.fromEntries(vendors.map((v) => [v.name, v.seed.schema.optional()]));
  return z.object({ credentials: credentials.optional(), ...sections }).strict();
}

/** What loading a seed file did (ids as the vendors answered them), or why it did nothing. */
export type SeedResult = { ok: true; created: { path: string; id: unknown }[] } | { ok: false; errors: string[] };

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
  addCredentials(extra: Partial<MockCredentials>): Awaitable<void>;
}

/**
 * Reports what a vendor answered to one seeded item: created (with the id `idOf` finds in the
 * answer), or rejected with the vendor's error code and reason.
 *
 * @example
 * reportSeedAnswer(report, "polyv.lotteries[0]", "Polyv", response, (body) => body.data);
 */
export function reportSeedAnswer(report: SeedReport, where: string, label: string, response: VendorResponse, idOf: (body: unknown) => unknown): void {
  if (response.status === 200 && response.errorCode === undefined) report.created(where, idOf(response.body));
  else report.rejected(where, `${label} rejected it (${response.errorCode}): ${response.reason ?? ""}`);
}

/**
 * Validates and loads a seed file into a running app, all or nothing. Synchronous over the
 * in-memory store; a promise over a store that waits.
 *
 * @example
 * const result = await loadSeed({ context, vendors, addCredentials }, readSeedFile("demo.yaml"));
 * if (!result.ok) throw new Error(result.errors.join("\n"));
 */
export function loadSeed(target: SeedTarget, input: unknown): Awaitable<SeedResult> {
  const { context, vendors } = target;
  const parsed = seedFileSchema(vendors).safeParse(input ?? {});
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
  const seed = parsed.data as Record<string, unknown> & { credentials?: Partial<MockCredentials> };
  const errors: string[] = [];
  const created: { path: string; id: unknown }[] = [];
  const report: SeedReport = {
    created: (path, id) => void created.push({ path, id }),
    rejected: (where, reason) => void errors.push(`${where}: ${reason}`),
  };
  const limits = context.rateLimitsByVendor;
  return andThen(context.store.snapshot(), (before) => {
    // Seeding is not traffic: no rate limits while it runs.
    context.rateLimitsByVendor = Object.fromEntries(Object.keys(limits).map((name) => [name, false]));
    const restoreLimits = () => {
      context.rateLimitsByVendor = limits;
    };
    const loading = andFinally(
      () =>
        andThen(seed.credentials ? target.addCredentials(seed.credentials) : undefined, () =>
          inOrder(vendors, (vendor) => {
            const section = seed[vendor.name] as Record<string, unknown> | undefined;
            if (section === undefined) return;
            const { ownerField } = vendor.seed;
            const wanted = section[ownerField];
            const accepted = context.credentials[vendor.name] ?? [];
            const owner = wanted === undefined ? accepted[0] : accepted.find((credential) => vendor.credentials.id(credential) === wanted);
            if (owner === undefined) return report.rejected(`${vendor.name}.${ownerField}`, `${String(wanted)} is not an accepted ${vendor.label} credential (add it under credentials)`);
            return vendor.seed.load(section, report, owner);
          }),
        ),
      restoreLimits,
    );
    return andThen(loading, (): Awaitable<SeedResult> => {
      if (errors.length === 0) return { ok: true, created };
      return andThen(context.store.restore(before), () => ({ ok: false as const, errors }));
    });
  });
}
