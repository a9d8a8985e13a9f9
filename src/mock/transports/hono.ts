/**
 * The Hono transport: the app's catch-all route hands vendor calls to the dispatcher, and answers
 * every other request the control plane did not take with livemock's not-found. It serves
 * in-process calls (`app.request`, `app.fetch`, MSW), the app mounted with `@hono/node-server`,
 * and what the node listener (`./node-listener.ts`) passes on as not a vendor call. That listener
 * has already looked for a vendor: it calls the app through {@link fallbackFetch}, whose marker in
 * the Hono `env` makes the catch-all answer not-found without matching the path again.
 */

import type { IncomingMessage } from "node:http";
import type { Context, ErrorHandler, Handler, Hono } from "hono";
import type { MockContext } from "../core/context.ts";
import { matchVendorCall, responseHeaders, serveVendorCall } from "../core/dispatch.ts";
import type { VendorModule } from "../core/vendor.ts";
import { dropConnection, INTERNAL_ERROR_JSON, JSON_CONTENT_TYPE, logInternalError } from "./common.ts";
import { NodeInbound } from "./node-inbound.ts";
import { webInbound } from "./web-inbound.ts";

/** Set in the Hono `env` by {@link fallbackFetch}: the transport found no vendor for this request. */
const NO_VENDOR = Symbol("livemock.noVendor");

/** The Hono `env` as livemock reads it: @hono/node-server's bindings and livemock's marker, all optional. */
interface TransportEnv {
  incoming?: IncomingMessage;
  [NO_VENDOR]?: true;
}

/** The Node request behind the web one, when served by @hono/node-server. */
function nodeIncoming(env: TransportEnv | undefined): IncomingMessage | undefined {
  const incoming = env?.incoming;
  return incoming && typeof incoming.on === "function" ? incoming : undefined;
}

/** Serves a vendor call; `undefined` when no vendor serves the path. */
async function dispatch(c: Context, incoming: IncomingMessage | undefined, context: MockContext, vendors: readonly VendorModule[]): Promise<Response | undefined> {
  // Straight from the Node request when there is one: no URL or Headers object per call.
  const inbound = incoming ? new NodeInbound(incoming) : webInbound(c.req.raw);
  const call = matchVendorCall(inbound, context, vendors);
  if (!call) return undefined;
  const outcome = await serveVendorCall(call, inbound, context);
  if (outcome.kind === "drop") {
    // Over HTTP nothing reaches the client any more; @hono/node-server only needs a valid Response to finish.
    return dropConnection(incoming) ?? new Response(null, { status: 204 });
  }
  return new Response(outcome.json, { status: outcome.response.status, headers: responseHeaders(outcome.response) });
}

/**
 * The app's catch-all route: a vendor call goes to the dispatcher; anything else (and whatever a
 * transport marked through {@link fallbackFetch}, without matching again) is answered 404 with
 * livemock's not-found body, the only not-found answer of the app.
 *
 * @example
 * app.route("/__livemock", adminRoutes(context, control));
 * app.all("*", vendorCatchAll(context, vendors));
 */
export function vendorCatchAll(context: MockContext, vendors: readonly VendorModule[]): Handler {
  return async (c) => {
    const env = c.env as TransportEnv | undefined;
    const answer = env?.[NO_VENDOR] ? undefined : await dispatch(c, nodeIncoming(env), context, vendors);
    return answer ?? c.json({ error: "not_found", message: `livemock has no route ${c.req.method} ${c.req.path}` }, 404);
  };
}

/**
 * `app.fetch` for a request a transport has already matched against the vendors and found none
 * for: the control plane and the dashboard answer as usual, and the catch-all answers not-found
 * without matching the path again. The `env` is @hono/node-server's (`incoming`, `outgoing`).
 *
 * @example
 * const listener = getRequestListener(fallbackFetch(app)); // for requests that are not vendor calls
 */
export function fallbackFetch(app: Hono): (request: Request, env: object) => Response | Promise<Response> {
  return (request, env) => app.fetch(request, { ...env, [NO_VENDOR]: true });
}

/**
 * The app's `onError`: logs the error and answers the internal error of {@link INTERNAL_ERROR_JSON},
 * as the node listener does when it fails.
 *
 * @example
 * app.onError(answerInternalError);
 */
export const answerInternalError: ErrorHandler = (error, c) => {
  logInternalError(error);
  return c.body(INTERNAL_ERROR_JSON, 500, { "content-type": JSON_CONTENT_TYPE });
};
