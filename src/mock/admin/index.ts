import { Hono } from "hono";
import type { MockContext } from "../core/context.ts";

/** Operations the control plane needs from the app. */
export interface AdminHooks {
  reset(): void;
}

/**
 * The control plane under `/__livemock`: health, reset and the request journal. It never collides
 * with a vendor path.
 *
 * @example
 * app.route("/__livemock", adminRoutes(context, { reset }));
 */
export function adminRoutes(context: MockContext, hooks: AdminHooks): Hono {
  const admin = new Hono();
  admin.get("/health", (c) =>
    c.json({
      status: "ok",
      service: "livemock",
      vendors: ["polyv", "xiaoe", "volcengine"],
      uptimeMs: context.clock.now() - context.startedAt,
    }),
  );
  admin.post("/reset", (c) => {
    hooks.reset();
    return c.json({ status: "ok", message: "state restored to the seeded data; journal cleared" });
  });
  admin.get("/requests", (c) => {
    const vendor = c.req.query("vendor");
    const limitRaw = c.req.query("limit");
    const limit = limitRaw === undefined ? context.journal.capacity : Number(limitRaw);
    if (!Number.isInteger(limit) || limit < 1) return c.json({ error: "bad_request", message: `limit must be a positive integer, got "${limitRaw}"` }, 400);
    const entries = context.journal.entries().filter((e) => !vendor || e.vendor === vendor);
    return c.json({ capacity: context.journal.capacity, total: entries.length, requests: entries.slice(-limit) });
  });
  return admin;
}
