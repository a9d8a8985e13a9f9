/**
 * The node:http request listener `startServer` serves with. Vendor calls go straight from the
 * `IncomingMessage` to the dispatcher and back to the `ServerResponse` (no web Request/Response,
 * no router: a third of the CPU a call used to cost); everything else (the control plane under
 * `/__livemock`, the dashboard, unknown paths) goes through the Hono app as before.
 */
import { getRequestListener } from "@hono/node-server";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { ADMIN_BASE } from "./admin/index.ts";
import type { MockApp } from "./app.ts";
import { matchVendorCall, responseHeaders, serveVendorCall, type DispatchOutcome, type InboundRequest, type VendorCall } from "./core/dispatch.ts";
import { NodeInbound } from "./core/node-inbound.ts";

function send(outcome: DispatchOutcome, req: IncomingMessage, res: ServerResponse): void {
  if (outcome.kind === "drop") {
    req.socket.destroy();
    return;
  }
  const headers = responseHeaders(outcome.response);
  // A known length instead of chunked encoding: Node then sends head and body in one write.
  headers["content-length"] = String(Buffer.byteLength(outcome.json));
  res.writeHead(outcome.response.status, headers);
  res.end(outcome.json);
}

type Pending = [DispatchOutcome, IncomingMessage, ServerResponse];

/**
 * Answers ready in this turn of the event loop, written together in its check phase. Written one by
 * one as they come, each answer found the client asleep and paid for waking it (on loopback the
 * kernel charges that to the writer): batching the writes of one turn took Volcengine's create
 * from 9,000 to 15,000 requests/s at 32 connections (`npm run bench`). An answer waits at most
 * for the rest of the turn it was produced in.
 */
let pending: Pending[] = [];

function flush(): void {
  const batch = pending;
  pending = [];
  for (const [outcome, req, res] of batch) {
    try {
      send(outcome, req, res);
    } catch (error) {
      sendInternalError(res, error);
    }
  }
}

function queueSend(outcome: DispatchOutcome, req: IncomingMessage, res: ServerResponse): void {
  if (pending.push([outcome, req, res]) === 1) setImmediate(flush);
}

/** Last resort when the core itself fails (a vendor header Node refuses, say): a plain 500, never a stack trace. */
function sendInternalError(res: ServerResponse, error: unknown): void {
  console.error("livemock: internal error outside any vendor", error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ error: "internal", message: "livemock failed to handle this request; see the server log" }));
}

/**
 * Builds the listener for `http.createServer`: the fast path for vendor calls, the Hono app for the rest.
 *
 * @example
 * const app = createMockApp();
 * createServer(createNodeListener(app)).listen(4010, "127.0.0.1");
 */
export function createNodeListener(app: MockApp): RequestListener {
  const { context, vendors } = app.livemock;
  const viaHono = getRequestListener(app.fetch);
  return (req, res) => {
    let call: VendorCall | undefined;
    let inbound: InboundRequest;
    try {
      inbound = new NodeInbound(req);
      call = inbound.target.startsWith(ADMIN_BASE) ? undefined : matchVendorCall(inbound, context, vendors);
    } catch (error) {
      sendInternalError(res, error);
      return;
    }
    if (!call) {
      void viaHono(req, res);
      return;
    }
    serveVendorCall(call, inbound, context).then(
      (outcome) => queueSend(outcome, req, res),
      (error: unknown) => sendInternalError(res, error),
    );
  };
}
