/**
 * Volcengine livesaas (火山引擎企业直播) served wire-faithfully at `/?Action=<Action>&Version=<Version>`.
 *
 * Check order of one request (each step answers in Volcengine's envelope when it fails):
 * 1. routing: MissingParameter (no Action, then no Version), InvalidActionOrVersion (unknown pair,
 *    or a method the action is not served on);
 * 2. authentication: MissingAuthenticationToken, InvalidAuthorization, MissingRequestInfo,
 *    InvalidTimestamp, InvalidAccessKey, SignatureDoesNotMatch;
 * 3. flow limit: FlowLimitExceeded past 10 requests/s per access key and action (when rate limits are on);
 * 4. the JSON body (POST actions, whatever the Content-Type) and the operation's rules: InvalidParameter;
 * 5. the action over the caller's state: InvalidParameter for an unknown live room or red packet
 *    and for a status that does not allow the action.
 */
import {
  operationForAction,
  presignQuery,
  readJsonBody,
  type VolcErrorCode,
  type VolcOperationId,
  validateRequest,
  volcActionMethods,
  volcError,
  volcErrors,
} from "../../../contracts/volcengine/index.ts";
import { type Awaitable, andThen } from "../../../util/awaitable.ts";
import type { MockContext } from "../../core/context.ts";
import type { CoreFailure, VendorBehaviour, VendorDefinition, VendorRequest, VendorResponse } from "../../core/vendor.ts";
import type { StoreState } from "../../store/index.ts";
import { type ActionOutcome, createActions, type ValidInput } from "./actions.ts";
import { createVolcAuthenticator, type VolcAuthenticator } from "./authenticate.ts";
import { createVolcengineCallbacks } from "./callbacks.ts";
import { type VolcengineKey, volcengineCredentials } from "./credentials.ts";
import { isVolcengineRequest } from "./matches.ts";
import { createRedPacketRepository } from "./red-packets.ts";
import { createResponder } from "./respond.ts";
import { createVolcengineRoomDriver } from "./room.ts";
import { routeVolcRequest } from "./route.ts";
import { volcengineSeedSection } from "./seed.ts";
import { volcengineStateView } from "./state-view.ts";

export { type VolcengineKey, volcengineCredentials } from "./credentials.ts";

/** The leniencies an authenticated request relied on. */
type AuthWarnings = Extract<ReturnType<VolcAuthenticator>, { ok: true }>["warnings"];

/** Documented limit of the red-packet actions: 10 requests per second per user. */
export const VOLC_FLOW_LIMIT = { limit: 10, windowMs: 1000 } as const;

/**
 * The Volcengine vendor module: V4 signature checks on the mock clock, the red-packet actions with
 * their documented rules and lifecycle, state per access key, and live rooms 1824920000234844 and
 * 1824920000234845 pre-seeded for every accepted access key.
 *
 * @example
 * const app = createMockApp({ vendors: [volcengineVendor] });
 */
