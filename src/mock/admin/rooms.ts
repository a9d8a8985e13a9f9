/**
 * The live rooms on the control plane (documented in specs/livemock-admin.yaml):
 * `POST /rooms`, `GET /rooms`, `GET /rooms/{id}`, `GET /rooms/{id}/events`,
 * `POST /rooms/{id}/actions`, `DELETE /rooms/{id}`.
 */
import { type Context, Hono } from "hono";
import type { RoomRefusal, Rooms } from "../rooms/engine.ts";
import { ROOM_EVENT_TYPES } from "../rooms/types.ts";
import { readJsonObject } from "./read-json.ts";

const EVENTS_DEFAULT_LIMIT = 100;
const EVENTS_MAX_LIMIT = 5_000;

const refusal = (c: Context, r: RoomRefusal) => c.json({ error: r.status === 404 ? "not_found" : r.status === 409 ? "conflict" : "bad_request", message: r.message }, r.status);

/**
 * Builds the rooms routes.
 *
 * @example
 * admin.route("/rooms", roomRoutes(rooms));
 */
export function roomRoutes(rooms: Rooms): Hono {
  const routes = new Hono();
  routes.post("/", async (c) => {
    const body = await readJsonObject(c);
    if (!body.ok) return body.response;
    const result = await rooms.create(body.value);
    return result.ok ? c.json(result.room, 201) : refusal(c, result);
  });
  routes.get("/", async (c) => c.json({ rooms: await rooms.list() }));
  routes.get("/:id", async (c) => {
    const room = await rooms.get(c.req.param("id"));
    return room ? c.json(room) : c.json({ error: "not_found", message: `no room ${c.req.param("id")}` }, 404);
  });
  routes.get("/:id/events", async (c) => {
    const { type, since, limit } = c.req.query();
    const types = type === undefined ? undefined : new Set(type.split(",").map((t) => t.trim()));
    const unknown = [...(types ?? [])].filter((t) => !(ROOM_EVENT_TYPES as readonly string[]).includes(t));
    if (unknown.length > 0) return c.json({ error: "bad_request", message: `type: unknown ${unknown.join(", ")}; the types are ${ROOM_EVENT_TYPES.join(", ")}` }, 400);
    const sinceValue = since === undefined ? 0 : Number(since);
    if (!Number.isInteger(sinceValue) || sinceValue < 0) return c.json({ error: "bad_request", message: `since: a seq (integer ≥ 0), got "${since}"` }, 400);
    const limitValue = limit === undefined ? EVENTS_DEFAULT_LIMIT : Number(limit);
    if (!Number.isInteger(limitValue) || limitValue < 1 || limitValue > EVENTS_MAX_LIMIT) {
      return c.json({ error: "bad_request", message: `limit: an integer in [1, ${EVENTS_MAX_LIMIT}], got "${limit}"` }, 400);
    }
    const found = await rooms.events(c.req.param("id"), { ...(types ? { types } : {}), since: sinceValue, limit: limitValue });
    return found ? c.json(found) : c.json({ error: "not_found", message: `no room ${c.req.param("id")}` }, 404);
  });
  routes.post("/:id/actions", async (c) => {
    const body = await readJsonObject(c);
    if (!body.ok) return body.response;
    const result = await rooms.act(c.req.param("id"), body.value);
    return result.ok ? c.json(result.room) : refusal(c, result);
  });
  routes.delete("/:id", async (c) => {
    const result = await rooms.end(c.req.param("id"));
    return result.ok ? c.json(result.room) : refusal(c, result);
  });
  return routes;
}
