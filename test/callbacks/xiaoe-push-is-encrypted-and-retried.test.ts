/**
 * A merchant registers its Xiaoe push URL, token and EncodingAESKey on the control plane (the vendor
 * takes them in its console only). A completed live task reaches it as `live_task`: POSTed as
 * `<xml><Encrypt>` with msg_signature, timestamp and nonce in the query, decrypted here with
 * node:crypto alone; answered anything but `success`, it comes again after 5 min, 30 min, 1 h, 6 h
 * and 1 d of mock time, `retry_times` counting and `message_id` kept, then is given up.
 */
import { createDecipheriv } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { decryptXiaoePush } from "../../src/callbacks/index.ts";
import { createMockApp, type MockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { advance, publish, type Received, type Receiver, register, schemaErrors, sha1, startReceiver, waitFor, xmlToObject } from "./support.ts";

const TOKEN = "merchanttoken123";
const AES_KEY = "Zm9vYmFyYmF6cXV4MDEyMzQ1Njc4OWFiY2RlZmdoaWo";
const APP = "apptrfbbm2m8971";
const LIVE = "l_696ef6c1e4b0694c5b78ba7b";
const T0 = Date.parse("2026-03-01T02:00:00Z");

let app: MockApp;
let receiver: Receiver;
afterEach(async () => {
  await receiver?.close();
});

/** The test's own WXBizMsgCrypt decryption (AES-256-CBC, IV = key[0:16], PKCS#7 to 32, random(16) + len(4) + msg + appId). */
function decrypt(encrypt: string): { xml: string; appId: string } {
  const key = Buffer.from(`${AES_KEY}=`, "base64");
  const decipher = createDecipheriv("aes-256-cbc", key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(Buffer.from(encrypt, "base64")), decipher.final()]);
  const plain = padded.subarray(0, padded.length - padded[padded.length - 1]!);
  const length = plain.readUInt32BE(16);
  return { xml: plain.subarray(20, 20 + length).toString("utf8"), appId: plain.subarray(20 + length).toString("utf8") };
}

/** Checks the signature and opens one received push: the message under `<doc>`. */
function open(received: Received): Record<string, any> {
  const encrypt = /<xml><Encrypt><!\[CDATA\[([^\]]+)\]\]><\/Encrypt><\/xml>/.exec(received.body)?.[1];
  expect(encrypt, received.body).toBeDefined();
  const [signature, timestamp, nonce] = ["msg_signature", "timestamp", "nonce"].map((name) => received.query.get(name)!);
  expect(signature).toBe(sha1([TOKEN, timestamp!, nonce!, encrypt!].sort().join("")));
  const { xml, appId } = decrypt(encrypt!);
  expect(appId).toBe(APP);
  expect(xml.startsWith("<doc>")).toBe(true);
  return xmlToObject(xml).doc as Record<string, any>;
}

async function setUp(answer: Parameters<typeof startReceiver>[0], mode: "aes" | "plain" = "aes") {
  receiver = await startReceiver(answer);
  app = createMockApp({ clock: manualClock(T0) });
  const res = await register(app, "xiaoe", { url: receiver.url, token: TOKEN, encodingAESKey: AES_KEY, mode });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { target: unknown }).target).toEqual({ url: receiver.url, mode, token: "(16 characters)", encodingAESKey: "(43 characters)" });
}

const taskCompleted = () =>
  publish(app, {
    type: "task.completed",
    vendor: "xiaoe",
    live: LIVE,
    owner: APP,
    viewerId: "u_5f3c1d2e8a9b7",
    object: { kind: "task", id: 3301 },
    data: { reward: "优惠券 A", taskType: 1, taskCondition: "30" },
  });