function createVolcengineModule(context: MockContext): VendorBehaviour {
  const respond = createResponder(context);
  const repo = createRedPacketRepository(context);
  const actions = createActions(context, repo);
  const flowLimiter = context.rateLimiter("volcengine", VOLC_FLOW_LIMIT);
  const authenticate = createVolcAuthenticator(context);

  const runAction = <Op extends VolcOperationId>(operation: Op, input: ValidInput<Op>, owner: string): Awaitable<ActionOutcome> =>
    context.store.transact({ vendor: "volcengine", owner }, (state) => (actions[operation] as (input: ValidInput<Op>, owner: string, state: StoreState) => ActionOutcome)(input, owner, state));

  const handle = (request: VendorRequest): Awaitable<VendorResponse> => {
    const route = routeVolcRequest(request.method, request.query);
    if (!route.ok) return respond.failure(route.error, route);
    const { operation, action, version } = route;
    const at = { operation, action, version };

    const auth = authenticate(request);
    if (!auth.ok) return respond.failure(auth.error, at);
    const owner = auth.accessKeyId;
    const warnings = auth.warnings;

    if (!context.rateLimitsByVendor.volcengine) return serve(request, operation, at, owner, warnings);
    return andThen(flowLimiter.hit(`${owner}\u0000${action}`, request.receivedAt), (verdict) => {
      if (verdict.allowed) return serve(request, operation, at, owner, warnings);
      const error = volcError("FlowLimitExceeded", { action }, `More than ${VOLC_FLOW_LIMIT.limit} ${action} requests within one second for access key ${owner}.`);
      return respond.failure(error, { ...at, owner, warnings });
    });
  };

  /** The call once authenticated and within the flow limit: body, validation, the action. */
  const serve = (
    request: VendorRequest,
    operation: VolcOperationId,
    at: { operation: VolcOperationId; action: string; version: string },
    owner: string,
    warnings: AuthWarnings,
  ): Awaitable<VendorResponse> => {
    const { action, version } = at;
    let body: unknown;
    if (volcActionMethods[operation] === "POST") {
      const parsed = readJsonBody(request.rawBody, request.contentType);
      if (!parsed.ok) return respond.failure(parsed.error, { ...at, owner, warnings });
      body = parsed.value;
    }
    const verdict = validateRequest(operation, { query: request.query, body });
    if (!verdict.ok) return respond.failure(verdict.error, { ...at, owner, warnings });

    return andThen(runAction(operation, verdict, owner), (outcome) => {
      if (!outcome.ok) return respond.failure(outcome.error, { ...at, owner, warnings });
      return respond.success(outcome.result, { operation, action, version, owner, warnings, receivedAt: request.receivedAt });
    });
  };

  const reject = (request: VendorRequest, failure: CoreFailure): VendorResponse => {
    const action = request.query.get("Action") ?? undefined;
    const version = request.query.get("Version") ?? undefined;
    const operation = action && version ? operationForAction(action, version) : undefined;
    const at = { action: action || undefined, version, operation };
    switch (failure.kind) {
      case "payload-too-large": {
        const message = `The request body exceeds the limit of ${failure.limitBytes} bytes.`;
        return respond.failure(volcError("InvalidParameter", { detail: message }, `body: larger than livemock's body limit of ${failure.limitBytes} bytes.`), at);
      }
      case "unreadable-body":
        return respond.failure(volcError("InvalidParameter", { detail: "The request body could not be read." }, `body: could not be read (${failure.message}).`), at);
      case "internal":
        return respond.failure(volcError("InternalError", {}, `livemock failed while serving this request: ${(failure.error as Error)?.message ?? String(failure.error)}`), at);
    }
  };

  return {
    matches: isVolcengineRequest,
    handle,
    reject,
    errors: {
      catalogue: Object.values(volcErrors).map((e) => ({ id: e.code, status: e.status, code: e.code, message: e.message })),
      fallback: "InternalError",
      forced(id, request, { reason, params }) {
        const action = request.query.get("Action") ?? undefined;
        const version = request.query.get("Version") ?? undefined;
        const filled = { detail: "The request was rejected.", name: "Action", info: "Authorization", accessKey: "", action: action ?? "", version: version ?? "", ...params };
        return respond.failure(volcError(id as VolcErrorCode, filled, reason), { action, version });
      },
    },
    state: volcengineStateView,
    seed: volcengineSeedSection(context, handle),
    demo(url, now) {
      const key = context.credentials.volcengine[0] ?? volcengineCredentials.demo[0]!;
      const query = presignQuery({
        method: "GET",
        path: "/",
        query: { Action: "ListActivityRedPacket", Version: "2023-08-01", ActivityID: "1824920000234844" },
        ak: key.accessKeyId,
        sk: key.secretAccessKey,
        date: new Date(now),
      });
      return { credentials: `AK ${key.accessKeyId}  SK ${key.secretAccessKey}`, example: `curl '${url}/?${query}'` };
    },
    seedRooms: () => repo.seedActivities(),
    rooms: createVolcengineRoomDriver(context, repo),
    callbacks: createVolcengineCallbacks(context),
    reset: () => flowLimiter.reset(),
    operationOf: (request) => {
      const action = request.query.get("Action");
      const version = request.query.get("Version");
      return action && version ? operationForAction(action, version) : undefined;
    },
  };
}

/**
 * Volcengine livesaas as the app mounts it.
 *
 * @example
 * const app = createMockApp({ vendors: [volcengineVendor] });
 */
export const volcengineVendor: VendorDefinition<VolcengineKey> = {
  name: "volcengine",
  label: "Volcengine",
  nativeName: "火山引擎",
  origins: ["https://livesaas.volcengineapi.com"],
  credentials: volcengineCredentials,
  create: createVolcengineModule,
};
