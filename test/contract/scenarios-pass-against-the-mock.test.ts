/**
 * The contract scenarios themselves are tested: run through the clients against the mock in-process,
 * every scenario of every vendor passes, each lifecycle calls the operations it claims to, and
 * nothing it created is left behind.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createPolyvClient, createVolcengineClient } from "../../src/client/index.ts";
import type { MockApp } from "../../src/mock/app.ts";
import { type ContractEvent, runContract } from "../../src/runner/run.ts";
import type { ContractReport } from "../../src/runner/types.ts";
import { inProcessTarget } from "./support.ts";

let app: MockApp;
let report: ContractReport;
const events: ContractEvent["kind"][] = [];

beforeAll(async () => {
  const setup = inProcessTarget();
  app = setup.app;
  report = await runContract({ target: setup.target, fetch: setup.fetch, onEvent: (e) => events.push(e.kind) });
});

const calls = (id: string) => report.scenarios.find((s) => s.id === id)?.steps.flatMap((s) => s.calls) ?? [];

describe("contract scenarios against the mock", () => {
  it("pass, every step of every scenario of the three vendors", () => {
    const failures = report.scenarios.flatMap((s) => s.steps.filter((step) => !step.passed).map((step) => `${s.id} › ${step.title}: ${JSON.stringify(step.violations)}`));
    expect(failures).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.scenarios.map((s) => s.id)).toEqual([
      "polyv/task-reward",
      "polyv/lottery",
      "polyv/channel",
      "polyv/results",
      "polyv/errors",
      "xiaoe/live-task",
      "xiaoe/users",
      "xiaoe/errors",
      "volcengine/red-packet",
      "volcengine/errors",
      "volcengine/red-packet-results",
      "volcengine/callbacks",
    ]);
    expect(events.filter((k) => k === "scenario-end")).toHaveLength(12);
  });

  it("drive each lifecycle through the operations it names, in order", () => {
    const ops = (id: string) => [...new Set(calls(id).map((c) => c.split(" ")[0]))];
    expect(ops("polyv/task-reward")).toEqual(["saveTaskRewardActivity", "pageTaskRewardActivities", "updateTaskRewardActivity", "deleteTaskRewardActivity"]);
    expect(ops("polyv/lottery")).toEqual(["createLotteryActivity", "getLotteryActivity", "listLotteryActivities", "updateLotteryActivity", "deleteLotteryActivity"]);
    expect(ops("polyv/channel")).toEqual([
      "createChannel",
      "getChannelBasic",
      "updateChannel",
      "listChannelBasic",
      "createLotteryActivity",
      "deleteLotteryActivity",
      "batchDeleteChannels",
      "getChannelBasicV3",
      "deleteChannel",
    ]);
    expect(ops("xiaoe/live-task")).toEqual(["getAccessToken", "createLiveTask", "getLiveTask", "listLiveTasks", "updateLiveTask"]);
    expect(ops("xiaoe/users")).toEqual(["getAccessToken", "listUsers", "getUsersByIds"]);
    expect(ops("volcengine/red-packet")).toEqual([
      "createActivityRedPacket",
      "getActivityRedPacket",
      "listActivityRedPacket",
      "updateActivityRedPacket",
      "sendActivityRedPacket",
      "deleteActivityRedPacket",
    ]);
    expect(ops("volcengine/red-packet-results")).toEqual(["createActivityRedPacket", "listRedPacketDataApi", "listRedPacketRecordApi", "deleteActivityRedPacket"]);
    expect(ops("volcengine/callbacks")).toEqual(["listCallbackEvents", "listCallbackConfigs"]);
  });

  it("provoke the documented errors for real (the answers are the vendors' error statuses)", () => {
    expect(calls("polyv/errors")).toEqual(["listLotteryActivities 400", "listLotteryActivities 400", "listLotteryActivities 400"]);
    expect(calls("volcengine/errors")).toEqual(["listActivityRedPacket 401", "listActivityRedPacket 403"]);
    const codes = app.livemock.context.journal
      .entries()
      .filter((e) => e.errorCode !== undefined)
      .map((e) => String(e.errorCode));
    expect(codes).toEqual(expect.arrayContaining(["20002", "20003", "30001", "2008", "2007", "SignatureDoesNotMatch", "InvalidTimestamp"]));
  });

  it("leave nothing behind on Polyv and Volcengine (everything created was deleted)", async () => {
    const reach = { fetch: (input: string, init: RequestInit) => app.request(input, init), env: {} };
    const polyv = createPolyvClient({ ...reach, appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" });
    expect((await polyv.listLotteryActivities({ channelId: 2974342, pageSize: 1000 })).contents.filter((a) => a.activityName === "livemock contract")).toEqual([]);
    expect((await polyv.pageTaskRewardActivities({ channelId: 4854808, pageSize: 1000 })).contents.filter((a) => a.activityName.startsWith("livemock contract"))).toEqual([]);
    expect((await polyv.listChannelBasic({ pageSize: 1000 })).contents.filter((c) => c.name.startsWith("livemock contract"))).toEqual([]);
    const volc = createVolcengineClient({ ...reach, accessKeyId: "AKLTlivemockdemo", secretKey: "livemock-volc-secret" });
    expect((await volc.listActivityRedPacket({ ActivityID: 1824920000234844, PageItemCount: 100 })).TotalCount).toBe(0);
  });
});