describe("Xiaoe push", () => {
  it("sends live_task encrypted and signed, in the documented form", async () => {
    await setUp(() => ({ body: "success" }));
    taskCompleted();
    const got = await waitFor(() => receiver.received[0]);
    expect(got.method).toBe("POST");
    expect(got.headers["content-type"]).toBe("text/xml");
    const message = open(got);
    expect(schemaErrors("xiaoe", "live_task", message, true)).toEqual([]);
    expect(message).toMatchObject({
      type: "live_task",
      app_id: APP,
      retry_times: "0",
      xe_data: { app_id: APP, data: { alive_id: LIVE, task_id: "3301", user_id: "u_5f3c1d2e8a9b7", reward_value: "优惠券 A", task_type: "1", task_condition: "30", retry_times: "0" } },
    });
    expect(message.message_id).toMatch(/^20260301_\d{19}$/);
    // livemock/callbacks reads it the same way, with typed numbers.
    const verdict = decryptXiaoePush({ query: got.query, body: got.body }, { token: TOKEN, encodingAESKey: AES_KEY, appId: APP });
    expect(verdict).toMatchObject({ ok: true, message: { type: "live_task", retry_times: 0, xe_data: { data: { task_id: 3301 } } } });
    expect(decryptXiaoePush({ query: got.query, body: got.body }, { token: "wrong", encodingAESKey: AES_KEY, appId: APP }).ok).toBe(false);
    const attempt = await waitFor(() => app.livemock.control.callbacks!.attempts()[0]);
    expect(attempt).toMatchObject({ vendor: "xiaoe", event: "live_task", outcome: "acked", key: message.message_id });
  });

  it("retries what is not acked with `success` after 5 min, 30 min, 1 h, 6 h and 1 d, then gives up", async () => {
    await setUp(() => ({ body: "fail" }));
    taskCompleted();
    const engine = app.livemock.control.callbacks!;
    // Each retry is timed from the mock time the attempt failed: wait for livemock to have the answer.
    await waitFor(() => engine.attempts().length === 1);
    const delays = [5 * 60_000, 30 * 60_000, 3_600_000, 6 * 3_600_000, 86_400_000];
    for (const [i, delay] of delays.entries()) {
      await advance(app, delay - 1);
      await engine.idle();
      expect(receiver.received).toHaveLength(i + 1);
      await advance(app, 1);
      await waitFor(() => engine.attempts().length === i + 2);
    }
    await engine.idle();
    const messages = receiver.received.map(open);
    expect(messages.map((m) => m.retry_times)).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(messages.map((m) => m.xe_data.data.retry_times)).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(new Set(messages.map((m) => m.message_id)).size).toBe(1);
    const attempts = engine.attempts();
    let t = T0;
    const expected = [0, ...delays].map((delay) => (t += delay));
    expect(attempts.map((a) => a.at)).toEqual(expected);
    expect(attempts.map((a) => a.outcome)).toEqual(["retry-scheduled", "retry-scheduled", "retry-scheduled", "retry-scheduled", "retry-scheduled", "given-up"]);
    await advance(app, 7 * 86_400_000);
    await engine.idle();
    expect(receiver.received).toHaveLength(6);
  });

  it("sends alive_state_change when a room starts and ends, and alive_user_data when a viewer leaves", async () => {
    await setUp(() => ({ body: "success" }));
    publish(app, { type: "room.started", vendor: "xiaoe", live: LIVE, owner: APP });
    publish(app, { type: "viewer.left", vendor: "xiaoe", live: LIVE, owner: APP, viewerId: "u_1", data: { joinedAt: T0 - 600_000, comments: 2 } });
    publish(app, { type: "room.ended", vendor: "xiaoe", live: LIVE, owner: APP });
    await waitFor(() => receiver.received.length === 3);
    const messages = receiver.received.map(open);
    for (const m of messages) expect(schemaErrors("xiaoe", m.type, m, true)).toEqual([]);
    expect(messages.map((m) => [m.type, m.xe_data.alive_state])).toEqual([
      ["alive_state_change", "1"],
      ["alive_user_data", undefined],
      ["alive_state_change", "2"],
    ]);
    expect(messages[1]!.xe_data).toEqual({
      app_id: APP,
      alive_id: LIVE,
      user_id: "u_1",
      first_in_time: "2026-03-01 09:50:00",
      last_in_time: "2026-03-01 09:50:00",
      his_online_time: "600",
      his_online_times: "1",
      comment_num: "2",
    });
  });

  it("sends the plain XML in mode plain", async () => {
    await setUp(() => ({ body: "success" }), "plain");
    taskCompleted();
    const got = await waitFor(() => receiver.received[0]);
    expect([...got.query.keys()]).toEqual([]);
    expect(got.body).toMatch(/^<doc><type>live_task<\/type><app_id>apptrfbbm2m8971<\/app_id><message_id>\d{8}_\d{19}<\/message_id><retry_times>0<\/retry_times><xe_data>/);
    expect(decryptXiaoePush({ query: {}, body: got.body }, { token: TOKEN, encodingAESKey: AES_KEY, appId: APP, allowPlain: true }).ok).toBe(true);
    expect(decryptXiaoePush({ query: {}, body: got.body }, { token: TOKEN, encodingAESKey: AES_KEY, appId: APP }).ok).toBe(false);
  });

  it("refuses a malformed registration", async () => {
    app = createMockApp();
    receiver = await startReceiver();
    const res = await register(app, "xiaoe", { url: receiver.url, encodingAESKey: "short" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain("encodingAESKey: must be 43 characters");
    expect((await register(app, "nosuch", { url: receiver.url })).status).toBe(404);
  });
});
