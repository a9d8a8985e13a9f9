import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errorOf, LOTTERY, OTHER_APP, type PolyvHarness, polyvHarness, SEED_003_BODY, T0, TASK_REWARD, taskRewardBody } from "./support.ts";

let h: PolyvHarness;
beforeEach(async () => {
  h = await polyvHarness();
});
afterEach(() => h.close());

const CHANNEL = "/live/v4/channel";
const BATCH_DELETE = "/live/v3/channel/basic/batch-delete";
const create = (json: unknown = { name: "livemock 频道", newScene: "topclass", template: "ppt" }, app = undefined as undefined | typeof OTHER_APP) =>
  h.signed({ path: `${CHANNEL}/create`, json, ...(app ? { app } : {}) });
const get = (channelId: number | string, app = undefined as undefined | typeof OTHER_APP) => h.signed({ path: `${CHANNEL}/basic/get`, query: { channelId }, ...(app ? { app } : {}) });

describe("POST /live/v4/channel/create", () => {
  it("creates a channel with a 7-digit id, the account's userId and the passwords", async () => {
    const created = await create({ name: "新品发布会", newScene: "alone", template: "alone", channelPasswd: "abc123" });
    expect(created.status).toBe(200);
    expect(created.operation).toBe("createChannel");
    expect(created.json).toEqual({
      code: 200,
      status: "success",
      requestId: expect.any(String),
      data: { channelId: 5300001, userId: expect.stringMatching(/^[0-9a-f]{10}$/u), channelPasswd: "abc123", seminarHostPassword: null, seminarAttendeePassword: null },
      success: true,
    });
    const second = (await create()).json.data;
    expect(second.channelId).toBe(5300002);
    expect(second.channelPasswd).toMatch(/^\d{6}$/u);
  });

  it.each([
    [{ newScene: "topclass", template: "ppt" }, 10002, "param should not be empty: name"],
    [{ name: "x", template: "ppt" }, 10002, "param should not be empty: newScene"],
    [{ name: "x".repeat(101), newScene: "topclass", template: "ppt" }, 10001, "param length is incorrect: name"],
    [{ name: "x", newScene: "party", template: "ppt" }, 10001, undefined],
    [{ name: "x", newScene: "topclass", template: "ppt", channelPasswd: "123" }, 10001, "param length is incorrect: channelPasswd"],
  ])("refuses %j with %i", async (json, code, desc) => {
    const answer = errorOf(await create(json));
    expect(answer.status).toBe(400);
    expect(answer.code).toBe(code);
    if (desc) expect(answer.desc).toBe(desc);
  });
});

describe("a channel from create to delete", () => {
  it.each([
    ["numbers", (id: number) => id],
    ["digit strings", (id: number) => String(id)],
  ])("create → lottery → get → update → delete → delete channel, ids as %s", async (_label, asId) => {
    const channelId: number = (await create()).json.data.channelId;

    const lottery = await h.signed({ path: `${LOTTERY}/create`, query: { channelId: asId(channelId) }, json: SEED_003_BODY });
    expect(lottery.status).toBe(200);
    const id: number = lottery.json.data.id;
    expect((await h.signed({ path: `${LOTTERY}/get`, query: { channelId, id } })).json.data).toMatchObject({ id, activityName: "无条件抽奖" });
    expect((await h.signed({ path: `${LOTTERY}/update`, query: { channelId }, json: { ...SEED_003_BODY, id: asId(id), amount: 2 } })).json.data).toBeNull();
    expect((await h.signed({ path: `${LOTTERY}/get`, query: { channelId, id } })).json.data.amount).toBe(2);
    expect((await h.signed({ path: `${LOTTERY}/delete`, query: { channelId }, json: { id: asId(id) } })).json.data).toBeNull();

    const saved = await h.signed({ path: `${TASK_REWARD}/save`, json: { ...taskRewardBody(T0 + 60_000, T0 + 120_000), channelId: asId(channelId) } });
    expect(saved.status).toBe(200);

    const read = await get(asId(channelId));
    expect(read.json.data).toMatchObject({ channelId: String(channelId), name: "livemock 频道", watchStatus: "unStart", scene: "topclass", template: "ppt" });
    const renamed = await h.signed({ path: `${CHANNEL}/update`, query: { channelId }, json: { name: "改名了", desc: "简介" } });
    expect(renamed.json).toMatchObject({ code: 200, data: null, success: true });
    expect((await get(channelId)).json.data).toMatchObject({ name: "改名了", desc: "简介" });

    const deleted = await h.signed({ path: BATCH_DELETE, json: { channelIds: [asId(channelId)] } });
    expect(deleted.status).toBe(200);
    expect(deleted.operation).toBe("batchDeleteChannels");
    expect(deleted.json).toEqual({ code: 200, status: "success", message: "", data: true });

    expect(errorOf(await get(channelId))).toEqual({ status: 400, code: 30001, desc: "channel not found." });
    expect(errorOf(await h.signed({ path: `${LOTTERY}/list`, query: { channelId } })).code).toBe(30001);
    expect(errorOf(await h.signed({ path: `${TASK_REWARD}/page`, query: { channelId } })).code).toBe(30001);
  });
});

