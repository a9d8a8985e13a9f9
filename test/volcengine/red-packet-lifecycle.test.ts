/**
 * A red packet's life through the sibling actions: Create → Send → Draw → Get → List → Delete,
 * the automatic draw DeadLine minutes after Send on the mock clock, refused transitions, and paging.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIVITY, cashPacket, errorOf, OTHER_ACTIVITY, type VolcHarness, volcHarness } from "./support.ts";

let h: VolcHarness;
beforeEach(async () => {
  h = await volcHarness({ rateLimits: false });
});
afterEach(() => h.close());

const ref = (id: number, activity = ACTIVITY) => ({ ActivityID: activity, RedPacketID: id });
const createPacket = async (extra: Record<string, unknown> = {}) => (await h.action("CreateActivityRedPacket", cashPacket(extra))).json.Result.ID as number;
const status = async (id: number) => (await h.action("GetActivityRedPacket", ref(id))).json.Result.RedPacketStatus as number;

describe("the manual-draw lifecycle", () => {
  it("Create → Send → Draw → Get → List → Delete", async () => {
    const id = await createPacket({ OpenRedPacketType: 1, TotalAmount: 10000, RedPacketNumber: 10 });
    expect(await status(id)).toBe(0);

    const sent = await h.action("SendActivityRedPacket", ref(id));
    expect(sent.status).toBe(200);
    expect(sent.json.Result).toEqual({ Status: true, ActivityID: ACTIVITY, RedPacketID: id });
    expect(await status(id)).toBe(1);

    const drawn = await h.action("DrawActivityRedPacket", ref(id));
    expect(drawn.status).toBe(200);
    expect(drawn.json.Result).toEqual({ Status: true, ActivityID: ACTIVITY, RedPacketID: id });

    const got = await h.action("GetActivityRedPacket", ref(id));
    expect(got.operation).toBe("getActivityRedPacket");
    expect(got.json.Result).toMatchObject({ ActivityID: ACTIVITY, RedPacketID: id, RedPacketStatus: 3, OpenRedPacketType: 1, TotalAmount: 10000, RedPacketNumber: 10 });

    const listed = await h.action("ListActivityRedPacket", { ActivityID: ACTIVITY });
    expect(listed.json.Result).toMatchObject({ PageNo: 1, PageItemCount: 10, TotalCount: 1 });
    expect(listed.json.Result.RedPacketList).toEqual([got.json.Result]);

    const deleted = await h.action("DeleteActivityRedPacket", ref(id));
    expect(deleted.status).toBe(200);
    expect(deleted.json.Result).toEqual({ Status: true });

    const gone = await h.action("GetActivityRedPacket", ref(id));
    expect(gone.status).toBe(400);
    expect(errorOf(gone)).toMatchObject({ Code: "InvalidParameter", Message: `RedPacketID ${id} not found.` });
    expect((await h.action("ListActivityRedPacket", { ActivityID: ACTIVITY })).json.Result).toMatchObject({ TotalCount: 0, RedPacketList: [] });
    expect(errorOf(await h.action("DeleteActivityRedPacket", ref(id)))?.Message).toBe(`RedPacketID ${id} not found.`);
  });
});

describe("the automatic draw", () => {
  it("moves a sent packet from 1 to 3 once DeadLine minutes pass on the mock clock", async () => {
    const id = await createPacket({ DeadLine: 2 });
    h.clock.advance(10 * 60_000); // time before Send does not count
    expect(await status(id)).toBe(0);
    await h.action("SendActivityRedPacket", ref(id));
    h.clock.advance(2 * 60_000 - 1);
    expect(await status(id)).toBe(1);
    h.clock.advance(1);
    expect(await status(id)).toBe(3);
  });

  it("uses the default DeadLine of 5 minutes, and shows the drawn status in List too", async () => {
    const id = await createPacket();
    await h.action("SendActivityRedPacket", ref(id));
    h.clock.advance(5 * 60_000);
    const listed = await h.action("ListActivityRedPacket", { ActivityID: ACTIVITY });
    expect(listed.json.Result.RedPacketList[0]).toMatchObject({ RedPacketID: id, RedPacketStatus: 3, DeadLine: 5 });
  });

  it("never draws a manual-draw packet by itself", async () => {
    const id = await createPacket({ OpenRedPacketType: 1, DeadLine: 1 });
    await h.action("SendActivityRedPacket", ref(id));
    h.clock.advance(60 * 60_000);
    expect(await status(id)).toBe(1);
  });
});

describe("refused transitions", () => {
  it("Send needs status 0", async () => {
    const id = await createPacket();
    await h.action("SendActivityRedPacket", ref(id));
    const again = await h.action("SendActivityRedPacket", ref(id));
    expect(again.status).toBe(400);
    expect(errorOf(again)).toEqual({ CodeN: 400001, Code: "InvalidParameter", Message: "RedPacket status does not allow Send: RedPacketStatus is 1 (sent); Send needs 0 (initialised)." });
  });

  it("Draw needs a manual-draw packet in status 1", async () => {
    const auto = await createPacket();
    await h.action("SendActivityRedPacket", ref(auto));
    expect(errorOf(await h.action("DrawActivityRedPacket", ref(auto)))?.Message).toBe(
      "RedPacket status does not allow Draw: OpenRedPacketType is 0 (automatic draw); Draw needs a manual-draw packet (OpenRedPacketType 1).",
    );
    const manual = await createPacket({ OpenRedPacketType: 1 });
    expect(errorOf(await h.action("DrawActivityRedPacket", ref(manual)))?.Message).toBe("RedPacket status does not allow Draw: RedPacketStatus is 0 (initialised); Draw needs 1 (sent).");
    await h.action("SendActivityRedPacket", ref(manual));
    await h.action("DrawActivityRedPacket", ref(manual));
    expect(errorOf(await h.action("DrawActivityRedPacket", ref(manual)))?.Message).toBe("RedPacket status does not allow Draw: RedPacketStatus is 3 (drawn); Draw needs 1 (sent).");
  });

  it("every sibling refuses an unknown live room or a packet of another room", async () => {
    const id = await createPacket();
    for (const action of ["SendActivityRedPacket", "DrawActivityRedPacket", "DeleteActivityRedPacket", "GetActivityRedPacket"]) {
      expect(errorOf(await h.action(action, ref(id, 1824920000000001)))?.Message).toBe("ActivityID 1824920000000001 not found.");
      expect(errorOf(await h.action(action, ref(id, OTHER_ACTIVITY)))?.Message).toBe(`RedPacketID ${id} not found.`);
    }
    expect(errorOf(await h.action("ListActivityRedPacket", { ActivityID: 1824920000000001 }))?.Message).toBe("ActivityID 1824920000000001 not found.");
  });
});

describe("ListActivityRedPacket paging", () => {
  it("pages with PageNo and PageItemCount, counts every packet of the room only", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push(await createPacket({ TotalAmount: 100 + i }));
    await h.action("CreateActivityRedPacket", cashPacket({ ActivityID: OTHER_ACTIVITY }));
    const page = async (PageNo: number, PageItemCount: number) => (await h.action("ListActivityRedPacket", { ActivityID: ACTIVITY, PageNo, PageItemCount })).json.Result;
    expect(await page(1, 2)).toMatchObject({ PageNo: 1, PageItemCount: 2, TotalCount: 5 });
    expect((await page(1, 2)).RedPacketList.map((p: { RedPacketID: number }) => p.RedPacketID)).toEqual(ids.slice(0, 2));
    expect((await page(3, 2)).RedPacketList.map((p: { RedPacketID: number }) => p.RedPacketID)).toEqual(ids.slice(4));
    expect((await page(4, 2)).RedPacketList).toEqual([]);
  });

  it("checks the paging parameters", async () => {
    const list = (query: Record<string, unknown>) => h.action("ListActivityRedPacket", { ActivityID: ACTIVITY, ...query });
    expect(errorOf(await list({ PageNo: 0 }))?.Message).toBe("PageNo must be greater than or equal to 1.");
    expect(errorOf(await list({ PageItemCount: 501 }))?.Message).toBe("PageItemCount must be in [1, 500].");
    expect(errorOf(await list({ PageNo: "two" }))?.Message).toBe("PageNo must be an integer.");
    expect((await list({ PageItemCount: 500 })).status).toBe(200);
    expect(errorOf(await h.action("ListActivityRedPacket", {}))?.Message).toBe("ActivityID is required.");
  });
});
