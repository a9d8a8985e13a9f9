/**
 * Lottery results and viewers' task rewards: the endpoints list what the store holds (a live room
 * fills it; nothing is seeded), so the pages are empty until records exist, and then they read them.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { polyvResultScope, type StoredLotteryRecord, type StoredLotteryWinner, type StoredViewerTaskReward } from "../../src/mock/vendors/polyv/index.ts";
import { DEMO_APP, errorOf, OTHER_APP, type PolyvHarness, polyvHarness, T0, TASK_REWARD, taskRewardBody } from "./support.ts";

let h: PolyvHarness;
beforeEach(async () => {
  h = await polyvHarness();
});
afterEach(() => h.close());

const CHANNEL = 2974342;
const LOTTERY = "/live/v4/channel/lottery";
const VIEWER = "/live/v4/user/viewer-task-reward";

const record: StoredLotteryRecord = {
  lotteryId: "lt1",
  channelId: CHANNEL,
  userId: "cc167950af",
  sessionId: "s1",
  activityId: 20521,
  activityName: "无条件抽奖",
  lotteryRange: "all",
  actor: "主持人",
  prize: "键盘",
  amount: 1,
  winnerCount: 1,
  totalUsers: 30,
  createdTime: T0 - 60_000,
};
const winner: StoredLotteryWinner = { winnerCode: "W1", lotteryId: "lt1", channelId: CHANNEL, viewerId: "v1", viewerName: "观众一", prize: "键盘", winTime: T0 - 60_000, receiveInfo: null };
const reward = (id: number, activityId: number, viewerId: string, taskId: number, reached: boolean, received: boolean): StoredViewerTaskReward => ({
  id,
  activityId,
  channelId: 4854808,
  viewerId,
  taskId,
  sort: 1,
  taskReach: { type: "online", amount: 30 },
  taskReward: { type: "cash", amount: "300", limit: null, customReward: null },
  reached,
  received,
  formInfo: null,
});

/** What a live room would do: put results into the app's store. */
const fill = (put: (state: { put<T>(scope: ReturnType<typeof polyvResultScope>, id: string | number, value: T): void }) => void, appId: string = DEMO_APP.appId) =>
  h.app.livemock.context.store.transact({ vendor: "polyv", owner: appId }, (state) => put(state));

