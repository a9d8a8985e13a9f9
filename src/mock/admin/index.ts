/**
 * The control plane under `/__livemock` (documented in specs/livemock-admin.yaml): health, reset,
 * seed, state, the request journal and `verify`, fault rules, per-vendor rate limits, the clock,
 * runtime credentials, and the dashboard. It never collides with a vendor path.
 */
import { type Context, Hono } from "hono";
import { z } from "zod";
import type { MockContext } from "../core/context.ts";
import type { Rooms } from "../rooms/engine.ts";
import { parseYaml } from "../seed-file.ts";
import { adminGuard } from "./auth.ts";
import { callbackAdminRoutes } from "./callbacks.ts";
import type { MockControl } from "./control.ts";
import { dashboardRoutes } from "./dashboard/index.ts";
import { parseFaultInput } from "./fault-input.ts";
import { matchesFilter, parseFilter, parseFilterQuery } from "./journal-filter.ts";
import { bad, readJson } from "./read-json.ts";
import { roomRoutes } from "./rooms.ts";
import { kindLabels, stateDump } from "./state-view.ts";

/** Where the control plane is mounted. */
export const ADMIN_BASE = "/__livemock";

/** The health check, open to every caller (container healthchecks, CI waiting for the port). */
export const HEALTH_PATH = `${ADMIN_BASE}/health`;

/** The body of `GET /__livemock/health`. */
export interface HealthReport {
  /** `ok`, or `unavailable` while the shared store cannot be reached (answered with HTTP 503). */
  status: "ok" | "unavailable";
  service: "livemock";
  vendors: string[];
  strict: boolean;
  uptimeMs: number;
  /** Where the state lives: `memory`, or the shared store's link, `up` or `down`. */
  store: "memory" | "up" | "down";
}

/**
 * The body of `GET /__livemock/health`: served by the admin routes, and straight from node:http by
 * the listener `startServer` uses (`node-listener.ts`), so that a health check needs no web stack.
 *
 * @example
 * healthReport(context) // { status: "ok", service: "livemock", vendors: [...], strict: false, uptimeMs: 812, store: "memory" }
 */
export function healthReport(context: MockContext): HealthReport {
  const store = context.shared === undefined ? "memory" : context.shared.up ? "up" : "down";
  return { status: store === "down" ? "unavailable" : "ok", service: "livemock", vendors: [...context.vendorNames], strict: context.strict, uptimeMs: context.clock.now() - context.startedAt, store };
}

/**
 * A control-plane route simple enough to answer without the web stack: JSON built from the
 * context alone, no body read, no admin guard (so only routes open to every caller belong here).
 * The admin routes serve each one through Hono (`c.json`); the node listener `startServer` uses
 * serves the same answer straight from node:http, for exactly `path` with or without a query string.
 */
export interface FastAdminRoute {
  method: "GET";
  /** The full path, under {@link ADMIN_BASE}. */
  path: string;
  /** The JSON body of the answer. */
  answer(context: MockContext): unknown;
  /** The HTTP status of the answer (200 unless given). */
  status?(context: MockContext): 200 | 503;
}

/**
 * The control-plane routes the node listener answers itself: today only the health check.
 *
 * @example
 * const route = FAST_ADMIN_ROUTES.find((r) => r.method === req.method && r.path === pathOf(req.url));
 * if (route) res.end(JSON.stringify(route.answer(context)));
 */
export const FAST_ADMIN_ROUTES: readonly FastAdminRoute[] = [
  { method: "GET", path: HEALTH_PATH, answer: healthReport, status: (context) => (context.shared === undefined || context.shared.up ? 200 : 503) },
];

const issues = (error: z.ZodError) => error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");

const clockSetSchema = z
  .object({ now: z.union([z.number().int(), z.string().min(1)]).optional(), frozen: z.boolean().optional() })
  .strict()
  .refine((body) => body.now !== undefined || body.frozen !== undefined, { message: "give now (epoch ms or ISO 8601) and/or frozen (true or false)" });
const clockAdvanceSchema = z
  .object({ ms: z.number().int().optional(), seconds: z.number().optional(), minutes: z.number().optional(), hours: z.number().optional(), days: z.number().optional() })
  .strict();

