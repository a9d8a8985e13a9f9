/**
 * A receiver that refuses, hangs or never acks: Volcengine's schedule (5 s timeout, 2 retries 5 s
 * apart, each timed from the attempt that failed) on the mock clock, the RequestUuid kept, and the
 * delivery given up after the last retry. The clock stands still (a manual base) and is moved
 * through the control plane, as a user moves it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { CALLBACK_CATALOGUE } from "../../src/contracts/generated/callbacks.ts";
import { ACTIVITY, AK, type VolcHarness, volcHarness } from "../volcengine/support.ts";
import { advance, deliveries, publish, type Receiver, register, startReceiver, waitFor } from "./support.ts";

let h: VolcHarness;
let receiver: Receiver;
afterEach(async () => {
  // The first test starts neither.
  await h?.close();
  await receiver?.close();
});

const comment = () => publish(h.app, { type: "comment", vendor: "volcengine", live: String(ACTIVITY), owner: AK, viewerId: "1738680000584142", data: { text: "主播好" } });

async function setUp(answer: Parameters<typeof startReceiver>[0], timeoutMs?: number) {
  receiver = await startReceiver(answer);
  h = await volcHarness({ rateLimits: false, ...(timeoutMs === undefined ? {} : { callbacks: { timeoutMs } }) });
  const added = await h.action("AddCallbackConfig", { CallbackType: 22, CallbackUrls: receiver.url });
  expect(added.json.Result).toEqual({ Status: true });
}

/** A comment whose callback the receiver refuses: its three attempts, the clock moved 5 s between them. */
async function commentRefusedThrice() {
  comment();
  const engine = h.app.livemock.control.callbacks!;
  await waitFor(() => engine.attempts().length === 1);
  await advance(h.app, 5000);
  await waitFor(() => engine.attempts().length === 2);
  await advance(h.app, 5000);
  await waitFor(() => engine.attempts().length === 3);
  return engine;
}

describe("Volcengine's retry schedule", () => {
  it("is the vendor's: 5 s timeout, then 2 retries 5 s apart", () => {
    expect(CALLBACK_CATALOGUE.volcengine.timeoutMs).toBe(5000);
    expect(CALLBACK_CATALOGUE.volcengine.retryDelaysMs).toEqual([5000, 5000]);
  });

  it("retries a refused callback 5 s of mock time later, with the same RequestUuid", async () => {
    await setUp((_, n) => (n === 1 ? { status: 503, body: "busy" } : { status: 200, body: "{}" }));
    const t0 = h.clock.now();
    comment();
    const first = await waitFor(() => receiver.received[0]);
    const afterFirst = await waitFor(() => h.app.livemock.control.callbacks!.attempts()[0]);
    expect(afterFirst).toMatchObject({ attempt: 1, status: 503, answer: "busy", outcome: "retry-scheduled", at: t0, nextRetryAt: t0 + 5000 });

    await advance(h.app, 4999);
    await h.app.livemock.control.callbacks!.idle();
    expect(receiver.received).toHaveLength(1);

    await advance(h.app, 1);
    const second = await waitFor(() => receiver.received[1]);
    expect(JSON.parse(second.body).RequestUuid).toBe(JSON.parse(first.body).RequestUuid);
    expect(second.body).toBe(first.body);
    await h.app.livemock.control.callbacks!.idle();
    const { deliveries: attempts } = await deliveries(h.app, "?vendor=volcengine&event=CommentCallback");
    expect(attempts.map((a) => [a.attempt, a.outcome, a.at - t0, a.key])).toEqual([
      [1, "retry-scheduled", 0, JSON.parse(first.body).RequestUuid],
      [2, "acked", 5000, JSON.parse(first.body).RequestUuid],
    ]);
    expect((await deliveries(h.app, "?status=acked")).total).toBe(1);
    expect((await deliveries(h.app, "?status=503")).total).toBe(1);
  });

  it("times out a receiver that hangs, and retries it", async () => {
    await setUp((_, n) => (n === 1 ? { hang: true } : {}), 300);
    const t0 = h.clock.now();
    comment();
    const failed = await waitFor(() => h.app.livemock.control.callbacks!.attempts()[0], 3000);
    expect(failed).toMatchObject({ attempt: 1, outcome: "retry-scheduled", error: "no answer within 300 ms", nextRetryAt: t0 + 5000 });
    expect(failed.durationMs).toBeGreaterThanOrEqual(290);
    expect(failed.durationMs).toBeLessThan(2000);
    await advance(h.app, 5000);
    await waitFor(() => h.app.livemock.control.callbacks!.attempts()[1]);
    expect(h.app.livemock.control.callbacks!.attempts()[1]).toMatchObject({ attempt: 2, outcome: "acked", status: 200 });
  });

  it("gives a receiver that never acks up after the last retry", async () => {
    await setUp(() => ({ status: 500, body: "no" }));
    const t0 = h.clock.now();
    const engine = await commentRefusedThrice();
    await advance(h.app, 60_000);
    await engine.idle();
    expect(engine.attempts().map((a) => [a.attempt, a.outcome, a.at - t0, a.nextRetryAt === undefined ? null : a.nextRetryAt - t0])).toEqual([
      [1, "retry-scheduled", 0, 5000],
      [2, "retry-scheduled", 5000, 10000],
      [3, "given-up", 10000, null],
    ]);
    expect(receiver.received).toHaveLength(3);
    expect(engine.pending()).toEqual({ queued: 0, sending: 0, retryScheduled: 0 });
  });

  it("sends a given-up delivery again on POST .../redeliver, same key, and lists it as manual", async () => {
    await setUp((_, n) => (n <= 3 ? { status: 500 } : {}));
    const engine = await commentRefusedThrice();
    const deliveryId = engine.attempts()[0]!.deliveryId;
    const res = await h.app.request(`/__livemock/callbacks/deliveries/${deliveryId}/redeliver`, { method: "POST" });
    expect(res.status).toBe(200);
    const { delivery } = (await res.json()) as { delivery: Record<string, unknown> };
    expect(delivery).toMatchObject({ deliveryId, attempt: 4, outcome: "acked", manual: true, key: engine.attempts()[0]!.key });
    expect((await h.app.request("/__livemock/callbacks/deliveries/d999/redeliver", { method: "POST" })).status).toBe(404);
  });

  it("delivers to a control-plane target too, signed with the secret given there", async () => {
    receiver = await startReceiver();
    h = await volcHarness({ rateLimits: false });
    const res = await register(h.app, "volcengine", { url: receiver.url, accountSecret: "my-own-secret", types: [22] });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", vendor: "volcengine", target: { url: receiver.url, accountSecret: "(13 characters)", types: [22] } });
    comment();
    const got = await waitFor(() => receiver.received[0]);
    const { verifyVolcengineCallback } = await import("../../src/callbacks/index.ts");
    expect(verifyVolcengineCallback(got.body, "my-own-secret").ok).toBe(true);
  });
});
