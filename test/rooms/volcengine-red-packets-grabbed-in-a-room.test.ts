/**
 * A user plays a Volcengine live room end to end through the public entry points: red packets
 * created and sent with the typed client (and by the room's scenario), the clock advanced on the
 * control plane, viewers taking part within each countdown, the deadline and the manual Draw ending
 * them, and the results read back through ListRedPacketRecordAPI / ListRedPacketDataAPI.
 */
import { describe, expect, it } from "vitest";
import { createVolcengineClient, type VolcengineClient } from "../../src/client/index.ts";
import { createMockApp, type MockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { createMemoryStore, type Store } from "../../src/mock/store/index.ts";
import { volcengineVendor } from "../../src/mock/vendors/volcengine/index.ts";
import { admin, allEvents, T0 } from "./support.ts";

const MINUTE = 60_000;
const ACTIVITY = 1824920000234844;

/** The in-memory store answering every transaction a tick later, as a shared store (Redis) does. */
function asyncStore(): Store {
  const inner = createMemoryStore();
  return {
    transact: (scope, work) => Promise.resolve().then(() => inner.transact(scope, work)),
    snapshot: () => Promise.resolve(inner.snapshot()),
    restore: (snapshot) => Promise.resolve(inner.restore(snapshot)),
  };
}

async function volcApp(store?: Store): Promise<{ app: MockApp; volc: VolcengineClient }> {
  const app = createMockApp({ clock: manualClock(T0), vendors: [volcengineVendor], rateLimits: false, ...(store ? { store } : {}) });
  await app.livemock.ready;
  const volc = createVolcengineClient({
    baseUrl: "http://livemock.test",
    fetch: (input, init) => app.request(input as string, init),
    clock: { now: () => app.livemock.context.clock.now() },
    accessKeyId: "AKLTlivemockdemo",
    secretKey: "livemock-volc-secret",
  });
  return { app, volc };
}

const advance = (app: MockApp, minutes: number) => admin(app, "POST", "/clock/advance", { minutes });

/** Every record of a packet (winners, or everyone who took part). */
async function records(volc: VolcengineClient, RedPacketID: number, SearchType: 1 | 2) {
  const page = await volc.listRedPacketRecordApi({ ActivityId: ACTIVITY, RedPacketID, SearchType, PageItemCount: 500 });
  return page.JoinRedPacketList;
}

/** Plays the scenario: a cash packet sent by the schedule, a manual one sent and drawn through the API, fixed points by the schedule. */
async function playScenario(steps: number[] = [], store?: Store) {
  const { app, volc } = await volcApp(store);
  const cash = (await volc.createActivityRedPacket({ ActivityID: ACTIVITY, TotalAmount: 8888, RedPacketNumber: 30, DeadLine: 5, BarragePwd: "新年快乐" })).ID;
  const manual = (await volc.createActivityRedPacket({ ActivityID: ACTIVITY, TotalAmount: 1000, RedPacketNumber: 5, OpenRedPacketType: 1 })).ID;
  const points = (
    await volc.createActivityRedPacket({
      ActivityID: ACTIVITY,
      RedPacketType: 1,
      RewardsPointsConfig: { AmountCalculationType: 1, RewardsPointsUnit: "金币", FixedRewardPointConfigs: [{ RewardPointAmount: 50, RewardPointNumber: 400 }] },
      AwardCondition: { CheckIn: "all" },
      DeadLine: 3,
    })
  ).ID;
  const started = await admin(app, "POST", "/rooms", {
    vendor: "volcengine",
    live: String(ACTIVITY),
    viewers: 150,
    durationMinutes: 60,
    signInRate: 0.5,
    redPacketJoinRate: 0.8,
    schedule: [
      { atMinute: 10, action: "send-red-packet", redPacketId: cash },
      { atMinute: 30, action: "send-red-packet", redPacketId: String(points) },
    ],
  });
  expect(started.status, JSON.stringify(started.json)).toBe(201);
  expect(started.json).toMatchObject({ vendor: "volcengine", live: String(ACTIVITY), owner: "AKLTlivemockdemo", state: "playing" });
  for (const minutes of steps) await advance(app, minutes);
  const played = steps.reduce((a, b) => a + b, 0);
  await advance(app, 20 - played);
  await volc.sendActivityRedPacket({ ActivityID: ACTIVITY, RedPacketID: manual });
  await advance(app, 5);
  await volc.drawActivityRedPacket({ ActivityID: ACTIVITY, RedPacketID: manual });
  await advance(app, 40);
  return { app, volc, cash, manual, points, events: await allEvents(app, "room-1") };
}

describe("red packets grabbed in a Volcengine live room", () => {
  it("opens each packet to the viewers, draws it at its deadline or on Draw, and the record APIs show the grabs", async () => {
    const { app, volc, cash, manual, points, events } = await playScenario();
    expect(events.at(-1).type).toBe("room.ended");
    const of = (type: string, id: number) => events.filter((e) => e.type === type && e.object?.id === id);

    // The cash packet: sent at minute 10, drawn at minute 15; viewers took part by sending the password.
    expect(of("redpacket.sent", cash)).toHaveLength(1);
    expect(of("redpacket.sent", cash)[0]).toMatchObject({ at: T0 + 10 * MINUTE, object: { kind: "redPacket", id: cash }, data: { sentBy: "room", TotalAmount: 8888, BarragePwd: "新年快乐" } });
    const cashEnded = of("redpacket.ended", cash)[0];
    expect(cashEnded).toMatchObject({ at: T0 + 15 * MINUTE, data: { drawnBy: "deadline", RedPacketUnit: "分" } });
    const passwordComments = events.filter((e) => e.type === "comment" && e.data?.barragePwd && e.object?.id === cash);
    expect(passwordComments.length).toBe(cashEnded.data.JoinUserNumber);
    expect(passwordComments.every((e) => e.at >= T0 + 10 * MINUTE && e.at < T0 + 15 * MINUTE && e.data.text === "新年快乐")).toBe(true);
    const cashWinners = await records(volc, cash, 1);
    expect(cashWinners).toHaveLength(cashEnded.data.WinUserNumber);
    expect(cashWinners.every((r) => r.Status === 1 && r.Amount >= 1 && /^\d{16}$/.test(String(r.UserID)))).toBe(true);
    const cashSum = cashWinners.reduce((sum, r) => sum + r.Amount, 0);
    expect(cashSum).toBe(cashEnded.data.ReceivedAmount);
    if (cashWinners.length === 30) expect(cashSum).toBe(8888);
    expect(cashSum).toBeLessThanOrEqual(8888);
    expect(await records(volc, cash, 2)).toHaveLength(cashEnded.data.JoinUserNumber);
    // Grabbed events name the same viewers and amounts as the records.
    const grabbed = of("redpacket.grabbed", cash).map((e) => [e.viewerId, e.data.amount]);
    expect(grabbed.sort()).toEqual(cashWinners.map((r) => [String(r.UserID), r.Amount]).sort());

    // The manual packet: sent through the API at minute 20, drawn through the API at minute 25.
    expect(of("redpacket.sent", manual)[0]).toMatchObject({ at: T0 + 20 * MINUTE, data: { sentBy: "api", OpenRedPacketType: 1 } });
    const manualEnded = of("redpacket.ended", manual)[0];
    expect(manualEnded).toMatchObject({ at: T0 + 25 * MINUTE, data: { drawnBy: "api", WinUserNumber: 5, ReceivedAmount: 1000 } });
    expect(manualEnded.data.grabs.map((g: any) => g.Amount).reduce((a: number, b: number) => a + b, 0)).toBe(1000);
    expect(manualEnded.data.grabs[0]).toEqual(
      expect.objectContaining({
        UserId: expect.stringMatching(/^\d{16}$/),
        NickName: expect.any(String),
        ExternalId: expect.any(String),
        UserAgent: expect.any(String),
        Telephone: expect.stringContaining("****"),
      }),
    );

    // The points packet: only viewers who checked in took part; 50 金币 each.
    const pointsEnded = of("redpacket.ended", points)[0];
    expect(pointsEnded).toMatchObject({ at: T0 + 33 * MINUTE, data: { RedPacketUnit: "金币", TotalAmount: 20000, RedPacketNumber: 400 } });
    expect(pointsEnded.data.grabs.every((g: any) => g.Amount === 50)).toBe(true);
    const signedIn = new Set(events.filter((e) => e.type === "sign-in" && e.at < T0 + 33 * MINUTE).map((e) => e.viewerId));
    expect((await records(volc, points, 2)).every((r) => signedIn.has(String(r.UserID)))).toBe(true);

    // RepeatedAwardLimit 1: nobody won twice in the live room.
    const winners = events.filter((e) => e.type === "redpacket.grabbed").map((e) => e.viewerId);
    expect(new Set(winners).size).toBe(winners.length);

    const data = await volc.listRedPacketDataApi({ ActivityId: ACTIVITY, PageItemCount: 50 });
    expect(data.RedPacketList.find((p) => p.RedPacketId === manual)).toMatchObject({ JoinUserNumber: manualEnded.data.JoinUserNumber, WinUserNumber: 5, ReceivedAmount: 1000 });
    for (const RedPacketID of [cash, manual, points]) expect((await volc.getActivityRedPacket({ ActivityID: ACTIVITY, RedPacketID })).RedPacketStatus).toBe(3);

    const room = (await admin(app, "GET", "/rooms/room-1")).json;
    expect(room.view.redPackets.map((p: any) => [p.RedPacketID, p.phase])).toEqual([
      [cash, "ended"],
      [manual, "ended"],
      [points, "ended"],
    ]);
  });

  it("plays the same for the same seed whatever the clock steps", async () => {
    const once = await playScenario();
    const stepped = await playScenario([0.5, 3, 7.25, 1, 4]);
    expect(stepped.events).toEqual(once.events);
  });

  it("plays the same over a store that answers asynchronously, as a shared (Redis) store does", async () => {
    const once = await playScenario();
    const shared = await playScenario([2, 9], asyncStore());
    expect(shared.events).toEqual(once.events);
  });

  it("takes send-red-packet and draw-red-packet on the control plane, refusing bad ones", async () => {
    const { app, volc } = await volcApp();
    const RedPacketID = (await volc.createActivityRedPacket({ ActivityID: ACTIVITY, TotalAmount: 500, RedPacketNumber: 2, OpenRedPacketType: 1 })).ID;
    expect((await admin(app, "POST", "/rooms", { vendor: "volcengine", live: ACTIVITY, viewers: 40, redPacketJoinRate: 2 })).status).toBe(400);
    expect((await admin(app, "POST", "/rooms", { vendor: "volcengine", live: 1, viewers: 40 })).json.message).toContain("ActivityId 1");
    expect((await admin(app, "POST", "/rooms", { vendor: "volcengine", live: ACTIVITY, viewers: 40, arrival: "burst" })).status).toBe(201);
    await advance(app, 2);
    const bad = await admin(app, "POST", "/rooms/room-1/actions", { action: "send-red-packet", redPacketId: "x" });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toContain("redPacketId");
    expect((await admin(app, "POST", "/rooms/room-1/actions", { action: "send-red-packet", redPacketId: RedPacketID })).status).toBe(200);
    expect((await volc.getActivityRedPacket({ ActivityID: ACTIVITY, RedPacketID })).RedPacketStatus).toBe(1);
    expect((await admin(app, "POST", "/rooms/room-1/actions", { action: "send-red-packet", redPacketId: RedPacketID })).json.message).toContain("does not allow Send");
    await advance(app, 3);
    expect((await admin(app, "POST", "/rooms/room-1/actions", { action: "draw-red-packet", redPacketId: RedPacketID })).status).toBe(200);
    const got = await volc.getActivityRedPacket({ ActivityID: ACTIVITY, RedPacketID });
    expect(got.RedPacketStatus).toBe(3);
    const ended = (await admin(app, "GET", "/rooms/room-1/events?type=redpacket.ended")).json.events;
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ at: T0 + 5 * MINUTE, data: { drawnBy: "draw", WinUserNumber: 2, ReceivedAmount: 500 } });
    expect((await volc.listRedPacketRecordApi({ ActivityId: ACTIVITY, RedPacketID, SearchType: 1 })).TotalCount).toBe(2);
  });
});
