/**
 * A user creates Polyv lotteries on a channel with the typed client, starts a room on the channel,
 * plays it on the mock clock, and reads the draws back through Polyv's own winner and record
 * endpoints: a `comment` lottery draws itself when its activityDuration is over, a `none` lottery
 * draws on the scenario's schedule, another on a control-plane move.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PolyvClient } from "../../src/client/index.ts";
import { type MockTarget, mockTarget, polyvClient, T0 } from "../client/support.ts";
import { CHANNEL, MINUTE, polyvRoomTarget } from "./polyv-support.ts";
import { admin, allEvents } from "./support.ts";

let target: MockTarget;
let polyv: PolyvClient;
beforeEach(async () => {
  ({ target, polyv } = await polyvRoomTarget());
});
afterEach(() => target.close());

async function lotteries() {
  const none = await polyv.createLotteryActivity({ channelId: CHANNEL, activityName: "无条件抽奖", lotteryCondition: "none", amount: 3, prizeName: "键盘" });
  const comment = await polyv.createLotteryActivity({
    channelId: CHANNEL,
    activityName: "评论抽奖",
    lotteryCondition: "comment",
    amount: 5,
    prizeName: "鼠标",
    activityDuration: "15",
    comment: "抽我",
    acceptType: "qrCode",
    qrCode: "https://example.com/qr",
  });
  const later = await polyv.createLotteryActivity({ channelId: CHANNEL, activityName: "加抽", lotteryCondition: "none", amount: 2, prizeName: "耳机", repeatWinEnabled: "Y" });
  return { none: none.id as number, comment: comment.id as number, later: later.id as number };
}

describe("Polyv lotteries drawn in a live room", () => {
  it("draws on time, on the schedule and on a host move; the winner and record endpoints show it", async () => {
    const ids = await lotteries();
    const started = await admin(target.app, "POST", "/rooms", {
      vendor: "polyv",
      live: CHANNEL,
      viewers: 60,
      durationMinutes: 60,
      commentsPerHour: 6,
      schedule: [{ atMinute: 30, action: "draw-lottery", lotteryId: ids.none }],
    });
    expect(started.status).toBe(201);
    expect(started.json).toMatchObject({ vendor: "polyv", live: String(CHANNEL), owner: "frlr1zazn3" });
    const room = started.json.id as string;

    await admin(target.app, "POST", "/clock/advance", { minutes: 40 });
    const moved = await admin(target.app, "POST", `/rooms/${room}/actions`, { action: "draw-lottery", lotteryId: ids.later });
    expect(moved.status).toBe(200);
    expect((await admin(target.app, "POST", `/rooms/${room}/actions`, { action: "draw-lottery", lotteryId: 999 })).json.message).toContain("no lottery activity 999");
    await admin(target.app, "POST", "/clock/advance", { minutes: 30 });

    const events = await allEvents(target.app, room);
    const drawn = events.filter((e) => e.type === "lottery.drawn");
    expect(drawn.map((e) => [e.object.id, (e.at - T0) / MINUTE])).toEqual([
      [ids.comment, 15],
      [ids.none, 30],
      [ids.later, 40],
    ]);
    const won = events.filter((e) => e.type === "lottery.won");
    for (const draw of drawn) {
      const mine = won.filter((e) => e.data.lotteryId === draw.data.lotteryId);
      expect(mine.length).toBe(draw.data.winners);
      expect(mine.length).toBeGreaterThan(0);
    }
    // repeatWinEnabled N: the none lottery's winners did not win the comment lottery.
    const winnersOf = (id: number) => won.filter((e) => e.object.id === id).map((e) => e.viewerId);
    expect(winnersOf(ids.none).some((v: string) => winnersOf(ids.comment).includes(v))).toBe(false);
    // The comment lottery: only viewers who commented in its first 15 minutes.
    const commented = new Set(events.filter((e) => e.type === "comment" && e.at <= T0 + 15 * MINUTE).map((e) => e.viewerId));
    for (const v of winnersOf(ids.comment)) expect(commented.has(v)).toBe(true);

    // Polyv's own endpoints, through the typed client.
    const records = await polyv.listChannelLotteryRecords({ channelId: CHANNEL });
    expect(records.contents).toHaveLength(3);
    const noneRecord = records.contents.find((r) => r.prize === "键盘")!;
    expect(noneRecord).toMatchObject({ channelId: CHANNEL, amount: 3, winnerCount: 3, createdTime: T0 + 30 * MINUTE });
    const winners = await polyv.queryLotteryWinners({ channelId: CHANNEL, lotteryId: noneRecord.lotteryId });
    expect(winners.contents.map((w) => w.viewerId).sort()).toEqual(winnersOf(ids.none).sort());
    expect(winners.contents[0]).toMatchObject({ prize: "键盘", winTime: T0 + 30 * MINUTE, receiveInfo: null });
    const activityRecords = await polyv.listLotteryActivityRecords({ channelId: CHANNEL, lotteryId: noneRecord.lotteryId });
    expect(activityRecords.contents).toEqual([expect.objectContaining({ id: ids.none, activityName: "无条件抽奖", winnerCount: 3, startTime: T0 + 30 * MINUTE })]);

    // A winner gives delivery details for the prize.
    const first = winners.contents[0]!;
    expect(
      await polyv.addLotteryReceiveInfo({
        channelId: CHANNEL,
        winnerCode: String(first.winnerCode),
        lotteryId: noneRecord.lotteryId,
        viewerId: String(first.viewerId),
        receiveInfo: '{"姓名":"王芳"}',
      }),
    ).toBeNull();

    // The dashboard's view of the room names the draws.
    const summary = await admin(target.app, "GET", `/rooms/${room}`);
    expect(summary.json.state).toBe("ended");
    const shown = summary.json.view.lotteries.find((l: { id: number }) => l.id === ids.comment);
    expect(shown).toMatchObject({ condition: "comment", amount: 5, drawAt: T0 + 15 * MINUTE });
    expect(shown.draws[0].winners.length).toBe(drawn[0].data.winners);
  });

  it("draws the same winners for the same seed, whatever the clock's steps", async () => {
    const play = async (steps: number[]) => {
      const t = await mockTarget("in-process");
      const client = polyvClient(t);
      const none = await client.createLotteryActivity({ channelId: CHANNEL, activityName: "无条件抽奖", lotteryCondition: "none", amount: 4, prizeName: "键盘" });
      const { json } = await admin(t.app, "POST", "/rooms", {
        vendor: "polyv",
        live: CHANNEL,
        viewers: 80,
        durationMinutes: 45,
        schedule: [{ atMinute: 20, action: "draw-lottery", lotteryId: none.id }],
      });
      for (const minutes of steps) await admin(t.app, "POST", "/clock/advance", { minutes });
      const events = await allEvents(t.app, json.id);
      await t.close();
      return events.filter((e) => e.type.startsWith("lottery.")).map(({ seq: _s, ...e }) => e);
    };
    const once = await play([45]);
    expect(once.filter((e) => e.type === "lottery.won")).toHaveLength(4);
    expect(await play([7, 13, 1, 24])).toEqual(once);
  });
});
