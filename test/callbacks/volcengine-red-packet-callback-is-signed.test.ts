/**
 * A merchant registers a red-packet callback with AddCallbackConfig; when a red packet of one of its
 * live rooms ends, its server gets ActivityRedPacketInfoCallBack: POST JSON in the catalogue's form,
 * every value quoted but RedPacketId, the grabs in UserInfos split at 2000, Sign checked here with an
 * MD5 written in the test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyVolcengineCallback } from "../../src/callbacks/index.ts";
import { ACTIVITY, AK, type VolcHarness, volcHarness } from "../volcengine/support.ts";
import { md5, publish, type Receiver, schemaErrors, startReceiver, waitFor } from "./support.ts";

const SECRET = "livemock-volc-callback-secret";
let h: VolcHarness;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver(() => ({ status: 200, body: '{"message":"ok"}' }));
  h = await volcHarness({ rateLimits: false });
  const added = await h.action("AddCallbackConfig", { CallbackType: 10, CallbackUrls: receiver.url });
  expect(added.json.Result).toEqual({ Status: true });
});
afterAll(async () => {
  await h.close();
  await receiver.close();
});

const grabs = (n: number) => Array.from({ length: n }, (_, i) => ({ UserId: String(1738680000000000 + i), UserName: `观众 ${i}`, Amount: 1, GrabTime: 0 }));

describe("ActivityRedPacketInfoCallBack", () => {
  it("is POSTed as the vendor's JSON, signed md5(AccountSecret + AccountId + ActivityId + EventType + Timestamp)", async () => {
    publish(h.app, {
      type: "redpacket.ended",
      vendor: "volcengine",
      live: String(ACTIVITY),
      owner: AK,
      object: { kind: "redPacket", id: 1825100000340169 },
      data: { grabs: grabs(3), totalAmount: 3 },
    });
    const got = await waitFor(() => receiver.received[0]);
    expect(got.method).toBe("POST");
    expect(got.headers["content-type"]).toBe("application/json");
    const payload = JSON.parse(got.body);
    expect(schemaErrors("volcengine", "ActivityRedPacketInfoCallBack", payload)).toEqual([]);
    expect(payload).toMatchObject({ ActivityId: String(ACTIVITY), EventType: "ActivityRedPacketInfoCallBack", RedPacketId: 1825100000340169, TotalAmount: "3", SubAccountName: "admin@bytedance.com" });
    expect(payload.UserInfos.map((u: { UserId: string }) => u.UserId)).toEqual(["1738680000000000", "1738680000000001", "1738680000000002"]);
    expect(payload.Sign).toBe(md5(SECRET + payload.AccountId + payload.ActivityId + payload.EventType + payload.Timestamp));
    expect(Number(payload.Timestamp)).toBe(Math.floor(h.clock.now() / 1000));
    // What livemock/callbacks gives receivers agrees, and refuses a wrong secret.
    expect(verifyVolcengineCallback(got.body, SECRET)).toMatchObject({ ok: true, event: { EventType: "ActivityRedPacketInfoCallBack" } });
    expect(verifyVolcengineCallback(payload, "wrong").ok).toBe(false);
  });

  it("splits more than 2000 grabs across callbacks, each with its own RequestUuid", async () => {
    const before = receiver.received.length;
    publish(h.app, { type: "redpacket.ended", vendor: "volcengine", live: String(ACTIVITY), owner: AK, object: { kind: "redPacket", id: 1825100000340170 }, data: { grabs: grabs(2500) } });
    await waitFor(() => receiver.received.length >= before + 2);
    const payloads = receiver.received.slice(before).map((r) => JSON.parse(r.body));
    expect(payloads.map((p) => p.UserInfos.length).sort()).toEqual([2000, 500].sort());
    expect(new Set(payloads.map((p) => p.RequestUuid)).size).toBe(2);
    for (const p of payloads) {
      expect(schemaErrors("volcengine", "ActivityRedPacketInfoCallBack", p)).toEqual([]);
      expect(p.Sign).toBe(md5(SECRET + p.AccountId + p.ActivityId + p.EventType + p.Timestamp));
      expect(p.TotalAmount).toBe("2500");
    }
  });

  it("is not sent for another account's room or a type nobody registered", async () => {
    const before = receiver.received.length;
    publish(h.app, { type: "comment", vendor: "volcengine", live: String(ACTIVITY), owner: AK, viewerId: "1", data: { text: "hi" } });
    publish(h.app, { type: "redpacket.ended", vendor: "volcengine", live: "1", owner: "AKLTsomeoneelse", object: { kind: "redPacket", id: 1 }, data: { grabs: grabs(1) } });
    await h.app.livemock.control.callbacks!.idle();
    expect(receiver.received.length).toBe(before);
  });
});
