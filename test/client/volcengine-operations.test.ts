/**
 * A user drives every Volcengine red-packet action through the typed client against the mock, over
 * real HTTP and in-process: POST actions with a signed JSON body, Get/List with signed query strings.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { VolcengineClient } from "../../src/client/index.ts";
import { type MockTarget, mockTarget, TRANSPORTS, volcClient } from "./support.ts";

const ACTIVITY = 1824920000234844;

describe.each(TRANSPORTS)("Volcengine client against the mock (%s)", (transport) => {
  let target: MockTarget;
  let volc: VolcengineClient;
  beforeEach(async () => {
    target = await mockTarget(transport);
    volc = volcClient(target);
  });
  afterEach(() => target.close());

  it("creates, gets, lists, updates and deletes a red packet", async () => {
    const { ID } = await volc.createActivityRedPacket({ ActivityID: ACTIVITY, TotalAmount: 10000, RedPacketNumber: 10, BarragePwd: "新年快乐" });
    expect(ID).toBeGreaterThan(0);
    const created = { RedPacketID: ID };

    const got = await volc.getActivityRedPacket({ ActivityID: ACTIVITY, RedPacketID: created.RedPacketID });
    expect(got).toMatchObject({ ActivityID: ACTIVITY, RedPacketID: created.RedPacketID, RedPacketStatus: 0, TotalAmount: 10000, RedPacketNumber: 10 });

    const list = await volc.listActivityRedPacket({ ActivityID: ACTIVITY, PageNo: 1, PageItemCount: 50 });
    expect(list.RedPacketList?.some((p) => p.RedPacketID === created.RedPacketID)).toBe(true);

    await volc.updateActivityRedPacket({ ActivityID: ACTIVITY, RedPacketID: created.RedPacketID, TotalAmount: 20000, RedPacketNumber: 20 });
    expect(await volc.getActivityRedPacket({ ActivityID: ACTIVITY, RedPacketID: created.RedPacketID })).toMatchObject({ TotalAmount: 20000, RedPacketNumber: 20 });

    await volc.deleteActivityRedPacket({ ActivityID: ACTIVITY, RedPacketID: created.RedPacketID });
    const after = await volc.listActivityRedPacket({ ActivityID: ACTIVITY, PageItemCount: 50 });
    expect(after.RedPacketList?.some((p) => p.RedPacketID === created.RedPacketID) ?? false).toBe(false);
  });

  it("reads red-packet results (Version 2020-06-01) and configures callbacks (2023-08-01)", async () => {
    const { ID: RedPacketID } = await volc.createActivityRedPacket({ ActivityID: ACTIVITY, TotalAmount: 300, RedPacketNumber: 3 });
    const data = await volc.listRedPacketDataApi({ ActivityId: ACTIVITY, PageItemCount: 50 });
    expect(data.RedPacketList.find((p) => p.RedPacketId === RedPacketID)).toMatchObject({ TotalAmount: 300, RedPacketNumber: "3", JoinUserNumber: 0 });
    expect((await volc.listRedPacketRecordApi({ ActivityId: ACTIVITY, RedPacketID, SearchType: 1 })).TotalCount).toBe(0);
    await expect(volc.listRedPacketRecordApi({ ActivityId: ACTIVITY, RedPacketID: 1, SearchType: 1 })).rejects.toMatchObject({ Code: "InvalidParameter", httpStatus: 400 });

    expect(await volc.addCallbackConfig({ CallbackType: 22, CallbackUrls: "https://merchant.example/comments" })).toEqual({ Status: true });
    const { CallbackConfigs, TotalCount } = await volc.listCallbackConfigs({});
    expect(TotalCount).toBe(1);
    expect(CallbackConfigs[0]).toMatchObject({ CallbackType: 22, EventName: "CommentCallback", FollowerUserName: "admin@bytedance.com" });
    const events = await volc.listCallbackEvents({});
    expect(events.CallbackEvents.find((e) => e.CallbackType === 22)?.Count).toBe(1);
  });

  it("sends and draws a manual-draw red packet", async () => {
    const { ID: RedPacketID } = await volc.createActivityRedPacket({ ActivityID: ACTIVITY, TotalAmount: 100, RedPacketNumber: 1, OpenRedPacketType: 1 });
    const sent = await volc.sendActivityRedPacket({ ActivityID: ACTIVITY, RedPacketID });
    expect(sent).toMatchObject({ Status: true, RedPacketID });
    expect((await volc.getActivityRedPacket({ ActivityID: ACTIVITY, RedPacketID })).RedPacketStatus).toBe(1);
    const drawn = await volc.drawActivityRedPacket({ ActivityID: ACTIVITY, RedPacketID });
    expect(drawn).toMatchObject({ Status: true, RedPacketID });
    expect((await volc.getActivityRedPacket({ ActivityID: ACTIVITY, RedPacketID })).RedPacketStatus).toBe(3);
  });

  it("returns the envelope and RequestId through request()", async () => {
    const result = await volc.request("listActivityRedPacket", { ActivityID: ACTIVITY });
    expect(result.envelope.ResponseMetadata).toMatchObject({ Action: "ListActivityRedPacket", Version: "2023-08-01", Service: "livesaas", Region: "cn-north-1" });
    expect(result.requestId).toBe(result.envelope.ResponseMetadata.RequestId);
  });
});
