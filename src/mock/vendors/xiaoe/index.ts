/**
 * Xiaoe-tech (小鹅通) served wire-faithfully: `GET /token`, the live-task APIs and the user lookups
 * under `/xe.<api>/<version>`, every answer HTTP 200 with the vendor's `{code, msg, data}` envelope and the
 * precise reason of a failure in `x-livemock-reason`.
 *
 * Order of checks for a business call, as the vendor's gateway would: unknown API or version (2052),
 * wrong method (2055), access_token missing (2007) or unknown/expired/superseded (2008), rate limit
 * (2053), then the operation's own rules (code 1 with the operation's message).
 */
import { unservedNote } from "../../../contracts/core/known-apis.ts";
import { strictReason } from "../../../contracts/core/leniency.ts";
import {
  type DecodedBody,
  decodeBody,
  queryRecord,
  validateRequest,
  XIAOE_UNSERVED_APIS,
  type XiaoeErrorId,
  type XiaoeRequestBody,
  type XiaoeWarning,
  xiaoeErrors,
  xiaoeFailure,
  xiaoeWarning,
} from "../../../contracts/xiaoe/index.ts";
import { type Awaitable, andThen } from "../../../util/awaitable.ts";
import type { MockContext } from "../../core/context.ts";
import { createRouteTable } from "../../core/route-table.ts";
import type { CoreFailure, VendorBehaviour, VendorDefinition, VendorRequest, VendorResponse } from "../../core/vendor.ts";
import type { StoreState } from "../../store/index.ts";
import { authenticate } from "./authenticate.ts";
import { type XiaoeApp, xiaoeCredentials } from "./credentials.ts";
import { createXiaoeLimits } from "./rate-limits.ts";
import { fail, failed } from "./respond.ts";
import { xiaoeSeedSection } from "./seed.ts";
import { createSharedTokenRegistry } from "./shared-token-registry.ts";
import { xiaoeStateView } from "./state-view.ts";
import { createLiveTask, getLiveTask, listLiveTasks, updateLiveTask } from "./task-endpoints.ts";
import { seedDemoLives } from "./task-state.ts";
import { issueTokenResponse } from "./token-endpoint.ts";
import { createTokenRegistry } from "./token-registry.ts";
import { getUsersByIds, listUsers } from "./user-endpoints.ts";
import { seedDemoUsers } from "./user-state.ts";

export { type XiaoeApp, xiaoeCredentials } from "./credentials.ts";
export { DEMO_LIVE_ID, FIRST_TASK_ID } from "./task-state.ts";
export { DEMO_USER_COUNT, demoUsers } from "./user-state.ts";

type BusinessOperation = "createLiveTask" | "updateLiveTask" | "getLiveTask" | "listLiveTasks" | "listUsers" | "getUsersByIds";
type Route = { operation: "getAccessToken" } | { operation: BusinessOperation };

type BusinessHandler<Op extends BusinessOperation> = (context: MockContext, state: StoreState, appId: string, body: XiaoeRequestBody<Op>) => VendorResponse;
const businessHandlers: { [Op in BusinessOperation]: BusinessHandler<Op> } = { createLiveTask, updateLiveTask, getLiveTask, listLiveTasks, listUsers, getUsersByIds };

/** A response naming the operation it answered. */
function withOperation(response: VendorResponse, operation: string): VendorResponse {
  response.operation = operation;
  return response;
}

/** Every path this module serves, with its one method. */
export const XIAOE_ROUTES: readonly { method: string; path: string; operation: Route["operation"] }[] = [
  { method: "GET", path: "/token", operation: "getAccessToken" },
  { method: "POST", path: "/xe.alive.marketing.task.create/1.0.0", operation: "createLiveTask" },
  { method: "POST", path: "/xe.alive.marketing.task.update/1.0.0", operation: "updateLiveTask" },
  { method: "POST", path: "/xe.alive.marketing.task.get/1.0.0", operation: "getLiveTask" },
  { method: "POST", path: "/xe.alive.marketing.live_task_by_id/2.0.0", operation: "listLiveTasks" },
  { method: "POST", path: "/xe.user.batch.get/1.0.0", operation: "listUsers" },
  { method: "POST", path: "/xe.user.batch_by_user_id.get/1.0.0", operation: "getUsersByIds" },
];

