/**
 * A receiver that hangs does not slow the vendor endpoints or the room that published the events,
 * and loses nothing owed: every delivery gets its attempt (bounded by the timeout, a few at a time)
 * and its retry is scheduled. The figures under load are in bench/callbacks.ts (`npm run bench:callbacks`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockApp, type MockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { publish, type Receiver, register, startReceiver, waitFor } from "./support.ts";

const EVENTS = 200;
let app: MockApp;
let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver(() => ({ hang: true }));
  app = createMockApp({ clock: manualClock(Date.parse("2026-03-01T00:00:00Z")), rateLimits: false, callbacks: { timeoutMs: 400, concurrency: 16 } });
  expect((await register(app, "volcengine", { url: receiver.url, types: [23] })).status).toBe(200);
});
afterAll(() => receiver.close());

const token = () => app.request("/token?app_id=apptrfbbm2m8971&client_id=livemock-client&secret_key=livemock-xiaoe-secret&grant_type=client_credential");

describe("a hanging receiver", () => {
  it("costs the room nothing, the vendor endpoints nothing, and loses no delivery", async () => {
    const started = performance.now();
    for (let i = 0; i < EVENTS; i++) publish(app, { type: "viewer.joined", vendor: "volcengine", live: "1824920000234844", owner: "AKLTlivemockdemo", viewerId: String(1738680000000000 + i) });
    const publishMs = performance.now() - started;
    expect(publishMs).toBeLessThan(50);

    const engine = app.livemock.control.callbacks!;
    await waitFor(() => engine.pending().sending === 16);
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      expect((await token()).status).toBe(200);
      latencies.push(performance.now() - t);
    }
    expect(engine.pending().sending).toBeGreaterThan(0); // measured while attempts hang
    expect(Math.max(...latencies)).toBeLessThan(100);

    await waitFor(() => engine.attempts().length === EVENTS, 15_000);
    expect(engine.attempts().every((a) => a.outcome === "retry-scheduled" && a.error === "no answer within 400 ms")).toBe(true);
    expect(new Set(engine.attempts().map((a) => a.key)).size).toBe(EVENTS);
    expect(engine.pending()).toEqual({ queued: 0, sending: 0, retryScheduled: EVENTS });
  }, 30_000);
});
