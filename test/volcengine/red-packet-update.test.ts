/**
 * UpdateActivityRedPacket is a full replace (the docs ask callers to Get first and send every value
 * back): omitted optional fields return to their defaults; only a packet not yet sent can change.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIVITY, cashPacket, errorOf, type VolcHarness, volcHarness } from "./support.ts";

let h: VolcHarness;
beforeEach(async () => {
  h = await volcHarness({ rateLimits: false });
});
afterEach(() => h.close());

const get = async (id: number) => (await h.action("GetActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: id })).json.Result;

describe("UpdateActivityRedPacket", () => {
  it("replaces the whole configuration: what is left out returns to its default or disappears", async () => {
    const custom = {
      OpenRedPacketType: 1,
      DeadLine: 30,
      ClaimSuccessText: "抢到了",
      ClaimFailureText: "下次吧",
      BarragePwd: "新年快乐",
      RepeatedAwardLimit: 3,
      EnableCustomRedirect: true,
      CustomRedirectUrl: "https://example.com",
    };
    const id = (await h.action("CreateActivityRedPacket", cashPacket(custom))).json.Result.ID as number;
    expect(await get(id)).toMatchObject(custom);

    const updated = await h.action("UpdateActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: id, TotalAmount: 500, RedPacketNumber: 5 });
    expect(updated.status).toBe(200);
    expect(updated.json.Result).toEqual({ ID: id });

    const after = await get(id);
    expect(after).toMatchObject({
      RedPacketID: id,
      RedPacketStatus: 0,
      TotalAmount: 500,
      RedPacketNumber: 5,
      OpenRedPacketType: 0,
      DeadLine: 5,
      ClaimSuccessText: "恭喜你,抢到现金红包",
      ClaimFailureText: "很遗憾,您没有抢到红包",
      RepeatedAwardLimit: 1,
      EnableCustomRedirect: false,
    });
    expect(after).not.toHaveProperty("BarragePwd");
    expect(after).not.toHaveProperty("CustomRedirectUrl");
  });

  it("keeps what is sent back (Get, change one value, Update)", async () => {
    const id = (await h.action("CreateActivityRedPacket", cashPacket({ BarragePwd: "口令", DeadLine: 9 }))).json.Result.ID as number;
    const { RedPacketStatus: _status, ...config } = await get(id);
    await h.action("UpdateActivityRedPacket", { ...config, TotalAmount: 900 });
    expect(await get(id)).toMatchObject({ BarragePwd: "口令", DeadLine: 9, TotalAmount: 900 });
  });

  it("applies every Create rule to the new configuration", async () => {
    const id = (await h.action("CreateActivityRedPacket", cashPacket())).json.Result.ID as number;
    const res = await h.action("UpdateActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: id, RedPacketType: 1, TotalAmount: 5, RedPacketNumber: 1 });
    expect(errorOf(res)).toMatchObject({ Code: "InvalidParameter", Message: "RewardsPointsConfig is required when RedPacketType is 1." });
    expect(errorOf(await h.action("UpdateActivityRedPacket", { ActivityID: ACTIVITY, TotalAmount: 5, RedPacketNumber: 1 }))?.Message).toBe("RedPacketID is required.");
    expect(errorOf(await h.action("UpdateActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: id + 1000, TotalAmount: 5, RedPacketNumber: 1 }))?.Message).toBe(
      `RedPacketID ${id + 1000} not found.`,
    );
  });

  it("is refused once the packet was sent", async () => {
    const id = (await h.action("CreateActivityRedPacket", cashPacket())).json.Result.ID as number;
    await h.action("SendActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: id });
    const res = await h.action("UpdateActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: id, TotalAmount: 5, RedPacketNumber: 1 });
    expect(res.status).toBe(400);
    expect(errorOf(res)?.Message).toBe("RedPacket status does not allow Update: RedPacketStatus is 1 (sent); Update needs 0 (initialised).");
    expect(await get(id)).toMatchObject({ TotalAmount: 100 });
  });
});
