/**
 * Polyv scenarios: the task-reward and lottery lifecycles on a channel, a channel's own lifecycle
 * (created, used by a lottery, deleted), lottery results and viewers' rewards (read-only), and the
 * documented auth errors that are safe to provoke (read-only calls with a wrong secret, a stale timestamp, a channel
 * that is not the app's).
 */
import type { PolyvClient } from "../../client/index.ts";
import { expectVendorError, polyvFields } from "../expect-error.ts";
import type { Scenario } from "../types.ts";
import { expectThat, expectValue } from "../violations.ts";
import { findInPages } from "./paging.ts";

/** The docs' channels: seed 001 (task reward) and seed 003 (lottery). */
export const POLYV_TASK_REWARD_CHANNEL = 4854808;
export const POLYV_LOTTERY_CHANNEL = 2974342;
/** A channel id no app owns (livemock: 30001 channel not found). */
export const POLYV_UNKNOWN_CHANNEL = 1;

const DAY = 86_400_000;

const pageOf = <T>(page: { contents: readonly T[]; pageNumber: number; pageSize: number; totalPages?: number | undefined; totalItems: number }) => ({
  items: page.contents,
  more: page.pageNumber < (page.totalPages ?? Math.ceil(page.totalItems / page.pageSize)),
});

async function findTaskReward(polyv: PolyvClient, channelId: number, activityId: number) {
  return findInPages(
    (pageNumber) => polyv.pageTaskRewardActivities({ channelId, pageNumber, pageSize: 100 }).then(pageOf),
    (a) => a.activityId === activityId,
  );
}

async function findLottery(polyv: PolyvClient, channelId: number, id: number) {
  return findInPages(
    (pageNumber) => polyv.listLotteryActivities({ channelId, pageNumber, pageSize: 100 }).then(pageOf),
    (a) => a.id === id,
  );
}

const taskRewardLifecycle: Scenario = {
  vendor: "polyv",
  id: "polyv/task-reward",
  title: "task-reward activity: save, page, update, delete",
  creates: '1 task-reward activity ("livemock contract …", starting tomorrow) on the channel; deleted by the scenario, or in its cleanup if a step fails',
  async run(t) {
    const polyv = t.clients.polyv();
    const channelId = t.params.polyvChannelId ?? POLYV_TASK_REWARD_CHANNEL;
    const name = `livemock contract ${t.now()}`.slice(0, 64);
    const body = (activityName: string, startTime: number, endTime: number) => ({
      channelId,
      activityName,
      taskRule: 2 as const,
      startTime,
      endTime,
      tasks: [{ sort: 1, reachCondition: { type: "online" as const, amount: 30 }, rewardSetting: { type: "custom" as const, amount: 1, customReward: "livemock contract" } }],
    });
    const start = t.now() + DAY;
    const activityId = await t.step(`save a task-reward activity on channel ${channelId}`, () => polyv.saveTaskRewardActivity(body(name, start, start + DAY)));
    const undo = t.cleanup(`delete task-reward activity ${activityId}`, () => polyv.deleteTaskRewardActivity({ activityId }));

    await t.step("read it back from the page", async () => {
      const found = await findTaskReward(polyv, channelId, activityId);
      expectThat("polyv", "pageTaskRewardActivities", "$.data.contents", found !== undefined, `an activity with activityId ${activityId}`, "none in any page");
      expectValue("polyv", "pageTaskRewardActivities", `$.data.contents[activityId=${activityId}].activityName`, name, found?.activityName);
    });
    const renamed = `${name} (updated)`.slice(0, 64);
    await t.step("update its name and end time", async () => {
      const data = await polyv.updateTaskRewardActivity({ ...body(renamed, start, start + 2 * DAY), activityId });
      expectValue("polyv", "updateTaskRewardActivity", "$.data", null, data);
    });
    await t.step("read the update back", async () => {
      const found = await findTaskReward(polyv, channelId, activityId);
      expectValue("polyv", "pageTaskRewardActivities", `$.data.contents[activityId=${activityId}].activityName`, renamed, found?.activityName);
      expectValue("polyv", "pageTaskRewardActivities", `$.data.contents[activityId=${activityId}].endTime`, start + 2 * DAY, found?.endTime);
    });
    await t.step("delete it", async () => {
      expectValue("polyv", "deleteTaskRewardActivity", "$.data", null, await polyv.deleteTaskRewardActivity({ activityId }));
    });
    undo.cancel();
    await t.step("it is gone from the page", async () => {
      const found = await findTaskReward(polyv, channelId, activityId);
      expectThat("polyv", "pageTaskRewardActivities", "$.data.contents", found === undefined, `no activity with activityId ${activityId}`, "still listed");
    });
  },
};

