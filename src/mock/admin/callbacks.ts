/**
 * The control plane's callback routes under `/__livemock/callbacks` (specs/livemock-admin.yaml):
 * register a vendor's target (Xiaoe's is console-only at the vendor; a shortcut for the others),
 * list every delivery attempt, and redeliver one now. Secrets are shown by their length only.
 */
import { type Context, Hono } from "hono";
import type { CallbackEngine } from "../callbacks/engine.ts";
import { bad, readJson } from "./read-json.ts";

const OUTCOMES = ["acked", "failed", "retry-scheduled", "given-up"];

/**
 * Builds the callback routes over the app's engine.
 *
 * @example
 * admin.route("/callbacks", callbackAdminRoutes(engine));
 */
export function callbackAdminRoutes(engine: CallbackEngine): Hono {
  const routes = new Hono();
  const vendors = () => engine.vendorNames.join(", ");

  routes.get("/", (c) =>
    c.json({ vendors: engine.vendorNames, targets: engine.targets(), allowList: { restricted: engine.policy.restricted, allow: engine.policy.allow }, pending: engine.pending() }),
  );

  routes.get("/deliveries", (c) => {
    const { vendor, event, status, limit: limitRaw } = c.req.query();
    const roomId = c.req.query("roomId") ?? c.req.query("room");
    if (vendor !== undefined && !engine.vendorNames.includes(vendor)) return bad(c, `vendor must be one of ${vendors()}, got "${vendor}"`);
    if (status !== undefined && !OUTCOMES.includes(status) && !/^\d{3}$/.test(status)) return bad(c, `status must be one of ${OUTCOMES.join(", ")} or an HTTP status, got "${status}"`);
    const limit = limitRaw === undefined ? undefined : Number(limitRaw);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) return bad(c, `limit must be a positive integer, got "${limitRaw}"`);
    const attempts = engine.attempts({ vendor, event, status, roomId });
    return c.json({ total: attempts.length, pending: engine.pending(), deliveries: limit === undefined ? attempts : attempts.slice(-limit) });
  });

  routes.post("/deliveries/:id/redeliver", async (c) => {
    const id = c.req.param("id");
    const attempt = await engine.redeliver(id);
    if (!attempt) return c.json({ error: "not_found", message: `no delivery or attempt ${id} (the log keeps the latest ones)` }, 404);
    return c.json({ delivery: attempt });
  });

  routes.put("/:vendor", async (c) => {
    const vendor = c.req.param("vendor");
    if (!engine.vendorNames.includes(vendor)) return c.json({ error: "not_found", message: `no callbacks for vendor "${vendor}"; one of ${vendors()}` }, 404);
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const result = engine.setTarget(vendor, body.value);
    if (!result.ok) return bad(c, result.message);
    return c.json({ status: "ok", vendor, target: result.view });
  });

  routes.delete("/:vendor", (c) => {
    const vendor = c.req.param("vendor");
    if (!engine.clearTarget(vendor)) return c.json({ error: "not_found", message: `no callback target registered for "${vendor}" on the control plane` }, 404);
    return c.json({ status: "ok", vendor });
  });

  return routes;
}