/**
 * Builds the Xiaoe vendor module: seeds the demo live room and demo users for every configured app into the store,
 * keeps issued tokens and rate-limit counters in memory (cleared by `reset()`).
 *
 * @example
 * const app = createMockApp({ vendors: [xiaoeVendor] });
 * await app.request("/token?app_id=apptrfbbm2m8971&client_id=livemock-client&secret_key=livemock-xiaoe-secret&grant_type=client_credential");
 */
function createXiaoeModule(context: MockContext): VendorBehaviour {
  const tokens = context.shared ? createSharedTokenRegistry(context.shared) : createTokenRegistry(() => context.random.next());
  const limits = createXiaoeLimits(context.rateLimiter);
  const routes = createRouteTable<Route>();
  for (const route of XIAOE_ROUTES) routes.add(route.method, route.path, { operation: route.operation });

  /**
   * The leniencies a business call relies on: a form-encoded body, the token in the query string.
   * Under `--strict` the first one refuses the call as a server reading only the documented JSON
   * body would: without an access_token (2007).
   */
  function businessLeniencies(query: Record<string, string>, body: DecodedBody): { warnings?: XiaoeWarning[]; refusal?: VendorResponse } {
    const warnings: XiaoeWarning[] = [];
    if (body.ok && body.encoding === "form" && body.fields !== undefined) {
      warnings.push(xiaoeWarning("xiaoe.body.form-encoded", "the parameters came in a form-encoded body"));
    }
    const bodyToken = body.ok && body.encoding === "json" ? body.fields?.access_token : undefined;
    if ((bodyToken === undefined || bodyToken === null) && query.access_token !== undefined && query.access_token !== "") {
      warnings.push(xiaoeWarning("xiaoe.auth.access-token-in-query", "access_token came in the query string"));
    }
    if (warnings.length === 0) return {};
    if (!context.strict) return { warnings };
    return { refusal: fail("missingAccessToken", `access_token: required in the JSON body; ${warnings.map(strictReason).join("; ")}`) };
  }

  function business<Op extends BusinessOperation>(operation: Op, request: VendorRequest, body: DecodedBody): Awaitable<VendorResponse> {
    const query = queryRecord(request.query);
    // Only a call that is not the documented JSON body with its token looks further (no cost otherwise).
    const lenient = body.ok && body.encoding === "json" && body.fields?.access_token !== undefined && request.rawQuery === "" ? {} : businessLeniencies(query, body);
    if (lenient.refusal) return withOperation(lenient.refusal, operation);
    const warnings = lenient.warnings;
    const fields = body.ok ? body.fields : undefined;
    return andThen(authenticate(tokens, fields, query, request.receivedAt, body.ok ? "" : `; ${body.problem}`), (auth) => {
      if (!auth.ok) return failed(auth.error, { operation, warnings });
      const served = { operation, owner: auth.appId, warnings };
      if (!context.rateLimitsByVendor.xiaoe) return authorised(operation, query, body, auth, served);
      return andThen(limits.exceeded(operation, auth.appId, request.receivedAt), (over) => (over ? fail("rateLimited", over, served) : authorised(operation, query, body, auth, served)));
    });
  }

  /** A business call past authentication and the rate limit: the body's rules, then the operation in one transaction. */
  function authorised<Op extends BusinessOperation>(
    operation: Op,
    query: Record<string, string>,
    body: DecodedBody,
    auth: { appId: string; token: string },
    served: { operation: Op; owner: string; warnings: XiaoeWarning[] | undefined },
  ): Awaitable<VendorResponse> {
    const warnings = served.warnings;
    if (!body.ok) {
      // Answer what the operation answers a body without its fields, naming the real problem.
      const empty = validateRequest(operation, { query, body: { access_token: auth.token } });
      return empty.ok ? fail("systemBusy", body.problem, served) : failed({ ...empty.error, reason: body.problem }, served);
    }
    const validation = validateRequest(operation, { query, body: body.fields, bodyEncoding: body.encoding });
    if (!validation.ok) return failed(validation.error, served);
    const handler = businessHandlers[operation] as BusinessHandler<Op>;
    const answer = context.store.transact({ vendor: "xiaoe", owner: auth.appId }, (state) => handler(context, state, auth.appId, validation.body));
    return warnings === undefined ? answer : andThen(answer, (response) => ({ ...response, warnings }));
  }

  function serve(request: VendorRequest, body: DecodedBody): Awaitable<VendorResponse> {
    const hit = routes.match(request.method, request.path);
    if (hit.kind === "not-found") {
      // Xiaoe may well have the API: say that livemock does not serve it, never that Xiaoe lacks it.
      const note = unservedNote("Xiaoe", XIAOE_UNSERVED_APIS, request.path);
      return fail("unknownApi", `livemock does not serve ${request.method} ${request.path} (${note}); it serves ${XIAOE_ROUTES.map((r) => r.path).join(", ")}`);
    }
    if (hit.kind === "method-not-allowed") {
      const route = XIAOE_ROUTES.find((r) => r.path === request.path);
      return fail("wrongMethod", `method: ${request.path} takes ${hit.allowed.join(", ")}, not ${request.method}`, { operation: route?.operation });
    }
    const { operation } = hit.handler;
    if (operation === "getAccessToken") return issueTokenResponse({ context, tokens, limits }, queryRecord(request.query), body, request.receivedAt);
    return business(operation, request, body);
  }

  const handle = (request: VendorRequest) => serve(request, decodeBody(request));
  const vendor: VendorBehaviour = {
    matches: (path) => path === "/token" || path.startsWith("/xe."),
    handle,
    errors: {
      catalogue: Object.values(xiaoeErrors).map((e) => ({ id: e.id, status: e.status, code: e.code, message: e.msg })),
      fallback: "systemBusy",
      forced: (id, _request, { reason }) => failed(xiaoeFailure(id as XiaoeErrorId, reason)),
    },
    state: xiaoeStateView,
    seed: xiaoeSeedSection(context, handle),
    demo: (url) => {
      const app = context.credentials.xiaoe[0] ?? xiaoeCredentials.demo[0]!;
      const query = new URLSearchParams({ app_id: app.appId, client_id: app.clientId, secret_key: app.secretKey, grant_type: "client_credential" });
      return { credentials: `app_id ${app.appId}  client_id ${app.clientId}  secret_key ${app.secretKey}`, example: `curl '${url}/token?${query}'` };
    },
    seedRooms: () => andThen(seedDemoLives(context), () => seedDemoUsers(context)),
    reject(request, failure: CoreFailure): VendorResponse {
      if (failure.kind === "internal") {
        const operation = XIAOE_ROUTES.find((r) => r.path === request.path)?.operation;
        const message = failure.error instanceof Error ? failure.error.message : String(failure.error);
        return failed(xiaoeFailure("systemBusy", `livemock internal error: ${message}`), { operation });
      }
      const problem = failure.kind === "payload-too-large" ? `body: larger than the ${failure.limitBytes}-byte limit, not read` : `body: could not be read (${failure.message})`;
      // Nothing past authentication runs without a readable body: the answer never waits for the store.
      return serve(request, { ok: false, problem }) as VendorResponse;
    },
    reset() {
      tokens.clear();
      limits.reset();
    },
    operationOf: (request) => XIAOE_ROUTES.find((r) => r.path === request.path && r.method === request.method)?.operation,
  };
  return vendor;
}

/**
 * Xiaoe-tech as the app mounts it.
 *
 * @example
 * const app = createMockApp({ vendors: [xiaoeVendor] });
 */
export const xiaoeVendor: VendorDefinition<XiaoeApp> = {
  name: "xiaoe",
  label: "Xiaoe-tech",
  nativeName: "小鹅通",
  origins: ["https://api.xiaoe-tech.com"],
  credentials: xiaoeCredentials,
  create: createXiaoeModule,
};
