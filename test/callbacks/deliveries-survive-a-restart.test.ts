/**
 * With --data-dir, what livemock still owes a receiver survives a restart: a retry scheduled before
 * the stop goes out after it, at its mock time, with the same idempotency key; the control-plane
 * targets and the attempt log come back too.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createMockApp, type MockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { advance, publish, register, startReceiver, waitFor } from "./support.ts";

const T0 = Date.parse("2026-03-01T02:00:00Z");
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const open = (dataDir: string): MockApp => createMockApp({ clock: manualClock(T0), rateLimits: false, dataDir });

describe("callbacks with --data-dir", () => {
  it("send a retry owed before the restart after it, with the same message_id", async () => {
    const dir = mkdtempSync(join(tmpdir(), "livemock-callbacks-"));
    dirs.push(dir);
    const receiver = await startReceiver((_, n) => (n === 1 ? { body: "fail" } : { body: "success" }));
    try {
      const first = open(dir);
      expect((await register(first, "xiaoe", { url: receiver.url, mode: "plain" })).status).toBe(200);
      publish(first, { type: "room.started", vendor: "xiaoe", live: "l_696ef6c1e4b0694c5b78ba7b", owner: "apptrfbbm2m8971" });
      const engine = first.livemock.control.callbacks!;
      await waitFor(() => engine.attempts()[0]);
      expect(engine.attempts()[0]).toMatchObject({ outcome: "retry-scheduled", nextRetryAt: T0 + 300_000 });
      await new Promise((resolve) => setImmediate(resolve)); // the checkpoint follows on the next turn
      engine.stop();
      first.livemock.control.close();

      const second = open(dir);
      await second.livemock.ready;
      const restarted = second.livemock.control.callbacks!;
      expect(restarted.pending()).toEqual({ queued: 0, sending: 0, retryScheduled: 1 });
      expect(restarted.targets()).toEqual({ xiaoe: { url: receiver.url, mode: "plain", token: "(16 characters)", encodingAESKey: "(43 characters)" } });
      await advance(second, 299_999);
      await restarted.idle();
      expect(receiver.received).toHaveLength(1);
      await advance(second, 1);
      await waitFor(() => restarted.attempts().length === 2);
      const [before, after] = receiver.received.map((r) => /<message_id>([^<]+)<\/message_id><retry_times>(\d+)</.exec(r.body)!.slice(1));
      expect(after).toEqual([before![0], "1"]);
      expect(restarted.attempts().map((a) => [a.attempt, a.outcome])).toEqual([
        [1, "retry-scheduled"],
        [2, "acked"],
      ]);
      restarted.stop();
      second.livemock.control.close();
    } finally {
      await receiver.close();
    }
  });
});
