/**
 * The Volcengine room driver played directly on a small fake engine (test/support/queued-room.ts):
 * red packets sent through the API or the room, viewers taking part within the countdown (with the
 * comment password and check-in conditions), draws by deadline, API and room action, and the grab
 * records read back through ListRedPacketRecordAPI / ListRedPacketDataAPI.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RoomDriver, RoomViewer } from "../../src/mock/rooms/types.ts";
import { createVolcengineRoomDriver } from "../../src/mock/vendors/volcengine/room.ts";
import { type FakeRoom, fakeRandom, fakeRoom } from "../support/queued-room.ts";
import { ACTIVITY, AK, OTHER_ACTIVITY, type VolcHarness, volcHarness } from "../volcengine/support.ts";

const MINUTE = 60_000;
const DATA = { version: "2020-06-01" };

let h: VolcHarness;
let driver: RoomDriver;
beforeAll(async () => {
  h = await volcHarness({ rateLimits: false });
  driver = createVolcengineRoomDriver(h.app.livemock.context);
});
afterAll(() => h.close());

async function createPacket(body: Record<string, unknown>): Promise<number> {
  const res = await h.action("CreateActivityRedPacket", { ActivityID: ACTIVITY, ...body });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.Result.ID as number;
}

/** `count` viewers arriving a second apart; each test its own seed, so earlier tests' wins do not count. */
function crowd(room: FakeRoom, count: number, at: number, seed: number): RoomViewer[] {
  const random = fakeRandom(seed);
  const viewers = Array.from({ length: count }, (_, i) => driver.viewer(i, random));
  viewers.forEach((viewer, i) => {
    room.push({ kind: "crowd", type: "viewer.joined", at: at + i * 1000, viewer });
  });
  return viewers;
}

function newRoom(live = ACTIVITY, scenario = {}): FakeRoom {
  const now = h.clock.now();
  const room = fakeRoom(driver, { live: String(live), owner: AK, startedAt: now, durationMinutes: 90, scenario: { redPacketJoinRate: 1, ...scenario } });
  room.push({ kind: "start", at: now });
  return room;
}

