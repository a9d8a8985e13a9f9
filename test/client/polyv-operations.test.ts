/**
 * A user drives every Polyv operation through the typed client against the mock, over real HTTP and
 * in-process, and gets the unwrapped `data`: the channel's own life too (created, used by a lottery,
 * deleted through the v3 batch delete, as Polyv's own CLI integration tests do).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type PolyvClient, PolyvError } from "../../src/client/index.ts";
import { type MockTarget, mockTarget, polyvClient, T0, TRANSPORTS } from "./support.ts";

const CHANNEL = 4854808;
const HOUR = 3_600_000;

const taskReward = (start: number, end: number) => ({
  channelId: CHANNEL,
  activityName: "签到有礼",
  taskRule: 2 as const,
  startTime: start,
  endTime: end,
  tasks: [{ sort: 1, reachCondition: { type: "online" as const, amount: 30 }, rewardSetting: { type: "custom" as const, amount: 1, customReward: "优惠券" } }],
});

describe.each(TRANSPORTS)("Polyv client against the mock (%s)", (transport) => {
  let target: MockTarget;
  let polyv: PolyvClient;
  beforeEach(async () => {
    target = await mockTarget(transport);
    polyv = polyvClient(target);
  });
  afterEach(() => target.close());

  it("saves, pages, updates, starts, stops and deletes a task-reward activity", async () => {
    const id = await polyv.saveTaskRewardActivity(taskReward(T0 + HOUR, T0 + 2 * HOUR));
    expect(typeof id).toBe("number");

    const page = await polyv.pageTaskRewardActivities({ channelId: CHANNEL, pageNumber: 1, pageSize: 10 });
    const saved = page.contents.find((a) => a.activityId === id);
    expect(saved).toMatchObject({ activityName: "签到有礼", status: 0, taskRule: 2 });

    expect(await polyv.updateTaskRewardActivity({ ...taskReward(T0 + HOUR, T0 + 3 * HOUR), activityId: id, activityName: "改名了" })).toBeNull();
    const updated = await polyv.pageTaskRewardActivities({ channelId: CHANNEL });
    expect(updated.contents.find((a) => a.activityId === id)).toMatchObject({ activityName: "改名了", endTime: T0 + 3 * HOUR });

    target.clock.advance(HOUR + 1);
    expect(await polyv.stopTaskRewardActivity({ activityId: id })).toBeNull();
    const stopped = await polyv.pageTaskRewardActivities({ channelId: CHANNEL });
    expect(stopped.contents.find((a) => a.activityId === id)?.status).toBe(2);

    const stats = await polyv.pageTaskRewardActivityStats({ channelId: CHANNEL });
    expect(stats).toMatchObject({ pageNumber: 1 });
    expect(Array.isArray(stats.contents)).toBe(true);
    const viewers = await polyv.pageTaskRewardViewerDetails({ channelId: CHANNEL, activityId: id });
    expect(Array.isArray(viewers.contents)).toBe(true);

    expect(await polyv.deleteTaskRewardActivity({ activityId: id })).toBeNull();
    const after = await polyv.pageTaskRewardActivities({ channelId: CHANNEL });
    expect(after.contents.some((a) => a.activityId === id)).toBe(false);
  });

  it("creates, gets, lists, updates and deletes a lottery activity (channelId in the signed query)", async () => {
    const created = await polyv.createLotteryActivity({
      channelId: CHANNEL,
      activityName: "无条件抽奖",
      lotteryCondition: "none",
      amount: 1,
      receiveEnabled: "Y",
      prizeName: "键盘",
      receiveInfo: [{ field: "姓名", tips: "请输入您的名称", type: "userName", required: true }],
      lotteryRange: "all",
    });
    expect(created).toMatchObject({ activityName: "无条件抽奖", prizeName: "键盘", lotteryCondition: "none" });

    const got = await polyv.getLotteryActivity({ channelId: CHANNEL, id: created.id });
    expect(got.id).toBe(created.id);

    const list = await polyv.listLotteryActivities({ channelId: CHANNEL, pageNumber: 1, pageSize: 100 });
    expect(list.contents.some((a) => a.id === created.id)).toBe(true);

    expect(await polyv.updateLotteryActivity({ channelId: CHANNEL, id: created.id, activityName: "无条件抽奖", lotteryCondition: "none", amount: 2, prizeName: "鼠标" })).toBeNull();
    expect(await polyv.getLotteryActivity({ channelId: CHANNEL, id: created.id })).toMatchObject({ amount: 2, prizeName: "鼠标" });

    expect(await polyv.deleteLotteryActivity({ channelId: CHANNEL, id: created.id })).toBeNull();
    const afterDelete = await polyv.listLotteryActivities({ channelId: CHANNEL, pageSize: 100 });
    expect(afterDelete.contents.some((a) => a.id === created.id)).toBe(false);
  });

  it("returns the envelope and request id through request()", async () => {
    const result = await polyv.request("listLotteryActivities", { channelId: CHANNEL });
    expect(result.status).toBe(200);
    expect(result.envelope).toMatchObject({ code: 200, status: "success", success: true });
    expect(result.requestId).toBe(result.envelope.requestId);
    expect(result.requestId).not.toBe("");
  });

  it("signs with SHA-256 when asked", async () => {
    const sha = polyvClient(target, { signatureMethod: "SHA256" });
    const seen: string[] = [];
    const observed = polyvClient(target, { signatureMethod: "SHA256", onExchange: (x) => seen.push(x.request.url) });
    await expect(sha.listLotteryActivities({ channelId: CHANNEL })).resolves.toMatchObject({ pageNumber: 1 });
    await observed.listLotteryActivities({ channelId: CHANNEL });
    const query = new URL(seen[0] ?? "", "http://x").searchParams;
    expect(query.get("signatureMethod")).toBe("SHA256");
    expect(query.get("sign")).toMatch(/^[0-9A-F]{64}$/);
  });

  it("creates, reads, renames, lists, uses and deletes a channel", async () => {
    const created = await polyv.createChannel({ name: "客户端频道", newScene: "topclass", template: "ppt" });
    expect(created.channelId).toBeGreaterThanOrEqual(1_000_000);
    expect(created.channelId).toBeLessThan(10_000_000);
    const { channelId } = created;

    expect(await polyv.getChannelBasic({ channelId })).toMatchObject({ channelId: String(channelId), name: "客户端频道" });
    expect(await polyv.updateChannel({ channelId, name: "改名" })).toBeNull();
    const page = await polyv.listChannelBasic({ pageSize: 100 });
    expect(page.contents.find((c) => c.channelId === String(channelId))?.name).toBe("改名");

    const lottery = await polyv.createLotteryActivity({ channelId, activityName: "抽奖", lotteryCondition: "none", amount: 1, prizeName: "键盘" });
    expect((await polyv.getLotteryActivity({ channelId, id: lottery.id })).prizeName).toBe("键盘");
    expect(await polyv.deleteLotteryActivity({ channelId, id: lottery.id })).toBeNull();

    expect(await polyv.batchDeleteChannels({ channelIds: [channelId] })).toBe(true);
    const gone = await polyv.getChannelBasic({ channelId }).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(PolyvError);
    expect(gone).toMatchObject({ errorCode: 30001, desc: "channel not found.", httpStatus: 400 });
  });

  it("deletes a channel through the v2 path (the id in the path), and reads one through the v3 basic/get", async () => {
    const { channelId, userId } = await polyv.createChannel({ name: "单删频道", newScene: "topclass", template: "ppt" });
    expect(await polyv.getChannelBasicV3({ channelId })).toMatchObject({ channelId, name: "单删频道", authSettings: [] });
    const lottery = await polyv.createLotteryActivity({ channelId, activityName: "抽奖", lotteryCondition: "none", amount: 1, prizeName: "键盘" });
    expect(await polyv.deleteLotteryActivity({ channelId, id: lottery.id })).toBeNull();

    const foreign = await polyv.deleteChannel({ channelId, userId: "0000000000" }).catch((e: unknown) => e);
    expect(foreign).toMatchObject({ errorCode: 30001, desc: "channel not found.", httpStatus: 400 });
    expect(await polyv.deleteChannel({ channelId, userId })).toBe(true);
    const gone = await polyv.createLotteryActivity({ channelId, activityName: "抽奖", lotteryCondition: "none", amount: 1, prizeName: "键盘" }).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(PolyvError);
    expect(gone).toMatchObject({ errorCode: 30001, desc: "channel not found.", httpStatus: 400 });
    const v3 = await polyv.getChannelBasicV3({ channelId }).catch((e: unknown) => e);
    expect(v3).toMatchObject({ errorCode: 30001, code: 400, desc: "channel not found." });
  });

  it("throws PolyvError for a v3 error envelope, with the catalogue code of its message", async () => {
    const error = await polyv.batchDeleteChannels({ channelIds: [1] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolyvError);
    expect(error).toMatchObject({ errorCode: 30001, code: 400, desc: "channel not found.", httpStatus: 400 });
  });

  it("reads lottery results and viewers' task rewards (empty until a live room fills them) and gets their errors typed", async () => {
    const empty = { pageNumber: 1, pageSize: 10, totalPages: 0, totalItems: 0, contents: [] };
    expect(await polyv.queryLotteryWinners({ channelId: 2974342, lotteryId: "lt1" })).toEqual(empty);
    expect(await polyv.listChannelLotteryRecords({ channelId: 2974342, sessionId: "s1" })).toEqual(empty);
    expect(await polyv.listLotteryActivityRecords({ channelId: 2974342 })).toEqual(empty);
    expect(await polyv.pageViewerTaskRewards({ viewerId: "v1" })).toEqual(empty);
    const noWinner = await polyv.addLotteryReceiveInfo({ channelId: 2974342, lotteryId: "lt1", winnerCode: "W1", viewerId: "v1" }).catch((e: unknown) => e);
    expect(noWinner).toMatchObject({ errorCode: 30004, desc: "record not found." });
    const noReward = await polyv.submitViewerTaskRewardAcceptInfo({ id: 1, viewerId: "v1", formInfo: [{ field: "手机号", value: "1" }] }).catch((e: unknown) => e);
    expect(noReward).toBeInstanceOf(PolyvError);
  });
});
