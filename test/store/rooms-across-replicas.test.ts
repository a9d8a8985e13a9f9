/**
 * Live rooms over one Redis: one replica plays them, the others answer the rooms API by forwarding to
 * it, and when the player dies another replica takes its lease and plays on from the saved rooms.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CliServer } from "../support/cli.ts";
import { flushRedis, startReplica, testRedisUrl } from "./support.ts";

const url = testRedisUrl(5);
let replicas: CliServer[] = [];

beforeEach(async () => flushRedis(url));
afterEach(async () => {
  await Promise.all(replicas.map((r) => r.stop("SIGKILL")));
  replicas = [];
});

async function call(base: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}/__livemock${path}`, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

describe("live rooms over replicas sharing one Redis", { timeout: 180_000 }, () => {
  it("is played once, read from any replica, and continues on another when its player dies", async () => {
    const a = await startReplica(url, ["--clock", "frozen"]);
    replicas.push(a);
    const started = await call(a.url, "POST", "/rooms", { vendor: "polyv", live: 4854808, viewers: 60, durationMinutes: 60, arrival: "uniform" });
    expect(started.status, JSON.stringify(started.json)).toBe(201);
    const b = await startReplica(url, ["--clock", "frozen"]);
    replicas.push(b);

    // Read and moved from the replica that does not play it.
    expect((await call(b.url, "GET", "/rooms")).json.rooms.map((r: any) => r.id)).toEqual(["room-1"]);
    expect((await call(b.url, "POST", "/rooms", { vendor: "polyv", live: "4854808" })).status).toBe(409);
    await call(b.url, "POST", "/clock/advance", { minutes: 20 });
    const mid = (await call(b.url, "GET", "/rooms/room-1")).json;
    expect(mid.state).toBe("playing");
    expect(mid.viewersTotal).toBeGreaterThan(0);
    const before = (await call(b.url, "GET", "/rooms/room-1/events?limit=5000")).json.events;
    expect(before.filter((e: any) => e.type === "viewer.joined").length).toBe(mid.viewersTotal);

    // The player dies; once its lease lapses the other replica plays on from the saved rooms.
    await a.stop("SIGKILL");
    let room: any;
    for (let i = 0; i < 60; i++) {
      const answer = await call(b.url, "GET", "/rooms/room-1").catch(() => undefined);
      if (answer?.status === 200) {
        room = answer.json;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(room?.id).toBe("room-1");
    await call(b.url, "POST", "/clock/advance", { minutes: 45 });
    const ended = (await call(b.url, "GET", "/rooms/room-1")).json;
    expect(ended.state).toBe("ended");
    const after = (await call(b.url, "GET", "/rooms/room-1/events?limit=5000")).json.events;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1).type).toBe("room.ended");
  });
});