describe("Volcengine room driver", () => {
  it("shapes viewers as livesaas users: 16-digit UserId, nickname, avatar, ExternalId", () => {
    const random = fakeRandom(1);
    const viewers = Array.from({ length: 300 }, (_, i) => driver.viewer(i, random));
    expect(new Set(viewers.map((viewer) => viewer.id)).size).toBe(300);
    for (const viewer of viewers) {
      expect(viewer.id).toMatch(/^\d{16}$/);
      expect(Number.isSafeInteger(Number(viewer.id))).toBe(true);
      expect(viewer.nickname.length).toBeGreaterThan(0);
      expect(viewer.avatar).toMatch(/^https:\/\//);
      expect(viewer.extra).toMatchObject({ ExternalId: expect.stringMatching(/^\d{16}$/) });
    }
  });

  it("finds the seeded activities of the demo key and refuses unknown ones", async () => {
    expect(await driver.findLive(String(ACTIVITY))).toEqual({ owner: AK, live: String(ACTIVITY) });
    expect(await driver.findLive("1")).toBeUndefined();
    expect(await driver.findLive("abc")).toBeUndefined();
  });

  it("opens a packet sent by SendActivityRedPacket, lets the viewers take part, and draws it at the deadline", async () => {
    const id = await createPacket({ TotalAmount: 1000, RedPacketNumber: 5, DeadLine: 3 });
    const room = newRoom();
    const sentAt = h.clock.now();
    await h.action("SendActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: id });
    const viewers = crowd(room, 12, sentAt, 1);
    await room.playTo(sentAt + 10 * MINUTE);
    h.clock.set(sentAt + 10 * MINUTE);

    const types = room.events.filter((event) => event.type.startsWith("redpacket.")).map((event) => event.type);
    expect(types).toEqual(["redpacket.sent", ...Array(5).fill("redpacket.grabbed"), "redpacket.ended"]);
    const ended = room.events.find((event) => event.type === "redpacket.ended")!;
    expect(ended.at).toBe(sentAt + 3 * MINUTE);
    expect(ended.data).toMatchObject({ redPacketId: id, drawnBy: "deadline", TotalAmount: 1000, RedPacketNumber: 5, JoinUserNumber: 12, WinUserNumber: 5, ReceivedAmount: 1000, RedPacketUnit: "分" });
    const grabs = ended.data!.grabs as { UserId: string; Amount: number; NickName: string }[];
    expect(grabs.reduce((sum, grab) => sum + grab.Amount, 0)).toBe(1000);
    expect(grabs.every((grab) => grab.Amount >= 1 && viewers.some((viewer) => viewer.id === grab.UserId && viewer.nickname === grab.NickName))).toBe(true);

    const winners = await h.action("ListRedPacketRecordAPI", { ActivityId: ACTIVITY, RedPacketID: id, SearchType: 1, PageItemCount: 50 }, DATA);
    expect(winners.json.Result.TotalCount).toBe(5);
    expect(winners.json.Result.JoinRedPacketList.map((record: { Amount: number }) => record.Amount).reduce((a: number, b: number) => a + b, 0)).toBe(1000);
    const joined = await h.action("ListRedPacketRecordAPI", { ActivityId: ACTIVITY, RedPacketID: id, SearchType: 2, PageItemCount: 50 }, DATA);
    expect(joined.json.Result.TotalCount).toBe(12);
    const data = await h.action("ListRedPacketDataAPI", { ActivityId: ACTIVITY, PageItemCount: 50 }, DATA);
    expect(data.json.Result.RedPacketList.find((item: { RedPacketId: number }) => item.RedPacketId === id)).toMatchObject({ JoinUserNumber: 12, WinUserNumber: 5, ReceivedAmount: 1000 });
    const got = await h.action("GetActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: id });
    expect(got.json.Result.RedPacketStatus).toBe(3);
  });

  it("sends a packet with the room's action; the comment password and the check-in are required", async () => {
    const id = await createPacket({ TotalAmount: 600, RedPacketNumber: 10, DeadLine: 5, BarragePwd: "抢红包", AwardCondition: { CheckIn: "all" } });
    const room = newRoom();
    const at = h.clock.now();
    const viewers = crowd(room, 6, at, 2);
    // Viewers 0-2 check in; the others never do.
    for (const viewer of viewers.slice(0, 3)) room.push({ kind: "crowd", type: "sign-in", at: at + 4 * MINUTE, viewer });
    room.push({ kind: "action", at: at + MINUTE, action: "send-red-packet", params: { redPacketId: id } });
    await room.playTo(at + 20 * MINUTE);
    h.clock.set(at + 20 * MINUTE);

    const passwords = room.events.filter((event) => event.type === "comment" && event.data?.barragePwd);
    expect(passwords.map((event) => event.viewerId).sort()).toEqual(
      viewers
        .slice(0, 3)
        .map((viewer) => viewer.id)
        .sort(),
    );
    expect(passwords.every((event) => event.data?.text === "抢红包" && event.at >= at + 4 * MINUTE)).toBe(true);
    const ended = room.events.find((event) => event.type === "redpacket.ended")!;
    expect(ended.at).toBe(at + 6 * MINUTE);
    expect(ended.data).toMatchObject({ JoinUserNumber: 3, WinUserNumber: 3 });
    // Three of ten packets won: less than the total, never more.
    expect(ended.data!.ReceivedAmount as number).toBeLessThan(600);
    const got = await h.action("GetActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: id });
    expect(got.json.Result.RedPacketStatus).toBe(3);
  });

  it("draws a manual packet when DrawActivityRedPacket is called, not before", async () => {
    const id = await createPacket({ TotalAmount: 300, RedPacketNumber: 3, OpenRedPacketType: 1 });
    const room = newRoom();
    const at = h.clock.now();
    crowd(room, 8, at, 3);
    await h.action("SendActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: id });
    await room.playTo(at + 30 * MINUTE);
    expect(room.events.some((event) => event.type === "redpacket.ended")).toBe(false);
    h.clock.set(at + 30 * MINUTE);
    expect((await h.action("DrawActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: id })).json.Result.Status).toBe(true);
    await room.playTo(at + 31 * MINUTE);
    const ended = room.events.find((event) => event.type === "redpacket.ended")!;
    expect(ended.at).toBe(at + 30 * MINUTE);
    expect(ended.data).toMatchObject({ drawnBy: "api", JoinUserNumber: 8, WinUserNumber: 3, ReceivedAmount: 300 });
  });

  it("keeps RepeatedAwardLimit across the packets of the live room", async () => {
    const first = await createPacket({ ActivityID: OTHER_ACTIVITY, TotalAmount: 100, RedPacketNumber: 4, DeadLine: 1 });
    const second = await createPacket({ ActivityID: OTHER_ACTIVITY, TotalAmount: 100, RedPacketNumber: 4, DeadLine: 1 });
    const room = newRoom(OTHER_ACTIVITY);
    const at = h.clock.now();
    crowd(room, 5, at, 4);
    room.push({ kind: "action", at: at + MINUTE, action: "send-red-packet", params: { redPacketId: first } });
    room.push({ kind: "action", at: at + 3 * MINUTE, action: "send-red-packet", params: { redPacketId: String(second) } });
    await room.playTo(at + 10 * MINUTE);
    const grabbed = room.events.filter((event) => event.type === "redpacket.grabbed");
    // Everyone may win once in the live room: 4 win the first packet, the 1 left the second.
    const winners = grabbed.map((event) => event.viewerId);
    expect(new Set(winners).size).toBe(5);
    expect(winners).toHaveLength(5);
    expect(room.events.filter((event) => event.type === "redpacket.ended").map((event) => event.data?.WinUserNumber)).toEqual([4, 1]);
  });

  it("checks the host actions' parameters and keeps what it cannot play for the view", async () => {
    const room = newRoom();
    expect(driver.actions["send-red-packet"]!.check({}, room.handle)).toMatch(/redPacketId/);
    expect(driver.actions["send-red-packet"]!.check({ redPacketId: "12x" }, room.handle)).toMatch(/redPacketId/);
    expect(driver.actions["draw-red-packet"]!.check({ redPacketId: 5 }, room.handle)).toBeUndefined();
    const at = h.clock.now();
    room.push({ kind: "action", at, action: "send-red-packet", params: { redPacketId: 42 } });
    await room.playTo(at);
    expect(driver.view!(room.handle)).toMatchObject({ skipped: [{ action: "send-red-packet", redPacketId: 42 }] });
  });
});
