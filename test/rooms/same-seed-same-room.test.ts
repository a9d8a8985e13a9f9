import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { admin, allEvents, guestbookApp } from "./support.ts";

const SCENARIO = { vendor: "guestbook", live: 501, viewers: 60, durationMinutes: 45, commentsPerHour: 6, schedule: [{ atMinute: 20, action: "pick", count: 4 }] };

/** Plays the scenario to its end with the given clock steps (minutes); returns its events. */
async function play(steps: number[]): Promise<any[]> {
  const app = await guestbookApp();
  await admin(app, "POST", "/rooms", SCENARIO);
  for (const minutes of steps) await admin(app, "POST", "/clock/advance", { minutes });
  await admin(app, "POST", "/clock/advance", { minutes: 60 });
  return allEvents(app, "room-1");
}

describe("a room plays the same for the same seed, whatever the clock steps", () => {
  it("gives identical events for one jump, minute steps and odd steps", async () => {
    const once = await play([]);
    expect(once.at(-1).type).toBe("room.ended");
    expect(once.filter((e) => e.type === "lottery.won")).toHaveLength(4);
    expect(await play(Array.from({ length: 45 }, () => 1))).toEqual(once);
    expect(await play([0.25, 7, 13.5, 0.01, 3])).toEqual(once);
  });

  it("gives identical events for random step sizes (property)", async () => {
    const reference = await play([]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.double({ min: 0.001, max: 20, noNaN: true }), { maxLength: 12 }), async (steps) => {
        expect(await play(steps)).toEqual(reference);
      }),
      { numRuns: 8 },
    );
  });

  it("gives a different crowd for a different seed", async () => {
    const app = await guestbookApp({ seed: 2 });
    await admin(app, "POST", "/rooms", SCENARIO);
    await admin(app, "POST", "/clock/advance", { minutes: 60 });
    expect(await allEvents(app, "room-1")).not.toEqual(await play([]));
  });
});
