/**
 * Polyv (保利威) served wire-faithfully under `/live/v4/...`: auth on every call (fact sheet order),
 * the per-IP rate limit, JSON body checks, the contracts' validation, then the task-reward and
 * lottery handlers over the store. Every answer is the v4 envelope with HTTP status = `code`.
 */
import { unservedNote } from "../../../contracts/core/known-apis.ts";
import { firstQueryValues, POLYV_UNSERVED_APIS, type PolyvErrorId, polyvError, polyvErrors, readJsonBody, signPolyvQuery } from "../../../contracts/polyv/index.ts";
import { type Awaitable, andThen } from "../../../util/awaitable.ts";
import type { MockContext } from "../../core/context.ts";
import { createRouteTable, type RouteTable } from "../../core/route-table.ts";
import type { CoreFailure, VendorBehaviour, VendorDefinition, VendorErrors, VendorRequest, VendorResponse } from "../../core/vendor.ts";
import { authenticatePolyv } from "./auth.ts";
import { channelRoutes } from "./channel-routes.ts";
import { seedPolyvChannels } from "./channels.ts";
import { type PolyvApp, polyvCredentials } from "./credentials.ts";
import { lotteryRoutes } from "./lottery.ts";
import { requestParams } from "./request-params.ts";
import { polyvFailure, polyvRespond } from "./respond.ts";
import { resultRoutes } from "./results.ts";
import { type PolyvRoute, polyvEnvelopeFamily } from "./route.ts";
import { polyvSeedSection } from "./seed.ts";
import { polyvStateView } from "./state-view.ts";
import { taskRewardRoutes } from "./task-reward.ts";

export { POLYV_TIMESTAMP_WINDOW_MS } from "./auth.ts";
export { FIRST_CREATED_CHANNEL_ID } from "./channel-routes.ts";
export { POLYV_DOC_CHANNELS, type PolyvChannel, polyvScope } from "./channels.ts";
export { type PolyvApp, polyvCredentials } from "./credentials.ts";
export { FIRST_LOTTERY_ID } from "./lottery.ts";
export { type PolyvResultKind, polyvResultScope, type StoredLotteryRecord, type StoredLotteryWinner, type StoredViewerTaskReward } from "./results.ts";
export { FIRST_TASK_ID, FIRST_TASK_REWARD_ID, taskRewardStatus } from "./task-reward.ts";

/** A fixed-window rate limit with a block period. */
export interface PolyvRateLimit {
  limit: number;
  windowMs: number;
  blockMs: number;
}

/** Polyv's documented limit: 1500 requests per 10 s per client IP, then the IP is blocked 5 minutes. */
export const POLYV_RATE_LIMIT: Readonly<PolyvRateLimit> = Object.freeze({ limit: 1500, windowMs: 10_000, blockMs: 300_000 });

export interface PolyvVendorOptions {
  /** Overrides the emulated rate limit (tests use small numbers). Default {@link POLYV_RATE_LIMIT}. */
  rateLimit?: PolyvRateLimit;
}

/** Every Polyv path livemock serves (and the prefix it answers unknown paths under). */
const PREFIX = "/live/";

function buildRoutes(): RouteTable<PolyvRoute> {
  const table = createRouteTable<PolyvRoute>();
  for (const route of [...channelRoutes(), ...taskRewardRoutes(), ...lotteryRoutes(), ...resultRoutes()]) table.add(route.method, route.path, route);
  return table;
}

/**
 * Why a path under /live/ gets 404: livemock does not serve it (never "Polyv has no such endpoint":
 * Polyv has hundreds livemock does not imitate), with Polyv's doc page when the path is a known one.
 */
function unknownPathReason(method: string, path: string): string {
  const doubled = /\/{2,}/u.test(path);
  const hint = doubled ? `; the path has an empty segment (seed 003's example URL "/live//v4/..." is a doc defect): use ${path.replace(/\/{2,}/gu, "/")}` : "";
  const note = doubled ? "" : ` (${unservedNote("Polyv", POLYV_UNSERVED_APIS, path)})`;
  return `livemock does not serve ${method} ${path}${note}${hint}; it serves the channel, task-reward-activity, lottery-activity and lottery-result endpoints under /live/v4/channel/, /live/v3/channel/basic/get, /live/v3/channel/basic/batch-delete, /live/v2/channels/{channelId}/delete and /live/v4/user/viewer-task-reward/ (README: Polyv)`;
}

/**
 * Builds the Polyv vendor module factory, optionally with another rate limit.
 *
 * @example
 * const app = createMockApp({ vendors: [createPolyvVendor({ rateLimit: { limit: 3, windowMs: 10_000, blockMs: 300_000 } })] });
 */