/**
 * Builds the control plane.
 *
 * @example
 * app.route("/__livemock", adminRoutes(context, control, rooms));
 */
export function adminRoutes(context: MockContext, control: MockControl, rooms: Rooms): Hono {
  const admin = new Hono();
  const { vendors } = control;
  const mounted = `one of ${context.vendorNames.join(", ")} (the mounted vendors)`;
  const rateLimitsSchema = z
    .object(Object.fromEntries(context.vendorNames.map((name) => [name, z.boolean()])))
    .partial()
    .strict();
  admin.use("*", adminGuard({ token: control.adminToken, base: ADMIN_BASE }));

  const clockView = () => {
    const now = context.clock.now();
    return { now, iso: new Date(now).toISOString(), offsetMs: control.clock.offsetMs, frozen: control.clock.frozen };
  };

  for (const route of FAST_ADMIN_ROUTES) admin.on(route.method, route.path.slice(ADMIN_BASE.length), (c) => c.json(route.answer(context), route.status?.(context) ?? 200));
  admin.route("/", dashboardRoutes(ADMIN_BASE));
  admin.route("/rooms", roomRoutes(rooms));
  if (control.callbacks) admin.route("/callbacks", callbackAdminRoutes(control.callbacks));

  admin.post("/reset", async (c) => {
    await control.reset();
    return c.json({ status: "ok", message: "state restored to the seeded data; journal, fault rules, clock offset and rate-limit switches cleared" });
  });

  admin.get("/requests", (c) => {
    const limitRaw = c.req.query("limit");
    const limit = limitRaw === undefined ? context.journal.capacity : Number(limitRaw);
    if (!Number.isInteger(limit) || limit < 1) return c.json({ error: "bad_request", message: `limit must be a positive integer, got "${limitRaw}"` }, 400);
    const filter = parseFilterQuery(c.req.query(), context.vendorNames);
    if (!filter.ok) return bad(c, filter.message);
    const entries = context.journal.entries().filter((e) => matchesFilter(e, filter.filter));
    return c.json({ capacity: context.journal.capacity, total: entries.length, requests: entries.slice(-limit) });
  });

  admin.post("/verify", async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const filter = parseFilter(body.value, context.vendorNames);
    if (!filter.ok) return bad(c, filter.message);
    const matched = context.journal.entries().filter((e) => matchesFilter(e, filter.filter));
    return c.json({ count: matched.length, ids: matched.map((e) => e.id), capacity: context.journal.capacity });
  });

  admin.get("/state", async (c) => {
    const vendor = c.req.query("vendor");
    if (vendor !== undefined && !context.vendorNames.includes(vendor)) return bad(c, `vendor must be ${mounted}, got "${vendor}"`);
    const now = context.clock.now();
    const labels = Object.fromEntries(vendors.map((v) => [v.name, v.nativeName ? `${v.nativeName} ${v.label}` : v.label]));
    return c.json({ now, labels, kinds: kindLabels(vendors), vendors: await stateDump(context.store, vendors, now, { vendor, owner: c.req.query("owner") }) });
  });

  admin.post("/seed", async (c) => {
    const text = await c.req.text();
    let input: unknown;
    try {
      input = text.trim() === "" ? {} : parseYaml(text); // YAML is a superset of JSON
    } catch (error) {
      return bad(c, `the body is neither JSON nor YAML: ${(error as Error).message}`);
    }
    const result = await control.seed(input);
    if (!result.ok) return c.json({ error: "seed_rejected", message: "nothing was loaded", errors: result.errors }, 400);
    return c.json({ status: "ok", created: result.created });
  });

  admin.get("/faults", async (c) => c.json({ faults: await context.faults.list(context.clock.now()) }));
  admin.get("/faults/errors", (c) => {
    const vendor = c.req.query("vendor");
    const chosen = vendor === undefined ? vendors : vendors.filter((v) => v.name === vendor);
    if (chosen.length === 0) return bad(c, `vendor must be ${mounted}, got "${vendor}"`);
    return c.json(Object.fromEntries(chosen.map((v) => [v.name, v.errors.catalogue])));
  });
  admin.post("/faults", async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = parseFaultInput(body.value, vendors, context.clock.now());
    if (!parsed.ok) return bad(c, parsed.message);
    const rule = await context.faults.add(parsed.rule, context.clock.now());
    await control.changed();
    return c.json({ fault: rule }, 201);
  });
  admin.delete("/faults/:id", async (c) => {
    const id = c.req.param("id");
    if (!(await context.faults.remove(id))) return c.json({ error: "not_found", message: `no fault rule ${id}` }, 404);
    await control.changed();
    return c.json({ status: "ok", removed: id });
  });
  admin.delete("/faults", async (c) => {
    await context.faults.clear();
    await control.changed();
    return c.json({ status: "ok" });
  });

  admin.get("/rate-limits", (c) => c.json(context.rateLimitsByVendor));
  admin.put("/rate-limits", async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = rateLimitsSchema.safeParse(body.value);
    if (!parsed.success) return bad(c, issues(parsed.error));
    context.rateLimitsByVendor = { ...context.rateLimitsByVendor, ...(parsed.data as Record<string, boolean>) };
    await control.changed();
    return c.json(context.rateLimitsByVendor);
  });

  admin.get("/clock", (c) => c.json(clockView()));
  admin.put("/clock", async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = clockSetSchema.safeParse(body.value);
    if (!parsed.success) return bad(c, issues(parsed.error));
    const { now: wanted, frozen } = parsed.data;
    const target = wanted === undefined ? undefined : typeof wanted === "number" ? wanted : Date.parse(wanted);
    if (Number.isNaN(target)) return bad(c, `now: not a time: "${wanted}" (epoch ms or ISO 8601)`);
    if (frozen === false && control.clock.frozen) {
      const at = context.clock.now();
      control.clock.restore();
      control.clock.set(at);
    }
    if (target !== undefined) control.clock.set(target);
    // Frozen at the time asked for: set-then-freeze on a flowing clock could drift by the millisecond between them.
    if (frozen === true) control.clock.freeze(target);
    await context.timeline.catchUp();
    await control.changed();
    return c.json(clockView());
  });
  admin.post("/clock/advance", async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = clockAdvanceSchema.safeParse(body.value);
    if (!parsed.success) return bad(c, issues(parsed.error));
    const d = parsed.data;
    const delta = Math.round((d.ms ?? 0) + (d.seconds ?? 0) * 1000 + (d.minutes ?? 0) * 60_000 + (d.hours ?? 0) * 3_600_000 + (d.days ?? 0) * 86_400_000);
    if (delta === 0 && Object.keys(d).length === 0) return bad(c, "give ms, seconds, minutes, hours and/or days");
    control.clock.advance(delta);
    await context.timeline.catchUp();
    await control.changed();
    return c.json(clockView());
  });
  admin.delete("/clock", async (c) => {
    control.clock.restore();
    await context.timeline.catchUp();
    await control.changed();
    return c.json(clockView());
  });

  admin.get("/credentials", (c) => {
    const added = control.addedCredentials();
    const listed = vendors.map((v) => {
      const { id, view } = v.credentials;
      const runtimeIds = new Set((added[v.name] ?? []).map((x) => id(x)));
      return [v.name, (context.credentials[v.name] ?? []).map((credential) => ({ ...view(credential), addedAtRuntime: runtimeIds.has(id(credential)) }))];
    });
    return c.json(Object.fromEntries(listed));
  });
  admin.post("/credentials", async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const { vendor: name, ...fields } = (typeof body.value === "object" && body.value !== null ? body.value : {}) as Record<string, unknown>;
    const vendor = vendors.find((v) => v.name === name);
    if (!vendor) return bad(c, `vendor: must be ${mounted}, got ${JSON.stringify(name)}`);
    const parsed = vendor.credentials.schema.safeParse(fields);
    if (!parsed.success) return bad(c, issues(parsed.error));
    await control.addCredentials({ [vendor.name]: [parsed.data] });
    const id = vendor.credentials.id(parsed.data);
    return c.json({ status: "ok", vendor: vendor.name, id, message: `${vendor.name} credential ${id} accepted; its demo rooms are seeded` }, 201);
  });

  return admin;
}
