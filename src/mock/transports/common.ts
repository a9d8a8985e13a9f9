/**
 * What every transport does the same way outside a vendor's answer: the answer when livemock itself
 * fails, and dropping a connection (fault rule `drop`).
 */
import type { IncomingMessage } from "node:http";

/** Content type of livemock's own JSON answers written outside Hono's `c.json` (vendor answers, the internal error). */
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/**
 * The body of the 500 answer when livemock fails outside any vendor (a vendor's own failures are
 * answered in its envelope): the only definition, used by the node listener and the Hono app's
 * `onError`. Never a stack trace; the error goes to the server log.
 *
 * @example
 * res.writeHead(500, { "content-type": JSON_CONTENT_TYPE });
 * res.end(INTERNAL_ERROR_JSON);
 */
export const INTERNAL_ERROR_JSON = JSON.stringify({ error: "internal", message: "livemock failed to handle this request; see the server log" });

/**
 * Logs a failure outside any vendor, before a transport answers {@link INTERNAL_ERROR_JSON}.
 *
 * @example
 * app.onError((error, c) => {
 *   logInternalError(error);
 *   return c.body(INTERNAL_ERROR_JSON, 500, { "content-type": JSON_CONTENT_TYPE });
 * });
 */
export function logInternalError(error: unknown): void {
  console.error("livemock: internal error outside any vendor", error);
}

/**
 * Carries out a dropped call (fault rule `drop`; the dispatcher has journalled it with status 0)
 * the one way the transports do it: the client sees its connection close with no answer. Over
 * HTTP (the node listener, or the Hono app under @hono/node-server) the request's socket is
 * destroyed and `undefined` returned: nothing is to be written. In-process (`app.request`, MSW)
 * there is no socket: the answer is `Response.error()`, the network error `fetch` rejects with.
 *
 * @example
 * if (outcome.kind === "drop") dropConnection(req); // node:http: the socket is destroyed
 * const answer = dropConnection(undefined); // in-process: Response.error()
 */
export function dropConnection(incoming: IncomingMessage | undefined): Response | undefined {
  if (incoming === undefined) return Response.error();
  incoming.socket.destroy();
  return undefined;
}
