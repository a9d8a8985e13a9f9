/**
 * Who may use the control plane. Without an admin token it serves loopback callers only (and
 * in-process calls); with one (`--admin-token`, `LIVEMOCK_ADMIN_TOKEN`) every caller, loopback
 * included, must present it as `Authorization: Bearer <token>` or `x-livemock-admin-token: <token>`.
 * `GET /__livemock/health` and the dashboard's static page and script stay open (container
 * healthchecks; the page asks for the token and sends it with each of its API calls).
 */
import type { IncomingMessage } from "node:http";
import type { Context, MiddlewareHandler } from "hono";
import { timingSafeEqual } from "../../util/timing-safe-equal.ts";

/** Control-plane paths (relative to `/__livemock`) that need no token. */
const OPEN_PATHS = new Set(["/health", "/", "", "/dashboard.js"]);

/**
 * True for an IPv4 loopback (127.0.0.0/8, also IPv4-mapped) or IPv6 `::1` address.
 *
 * @example
 * isLoopback("::ffff:127.0.0.1") // true
 * isLoopback("172.17.0.1") // false
 */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return v4.startsWith("127.") || address === "::1";
}

/** The token a request presents, if any. */
function presentedToken(c: Context): string | undefined {
  const header = c.req.header("x-livemock-admin-token");
  if (header) return header;
  const auth = c.req.header("authorization");
  const match = auth ? /^Bearer\s+(.+)$/iu.exec(auth) : null;
  return match?.[1]?.trim();
}

/**
 * The control plane's guard middleware.
 *
 * @example
 * admin.use("*", adminGuard({ token: process.env.LIVEMOCK_ADMIN_TOKEN, base: "/__livemock" }));
 */
export function adminGuard(options: { token: string | undefined; base: string }): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path.slice(options.base.length);
    if (c.req.method === "GET" && OPEN_PATHS.has(path)) return next();
    if (options.token) {
      const presented = presentedToken(c);
      if (presented === undefined) {
        return c.json({ error: "unauthorized", message: "the control plane needs the admin token: send Authorization: Bearer <token> or x-livemock-admin-token" }, 401, {
          "www-authenticate": 'Bearer realm="livemock"',
        });
      }
      if (!timingSafeEqual(presented, options.token)) return c.json({ error: "unauthorized", message: "wrong admin token" }, 401, { "www-authenticate": 'Bearer realm="livemock"' });
      return next();
    }
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const remote = incoming?.socket?.remoteAddress;
    // In-process calls (app.request, MSW) have no socket: they come from this process.
    if (incoming === undefined || isLoopback(remote)) return next();
    return c.json(
      {
        error: "forbidden",
        message: `the control plane serves loopback callers only (this request came from ${remote ?? "an unknown address"}); start livemock with --admin-token (or LIVEMOCK_ADMIN_TOKEN) to open it to others`,
      },
      403,
    );
  };
}