export function createPolyvVendor(options: PolyvVendorOptions = {}): VendorDefinition<PolyvApp> {
  const create = (context: MockContext): VendorBehaviour => {
    const routes = buildRoutes();
    const rateLimit = options.rateLimit ?? POLYV_RATE_LIMIT;
    const limiter = context.rateLimiter("polyv", rateLimit);

    const operationOf = (request: VendorRequest) => {
      const hit = routes.match(request.method, request.path);
      return hit.kind === "found" ? hit.handler.operation : undefined;
    };

    const handle = (request: VendorRequest): Awaitable<VendorResponse> => {
      const hit = routes.match(request.method, request.path);
      if (hit.kind === "not-found") {
        return polyvFailure(context, polyvError("notFound", { reason: unknownPathReason(request.method, request.path) }), { envelope: polyvEnvelopeFamily(request.path) });
      }
      if (hit.kind === "method-not-allowed") {
        const allowed = hit.allowed.join(", ");
        const operation = routes.match(hit.allowed[0] ?? "GET", request.path);
        return polyvFailure(context, polyvError("methodNotAllowed", { reason: `${request.method} is not allowed on ${request.path}; use ${allowed}` }), {
          operation: operation.kind === "found" ? operation.handler.operation : undefined,
          headers: { allow: allowed },
          envelope: polyvEnvelopeFamily(request.path),
        });
      }
      const route = hit.handler;
      const meta = { operation: route.operation, envelope: route.envelope };

      // Parsed once: the signed parameters (query and form fields), which the route validates
      // with the path's own parameters (`{channelId}`, never signed) on top.
      const params = requestParams(request, firstQueryValues(request.query));
      const auth = authenticatePolyv(params, context.credentials.polyv, request.receivedAt, context.strict);
      if (!auth.ok) return polyvFailure(context, auth.error, meta);
      const app = auth.app;
      const owned = auth.warnings === undefined ? { ...meta, owner: app.appId } : { ...meta, owner: app.appId, warnings: auth.warnings };

      const serve = (): Awaitable<VendorResponse> => {
        let body: unknown;
        if (route.json) {
          const parsed = readJsonBody(request);
          if (!parsed.ok) return polyvFailure(context, parsed.error, owned);
          body = parsed.body;
        }
        const outcome = context.store.transact({ vendor: "polyv", owner: app.appId }, (state) =>
          route.run({ state, app, query: hit.params === undefined ? params : { ...params, ...hit.params }, body, now: request.receivedAt, strict: context.strict }),
        );
        return andThen(outcome, (done) => polyvRespond(context, done, owned));
      };
      if (!context.rateLimitsByVendor.polyv) return serve();
      return andThen(limiter.hit(request.clientIp, request.receivedAt), (verdict) => {
        if (verdict.allowed) return serve();
        const until = verdict.retryAt === undefined ? "" : ` until ${new Date(verdict.retryAt).toISOString()}`;
        const reason = `client ${request.clientIp} sent more than ${rateLimit.limit} requests in ${rateLimit.windowMs} ms and is blocked${until}`;
        return polyvFailure(context, polyvError("rateLimited", { reason }), owned);
      });
    };

    return {
      matches: (path) => path.startsWith(PREFIX),
      handle,
      errors: polyvErrorsFor(context),
      state: polyvStateView,
      seed: polyvSeedSection(context, handle),
      demo: (url, now) => {
        const app = context.credentials.polyv[0] ?? polyvCredentials.demo[0]!;
        const query = new URLSearchParams(signPolyvQuery({ channelId: 4854808 }, { appId: app.appId, appSecret: app.appSecret, timestamp: now }));
        return {
          credentials: `appId ${app.appId}  appSecret ${app.appSecret}`,
          example: `curl '${url}/live/v4/channel/task-reward-activity/page?${query}'`,
        };
      },
      seedRooms: () => seedPolyvChannels(context),
      reject(request: VendorRequest, failure: CoreFailure): VendorResponse {
        const meta = { operation: operationOf(request), envelope: polyvEnvelopeFamily(request.path) };
        switch (failure.kind) {
          case "payload-too-large":
            return polyvFailure(context, polyvError("payloadTooLarge", { reason: `the request body is larger than ${failure.limitBytes} bytes` }), meta);
          case "unreadable-body":
            return polyvFailure(context, polyvError("jsonFormat", { reason: `the request body could not be read: ${failure.message}` }), meta);
          case "internal": {
            const message = failure.error instanceof Error ? failure.error.message : String(failure.error);
            return polyvFailure(context, polyvError("undefinedError", { reason: `livemock failed while serving this request (a livemock bug; see the server log): ${message}` }), meta);
          }
        }
      },
      reset() {
        limiter.reset();
      },
      operationOf,
    };
  };
  return { name: "polyv", label: "Polyv", nativeName: "保利威", origins: ["https://api.polyv.net", "http://api.polyv.net"], credentials: polyvCredentials, create };
}

/**
 * Polyv's catalogue for fault rules; a forced error is answered as the module answers that error.
 *
 * @example
 * polyvErrorsFor(context).forced("rateLimited", request, { reason: "fault", params: {} }).status // 429
 */
function polyvErrorsFor(context: MockContext): VendorErrors {
  return {
    catalogue: Object.values(polyvErrors).map((e) => ({ id: e.id, status: e.httpStatus, code: e.code, message: e.message })),
    fallback: "undefinedError",
    forced: (id, request, { reason, params }) =>
      polyvFailure(context, polyvError(id as PolyvErrorId, { name: params.name ?? "", label: params.label ?? "", reason }), { envelope: polyvEnvelopeFamily(request.path) }),
  };
}

/** The Polyv vendor with Polyv's documented rate limit. */
export const polyvVendor: VendorDefinition<PolyvApp> = createPolyvVendor();
