/**
 * Volcengine's other callbacks from room events, each registered with AddCallbackConfig: live status
 * (1, GET query), viewer enter/leave (23, Timestamp in ms), comments (22) and task bonuses (30,
 * gathered per task and BonusIndex). Payloads against the catalogue's schemas, every Sign recomputed
 * here from the documented (or inferred) field list.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVITY, AK, type VolcHarness, volcHarness } from "../volcengine/support.ts";
import { md5, publish, type Received, type Receiver, schemaErrors, startReceiver, waitFor } from "./support.ts";

const SECRET = "livemock-volc-callback-secret";
const LIVE = String(ACTIVITY);
let h: VolcHarness;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver(() => ({ body: "{}" }));
  h = await volcHarness({ rateLimits: false });
  for (const type of [1, 22, 23, 30]) {
    const added = await h.action("AddCallbackConfig", { CallbackType: type, CallbackUrls: `${receiver.url}?type=${type}` });
    expect(added.json.Result).toEqual({ Status: true });
  }
});
afterAll(async () => {
  await h.close();
  await receiver.close();
});

const ofType = (type: number) => receiver.received.filter((r) => r.query.get("type") === String(type));
const body = (r: Received) => JSON.parse(r.body);

describe("Volcengine callbacks from a room", () => {
  it("1 ActivityStatusModifyCallBack: a GET whose query is signed over ActivityID, EventType, Status, Timestamp", async () => {
    publish(h.app, { type: "room.started", vendor: "volcengine", live: LIVE, owner: AK });
    publish(h.app, { type: "room.ended", vendor: "volcengine", live: LIVE, owner: AK });
    await waitFor(() => ofType(1).length === 2);
    const [started, ended] = ofType(1).map((r) => {
      expect(r.method).toBe("GET");
      const q = Object.fromEntries(r.query);
      delete q.type; // the registered URL's own parameter
      return q;
    });
    for (const q of [started!, ended!]) {
      expect(schemaErrors("volcengine", "ActivityStatusModifyCallBack", q)).toEqual([]);
      expect(q.Sign).toBe(md5(SECRET + q.ActivityID + q.EventType + q.Status + q.Timestamp));
    }
    expect([started!.Status, ended!.Status]).toEqual(["1", "4"]);
  });

  it("23 ActivityUserEnterCallBack: Status 1 on entering, 2 on leaving, Timestamp in milliseconds", async () => {
    publish(h.app, { type: "viewer.joined", vendor: "volcengine", live: LIVE, owner: AK, viewerId: "1738680000584142" });
    publish(h.app, { type: "viewer.left", vendor: "volcengine", live: LIVE, owner: AK, viewerId: "1738680000584142", data: { joinedAt: h.clock.now() - 60_000 } });
    await waitFor(() => ofType(23).length === 2);
    const [entered, left] = ofType(23).map(body);
    for (const p of [entered, left]) {
      expect(schemaErrors("volcengine", "ActivityUserEnterCallBack", p)).toEqual([]);
      expect(p.Sign).toBe(md5(SECRET + p.ActivityID + p.EventType + p.Status + p.Timestamp));
      expect(p.Timestamp).toBe(String(h.clock.now()));
    }
    expect([entered.Status, left.Status]).toEqual(["1", "2"]);
    expect(left.EnterTimestamp).toBe(String(h.clock.now() - 60_000));
  });

  it("22 CommentCallback: the comments recorded together in one Data, signed as documented", async () => {
    for (const text of ["你好", "抽奖!", "<b>&"]) publish(h.app, { type: "comment", vendor: "volcengine", live: LIVE, owner: AK, viewerId: "1738680000584142", data: { text, nickname: "观众 A" } });
    await waitFor(() => ofType(22).length === 1);
    await h.app.livemock.control.callbacks!.idle();
    expect(ofType(22)).toHaveLength(1);
    const p = body(ofType(22)[0]!);
    expect(schemaErrors("volcengine", "CommentCallback", p)).toEqual([]);
    expect(p.Sign).toBe(md5(SECRET + p.AccountId + p.ActivityId + p.EventType + p.Timestamp));
    expect(p.Data.map((d: { TextContent: string }) => d.TextContent)).toEqual(["你好", "抽奖!", "<b>&"]);
    expect(p.Data[0].User).toEqual({ Nickname: "观众 A", UserId: 1738680000584142, ExternalId: "" });
  });

  it("30 ActivityUserReceiveActivityBonusBatchCallBack: one callback per task and BonusIndex", async () => {
    for (const viewer of ["1", "2", "3"]) publish(h.app, { type: "task.completed", vendor: "volcengine", live: LIVE, owner: AK, viewerId: viewer, object: { kind: "task", id: 1828700000081612 } });
    publish(h.app, { type: "task.completed", vendor: "volcengine", live: LIVE, owner: AK, viewerId: "4", object: { kind: "task", id: 1828700000081612 }, data: { bonusIndex: 1 } });
    await waitFor(() => ofType(30).length === 2);
    const payloads = ofType(30).map(body);
    for (const p of payloads) {
      expect(schemaErrors("volcengine", "ActivityUserReceiveActivityBonusBatchCallBack", p)).toEqual([]);
      expect(p.Sign).toBe(md5(SECRET + p.AccountId + p.ActivityId + p.EventType + p.Id));
      expect(p.Id).toBe("1828700000081612");
    }
    expect(payloads.map((p) => p.UserInfos.map((u: { UserId: string; BonusIndex: number }) => [u.UserId, u.BonusIndex]))).toEqual([
      [
        ["1", 0],
        ["2", 0],
        ["3", 0],
      ],
      [["4", 1]],
    ]);
  });
});