const lotteryLifecycle: Scenario = {
  vendor: "polyv",
  id: "polyv/lottery",
  title: "lottery activity: create, get, list, update, delete",
  creates: "1 lottery activity (condition none, 1 prize) on the channel; deleted by the scenario, or in its cleanup if a step fails",
  async run(t) {
    const polyv = t.clients.polyv();
    const channelId = t.params.polyvChannelId ?? POLYV_LOTTERY_CHANNEL;
    const created = await t.step(`create a lottery activity on channel ${channelId}`, async () => {
      const data = await polyv.createLotteryActivity({ channelId, activityName: "livemock contract", lotteryCondition: "none", amount: 1, prizeName: "livemock 奖品" });
      expectValue("polyv", "createLotteryActivity", "$.data.prizeName", "livemock 奖品", data.prizeName);
      return data;
    });
    const id = created.id;
    const undo = t.cleanup(`delete lottery activity ${id}`, () => polyv.deleteLotteryActivity({ channelId, id }));

    await t.step("get it back", async () => {
      const got = await polyv.getLotteryActivity({ channelId, id });
      expectValue("polyv", "getLotteryActivity", "$.data.id", id, got.id);
      expectValue("polyv", "getLotteryActivity", "$.data.lotteryCondition", "none", got.lotteryCondition);
    });
    await t.step("find it in the list", async () => {
      const found = await findLottery(polyv, channelId, id);
      expectThat("polyv", "listLotteryActivities", "$.data.contents", found !== undefined, `an activity with id ${id}`, "none in any page");
    });
    await t.step("update amount and prize", async () => {
      const data = await polyv.updateLotteryActivity({ channelId, id, activityName: "livemock contract", lotteryCondition: "none", amount: 2, prizeName: "livemock 二等奖" });
      expectValue("polyv", "updateLotteryActivity", "$.data", null, data);
    });
    await t.step("get the update back", async () => {
      const got = await polyv.getLotteryActivity({ channelId, id });
      expectValue("polyv", "getLotteryActivity", "$.data.amount", 2, got.amount);
      expectValue("polyv", "getLotteryActivity", "$.data.prizeName", "livemock 二等奖", got.prizeName);
    });
    await t.step("delete it", async () => {
      expectValue("polyv", "deleteLotteryActivity", "$.data", null, await polyv.deleteLotteryActivity({ channelId, id }));
    });
    undo.cancel();
    await t.step("it is gone from the list", async () => {
      const found = await findLottery(polyv, channelId, id);
      expectThat("polyv", "listLotteryActivities", "$.data.contents", found === undefined, `no activity with id ${id}`, "still listed");
    });
  },
};

const channelLifecycle: Scenario = {
  vendor: "polyv",
  id: "polyv/channel",
  title: "channel: create, get, update, list, a lottery on it, batch delete; another deleted on the v2 path",
  creates: '2 channels ("livemock contract …"), one with 1 lottery activity; deleted by the scenario (v3 batch delete, v2 single delete), or in its cleanup if a step fails',
  async run(t) {
    const polyv = t.clients.polyv();
    const name = `livemock contract ${t.now()}`;
    const created = await t.step("create a channel", async () => {
      const data = await polyv.createChannel({ name, newScene: "topclass", template: "ppt" });
      expectThat("polyv", "createChannel", "$.data.channelId", Number.isInteger(data.channelId) && data.channelId > 0, "a positive integer", String(data.channelId));
      return data;
    });
    const channelId = created.channelId;
    const undo = t.cleanup(`delete channel ${channelId}`, () => polyv.batchDeleteChannels({ channelIds: [channelId] }));

    await t.step("get it back", async () => {
      const got = await polyv.getChannelBasic({ channelId });
      expectValue("polyv", "getChannelBasic", "$.data.channelId", String(channelId), got.channelId);
      expectValue("polyv", "getChannelBasic", "$.data.name", name, got.name);
    });
    await t.step("rename it and read the name back", async () => {
      expectValue("polyv", "updateChannel", "$.data", null, await polyv.updateChannel({ channelId, name: `${name} (updated)` }));
      expectValue("polyv", "getChannelBasic", "$.data.name", `${name} (updated)`, (await polyv.getChannelBasic({ channelId })).name);
    });
    await t.step("find it in the channel list", async () => {
      const found = await findInPages(
        (pageNumber) => polyv.listChannelBasic({ pageNumber, pageSize: 100 }).then(pageOf),
        (c) => c.channelId === String(channelId),
      );
      expectThat("polyv", "listChannelBasic", "$.data.contents", found !== undefined, `a channel with channelId ${channelId}`, "none in any page");
    });
    await t.step("create and delete a lottery activity on it", async () => {
      const lottery = await polyv.createLotteryActivity({ channelId, activityName: "livemock contract", lotteryCondition: "none", amount: 1, prizeName: "livemock 奖品" });
      expectValue("polyv", "deleteLotteryActivity", "$.data", null, await polyv.deleteLotteryActivity({ channelId, id: lottery.id }));
    });
    await t.step("delete it", async () => {
      expectValue("polyv", "batchDeleteChannels", "$.data", true, await polyv.batchDeleteChannels({ channelIds: [channelId] }));
    });
    undo.cancel();
    await t.probe("the deleted channel is unknown: 30001 channel not found", () => expectVendorError("polyv", "getChannelBasic", polyv.getChannelBasic({ channelId }), polyvFields(30001, 400)));

    const single = await t.step("create a second channel and read it through the v3 basic/get", async () => {
      const data = await polyv.createChannel({ name: `${name} (v2 delete)`, newScene: "topclass", template: "ppt" });
      expectValue("polyv", "getChannelBasicV3", "$.data.channelId", data.channelId, (await polyv.getChannelBasicV3({ channelId: data.channelId })).channelId);
      return data;
    });
    const undoSingle = t.cleanup(`delete channel ${single.channelId}`, () => polyv.batchDeleteChannels({ channelIds: [single.channelId] }));
    await t.step("delete it on the v2 path /live/v2/channels/{channelId}/delete", async () => {
      expectValue("polyv", "deleteChannel", "$.data", true, await polyv.deleteChannel({ channelId: single.channelId, userId: single.userId }));
    });
    undoSingle.cancel();
    await t.probe("the channel deleted on the v2 path is unknown: 30001 channel not found", () =>
      expectVendorError("polyv", "getChannelBasicV3", polyv.getChannelBasicV3({ channelId: single.channelId }), polyvFields(30001, 400)),
    );
  },
};