describe("channel get, update, list and batch delete", () => {
  it("lists the doc channels and the created ones, newest first, in Polyv's page object", async () => {
    const channelId = (await create()).json.data.channelId;
    const listed = await h.signed({ path: `${CHANNEL}/basic/list`, query: { pageSize: 2 } });
    expect(listed.operation).toBe("listChannelBasic");
    expect(listed.json.data).toMatchObject({ pageNumber: 1, pageSize: 2, totalPages: 2, totalItems: 4 });
    expect(listed.json.data.contents[0].channelId).toBe(String(channelId));
    expect((await h.signed({ path: `${CHANNEL}/basic/list`, query: { pageSize: 0 } })).status).toBe(400);
  });

  it("reads the doc channels", async () => {
    expect((await get(4854808)).json.data).toMatchObject({ channelId: "4854808", name: "livemock channel 4854808" });
  });

  it.each([
    ["get", () => get(1)],
    ["update", () => h.signed({ path: `${CHANNEL}/update`, query: { channelId: 1 }, json: { name: "x" } })],
  ])("%s answers 30001 for an unknown channel", async (_label, call) => {
    expect(errorOf(await call())).toEqual({ status: 400, code: 30001, desc: "channel not found." });
  });

  it("answers 10002 when channelId is missing", async () => {
    expect(errorOf(await h.signed({ path: `${CHANNEL}/basic/get` }))).toMatchObject({ status: 400, code: 10002, desc: "param should not be empty: channelId" });
    expect(errorOf(await h.signed({ path: `${CHANNEL}/update`, json: { name: "x" } })).code).toBe(10002);
  });

  it("deletes all or nothing, answering errors in the v2/v3 envelope", async () => {
    const channelId = (await create()).json.data.channelId;
    const refused = await h.signed({ path: BATCH_DELETE, json: { channelIds: [channelId, 1] } });
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual({ code: 400, status: "error", message: "channel not found.", data: "" });
    expect((await get(channelId)).status).toBe(200);
    const empty = await h.signed({ path: BATCH_DELETE, json: { channelIds: [] } });
    expect(empty.json).toMatchObject({ code: 400, status: "error", data: "" });
    const unsigned = await h.call({ method: "POST", path: BATCH_DELETE, query: { appId: "frlr1zazn3" }, json: { channelIds: [channelId] } });
    expect(unsigned.json).toEqual({ code: 400, status: "error", message: "param should not be empty: timestamp", data: "" });
    expect((await h.call({ method: "GET", path: BATCH_DELETE })).json).toMatchObject({ code: 405, status: "error", data: "" });
    // An unknown v3 path is answered in the v3 family's envelope too.
    expect((await h.signed({ path: "/live/v3/channel/task-reward-activity/save", json: {} })).json).toEqual({ code: 404, status: "error", message: "not found.", data: "" });
  });
});

describe("channels between two apps", () => {
  it("never lets another app read, change, list, use or delete a channel", async () => {
    const channelId = (await create()).json.data.channelId;
    expect(errorOf(await get(channelId, OTHER_APP))).toEqual({ status: 400, code: 30001, desc: "channel not found." });
    expect(errorOf(await h.signed({ app: OTHER_APP, path: `${CHANNEL}/update`, query: { channelId }, json: { name: "x" } })).code).toBe(30001);
    expect(errorOf(await h.signed({ app: OTHER_APP, path: `${LOTTERY}/create`, query: { channelId }, json: SEED_003_BODY })).code).toBe(30001);
    const theirs = (await h.signed({ app: OTHER_APP, path: `${CHANNEL}/basic/list` })).json.data.contents.map((c: { channelId: string }) => c.channelId);
    expect(theirs).not.toContain(String(channelId));
    expect((await h.signed({ app: OTHER_APP, path: BATCH_DELETE, json: { channelIds: [channelId] } })).json.message).toBe("channel not found.");
    expect((await get(channelId)).status).toBe(200);
    // Another app's created channel gets its own id from the shared sequence.
    expect((await create(undefined, OTHER_APP)).json.data.channelId).toBe(channelId + 1);
  });
});
