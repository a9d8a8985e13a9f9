import { describe, expect, it } from "vitest";
import { createMockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { admin, T0 } from "./support.ts";

describe("crowd events carry what the vendor's pushes need", () => {
  it("gives a Xiaoe viewer's alive_user_data counters on viewer.left and the user on viewer.joined", async () => {
    const app = createMockApp({ clock: manualClock(T0), rateLimits: false });
    await admin(app, "POST", "/rooms", { vendor: "xiaoe", live: "l_696ef6c1e4b0694c5b78ba7b", viewers: 20, durationMinutes: 30 });
    await admin(app, "POST", "/clock/advance", { minutes: 31 });
    const joined = (await admin(app, "GET", "/rooms/room-1/events?type=viewer.joined&limit=1")).json.events[0];
    expect(joined.data).toMatchObject({ user_id: joined.viewerId, alive_id: "l_696ef6c1e4b0694c5b78ba7b" });
    const left = (await admin(app, "GET", "/rooms/room-1/events?type=viewer.left&limit=100")).json.events;
    expect(left).toHaveLength(20);
    for (const event of left) {
      expect(event.data.watchedMs).toBeGreaterThan(0);
      expect(event.data.his_online_time).toBe(Math.floor(event.data.watchedMs / 1000));
    }
  });
});