describe("lottery results", () => {
  it("are empty pages until a live room draws", async () => {
    const empty = { pageNumber: 1, pageSize: 10, totalPages: 0, totalItems: 0, contents: [] };
    const winners = await h.signed({ path: `${LOTTERY}/query-winner-viewer`, query: { channelId: CHANNEL, lotteryId: "lt1" } });
    expect(winners.operation).toBe("queryLotteryWinners");
    expect(winners.json).toEqual({ code: 200, status: "success", requestId: expect.any(String), data: empty, success: true });
    expect((await h.signed({ path: `${LOTTERY}/list`, query: { channelId: CHANNEL } })).json.data).toEqual(empty);
    expect((await h.signed({ path: `${LOTTERY}/activity-record/list`, query: { channelId: String(CHANNEL) } })).json.data).toEqual(empty);
  });

  it("list the draws and winners the store holds, filtered by channel, lottery, session and time", async () => {
    await fill((state) => {
      state.put(polyvResultScope(DEMO_APP.appId, "lottery-record"), record.lotteryId, record);
      state.put(polyvResultScope(DEMO_APP.appId, "lottery-record"), "lt2", { ...record, lotteryId: "lt2", sessionId: "s2", createdTime: T0 });
      state.put(polyvResultScope(DEMO_APP.appId, "lottery-winner"), winner.winnerCode, winner);
    });
    const winners = (await h.signed({ path: `${LOTTERY}/query-winner-viewer`, query: { channelId: CHANNEL, lotteryId: "lt1" } })).json.data;
    expect(winners.contents).toEqual([{ viewerId: "v1", viewerName: "观众一", prize: "键盘", winTime: T0 - 60_000, winnerCode: "W1", receiveInfo: null }]);
    expect((await h.signed({ path: `${LOTTERY}/query-winner-viewer`, query: { channelId: CHANNEL, lotteryId: "lt2" } })).json.data.totalItems).toBe(0);

    const all = (await h.signed({ path: `${LOTTERY}/list`, query: { channelId: CHANNEL } })).json.data;
    expect(all.contents.map((r: { lotteryId: string }) => r.lotteryId)).toEqual(["lt2", "lt1"]);
    // A draw as the SDK's ChannelLotteryRecord: the stored record without the activity it came from.
    const { activityId: _activityId, activityName: _activityName, ...listed } = record;
    expect(all.contents[1]).toEqual(listed);
    expect((await h.signed({ path: `${LOTTERY}/list`, query: { channelId: CHANNEL, sessionId: "s1" } })).json.data.totalItems).toBe(1);
    expect((await h.signed({ path: `${LOTTERY}/list`, query: { channelId: CHANNEL, startTime: T0 } })).json.data.contents[0].lotteryId).toBe("lt2");

    const stats = (await h.signed({ path: `${LOTTERY}/activity-record/list`, query: { channelId: CHANNEL, startTimeEnd: T0 - 1 } })).json.data;
    expect(stats.contents).toEqual([{ id: 20521, channelId: CHANNEL, lotteryId: "lt1", sessionId: "s1", activityName: "无条件抽奖", startTime: T0 - 60_000, winnerCount: 1, totalUsers: 30 }]);
  });

  it("stores a winner's delivery details (ids as strings, as the SDK sends them)", async () => {
    await fill((state) => state.put(polyvResultScope(DEMO_APP.appId, "lottery-winner"), winner.winnerCode, winner));
    const info = JSON.stringify([{ field: "姓名", value: "张三" }]);
    const sent = await h.signed({
      path: `${LOTTERY}/add-receive-info`,
      query: { channelId: CHANNEL },
      json: { channelId: String(CHANNEL), lotteryId: "lt1", winnerCode: "W1", viewerId: "v1", receiveInfo: info },
    });
    expect(sent.json).toMatchObject({ code: 200, data: null, success: true });
    expect(sent.operation).toBe("addLotteryReceiveInfo");
    const winners = (await h.signed({ path: `${LOTTERY}/query-winner-viewer`, query: { channelId: CHANNEL, lotteryId: "lt1" } })).json.data;
    expect(winners.contents[0].receiveInfo).toBe(info);
  });

  it("refuses an unknown winner, a missing field, an unknown channel and another app's winner", async () => {
    await fill((state) => state.put(polyvResultScope(DEMO_APP.appId, "lottery-winner"), winner.winnerCode, winner));
    const body = { lotteryId: "lt1", winnerCode: "W1", viewerId: "v1" };
    expect(errorOf(await h.signed({ path: `${LOTTERY}/add-receive-info`, query: { channelId: CHANNEL }, json: { ...body, viewerId: "v2" } }))).toEqual({
      status: 400,
      code: 30004,
      desc: "record not found.",
    });
    expect(errorOf(await h.signed({ path: `${LOTTERY}/add-receive-info`, query: { channelId: CHANNEL }, json: { lotteryId: "lt1", viewerId: "v1" } }))).toEqual({
      status: 400,
      code: 10002,
      desc: "param should not be empty: winnerCode",
    });
    expect(errorOf(await h.signed({ path: `${LOTTERY}/add-receive-info`, query: { channelId: 1 }, json: body })).code).toBe(30001);
    expect(errorOf(await h.signed({ path: `${LOTTERY}/query-winner-viewer`, query: { channelId: CHANNEL } }))).toMatchObject({ code: 10002, desc: "param should not be empty: lotteryId" });
    expect(errorOf(await h.signed({ path: `${LOTTERY}/list`, query: { channelId: 1 } })).code).toBe(30001);
    expect(errorOf(await h.signed({ path: `${LOTTERY}/activity-record/list`, query: { channelId: "x" } })).code).toBe(10001);
    // The other app has the doc channel too, but not this app's winner.
    expect(errorOf(await h.signed({ app: OTHER_APP, path: `${LOTTERY}/add-receive-info`, query: { channelId: CHANNEL }, json: body })).code).toBe(30004);
    expect((await h.signed({ app: OTHER_APP, path: `${LOTTERY}/query-winner-viewer`, query: { channelId: CHANNEL, lotteryId: "lt1" } })).json.data.totalItems).toBe(0);
  });
});

