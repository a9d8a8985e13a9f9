import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { admin, allEvents, guestbookApp } from "./support.ts";

const SCENARIO = { vendor: "guestbook", live: 501, viewers: 40, durationMinutes: 60, schedule: [{ atMinute: 45, action: "pick", count: 3 }] };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("rooms and what they produced survive a restart with --data-dir", () => {
  it("resumes a room half-way and ends it exactly as an uninterrupted one", async () => {
    const straight = await guestbookApp();
    await admin(straight, "POST", "/rooms", SCENARIO);
    await admin(straight, "POST", "/clock/advance", { minutes: 61 });
    const expected = await allEvents(straight, "room-1");

    const dir = mkdtempSync(join(tmpdir(), "livemock-rooms-"));
    dirs.push(dir);
    const first = await guestbookApp({ dataDir: dir });
    await admin(first, "POST", "/rooms", SCENARIO);
    await admin(first, "POST", "/clock/advance", { minutes: 25 });
    const before = await allEvents(first, "room-1");
    first.livemock.control.close();

    const second = await guestbookApp({ dataDir: dir });
    expect(await allEvents(second, "room-1")).toEqual(before);
    expect((await admin(second, "GET", "/rooms/room-1")).json.state).toBe("playing");
    await admin(second, "POST", "/clock/advance", { minutes: 36 });
    expect(await allEvents(second, "room-1")).toEqual(expected);
    // A new room after the restart does not reuse an id.
    await admin(second, "DELETE", "/rooms/room-1");
    expect((await admin(second, "POST", "/rooms", SCENARIO)).json.id).toBe("room-2");
    second.livemock.control.close();
  });
});
