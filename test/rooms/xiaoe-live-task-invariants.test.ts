/**
 * Property test through the real rooms engine: random Xiaoe task sets on the demo live, random crowd
 * scenarios (size, arrival, watch time, rates, seed) and random clock steps; the room's own event log
 * must show every completion earned (and in order for ordered combos), once per viewer and task, and
 * every condition met completed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { DEMO_LIVE, xiaoePost, xiaoeToken } from "../admin/support.ts";
import { checkCompletions, taskArb, taskBody } from "../xiaoe/live-task-oracle.ts";
import { liveTasks, MINUTE } from "../xiaoe/room-support.ts";
import { admin, allEvents, T0 } from "./support.ts";

const scenarioArb = fc.record({
  tasks: fc.array(taskArb, { minLength: 1, maxLength: 4 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  viewers: fc.integer({ min: 1, max: 30 }),
  durationMinutes: fc.integer({ min: 5, max: 60 }),
  arrival: fc.constantFrom("front", "uniform", "burst"),
  watchMinutes: fc.integer({ min: 1, max: 40 }),
  signInRate: fc.double({ min: 0, max: 1, noNaN: true }),
  shareRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  commentsPerHour: fc.integer({ min: 0, max: 12 }),
  likesPerHour: fc.integer({ min: 0, max: 12 }),
  steps: fc.array(fc.double({ min: 0.01, max: 30, noNaN: true }), { maxLength: 5 }),
});

describe("Xiaoe live tasks in rooms the engine plays (property)", () => {
  it("completes a task only when its condition is met, in order for ordered combos, once per viewer", async () => {
    let completed = 0;
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ tasks, steps, ...scenario }) => {
        const app = createMockApp({ clock: manualClock(T0), rateLimits: false, seed: scenario.seed });
        await app.livemock.ready;
        const token = ((await (await xiaoeToken(app)).json()) as { data: { access_token: string } }).data.access_token;
        for (const task of tasks) {
          const created = (await (await xiaoePost(app, "/xe.alive.marketing.task.create/1.0.0", { ...taskBody(task, DEMO_LIVE), access_token: token })).json()) as { code: number };
          expect(created.code).toBe(0);
        }
        const started = await admin(app, "POST", "/rooms", { vendor: "xiaoe", live: DEMO_LIVE, ...scenario });
        expect(started.status).toBe(201);
        for (const minutes of steps) await admin(app, "POST", "/clock/advance", { minutes });
        await admin(app, "POST", "/clock/advance", { minutes: 61 });
        const events = await allEvents(app, started.json.id);
        expect(events.at(-1).type).toBe("room.ended");
        completed += checkCompletions(events, liveTasks(app, DEMO_LIVE), T0 + scenario.durationMinutes * MINUTE).size;
        app.livemock.control.close();
      }),
      { numRuns: Number(process.env.LIVEMOCK_PROPERTY_RUNS ?? 25), seed: process.env.LIVEMOCK_PROPERTY_SEED ? Number(process.env.LIVEMOCK_PROPERTY_SEED) : undefined, endOnFailure: true },
    );
    expect(completed).toBeGreaterThan(0);
  }, 120_000);
});
