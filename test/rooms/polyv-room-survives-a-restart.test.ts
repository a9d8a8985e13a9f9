/**
 * A Polyv room resumed after a restart (`--data-dir`) plays on exactly as an uninterrupted one: its
 * task progress, pending timers and lottery windows live in the room's saved memory.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { MockAppOptions } from "../../src/mock/app.ts";
import { T0 } from "../client/support.ts";
import { CHANNEL, MINUTE, polyvRoomTarget } from "./polyv-support.ts";
import { admin, allEvents } from "./support.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An app with a sequential task-reward activity and a duration lottery on the channel, and a room playing on it. */
async function playing(options: MockAppOptions = {}) {
  const { target, polyv } = await polyvRoomTarget(options);
  await polyv.saveTaskRewardActivity({
    channelId: CHANNEL,
    activityName: "解锁任务",
    taskRule: 1,
    startTime: T0,
    endTime: T0 + 60 * MINUTE,
    tasks: [
      { sort: 1, reachCondition: { type: "sign", amount: 1 }, rewardSetting: { type: "cash", amount: 100 } },
      { sort: 2, reachCondition: { type: "online", amount: 20 }, rewardSetting: { type: "cash", amount: 200 } },
    ],
  });
  await polyv.createLotteryActivity({
    channelId: CHANNEL,
    activityName: "观看时长抽奖",
    lotteryCondition: "duration",
    amount: 3,
    prizeName: "耳机",
    activityDuration: "40",
    duration: 10,
    acceptType: "link",
    prizeUrl: "https://example.com/p",
  });
  await admin(target.app, "POST", "/rooms", { vendor: "polyv", live: CHANNEL, viewers: 40, durationMinutes: 60 });
  return { target, polyv };
}

describe("a Polyv room across a restart", () => {
  it("resumes half-way and ends exactly as an uninterrupted one", async () => {
    const straight = await playing();
    await admin(straight.target.app, "POST", "/clock/advance", { minutes: 61 });
    const expected = await allEvents(straight.target.app, "room-1");
    expect(expected.some((e) => e.type === "task.completed" && e.at > T0 + 25 * MINUTE)).toBe(true);
    expect(expected.filter((e) => e.type === "lottery.drawn").map((e) => e.at)).toEqual([T0 + 40 * MINUTE]);

    const dir = mkdtempSync(join(tmpdir(), "livemock-polyv-rooms-"));
    dirs.push(dir);
    const first = await playing({ dataDir: dir });
    await admin(first.target.app, "POST", "/clock/advance", { minutes: 25 });
    first.target.app.livemock.control.close();

    const second = await polyvRoomTarget({ dataDir: dir });
    await admin(second.target.app, "POST", "/clock/advance", { minutes: 36 });
    expect(await allEvents(second.target.app, "room-1")).toEqual(expected);
    const records = await second.polyv.listChannelLotteryRecords({ channelId: CHANNEL });
    expect(records.contents.map((r) => r.createdTime)).toEqual([T0 + 40 * MINUTE]);
    second.target.app.livemock.control.close();
  });
});
