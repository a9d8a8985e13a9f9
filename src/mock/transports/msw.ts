/**
 * In-process mode (`livemock/msw`): MSW 2 handlers that catch requests to the vendors' real hosts
 * and answer them with the livemock app, inside the test process. A user's unchanged code (plain
 * `fetch`, axios, the official SDKs over `node:http`) that calls `https://api.polyv.net/...` is
 * served by the mock, with no server and no port.
 */
import { type HttpHandler, http } from "msw";
import { createMockApp, type MockApp, type MockAppOptions } from "../app.ts";
import { builtInVendors } from "../vendors/index.ts";

/** The built-in vendors' origins (Polyv serves both schemes); by default the handlers intercept those of the vendors the app mounts. */
export const VENDOR_ORIGINS: readonly string[] = builtInVendors.flatMap((vendor) => vendor.origins);

/** Options of {@link createLivemockHandlers}: the app's options, or an app to share, plus the origins. */
export interface LivemockHandlersOptions extends MockAppOptions {
  /** Serve with this app instead of building one (e.g. to share state with a listening server). */
  app?: MockApp;
  /** Origins to intercept (scheme, host and port as in `new URL(u).origin`). Default: the mounted vendors' own origins. */
  origins?: readonly string[];
}

/** The handlers (spread them into `setupServer`) with the app that answers them. */
export type LivemockHandlers = HttpHandler[] & {
  /** The Hono app behind the handlers: `app.livemock.reset()`, `app.livemock.context.journal`. */
  readonly app: MockApp;
};

/**
 * The request the app receives: the intercepted one with the same URL (the app routes by path and
 * query only, and the original host keeps host-signed Volcengine signatures valid), method, headers
 * and body. A `host` header is added from the URL when the interceptor left it out, as a server
 * would see it. (MSW hands handlers no body for GET/HEAD, so a JSON body sent on a GET, as Xiaoe's
 * Python and Go SDKs do for `/token`, cannot reach the app in this mode; use a listening server.)
 *
 * @example
 * const forwarded = await forwardableRequest(request);
 * const response = await app.fetch(forwarded);
 */
export async function forwardableRequest(request: Request): Promise<Request> {
  const headers = new Headers(request.headers);
  if (!headers.has("host")) headers.set("host", new URL(request.url).host);
  const init: RequestInit = { method: request.method, headers };
  if (request.body !== null && request.method !== "GET" && request.method !== "HEAD") init.body = await request.arrayBuffer();
  return new Request(request.url, init);
}

/**
 * MSW handlers that serve the three vendors' real hosts with a livemock app, in process.
 *
 * @example
 * import { setupServer } from "msw/node";
 * import { createLivemockHandlers } from "livemock/msw";
 *
 * const handlers = createLivemockHandlers({ seed: 1 });
 * const server = setupServer(...handlers);
 * server.listen({ onUnhandledRequest: "error" });
 * await fetch("https://api.polyv.net/live/v4/channel/lottery-activity/list?..."); // answered by livemock
 * handlers.app.livemock.reset();
 */
export function createLivemockHandlers(options: LivemockHandlersOptions = {}): LivemockHandlers {
  const { app: given, origins: chosen, ...appOptions } = options;
  const app = given ?? createMockApp(appOptions);
  const origins = chosen ?? app.livemock.vendors.flatMap((vendor) => vendor.origins);
  const handlers = origins.map((origin) => {
    const wanted = new URL(origin).origin;
    return http.all(
      ({ request }) => new URL(request.url).origin === wanted,
      async ({ request }) => app.fetch(await forwardableRequest(request)),
    );
  });
  return Object.assign(handlers, { app });
}
