/**
 * ListRedPacketDataAPI and ListRedPacketRecordAPI (Version 2020-06-01, `ActivityId` spelling): the
 * red packets of a live room with their results, and who joined or won one, read from the grabs in
 * the store (kind `redPacketGrab`, filled by a later live-room feature; put directly here).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { putRedPacketGrab, type StoredRedPacketGrab } from "../../src/mock/vendors/volcengine/grabs.ts";
import { ACTIVITY, AK, cashPacket, errorOf, OTHER_ACTIVITY, START, type VolcHarness, volcHarness } from "./support.ts";

const DATA = "2020-06-01";
const SECOND = { accessKeyId: "AKLTsecondapp", secretAccessKey: "second-secret" };
const as2 = { ak: SECOND.accessKeyId, sk: SECOND.secretAccessKey, version: DATA };
const v = { version: DATA };

let h: VolcHarness;
beforeAll(async () => {
  h = await volcHarness({ rateLimits: false, credentials: { volcengine: [SECOND] }, transport: "http" });
});
afterAll(() => h.close());

function grab(owner: string, value: StoredRedPacketGrab): Promise<void> | void {
  return h.app.livemock.context.store.transact({ vendor: "volcengine", owner }, (state) => putRedPacketGrab(state, owner, value));
}

async function createSent(extra: Record<string, unknown> = {}, activity = ACTIVITY): Promise<number> {
  const id = (await h.action("CreateActivityRedPacket", cashPacket({ ActivityID: activity, TotalAmount: 300, RedPacketNumber: 2, ...extra }))).json.Result.ID as number;
  expect((await h.action("SendActivityRedPacket", { ActivityID: activity, RedPacketID: id })).json.Result.Status).toBe(true);
  return id;
}

describe("ListRedPacketDataAPI", () => {
  it("lists a room's red packets with zero results while nothing has grabbed them", async () => {
    const id = await createSent({}, OTHER_ACTIVITY);
    const res = await h.action("ListRedPacketDataAPI", { ActivityId: OTHER_ACTIVITY }, v);
    expect(res.status).toBe(200);
    expect(res.json.ResponseMetadata).toMatchObject({ Action: "ListRedPacketDataAPI", Version: DATA, Service: "livesaas" });
    expect(res.json.Result).toEqual({
      PageNo: 1,
      PageItemCount: 10,
      TotalCount: 1,
      RedPacketList: [
        {
          RedPacketId: id,
          RedPacketType: 0,
          TotalAmount: 300,
          ReceivedAmount: 0,
          SendTime: Math.floor(START / 1000),
          JoinUserNumber: 0,
          WinUserNumber: 0,
          WithdrawalAmount: 0,
          RedPacketNumber: "2",
          IsDelete: false,
        },
      ],
    });
  });

  it("counts the grabs in the store", async () => {
    const id = await createSent();
    await grab(AK, { ActivityID: ACTIVITY, RedPacketID: id, UserID: 1, UserName: "观众 A", Amount: 200, WithdrawalStatus: 1, grabbedAt: START + 1 });
    await grab(AK, { ActivityID: ACTIVITY, RedPacketID: id, UserID: 2, UserName: "观众 B", Amount: 100, grabbedAt: START + 2 });
    await grab(AK, { ActivityID: ACTIVITY, RedPacketID: id, UserID: 3, UserName: "观众 C", Amount: 0, grabbedAt: START + 3 });
    const list = (await h.action("ListRedPacketDataAPI", { ActivityId: ACTIVITY, PageItemCount: 500 }, v)).json.Result.RedPacketList as Record<string, unknown>[];
    expect(list.find((p) => p.RedPacketId === id)).toMatchObject({ ReceivedAmount: 300, JoinUserNumber: 3, WinUserNumber: 2, WithdrawalAmount: 200 });
  });

  it("refuses a missing ActivityId, a 2023-08-01 ActivityID spelling and a bad page size", async () => {
    const missing = await h.action("ListRedPacketDataAPI", {}, v);
    expect(missing.status).toBe(400);
    expect(errorOf(missing)).toMatchObject({ Code: "InvalidParameter", CodeN: 400001 });
    expect(errorOf(missing)?.Message).toContain("ActivityId");
    expect(errorOf(await h.action("ListRedPacketDataAPI", { ActivityID: ACTIVITY }, v))?.Message).toContain("ActivityId");
    expect(errorOf(await h.action("ListRedPacketDataAPI", { ActivityId: ACTIVITY, PageItemCount: 501 }, v))?.Message).toContain("PageItemCount");
  });

  it("is served in Version 2020-06-01 only", async () => {
    const res = await h.action("ListRedPacketDataAPI", { ActivityId: ACTIVITY });
    expect(res.status).toBe(404);
    expect(errorOf(res)).toMatchObject({ Code: "InvalidActionOrVersion", Message: "Could not find operation ListRedPacketDataAPI for version 2023-08-01." });
  });

  it("answers an unknown live room with InvalidParameter", async () => {
    const res = await h.action("ListRedPacketDataAPI", { ActivityId: 1 }, v);
    expect(res.status).toBe(400);
    expect(errorOf(res)?.Message).toBe("ActivityId 1 not found.");
  });
});

describe("ListRedPacketRecordAPI", () => {
  it("round trip: live room → red packet → grabs, as everyone who joined and as the winners", async () => {
    const id = await createSent();
    const empty = await h.action("ListRedPacketRecordAPI", { ActivityId: ACTIVITY, RedPacketID: id, SearchType: 2 }, v);
    expect(empty.json.Result).toEqual({ JoinRedPacketList: [], PageNo: 1, PageItemCount: 10, TotalCount: 0 });

    await grab(AK, { ActivityID: ACTIVITY, RedPacketID: id, UserID: 12, UserName: "观众 B", Amount: 0, grabbedAt: START + 20 });
    await grab(AK, { ActivityID: ACTIVITY, RedPacketID: id, UserID: 11, UserName: "观众 A", Email: "a@example.com", ExternalId: "ext-a", Amount: 300, grabbedAt: START + 10 });
    const joined = await h.action("ListRedPacketRecordAPI", { ActivityId: ACTIVITY, RedPacketID: id, SearchType: 2 }, v);
    expect(joined.json.Result.TotalCount).toBe(2);
    expect(joined.json.Result.JoinRedPacketList).toEqual([
      { UserID: 11, UserName: "观众 A", Email: "a@example.com", ExternalId: "ext-a", Amount: 300, Status: 1 },
      { UserID: 12, UserName: "观众 B", Amount: 0, Status: 0 },
    ]);
    const won = await h.action("ListRedPacketRecordAPI", { ActivityId: ACTIVITY, RedPacketID: id, SearchType: 1, PageNo: 1, PageItemCount: 1 }, v);
    expect(won.json.Result).toMatchObject({ TotalCount: 1, PageItemCount: 1, JoinRedPacketList: [{ UserID: 11 }] });
  });

  it("refuses a missing or unknown SearchType and a missing RedPacketID", async () => {
    for (const params of [
      { ActivityId: ACTIVITY, RedPacketID: 1 },
      { ActivityId: ACTIVITY, RedPacketID: 1, SearchType: 3 },
      { ActivityId: ACTIVITY, SearchType: 1 },
    ]) {
      const res = await h.action("ListRedPacketRecordAPI", params, v);
      expect(res.status).toBe(400);
      expect(errorOf(res)?.Code).toBe("InvalidParameter");
    }
  });

  it("answers an unknown live room or red packet with InvalidParameter", async () => {
    expect(errorOf(await h.action("ListRedPacketRecordAPI", { ActivityId: 1, RedPacketID: 1, SearchType: 1 }, v))?.Message).toBe("ActivityID 1 not found.");
    expect(errorOf(await h.action("ListRedPacketRecordAPI", { ActivityId: ACTIVITY, RedPacketID: 42, SearchType: 1 }, v))?.Message).toBe("RedPacketID 42 not found.");
  });

  it("keeps access keys apart: another key sees neither the packet nor its grabs", async () => {
    const id = await createSent();
    await grab(AK, { ActivityID: ACTIVITY, RedPacketID: id, UserID: 21, UserName: "观众", Amount: 1, grabbedAt: START });
    const peek = await h.action("ListRedPacketRecordAPI", { ActivityId: ACTIVITY, RedPacketID: id, SearchType: 2 }, as2);
    expect(peek.status).toBe(400);
    expect(errorOf(peek)?.Message).toBe(`RedPacketID ${id} not found.`);
    const list = await h.action("ListRedPacketDataAPI", { ActivityId: ACTIVITY }, as2);
    expect(list.json.Result.RedPacketList.map((p: { RedPacketId: number }) => p.RedPacketId)).not.toContain(id);
  });
});
