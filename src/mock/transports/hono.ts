/**
 * The dispatcher behind a Hono route: used for in-process calls (`app.request`, MSW) and when the
 * app is served by `@hono/node-server` directly. `startServer` uses the faster node:http listener
 * of `./node-listener.ts` for vendor calls instead; both run the same `serveVendorCall`.
 */
import type { Context } from "hono";
import type { IncomingMessage } from "node:http";
import type { MockContext } from "../core/context.ts";
import { matchVendorCall, responseHeaders, serveVendorCall } from "../core/dispatch.ts";
import type { VendorModule } from "../core/vendor.ts";
import { NodeInbound } from "./node-inbound.ts";
import { webInbound } from "./web-inbound.ts";

/** The Node request behind the web one, when served by @hono/node-server. */
function nodeIncoming(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming && typeof incoming.on === "function" ? incoming : undefined;
}

/**
 * Serves a vendor call inside a Hono handler; `undefined` when no vendor serves the path.
 * A dropped connection (fault rule) destroys the socket when there is one, and is
 * `Response.error()` in-process (`fetch` through MSW rejects with a TypeError).
 *
 * @example
 * app.all("*", async (c) => (await dispatch(c, context, vendors)) ?? c.notFound());
 */
export async function dispatch(c: Context, context: MockContext, vendors: readonly VendorModule[]): Promise<Response | undefined> {
  const incoming = nodeIncoming(c);
  // Straight from the Node request when there is one: no URL or Headers object per call.
  const inbound = incoming ? new NodeInbound(incoming) : webInbound(c.req.raw);
  const call = matchVendorCall(inbound, context, vendors);
  if (!call) return undefined;
  const outcome = await serveVendorCall(call, inbound, context);
  if (outcome.kind === "drop") {
    if (!incoming) return Response.error();
    incoming.socket.destroy();
    // Nothing reaches the client any more; node-server only needs a valid Response to finish.
    return new Response(null, { status: 204 });
  }
  return new Response(outcome.json, { status: outcome.response.status, headers: responseHeaders(outcome.response) });
}