describe("viewers' task rewards", () => {
  it("are an empty page for a viewer who earned nothing", async () => {
    const page = await h.signed({ path: `${VIEWER}/page`, query: { viewerId: "v1" } });
    expect(page.operation).toBe("pageViewerTaskRewards");
    expect(page.json.data).toEqual({ pageNumber: 1, pageSize: 10, totalPages: 0, totalItems: 0, contents: [] });
    expect(errorOf(await h.signed({ path: `${VIEWER}/page` }))).toMatchObject({ code: 10002, desc: "param should not be empty: viewerId" });
  });

  it("feed viewer-task-reward/page, stats and viewer-detail from the store, and take the accept form", async () => {
    const activityId: number = (await h.signed({ path: `${TASK_REWARD}/save`, json: taskRewardBody(T0 + 60_000, T0 + 120_000) })).json.data;
    await fill((state) => {
      const scope = polyvResultScope(DEMO_APP.appId, "task-reward-viewer");
      state.put(scope, 1, reward(1, activityId, "1001", 1, true, true));
      state.put(scope, 2, reward(2, activityId, "1002", 1, true, false));
    });
    const page = (await h.signed({ path: `${VIEWER}/page`, query: { viewerId: "1001" } })).json.data;
    expect(page.contents).toEqual([
      {
        id: 1,
        activityId,
        channelId: 4854808,
        viewerId: "1001",
        taskId: 1,
        sort: 1,
        taskReach: { type: "online", amount: 30 },
        taskReward: { type: "cash", amount: "300", limit: null, customReward: null },
        formInfo: null,
      },
    ]);

    const stats = (await h.signed({ path: `${TASK_REWARD}/stats`, query: { channelId: 4854808 } })).json.data.contents;
    expect(stats.find((s: { activityId: number }) => s.activityId === activityId)).toMatchObject({ participantTask: 2, reachAllTask: 2, reachAllReward: 1 });
    const detail = (await h.signed({ path: `${TASK_REWARD}/viewer-detail`, query: { channelId: 4854808, activityId, viewerId: "1002" } })).json.data;
    expect(detail.contents).toEqual([{ viewerId: 1002, taskId: 1, sort: 1, taskReach: { type: "online", amount: 30 }, taskReward: { type: "cash", amount: "300", limit: null, customReward: null } }]);

    const form = [{ field: "手机号", value: "13800000000" }];
    const sent = await h.signed({ path: `${VIEWER}/submit-accept-info`, json: { id: "2", viewerId: "1002", formInfo: form } });
    expect(sent.json).toMatchObject({ code: 200, data: null, success: true });
    expect((await h.signed({ path: `${VIEWER}/page`, query: { viewerId: "1002" } })).json.data.contents[0].formInfo).toEqual(form);
  });

  it("refuses an unknown reward, another viewer's, another app's and an empty form", async () => {
    await fill((state) => state.put(polyvResultScope(DEMO_APP.appId, "task-reward-viewer"), 1, reward(1, 10465, "1001", 1, true, false)));
    const form = [{ field: "手机号", value: "1" }];
    expect(errorOf(await h.signed({ path: `${VIEWER}/submit-accept-info`, json: { id: 9, viewerId: "1001", formInfo: form } }))).toEqual({ status: 400, code: 30004, desc: "record not found." });
    expect(errorOf(await h.signed({ path: `${VIEWER}/submit-accept-info`, json: { id: 1, viewerId: "1002", formInfo: form } })).code).toBe(30004);
    expect(errorOf(await h.signed({ app: OTHER_APP, path: `${VIEWER}/submit-accept-info`, json: { id: 1, viewerId: "1001", formInfo: form } })).code).toBe(30004);
    expect((await h.signed({ app: OTHER_APP, path: `${VIEWER}/page`, query: { viewerId: "1001" } })).json.data.totalItems).toBe(0);
    expect(errorOf(await h.signed({ path: `${VIEWER}/submit-accept-info`, json: { id: 1, viewerId: "1001", formInfo: [] } }))).toMatchObject({
      code: 10002,
      desc: "param should not be empty: formInfo",
    });
    expect(errorOf(await h.signed({ path: `${VIEWER}/submit-accept-info`, json: { id: 1, viewerId: "1001" } }))).toMatchObject({ code: 10002, desc: "param should not be empty: formInfo" });
  });
});
