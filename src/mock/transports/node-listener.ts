/**
 * The node:http request listener `startServer` serves with. Vendor calls go straight from the
 * `IncomingMessage` to the dispatcher and back to the `ServerResponse` (no web Request/Response,
 * no router: a third of the CPU a call used to cost), and so do the control-plane routes the admin
 * module lists as fast (`FAST_ADMIN_ROUTES`: the health check); everything else (the rest of the
 * control plane, the dashboard, unknown paths) goes to the one fallback, the Hono app via
 * @hono/node-server, marked as no vendor call (`fallbackFetch`) so that the app does not match the
 * path against the vendors again.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { ADMIN_BASE, FAST_ADMIN_ROUTES, type FastAdminRoute } from "../admin/index.ts";
import type { MockApp } from "../app.ts";
import type { MockContext } from "../core/context.ts";
import { type DispatchOutcome, type InboundRequest, matchVendorCall, responseHeaders, serveVendorCall, type VendorCall } from "../core/dispatch.ts";
import { dropConnection, INTERNAL_ERROR_JSON, JSON_CONTENT_TYPE, logInternalError } from "./common.ts";
import { fallbackFetch } from "./hono.ts";
import { NodeInbound } from "./node-inbound.ts";

/** Writes a JSON answer with a known length instead of chunked encoding: Node then sends head and body in one write. */
function writeJson(res: ServerResponse, status: number, headers: Record<string, string>, json: string): void {
  headers["content-length"] = String(Buffer.byteLength(json));
  res.writeHead(status, headers);
  res.end(json);
}

function send(outcome: DispatchOutcome, req: IncomingMessage, res: ServerResponse): void {
  if (outcome.kind === "drop") dropConnection(req);
  else writeJson(res, outcome.response.status, responseHeaders(outcome.response), outcome.json);
}

/** Last resort when the core itself fails (a vendor header Node refuses, say): a plain 500, never a stack trace. */
function sendInternalError(res: ServerResponse, error: unknown): void {
  logInternalError(error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  writeJson(res, 500, { "content-type": JSON_CONTENT_TYPE }, INTERNAL_ERROR_JSON);
}

type QueueSend = (outcome: DispatchOutcome, req: IncomingMessage, res: ServerResponse) => void;

/**
 * A listener's write batch: answers ready in one turn of the event loop, written together in its
 * check phase. Written one by one as they come, each answer found the client asleep and paid for
 * waking it (on loopback the kernel charges that to the writer): batching the writes of one turn
 * took Volcengine's create from 9,000 to 15,000 requests/s at 32 connections (`npm run bench`). An
 * answer waits at most for the rest of the turn it was produced in. Each listener has its own, so
 * that two servers in one process never write each other's answers.
 */
function writeBatch(): QueueSend {
  let pending: [DispatchOutcome, IncomingMessage, ServerResponse][] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    for (const [outcome, req, res] of batch) {
      try {
        send(outcome, req, res);
      } catch (error) {
        sendInternalError(res, error);
      }
    }
  };
  return (outcome, req, res) => {
    if (pending.push([outcome, req, res]) === 1) setImmediate(flush);
  };
}

/** The fast admin route for exactly this method and path, with or without a query (HEAD and other spellings go through Hono). */
function fastAdminRoute(method: string, target: string): FastAdminRoute | undefined {
  return FAST_ADMIN_ROUTES.find((route) => route.method === method && target.startsWith(route.path) && (target.length === route.path.length || target[route.path.length] === "?"));
}

/** Answers a fast admin route as the admin routes do (`c.json` of the same answer and status, `application/json`). */
function sendFastAdmin(res: ServerResponse, route: FastAdminRoute, context: MockContext): void {
  writeJson(res, route.status?.(context) ?? 200, { "content-type": "application/json" }, JSON.stringify(route.answer(context)));
}

/**
 * The fallback for what is not a vendor call: the Hono app as a node:http listener, loaded on first
 * use. @hono/node-server and the web Request/Response it builds on (Node's undici) take ~25 ms to
 * load, which a server answering only vendor calls and health checks never pays, and which no
 * longer delays the first answer after start.
 */
function lazyHonoFallback(app: MockApp): RequestListener {
  let listener: RequestListener | undefined;
  let loading: Promise<RequestListener> | undefined;
  return (req, res) => {
    if (listener) {
      void listener(req, res);
      return;
    }
    loading ??= import("@hono/node-server").then(({ getRequestListener }) => (listener = getRequestListener(fallbackFetch(app))));
    loading.then(
      (ready) => void ready(req, res),
      (error: unknown) => sendInternalError(res, error),
    );
  };
}

/**
 * Builds the listener for `http.createServer`: the fast path for vendor calls and the admin
 * module's fast routes (the health check), the Hono app for the rest. Each listener batches its
 * own writes.
 *
 * @example
 * const app = createMockApp();
 * createServer(createNodeListener(app)).listen(4010, "127.0.0.1");
 */
export function createNodeListener(app: MockApp): RequestListener {
  const { context, vendors } = app.livemock;
  const fallback = lazyHonoFallback(app);
  const queueSend = writeBatch();
  return (req, res) => {
    let call: VendorCall | undefined;
    let inbound: InboundRequest;
    try {
      inbound = new NodeInbound(req);
      if (inbound.target.startsWith(ADMIN_BASE)) {
        const route = fastAdminRoute(inbound.method, inbound.target);
        if (route) {
          sendFastAdmin(res, route, context);
          return;
        }
      } else call = matchVendorCall(inbound, context, vendors);
    } catch (error) {
      sendInternalError(res, error);
      return;
    }
    if (!call) {
      fallback(req, res);
      return;
    }
    serveVendorCall(call, inbound, context).then(
      (outcome) => queueSend(outcome, req, res),
      (error: unknown) => sendInternalError(res, error),
    );
  };
}
