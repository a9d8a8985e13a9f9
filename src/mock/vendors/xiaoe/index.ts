/**
 * Xiaoe-tech (小鹅通) served wire-faithfully: `GET /token` and the live-task APIs under
 * `/xe.<api>/<version>`, every answer HTTP 200 with the vendor's `{code, msg, data}` envelope and the
 * precise reason of a failure in `x-livemock-reason`.
 *
 * Order of checks for a business call, as the vendor's gateway would: unknown API or version (2052),
 * wrong method (2055), access_token missing (2007) or unknown/expired/superseded (2008), rate limit
 * (2053), then the operation's own rules (code 1 with the operation's message).
 */
import { validateRequest, xiaoeFailure, type XiaoeRequestBody } from "../../../contracts/xiaoe/index.ts";
import type { MockContext } from "../../core/context.ts";
import { createRouteTable } from "../../core/route-table.ts";
import type { CoreFailure, VendorFactory, VendorModule, VendorRequest, VendorResponse } from "../../core/vendor.ts";
import { authenticate } from "./authenticate.ts";
import { createXiaoeLimits } from "./rate-limits.ts";
import { decodeBody, queryRecord, type DecodedBody } from "./read-params.ts";
import { fail, failed } from "./respond.ts";
import { createLiveTask, getLiveTask, listLiveTasks, updateLiveTask } from "./task-endpoints.ts";
import { seedDemoLives } from "./task-state.ts";
import { issueTokenResponse } from "./token-endpoint.ts";
import { createTokenRegistry } from "./token-registry.ts";

export { DEMO_LIVE_ID, FIRST_TASK_ID } from "./task-state.ts";

type BusinessOperation = "createLiveTask" | "updateLiveTask" | "getLiveTask" | "listLiveTasks";
type Route = { operation: "getAccessToken" } | { operation: BusinessOperation };

type BusinessHandler<Op extends BusinessOperation> = (context: MockContext, appId: string, body: XiaoeRequestBody<Op>) => VendorResponse;
const businessHandlers: { [Op in BusinessOperation]: BusinessHandler<Op> } = { createLiveTask, updateLiveTask, getLiveTask, listLiveTasks };

/** Every path this module serves, with its one method. */
export const XIAOE_ROUTES: readonly { method: string; path: string; operation: Route["operation"] }[] = [
  { method: "GET", path: "/token", operation: "getAccessToken" },
  { method: "POST", path: "/xe.alive.marketing.task.create/1.0.0", operation: "createLiveTask" },
  { method: "POST", path: "/xe.alive.marketing.task.update/1.0.0", operation: "updateLiveTask" },
  { method: "POST", path: "/xe.alive.marketing.task.get/1.0.0", operation: "getLiveTask" },
  { method: "POST", path: "/xe.alive.marketing.live_task_by_id/2.0.0", operation: "listLiveTasks" },
];

/**
 * Builds the Xiaoe vendor module: seeds the demo live room for every configured app into the store,
 * keeps issued tokens and rate-limit counters in memory (cleared by `reset()`).
 *
 * @example
 * const app = createMockApp({ vendors: [xiaoeVendor] });
 * await app.request("/token?app_id=apptrfbbm2m8971&client_id=livemock-client&secret_key=livemock-xiaoe-secret&grant_type=client_credential");
 */
export const xiaoeVendor: VendorFactory = (context) => {
  const tokens = createTokenRegistry(() => context.random.next());
  const limits = createXiaoeLimits();
  const routes = createRouteTable<Route>();
  for (const route of XIAOE_ROUTES) routes.add(route.method, route.path, { operation: route.operation });
  seedDemoLives(context.store, context.credentials.xiaoe.map((app) => app.appId));

  function business<Op extends BusinessOperation>(operation: Op, request: VendorRequest, body: DecodedBody): VendorResponse {
    const query = queryRecord(request.query);
    const fields = body.ok ? body.fields : undefined;
    const auth = authenticate(tokens, fields, query, request.receivedAt, body.ok ? "" : `; ${body.problem}`);
    if (!auth.ok) return failed(auth.error, { operation });
    const served = { operation, owner: auth.appId };
    if (context.rateLimitsByVendor.xiaoe) {
      const over = limits.exceeded(operation, auth.appId, request.receivedAt);
      if (over) return fail("rateLimited", over, served);
    }
    if (!body.ok) {
      // Answer what the operation answers a body without its fields, naming the real problem.
      const empty = validateRequest(operation, { query, body: { access_token: auth.token } });
      return empty.ok ? fail("systemBusy", body.problem, served) : failed({ ...empty.error, reason: body.problem }, served);
    }
    const validation = validateRequest(operation, { query, body: fields, bodyEncoding: body.encoding });
    if (!validation.ok) return failed(validation.error, served);
    return (businessHandlers[operation] as BusinessHandler<Op>)(context, auth.appId, validation.body);
  }

  function serve(request: VendorRequest, body: DecodedBody): VendorResponse {
    const hit = routes.match(request.method, request.path);
    if (hit.kind === "not-found") {
      return fail("unknownApi", `no API ${request.method} ${request.path}: livemock serves ${XIAOE_ROUTES.map((r) => r.path).join(", ")}`);
    }
    if (hit.kind === "method-not-allowed") {
      const route = XIAOE_ROUTES.find((r) => r.path === request.path);
      return fail("wrongMethod", `method: ${request.path} takes ${hit.allowed.join(", ")}, not ${request.method}`, { operation: route?.operation });
    }
    const { operation } = hit.handler;
    if (operation === "getAccessToken") return issueTokenResponse({ context, tokens, limits }, queryRecord(request.query), body, request.receivedAt);
    return business(operation, request, body);
  }

  const vendor: VendorModule = {
    name: "xiaoe",
    matches: (path) => path === "/token" || path.startsWith("/xe."),
    handle: (request) => serve(request, decodeBody(request)),
    reject(request, failure: CoreFailure) {
      if (failure.kind === "internal") {
        const operation = XIAOE_ROUTES.find((r) => r.path === request.path)?.operation;
        const message = failure.error instanceof Error ? failure.error.message : String(failure.error);
        return failed(xiaoeFailure("systemBusy", `livemock internal error: ${message}`), { operation });
      }
      const problem =
        failure.kind === "payload-too-large"
          ? `body: larger than the ${failure.limitBytes}-byte limit, not read`
          : `body: could not be read (${failure.message})`;
      return serve(request, { ok: false, problem });
    },
    reset() {
      tokens.clear();
      limits.reset();
    },
    operationOf: (request) => XIAOE_ROUTES.find((r) => r.path === request.path && r.method === request.method)?.operation,
    onCredentialsAdded: () => seedDemoLives(context.store, context.credentials.xiaoe.map((app) => app.appId)),
  };
  return vendor;
};
