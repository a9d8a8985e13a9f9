/**
 * Properties of Volcengine red packets in a live room, over random amounts, counts, crowds and step
 * sizes (fast-check): the packets of a split sum to `TotalAmount` exactly, each at least 1; the
 * winners of a packet never get more than it holds, and all of it when every packet is won; nobody
 * wins a packet twice or beyond `RepeatedAwardLimit`; nobody takes part or wins after the deadline;
 * and the same room gives the same events whatever the step sizes.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withRedPacketDefaults } from "../../src/contracts/volcengine/index.ts";
import type { RoomDriver } from "../../src/mock/rooms/types.ts";
import { grabsOf } from "../../src/mock/vendors/volcengine/grabs.ts";
import { drawWinners, packetAmounts, splitRandomly } from "../../src/mock/vendors/volcengine/red-packet-split.ts";
import { createRedPacketRepository, putActivity } from "../../src/mock/vendors/volcengine/red-packets.ts";
import { createVolcengineRoomDriver } from "../../src/mock/vendors/volcengine/room.ts";
import { type FakeEvent, fakeRandom, fakeRoom } from "../support/queued-room.ts";
import { AK, type VolcHarness, volcHarness } from "../volcengine/support.ts";

const MINUTE = 60_000;

describe("red-packet split", () => {
  it("sums to the total exactly, every packet at least 1, as many packets as the count allows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 1, max: 2000 }), fc.integer(), (total, count, seed) => {
        const amounts = splitRandomly(total, count, fakeRandom(seed));
        expect(amounts).toHaveLength(Math.min(total, count));
        expect(amounts.reduce((sum, amount) => sum + amount, 0)).toBe(total);
        expect(amounts.every((amount) => Number.isInteger(amount) && amount >= 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("hands out the fixed points pairs, no more and no less", () => {
    const pair = fc.record({ RewardPointAmount: fc.integer({ min: 1, max: 100_000 }), RewardPointNumber: fc.integer({ min: 1, max: 50 }) });
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 6 }), fc.integer(), (pairs, seed) => {
        const amounts = packetAmounts({ RedPacketType: 1, RewardsPointsConfig: { AmountCalculationType: 1, FixedRewardPointConfigs: pairs } }, fakeRandom(seed));
        expect(amounts).toHaveLength(pairs.reduce((sum, p) => sum + p.RewardPointNumber, 0));
        expect(amounts.reduce((sum, amount) => sum + amount, 0)).toBe(pairs.reduce((sum, p) => sum + p.RewardPointAmount * p.RewardPointNumber, 0));
      }),
    );
  });

  it("draws distinct winners who may still win, never more than the packets", () => {
    const entrant = fc.record({ viewerId: fc.integer({ min: 1, max: 400 }).map(String), wins: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(entrant, { selector: (e) => e.viewerId, maxLength: 60 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(0, 1),
        fc.integer(),
        (entrants, total, count, limit, rangeStatus, seed) => {
          const random = fakeRandom(seed);
          const amounts = splitRandomly(total, count, random);
          const winners = drawWinners(entrants, amounts, { repeatedAwardLimit: limit, rangeStatus }, random);
          const eligible = entrants.filter((e) => e.wins < limit);
          expect(winners).toHaveLength(Math.min(eligible.length, amounts.length));
          expect(new Set(winners.map((w) => w.viewerId)).size).toBe(winners.length);
          for (const winner of winners) expect(entrants.find((e) => e.viewerId === winner.viewerId)!.wins).toBeLessThan(limit);
          const sum = winners.reduce((s, w) => s + w.amount, 0);
          expect(sum).toBeLessThanOrEqual(total);
          if (winners.length === amounts.length) expect(sum).toBe(total);
          if (rangeStatus === 1) {
            // Not-yet-winners first: a previous winner wins only when every eligible newcomer did.
            const newcomers = eligible.filter((e) => e.wins === 0).length;
            if (winners.some((w) => entrants.find((e) => e.viewerId === w.viewerId)!.wins > 0)) expect(winners.length).toBeGreaterThan(newcomers - 1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("red packets in a room", () => {
  let h: VolcHarness;
  let driver: RoomDriver;
  let nextActivity = 1824920000400000;
  beforeAll(async () => {
    h = await volcHarness({ rateLimits: false });
    driver = createVolcengineRoomDriver(h.app.livemock.context);
  });
  afterAll(() => h.close());

  const packetArb = fc.record({
    total: fc.integer({ min: 1, max: 5000 }),
    count: fc.integer({ min: 1, max: 40 }),
    deadline: fc.integer({ min: 1, max: 10 }),
    sendMinute: fc.integer({ min: 0, max: 50 }),
    limit: fc.integer({ min: 1, max: 3 }),
    rangeStatus: fc.constantFrom(0, 1),
  });
  const viewerArb = fc.record({ arrive: fc.integer({ min: 0, max: 55 * 60 }), stay: fc.integer({ min: 1, max: 40 * 60 }) });
  const scenarioArb = fc.record({
    packets: fc.array(packetArb, { minLength: 1, maxLength: 4 }),
    viewers: fc.array(viewerArb, { minLength: 0, maxLength: 40 }),
    joinRate: fc.double({ min: 0, max: 1, noNaN: true }),
    steps: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 8 }),
    seed: fc.integer(),
  });
  type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

  /** Plays a scenario in a fresh activity with the given step sizes (minutes); events with packet ids as indexes. */
  async function play(scenario: Scenario, steps: number[], roundTripMemory = false) {
    const activity = nextActivity++;
    const context = h.app.livemock.context;
    const repo = createRedPacketRepository(context);
    const ids = (await context.store.transact({ vendor: "volcengine", owner: AK }, (state) => {
      putActivity(state, AK, { ActivityID: activity });
      return scenario.packets.map(
        (p) =>
          repo.create(
            state,
            AK,
            activity,
            withRedPacketDefaults({ ActivityID: activity, TotalAmount: p.total, RedPacketNumber: p.count, DeadLine: p.deadline, RepeatedAwardLimit: p.limit, RangeStatus: p.rangeStatus as 0 | 1 }),
          ).RedPacketID,
      );
    })) as number[];
    const start = h.clock.now();
    const room = fakeRoom(driver, {
      live: String(activity),
      owner: AK,
      startedAt: start,
      durationMinutes: 60,
      seed: scenario.seed,
      scenario: { redPacketJoinRate: scenario.joinRate },
      roundTripMemory,
    });
    room.push({ kind: "start", at: start });
    const random = fakeRandom(scenario.seed);
    scenario.viewers.forEach((v, i) => {
      const viewer = driver.viewer(i, random);
      room.push({ kind: "crowd", type: "viewer.joined", at: start + v.arrive * 1000, viewer });
      const leave = start + (v.arrive + v.stay) * 1000;
      if (leave < start + 60 * MINUTE) room.push({ kind: "crowd", type: "viewer.left", at: leave, viewer });
    });
    scenario.packets.forEach((p, i) => {
      room.push({ kind: "action", at: start + p.sendMinute * MINUTE, action: "send-red-packet", params: { redPacketId: ids[i] } });
    });
    room.push({ kind: "end", at: start + 60 * MINUTE });
    let at = start;
    for (let i = 0; at < start + 60 * MINUTE; i++) {
      at = Math.min(start + 60 * MINUTE, at + (steps[i % steps.length] as number) * MINUTE);
      h.clock.set(at);
      await room.playTo(at);
    }
    const grabs = (await context.store.transact({ vendor: "volcengine", owner: AK }, (state) => ids.map((id) => grabsOf(state, AK, id)))) as ReturnType<typeof grabsOf>[];
    const TIMES = new Set(["at", "sentAt", "drawAt", "joinedAt"]);
    const normal = (event: FakeEvent) =>
      JSON.stringify(event, (key, value) => (key === "redPacketId" || key === "id" ? ids.indexOf(value) : TIMES.has(key) && typeof value === "number" ? value - start : value));
    return { ids, start, events: room.events, grabs, normalised: room.events.map(normal) };
  }

  it("never gives more than TotalAmount, gives all of it when exhausted, and nothing after the deadline", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const { ids, start, events, grabs } = await play(scenario, scenario.steps);
        const wins = new Map<string, number>();
        const endedOf = (i: number) => events.find((e) => e.type === "redpacket.ended" && e.data?.redPacketId === ids[i]);
        // In the order they were drawn, for the wins so far.
        const order = scenario.packets.map((_, i) => i).sort((a, b) => (endedOf(a)?.seq ?? 0) - (endedOf(b)?.seq ?? 0));
        for (const i of order) {
          const p = scenario.packets[i]!;
          const id = ids[i]!;
          const ended = endedOf(i);
          expect(ended).toBeDefined();
          const sentAt = start + p.sendMinute * MINUTE;
          const deadline = sentAt + p.deadline * MINUTE;
          expect(ended!.at).toBe(Math.min(deadline, start + 60 * MINUTE));
          const won = (ended!.data!.grabs as { UserId: string; Amount: number }[]) ?? [];
          const sum = won.reduce((s, g) => s + g.Amount, 0);
          expect(won.every((g) => Number.isInteger(g.Amount) && g.Amount >= 1)).toBe(true);
          expect(sum).toBeLessThanOrEqual(p.total);
          if (won.length === Math.min(p.count, p.total)) expect(sum).toBe(p.total);
          expect(new Set(won.map((g) => g.UserId)).size).toBe(won.length);
          // Wins so far in the live room stay within this packet's RepeatedAwardLimit.
          for (const g of won) {
            const before = wins.get(g.UserId) ?? 0;
            expect(before).toBeLessThan(p.limit);
            wins.set(g.UserId, before + 1);
          }
          const grabbed = events.filter((e) => e.type === "redpacket.grabbed" && e.data?.redPacketId === id);
          expect(grabbed.every((e) => e.at <= deadline)).toBe(true);
          expect(grabbed).toHaveLength(won.length);
          // The store: everyone who took part did so before the deadline, and the winners' amounts match.
          const records = grabs[i]!;
          expect(records.every((r) => r.grabbedAt >= sentAt && r.grabbedAt < deadline)).toBe(true);
          expect(records.filter((r) => r.Amount > 0).reduce((s, r) => s + r.Amount, 0)).toBe(sum);
          expect(records).toHaveLength(ended!.data!.JoinUserNumber as number);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("plays the same room the same whatever the step sizes, its memory saved as JSON between steps", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const once = await play(scenario, [60]);
        const stepped = await play(scenario, scenario.steps, true);
        expect(stepped.normalised).toEqual(once.normalised);
      }),
      { numRuns: 15 },
    );
  });
});
