import { describe, expect, it } from "vitest";
import { admin, guestbookApp, T0 } from "./support.ts";

const MINUTE = 60_000;

describe("starting, reading and ending a live room on the control plane", () => {
  it("starts a room that plays at once, with live given as a number or a string", async () => {
    const app = await guestbookApp();
    const started = await admin(app, "POST", "/rooms", { vendor: "guestbook", live: 501, viewers: 30, durationMinutes: 20 });
    expect(started.status).toBe(201);
    expect(started.json).toMatchObject({ id: "room-1", vendor: "guestbook", live: "501", owner: "gb-demo", state: "playing", startedAt: T0, endsAt: T0 + 20 * MINUTE });
    expect(started.json.scenario).toMatchObject({ viewers: 30, durationMinutes: 20, arrival: "front", watchMinutes: 30 });
    expect((await admin(app, "GET", "/rooms")).json.rooms.map((r: any) => r.id)).toEqual(["room-1"]);
    const second = await admin(app, "POST", "/rooms", { vendor: "guestbook", live: "501" });
    expect(second.status).toBe(409);
    expect(second.json.message).toContain("already has room room-1");
  });

  it("refuses what it cannot play, naming the field", async () => {
    const app = await guestbookApp();
    const cases: [unknown, number, string][] = [
      [{ vendor: "nobody", live: 1 }, 400, "vendor: must be one of guestbook"],
      [{ vendor: "guestbook" }, 400, "live: the noteId"],
      [{ vendor: "guestbook", live: 999 }, 400, "no guestbook live has noteId 999"],
      [{ vendor: "guestbook", live: 501, viewers: -1 }, 400, "viewers"],
      [{ vendor: "guestbook", live: 501, arrival: "sideways" }, 400, "arrival"],
      [{ vendor: "guestbook", live: 501, colour: "red" }, 400, "unknown scenario field colour"],
      [{ vendor: "guestbook", live: 501, hallName: 3 }, 400, "hallName: a string"],
      [{ vendor: "guestbook", live: 501, schedule: [{ atMinute: 5, action: "dance" }] }, 400, 'unknown action "dance"'],
      [{ vendor: "guestbook", live: 501, schedule: [{ atMinute: 5, action: "pick", count: 0 }] }, 400, "schedule.0: count"],
      [{ vendor: "guestbook", live: 501, durationMinutes: 10, schedule: [{ atMinute: 11, action: "end" }] }, 400, "after the room's end"],
      [{ vendor: "guestbook", live: 501, startAt: "soon" }, 400, "startAt"],
      ["[1]", 400, "a JSON object"],
      ["{", 400, "not JSON"],
    ];
    for (const [body, status, message] of cases) {
      const answer = await admin(app, "POST", "/rooms", body);
      expect({ body, status: answer.status }).toEqual({ body, status });
      expect(answer.json.message).toContain(message);
    }
    expect((await admin(app, "GET", "/rooms")).json.rooms).toEqual([]);
  });

  it("waits for startAt, then plays; ends on DELETE with every viewer leaving", async () => {
    const app = await guestbookApp();
    const started = await admin(app, "POST", "/rooms", { vendor: "guestbook", live: 501, viewers: 40, startAt: T0 + 10 * MINUTE });
    expect(started.json.state).toBe("scheduled");
    await admin(app, "POST", "/clock/advance", { minutes: 9 });
    expect((await admin(app, "GET", "/rooms/room-1")).json.state).toBe("scheduled");
    await admin(app, "POST", "/clock/advance", { minutes: 11 });
    const playing = (await admin(app, "GET", "/rooms/room-1")).json;
    expect(playing).toMatchObject({ state: "playing", startedAt: T0 + 10 * MINUTE });
    expect(playing.viewersOnline).toBeGreaterThan(0);
    const ended = await admin(app, "DELETE", "/rooms/room-1");
    expect(ended.json).toMatchObject({ state: "ended", viewersOnline: 0, endedAt: T0 + 20 * MINUTE });
    const events = (await admin(app, "GET", "/rooms/room-1/events?type=viewer.joined,viewer.left,room.ended&limit=5000")).json.events;
    expect(events.filter((e: any) => e.type === "viewer.left")).toHaveLength(events.filter((e: any) => e.type === "viewer.joined").length);
    expect(events.at(-1).type).toBe("room.ended");
    expect((await admin(app, "DELETE", "/rooms/room-1")).status).toBe(409);
    expect((await admin(app, "DELETE", "/rooms/room-9")).status).toBe(404);
    // The live is free again.
    expect((await admin(app, "POST", "/rooms", { vendor: "guestbook", live: 501 })).status).toBe(201);
  });

  it("pages events by type, since and limit", async () => {
    const app = await guestbookApp();
    await admin(app, "POST", "/rooms", { vendor: "guestbook", live: 501, viewers: 50, durationMinutes: 30 });
    await admin(app, "POST", "/clock/advance", { minutes: 31 });
    const all = (await admin(app, "GET", "/rooms/room-1/events?limit=5000")).json;
    expect(all.events.map((e: any) => e.seq)).toEqual(all.events.map((_: unknown, i: number) => i + 1));
    expect(all.lastSeq).toBe(all.events.length);
    const page = (await admin(app, "GET", "/rooms/room-1/events?since=10&limit=5")).json.events;
    expect(page.map((e: any) => e.seq)).toEqual([11, 12, 13, 14, 15]);
    const comments = (await admin(app, "GET", "/rooms/room-1/events?type=comment&limit=5000")).json.events;
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.every((e: any) => e.type === "comment" && typeof e.data.text === "string" && e.viewerId)).toBe(true);
    const times = all.events.map((e: any) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect((await admin(app, "GET", "/rooms/room-1/events?type=dance")).status).toBe(400);
    expect((await admin(app, "GET", "/rooms/room-1/events?since=-1")).status).toBe(400);
    expect((await admin(app, "GET", "/rooms/room-1/events?limit=0")).status).toBe(400);
    expect((await admin(app, "GET", "/rooms/room-2/events")).status).toBe(404);
  });

  it("plays the host's moves from the schedule and from actions", async () => {
    const app = await guestbookApp();
    await admin(app, "POST", "/rooms", {
      vendor: "guestbook",
      live: 501,
      viewers: 80,
      durationMinutes: 60,
      arrival: "burst",
      watchMinutes: 500,
      schedule: [{ atMinute: 10, action: "pick", count: 2 }],
    });
    await admin(app, "POST", "/clock/advance", { minutes: 20 });
    expect((await admin(app, "POST", "/rooms/room-1/actions", { action: "pick", count: 3 })).status).toBe(200);
    expect((await admin(app, "POST", "/rooms/room-1/actions", { action: "pick", count: "x" })).json.message).toContain("count");
    expect((await admin(app, "POST", "/rooms/room-1/actions", { action: "dance" })).status).toBe(400);
    expect((await admin(app, "POST", "/rooms/room-1/actions", {})).status).toBe(400);
    const won = (await admin(app, "GET", "/rooms/room-1/events?type=lottery.won")).json.events;
    expect(won.map((e: any) => e.at)).toEqual([T0 + 10 * MINUTE, T0 + 10 * MINUTE, T0 + 20 * MINUTE, T0 + 20 * MINUTE, T0 + 20 * MINUTE]);
    expect(new Set(won.map((e: any) => e.viewerId)).size).toBe(5);
    expect((await admin(app, "GET", "/rooms/room-1")).json.view.picked).toEqual(won.map((e: any) => e.viewerId));
    // What the room committed is in the store.
    const state = (await admin(app, "GET", "/state?vendor=guestbook")).json;
    expect(JSON.stringify(state)).toContain("room-1");
    expect((await admin(app, "POST", "/rooms/room-1/actions", { action: "end" })).json.state).toBe("ended");
    expect((await admin(app, "POST", "/rooms/room-1/actions", { action: "pick", count: 1 })).status).toBe(409);
  });

  it("ends a room whose vendor driver fails, with the reason, and keeps serving", async () => {
    const app = await guestbookApp();
    await admin(app, "POST", "/rooms", { vendor: "guestbook", live: 501, viewers: 10, schedule: [{ atMinute: 5, action: "fail" }] });
    await admin(app, "POST", "/clock/advance", { minutes: 10 });
    const room = (await admin(app, "GET", "/rooms/room-1")).json;
    expect(room.state).toBe("ended");
    const ended = (await admin(app, "GET", "/rooms/room-1/events?type=room.ended")).json.events[0];
    expect(ended.data.error).toContain("the guestbook driver broke");
    expect((await admin(app, "POST", "/rooms", { vendor: "guestbook", live: 501 })).status).toBe(201);
  });

  it("ends every room on reset and forgets them", async () => {
    const app = await guestbookApp();
    await admin(app, "POST", "/rooms", { vendor: "guestbook", live: 501, viewers: 10 });
    const events: string[] = [];
    app.livemock.context.roomEvents.subscribe((e) => events.push(e.type));
    await admin(app, "POST", "/reset");
    expect(events.at(-1)).toBe("room.ended");
    expect((await admin(app, "GET", "/rooms")).json.rooms).toEqual([]);
  });
});
