/**
 * The single-channel delete on the v2 path family (`POST /live/v2/channels/{channelId}/delete`, the
 * id in the path) and the v3 `basic/get`, both answered in the v2/v3 envelope
 * `{code, status, message, data}`: success, validation, not-found, two apps, ids as numbers and
 * digit strings, and the doc's way of sending the parameters (urlencoded form fields).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_APP, errorOf, independentSign, LOTTERY, OTHER_APP, type PolyvHarness, polyvHarness, SEED_003_BODY } from "./support.ts";

let h: PolyvHarness;
beforeEach(async () => {
  h = await polyvHarness();
});
afterEach(() => h.close());

const CHANNEL = "/live/v4/channel";
const V3_GET = "/live/v3/channel/basic/get";
const deletePath = (channelId: number | string) => `/live/v2/channels/${channelId}/delete`;
type App = typeof DEMO_APP | typeof OTHER_APP;

const create = async (app: App = DEMO_APP): Promise<{ channelId: number; userId: string }> =>
  (await h.signed({ app, path: `${CHANNEL}/create`, json: { name: "待删频道", newScene: "topclass", template: "ppt" } })).json.data;
const remove = (channelId: number | string, userId: string | undefined, app: App = DEMO_APP) =>
  h.signed({ app, method: "POST", path: deletePath(channelId), query: userId === undefined ? {} : { userId } });
const legacyError = (message: string, code = 400) => ({ code, status: "error", message, data: "" });

describe("POST /live/v2/channels/{channelId}/delete", () => {
  it.each([
    ["a number", (id: number) => id],
    ["a zero-padded digit string", (id: number) => `0${id}`],
  ])("deletes the channel named in the path (%s) and answers data true in the v2 envelope", async (_label, asId) => {
    const { channelId, userId } = await create();
    const deleted = await remove(asId(channelId), userId);
    expect(deleted.status).toBe(200);
    expect(deleted.operation).toBe("deleteChannel");
    expect(deleted.json).toEqual({ code: 200, status: "success", message: "", data: true });
    expect(errorOf(await h.signed({ path: `${CHANNEL}/basic/get`, query: { channelId } }))).toEqual({ status: 400, code: 30001, desc: "channel not found." });
    // Deleting again: the id is unknown now.
    expect((await remove(channelId, userId)).json).toEqual(legacyError("channel not found."));
  });

  it("makes the id unknown to the lottery endpoints: create answers Polyv's 30001", async () => {
    const { channelId, userId } = await create();
    await remove(channelId, userId);
    expect(errorOf(await h.signed({ path: `${LOTTERY}/create`, query: { channelId }, json: SEED_003_BODY }))).toEqual({ status: 400, code: 30001, desc: "channel not found." });
    expect(errorOf(await h.signed({ path: `${LOTTERY}/create`, query: { channelId: String(channelId) }, json: SEED_003_BODY })).code).toBe(30001);
  });

  it("reads the parameters from urlencoded form fields, as the doc's Java example sends them", async () => {
    const { channelId, userId } = await create();
    const params: Record<string, string> = { appId: DEMO_APP.appId, timestamp: String(h.clock.now()), userId };
    params.sign = independentSign(params, DEMO_APP.appSecret);
    const deleted = await h.call({ method: "POST", path: deletePath(channelId), body: new URLSearchParams(params).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(deleted.json).toEqual({ code: 200, status: "success", message: "", data: true });
  });

  it.each([
    ["userId missing", () => remove(4854808, undefined), "param should not be empty: userId"],
    ["a channel id that is not a number", () => remove("abc", "cc167950af"), "param is not digit: channelId"],
    ["a decimal channel id", () => remove("12.5", "cc167950af"), "param is not digit: channelId"],
  ])("refuses %s with a 400 in the v2 envelope", async (_label, call, message) => {
    const answer = await call();
    expect(answer.json).toEqual(legacyError(message));
    expect(answer.reason).toMatch(/userId|channelId/u);
  });

  it("checks the signature over the query, not the path (the path's id is not signed)", async () => {
    const { channelId, userId } = await create();
    const query = { appId: DEMO_APP.appId, timestamp: String(h.clock.now()), userId, sign: "0".repeat(32) };
    expect((await h.call({ method: "POST", path: deletePath(channelId), query })).json).toEqual(legacyError("invalid signature."));
  });

  it("answers an unknown channel and a wrong method in the v2 envelope; an empty id segment is an unknown path", async () => {
    expect((await remove(1, "cc167950af")).json).toEqual(legacyError("channel not found."));
    expect((await h.signed({ method: "GET", path: deletePath(4854808), query: { userId: "x" } })).json).toEqual(legacyError("method not allowed.", 405));
    expect((await h.signed({ method: "POST", path: "/live/v2/channels//delete", query: { userId: "x" } })).json).toEqual(legacyError("not found.", 404));
  });

  it("deletes a doc channel too, which the seeds' examples then cannot use", async () => {
    const userId = (await create()).userId;
    expect((await remove(4854808, userId)).json.data).toBe(true);
    expect(errorOf(await h.signed({ path: `${LOTTERY}/list`, query: { channelId: 4854808 } })).code).toBe(30001);
  });
});

describe("a channel from create to the v2 delete", () => {
  it.each([
    ["numbers", (id: number) => id],
    ["digit strings", (id: number) => String(id)],
  ])("create → lottery → get → update → delete lottery → delete channel, ids as %s", async (_label, asId) => {
    const { channelId, userId } = await create();
    const lottery = await h.signed({ path: `${LOTTERY}/create`, query: { channelId: asId(channelId) }, json: SEED_003_BODY });
    expect(lottery.status).toBe(200);
    const id: number = lottery.json.data.id;
    expect((await h.signed({ path: `${LOTTERY}/get`, query: { channelId: asId(channelId), id: asId(id) } })).json.data).toMatchObject({ id, activityName: "无条件抽奖" });
    expect((await h.signed({ path: `${LOTTERY}/update`, query: { channelId: asId(channelId) }, json: { ...SEED_003_BODY, id: asId(id), amount: 2 } })).json.data).toBeNull();
    expect((await h.signed({ path: `${LOTTERY}/get`, query: { channelId, id } })).json.data.amount).toBe(2);
    expect((await h.signed({ path: `${LOTTERY}/delete`, query: { channelId: asId(channelId) }, json: { id: asId(id) } })).json.data).toBeNull();
    expect((await h.signed({ path: V3_GET, query: { channelId: asId(channelId) } })).json.data.channelId).toBe(channelId);

    const deleted = await remove(asId(channelId), userId);
    expect(deleted.json).toEqual({ code: 200, status: "success", message: "", data: true });
    expect((await h.signed({ path: V3_GET, query: { channelId } })).json).toEqual(legacyError("channel not found."));
    expect(errorOf(await h.signed({ path: `${LOTTERY}/get`, query: { channelId, id } })).code).toBe(30001);
  });
});

describe("the v2 delete between two apps", () => {
  it("never lets another app delete a channel, with its own userId or the owner's", async () => {
    const { channelId, userId } = await create();
    const other = await create(OTHER_APP);
    expect((await remove(channelId, other.userId, OTHER_APP)).json).toEqual(legacyError("channel not found."));
    expect((await remove(channelId, userId, OTHER_APP)).json).toEqual(legacyError("channel not found."));
    // The owner's app with another account's userId is refused too [inferred].
    expect((await remove(channelId, other.userId)).json).toEqual(legacyError("channel not found."));
    expect((await h.signed({ path: `${CHANNEL}/basic/get`, query: { channelId } })).status).toBe(200);
    expect((await remove(other.channelId, other.userId, OTHER_APP)).json.data).toBe(true);
  });
});

describe("GET /live/v3/channel/basic/get", () => {
  it("answers the channel's basic settings in the v3 envelope, channelId a number", async () => {
    const { channelId } = await create();
    for (const id of [channelId, String(channelId)]) {
      const got = await h.signed({ path: V3_GET, query: { channelId: id } });
      expect(got.operation).toBe("getChannelBasicV3");
      expect(got.json).toEqual({
        code: 200,
        status: "success",
        message: "",
        data: expect.objectContaining({ channelId, name: "待删频道", channelPasswd: expect.stringMatching(/^\d{6}$/u), startTime: 0, watchStatus: "unStart", authSettings: [], userCategory: null }),
      });
      expect(Object.keys(got.json)).toEqual(["code", "status", "message", "data"]);
    }
  });

  it("answers 10002, 10001 and 30001 in the v3 envelope, and another app's channel is unknown", async () => {
    expect((await h.signed({ path: V3_GET })).json).toEqual(legacyError("param should not be empty: channelId"));
    expect((await h.signed({ path: V3_GET, query: { channelId: "x1" } })).json).toMatchObject({ code: 400, status: "error", data: "" });
    expect((await h.signed({ path: V3_GET, query: { channelId: 1 } })).json).toEqual(legacyError("channel not found."));
    const { channelId } = await create();
    expect((await h.signed({ app: OTHER_APP, path: V3_GET, query: { channelId } })).json).toEqual(legacyError("channel not found."));
  });
});
