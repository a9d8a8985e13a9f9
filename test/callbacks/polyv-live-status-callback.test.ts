/**
 * A Polyv merchant sets `streamCallbackUrl` through the global callback settings; when a live room
 * of its channel starts and ends, its server gets the live status callback: a GET with channelId,
 * status live|end, a 13-digit timestamp, sessionId, startTime, endTime and sign = md5(appSecret +
 * timestamp), checked here with node:crypto. Polyv does not retry.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPolyvCallback } from "../../src/callbacks/index.ts";
import { DEMO_APP, OTHER_APP, type PolyvHarness, polyvHarness, T0 } from "../polyv/support.ts";
import { advance, md5, publish, type Receiver, schemaErrors, startReceiver, waitFor } from "./support.ts";

const SETTING = "/live/v4/user/global-setting/callback";
let h: PolyvHarness;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver(() => ({ status: 500, body: "not today" }));
  h = await polyvHarness();
});
afterAll(async () => {
  await h.close();
  await receiver.close();
});

describe("Polyv global callback settings", () => {
  it("stores streamCallbackUrl and shows every slot", async () => {
    const before = await h.signed({ method: "GET", path: `${SETTING}/get` });
    expect(before.status).toBe(200);
    expect(before.json.data.streamCallbackUrl).toBeNull();
    expect(Object.keys(before.json.data)).toHaveLength(10);
    const updated = await h.signed({ method: "POST", path: `${SETTING}/update`, json: { streamCallbackUrl: receiver.url, rebirthVodCallbackEnabled: "Y" } });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ code: 200, status: "success", data: null });
    const after = await h.signed({ method: "GET", path: `${SETTING}/get` });
    expect(after.json.data).toMatchObject({ streamCallbackUrl: receiver.url, rebirthVodCallbackEnabled: "Y", recordCallbackUrl: null });
    // Another app's settings are its own.
    expect((await h.signed({ method: "GET", path: `${SETTING}/get`, app: OTHER_APP })).json.data.streamCallbackUrl).toBeNull();
  });

  it("refuses a URL that is not http(s)", async () => {
    const refused = await h.signed({ method: "POST", path: `${SETTING}/update`, json: { streamCallbackUrl: "file:///etc/passwd" } });
    expect(refused.status).toBe(400);
    expect(refused.json.error.desc).toContain("streamCallbackUrl");
  });
});

describe("the live status callback", () => {
  it("is a signed GET when the room starts and when it ends, sent once even when refused", async () => {
    publish(h.app, { type: "room.started", vendor: "polyv", live: "4854808", owner: DEMO_APP.appId, roomId: "r1" });
    await advance(h.app, 3_600_000);
    publish(h.app, { type: "room.ended", vendor: "polyv", live: "4854808", owner: DEMO_APP.appId, roomId: "r1" });
    await waitFor(() => receiver.received.length === 2);
    const [live, end] = receiver.received.map((r) => Object.fromEntries(r.query));
    for (const [i, q] of [live!, end!].entries()) {
      expect(receiver.received[i]!.method).toBe("GET");
      expect(schemaErrors("polyv", "live_status", q)).toEqual([]);
      expect(q.sign).toBe(md5(DEMO_APP.appSecret + q.timestamp));
      expect(verifyPolyvCallback(receiver.received[i]!.query, DEMO_APP.appSecret).ok).toBe(true);
    }
    expect(live).toMatchObject({ channelId: "4854808", status: "live", timestamp: String(T0), startTime: String(T0), endTime: "" });
    expect(end).toMatchObject({ channelId: "4854808", status: "end", timestamp: String(T0 + 3_600_000), startTime: String(T0), endTime: String(T0 + 3_600_000), sessionId: live!.sessionId });
    const engine = h.app.livemock.control.callbacks!;
    await waitFor(() => engine.attempts().length === 2);
    expect(engine.attempts().map((a) => [a.event, a.status, a.outcome, a.nextRetryAt])).toEqual([
      ["live_status", 500, "failed", undefined],
      ["live_status", 500, "failed", undefined],
    ]);
    await advance(h.app, 86_400_000);
    await engine.idle();
    expect(receiver.received).toHaveLength(2);
    expect(verifyPolyvCallback(receiver.received[0]!.query, "wrong").ok).toBe(false);
  });
});
