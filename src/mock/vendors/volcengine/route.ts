/**
 * Routing inside Volcengine's single path: Action and Version from the query, and the HTTP method
 * the action is served on. Runs before authentication, as the gateway must find the API before it
 * can authenticate a call to it.
 */
import { unservedNote } from "../../../contracts/core/known-apis.ts";
import {
  operationForAction,
  operationNamedBy,
  VOLC_UNSERVED_ACTIONS,
  type VolcError,
  type VolcOperationId,
  volcActionMethods,
  volcActionVersions,
  volcError,
} from "../../../contracts/volcengine/index.ts";

/** Where a request goes, or why it goes nowhere. */
export type RouteResult = { ok: true; operation: VolcOperationId; action: string; version: string } | { ok: false; error: VolcError; action?: string; version?: string; operation?: VolcOperationId };

/** What a routing failure echoes of an Action: the Action, and the operation it names if any. */
function echoOf(action: string): { action: string; operation?: VolcOperationId } {
  const named = operationNamedBy(action);
  return named === undefined ? { action } : { action, operation: named };
}

/**
 * Resolves a request to an operation: MissingParameter (400) without Action or Version,
 * InvalidActionOrVersion (404) for an Action/Version pair livemock does not serve, and also
 * InvalidActionOrVersion when the method is not the action's (livemock's reading of the gateway,
 * which registers each API under one method: GET for Get/List, POST for the others).
 *
 * @example
 * routeVolcRequest("POST", new URLSearchParams("Action=CreateActivityRedPacket&Version=2023-08-01"))
 * // { ok: true, operation: "createActivityRedPacket", action: "CreateActivityRedPacket", version: "2023-08-01" }
 */
export function routeVolcRequest(method: string, query: URLSearchParams): RouteResult {
  const action = query.get("Action") ?? "";
  const version = query.get("Version") ?? "";
  if (action === "") return { ok: false, error: volcError("MissingParameter", { name: "Action" }, "The query has no Action parameter.") };
  if (version === "") {
    return { ok: false, ...echoOf(action), error: volcError("MissingParameter", { name: "Version" }, `The query names Action ${action} but has no Version parameter.`) };
  }
  const operation = operationForAction(action, version);
  if (operation === undefined) {
    const reason =
      operationNamedBy(action) === undefined
        ? `livemock does not serve Action ${action} (${unservedNote("Volcengine", VOLC_UNSERVED_ACTIONS, action)}); it serves the red-packet, red-packet data and callback-configuration actions only.`
        : `livemock serves ${action} in Version ${volcActionVersions[operationNamedBy(action)!]} only, not ${version}.`;
    return { ok: false, ...echoOf(action), version, error: volcError("InvalidActionOrVersion", { action, version }, reason) };
  }
  const expected = volcActionMethods[operation];
  const upper = method.toUpperCase();
  const actual = upper === "HEAD" ? "GET" : upper;
  if (actual !== expected) {
    return {
      ok: false,
      action,
      version,
      operation,
      error: volcError("InvalidActionOrVersion", { action, version }, `${action} is served on ${expected} only; the request used ${method.toUpperCase()}.`),
    };
  }
  return { ok: true, operation, action, version };
}