const results: Scenario = {
  vendor: "polyv",
  id: "polyv/results",
  title: "lottery results and viewers' task rewards: winners, draws, delivery details, reward forms",
  creates: "",
  async run(t) {
    const polyv = t.clients.polyv();
    const channelId = t.params.polyvChannelId ?? POLYV_LOTTERY_CHANNEL;
    const isPage = (operation: string, page: { contents: unknown }) => expectThat("polyv", operation, "$.data.contents", Array.isArray(page.contents), "an array", typeof page.contents);
    await t.step(`list the draws of channel ${channelId}`, async () => isPage("listChannelLotteryRecords", await polyv.listChannelLotteryRecords({ channelId })));
    await t.step("list the lottery activity records", async () => isPage("listLotteryActivityRecords", await polyv.listLotteryActivityRecords({ channelId })));
    await t.step("list the winners of a draw", async () => isPage("queryLotteryWinners", await polyv.queryLotteryWinners({ channelId, lotteryId: "livemock-contract" })));
    await t.step("list a viewer's task rewards", async () => isPage("pageViewerTaskRewards", await polyv.pageViewerTaskRewards({ viewerId: "livemock-contract" })));
    await t.probe("delivery details for a winner that does not exist are refused: 30004 record not found", () =>
      expectVendorError(
        "polyv",
        "addLotteryReceiveInfo",
        polyv.addLotteryReceiveInfo({ channelId, lotteryId: "livemock-contract", winnerCode: "livemock-contract", viewerId: "livemock-contract" }),
        polyvFields(30004, 400),
      ),
    );
  },
};

const authErrors: Scenario = {
  vendor: "polyv",
  id: "polyv/errors",
  title: "documented errors: bad sign, expired timestamp, unknown channel",
  creates: "",
  async run(t) {
    const channelId = t.params.polyvChannelId ?? POLYV_LOTTERY_CHANNEL;
    await t.probe("a wrong app secret is refused: 20002 invalid signature", () =>
      expectVendorError("polyv", "listLotteryActivities", t.clients.polyv({ appSecret: "livemock-contract-wrong-secret" }).listLotteryActivities({ channelId }), polyvFields(20002, 400)),
    );
    await t.probe("a timestamp 10 minutes old is refused: 20003 expired", () =>
      expectVendorError("polyv", "listLotteryActivities", t.clients.polyv({ clock: () => t.now() - 10 * 60_000 }).listLotteryActivities({ channelId }), polyvFields(20003, 400)),
    );
    await t.probe(`a channel the app does not own (${POLYV_UNKNOWN_CHANNEL}) is refused: 30001 channel not found`, () =>
      expectVendorError("polyv", "listLotteryActivities", t.clients.polyv().listLotteryActivities({ channelId: POLYV_UNKNOWN_CHANNEL }), polyvFields(30001, 400)),
    );
  },
};

/** Every Polyv scenario, in run order. */
export const polyvScenarios: readonly Scenario[] = [taskRewardLifecycle, lotteryLifecycle, channelLifecycle, results, authErrors];
