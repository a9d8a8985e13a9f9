import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type PolyvChannel, polyvScope } from "../../src/mock/vendors/polyv/index.ts";
import { DEMO_APP, errorOf, LOTTERY, OTHER_APP, type PolyvHarness, polyvHarness, SEED_001_BODY, SEED_003_BODY, T0, TASK_REWARD, taskRewardBody } from "./support.ts";

let h: PolyvHarness;
beforeEach(async () => {
  h = await polyvHarness({ credentials: { polyv: [OTHER_APP] } });
});
afterEach(() => h.close());

describe("two Polyv apps on one mock", () => {
  it("gives a configured app the doc channels too, so the doc examples work with its own credentials", async () => {
    const saved = await h.signed({ app: OTHER_APP, path: `${TASK_REWARD}/save`, json: SEED_001_BODY });
    expect(saved.status).toBe(200);
    const created = await h.signed({ app: OTHER_APP, path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: SEED_003_BODY });
    expect(created.status).toBe(200);
  });

  it("never shows one app's task-reward activities to another", async () => {
    const id = (await h.signed({ path: `${TASK_REWARD}/save`, json: taskRewardBody(T0 + 60_000, T0 + 120_000) })).json.data;
    const theirs = await h.signed({ app: OTHER_APP, path: `${TASK_REWARD}/page`, query: { channelId: 4854808 } });
    expect(theirs.json.data.totalItems).toBe(0);
    expect(errorOf(await h.signed({ app: OTHER_APP, path: `${TASK_REWARD}/stop`, query: { activityId: id } }))).toEqual({ status: 400, code: 30002, desc: "activity not found." });
    expect(errorOf(await h.signed({ app: OTHER_APP, path: `${TASK_REWARD}/delete`, query: { activityId: id } })).code).toBe(30002);
    expect(errorOf(await h.signed({ app: OTHER_APP, path: `${TASK_REWARD}/update`, json: { ...taskRewardBody(T0 + 60_000, T0 + 120_000), activityId: id } })).code).toBe(30002);
    // ... and the owner still has it.
    const mine = await h.signed({ path: `${TASK_REWARD}/page`, query: { channelId: 4854808 } });
    expect(mine.json.data.contents.map((c: { activityId: number }) => c.activityId)).toEqual([id]);
  });

  it("never shows one app's lottery activities to another", async () => {
    const id = (await h.signed({ path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: SEED_003_BODY })).json.data.id;
    expect(errorOf(await h.signed({ app: OTHER_APP, path: `${LOTTERY}/get`, query: { channelId: 2974342, id } }))).toEqual({ status: 400, code: 30002, desc: "activity not found." });
    expect((await h.signed({ app: OTHER_APP, path: `${LOTTERY}/list`, query: { channelId: 2974342 } })).json.data.totalItems).toBe(0);
    expect(errorOf(await h.signed({ app: OTHER_APP, path: `${LOTTERY}/delete`, query: { channelId: 2974342 }, json: { id } })).code).toBe(30002);
    expect((await h.signed({ path: `${LOTTERY}/get`, query: { channelId: 2974342, id } })).status).toBe(200);
  });

  it("answers 30001 for a channel that belongs to another app", async () => {
    await h.app.livemock.context.store.transact({ vendor: "polyv", owner: OTHER_APP.appId }, (state) =>
      state.put<PolyvChannel>(polyvScope(OTHER_APP.appId, "channel"), 3000001, { channelId: 3000001, userId: "0123456789", name: "other" }),
    );
    expect((await h.signed({ app: OTHER_APP, path: `${LOTTERY}/list`, query: { channelId: 3000001 } })).status).toBe(200);
    const result = await h.signed({ path: `${LOTTERY}/list`, query: { channelId: 3000001 } });
    expect(errorOf(result)).toEqual({ status: 400, code: 30001, desc: "channel not found." });
    expect(result.reason).toContain(DEMO_APP.appId);
  });

  it("signs each app with its own secret: another app's secret is an invalid signature", async () => {
    const result = await h.signed({ app: { appId: DEMO_APP.appId, appSecret: OTHER_APP.appSecret }, path: `${LOTTERY}/list`, query: { channelId: 2974342 } });
    expect(errorOf(result).code).toBe(20002);
  });

  it("records which app each request was authenticated as", async () => {
    await h.signed({ app: OTHER_APP, path: `${LOTTERY}/list`, query: { channelId: 2974342 } });
    expect(h.app.livemock.context.journal.entries().at(-1)).toMatchObject({ owner: OTHER_APP.appId, operation: "listLotteryActivities" });
  });
});

describe("resetting the mock", () => {
  it("restores the seeded channels and the documented first ids", async () => {
    expect((await h.signed({ path: `${TASK_REWARD}/save`, json: SEED_001_BODY })).json.data).toBe(10465);
    expect((await h.signed({ path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: SEED_003_BODY })).json.data.id).toBe(20521);
    const reset = await h.app.request("/__livemock/reset", { method: "POST" });
    expect(reset.status).toBeLessThan(300);
    expect((await h.signed({ path: `${TASK_REWARD}/page`, query: { channelId: 4854808 } })).json.data.totalItems).toBe(0);
    expect((await h.signed({ path: `${TASK_REWARD}/save`, json: SEED_001_BODY })).json.data).toBe(10465);
    expect((await h.signed({ path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: SEED_003_BODY })).json.data.id).toBe(20521);
  });

  it("gives the same request ids for the same seed", async () => {
    const first = (await h.signed({ path: `${LOTTERY}/list`, query: { channelId: 2974342 } })).json.requestId;
    h.app.livemock.reset();
    const again = (await h.signed({ path: `${LOTTERY}/list`, query: { channelId: 2974342 } })).json.requestId;
    expect(again).toBe(first);
  });
});
