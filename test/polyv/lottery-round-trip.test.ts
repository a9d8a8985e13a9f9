import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errorOf, LOTTERY, type PolyvHarness, polyvHarness, SEED_003_BODY, SEED_003_DATA } from "./support.ts";

let h: PolyvHarness;
beforeEach(async () => {
  h = await polyvHarness();
});
afterEach(() => h.close());

const CHANNEL = 2974342;
const create = async (json: unknown = SEED_003_BODY): Promise<number> => (await h.signed({ path: `${LOTTERY}/create`, query: { channelId: CHANNEL }, json })).json.data.id;
const get = (id: number, channelId = CHANNEL) => h.signed({ path: `${LOTTERY}/get`, query: { channelId, id } });
const list = (query: Record<string, number> = {}) => h.signed({ path: `${LOTTERY}/list`, query: { channelId: CHANNEL, ...query } });
const update = (json: unknown, channelId = CHANNEL) => h.signed({ path: `${LOTTERY}/update`, query: { channelId }, json });
const remove = (id: number, channelId = CHANNEL) => h.signed({ path: `${LOTTERY}/delete`, query: { channelId }, json: { id } });

describe("a lottery activity from create to delete", () => {
  it("goes through create → list → get → update → get → delete → list → get", async () => {
    const id = await create();

    const listed = await list();
    expect(listed.operation).toBe("listLotteryActivities");
    expect(listed.json.data).toMatchObject({ pageNumber: 1, pageSize: 10, totalPages: 1, totalItems: 1 });
    expect(listed.json.data.contents[0]).toMatchObject({ id, activityName: "无条件抽奖", status: "Y" });

    const read = await get(id);
    expect(read.operation).toBe("getLotteryActivity");
    expect(read.json.data).toEqual({ ...SEED_003_DATA, id, status: "Y", lotteryOnlineEnabled: "Y" });

    const changed = await update({
      ...SEED_003_BODY,
      id,
      amount: 3,
      prizeName: "鼠标",
      lotteryCondition: "comment",
      activityDuration: "5",
      comment: "抽我",
      acceptType: "qrCode",
      qrCode: "https://example.com/qr",
    });
    expect(changed.json).toEqual({ code: 200, status: "success", requestId: expect.any(String), data: null, success: true });
    expect(changed.operation).toBe("updateLotteryActivity");
    expect((await get(id)).json.data).toMatchObject({ id, amount: 3, prizeName: "鼠标", lotteryCondition: "comment", comment: "抽我", acceptType: "qrCode", qrCode: "https://example.com/qr" });

    const deleted = await remove(id);
    expect(deleted.json).toMatchObject({ code: 200, data: null, success: true });
    expect(deleted.operation).toBe("deleteLotteryActivity");
    expect((await list()).json.data).toMatchObject({ totalItems: 0, contents: [] });
    // Soft delete: still readable by id.
    expect((await get(id)).json.data).toMatchObject({ id, prizeName: "鼠标" });
  });

  it("answers 30002 when updating or deleting a deleted activity", async () => {
    const id = await create();
    await remove(id);
    expect(errorOf(await remove(id))).toEqual({ status: 400, code: 30002, desc: "activity not found." });
    expect(errorOf(await update({ ...SEED_003_BODY, id }))).toEqual({ status: 400, code: 30002, desc: "activity not found." });
  });

  it("applies the conditional rules to updates too", async () => {
    const id = await create();
    expect(errorOf(await update({ ...SEED_003_BODY, id, lotteryCondition: "comment" }))).toEqual({ status: 400, code: 10001, desc: "活动时长不能为空" });
    expect(errorOf(await update({ ...SEED_003_BODY }))).toEqual({ status: 400, code: 10002, desc: "param should not be empty: id" });
  });

  it("finds an activity only in its own channel", async () => {
    const id = await create();
    expect(errorOf(await get(id, 4854808))).toEqual({ status: 400, code: 30002, desc: "activity not found." });
    expect(errorOf(await update({ ...SEED_003_BODY, id }, 4854808)).code).toBe(30002);
    expect(errorOf(await remove(id, 4854808)).code).toBe(30002);
    expect(errorOf(await get(id, 1234567)).code).toBe(30001);
  });

  it("answers 30002 for an unknown id and 10002 without id", async () => {
    expect(errorOf(await get(99999))).toEqual({ status: 400, code: 30002, desc: "activity not found." });
    expect(errorOf(await h.signed({ path: `${LOTTERY}/get`, query: { channelId: CHANNEL } })).desc).toBe("param should not be empty: id");
    expect(errorOf(await h.signed({ path: `${LOTTERY}/delete`, query: { channelId: CHANNEL }, json: {} })).desc).toBe("param should not be empty: id");
  });

  it("lists an empty channel as an empty page, and pages newest first", async () => {
    expect((await list()).json.data).toEqual({ pageNumber: 1, pageSize: 10, totalPages: 0, totalItems: 0, contents: [] });
    const ids = [await create(), await create(), await create()];
    expect(ids).toEqual([20521, 20522, 20523]);
    const page = await list({ pageSize: 2, pageNumber: 1 });
    expect(page.json.data).toMatchObject({ pageSize: 2, totalPages: 2, totalItems: 3 });
    expect(page.json.data.contents.map((c: { id: number }) => c.id)).toEqual([20523, 20522]);
    expect((await list({ pageSize: 2, pageNumber: 2 })).json.data.contents.map((c: { id: number }) => c.id)).toEqual([20521]);
  });

  it("keeps ids sequential across channels of the account", async () => {
    const a = await create();
    const b = (await h.signed({ path: `${LOTTERY}/create`, query: { channelId: 4854808 }, json: SEED_003_BODY })).json.data.id;
    expect(b).toBe(a + 1);
  });
});
