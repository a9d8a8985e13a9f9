/**
 * How a Volcengine red packet's money (fen) or points are cut into packets, and who of the viewers
 * who took part wins one when it is drawn (开奖).
 *
 * - Cash packets (RedPacketType 0) and random points packets (AmountCalculationType 0): `TotalAmount`
 *   is split at random into `RedPacketNumber` packets of at least 1 each (the console calls them
 *   "金额随机"); the split is the usual "twice the mean" one (each packet drawn uniformly in
 *   [1, 2 × remaining ÷ packets left], the last takes the rest) [inferred: the docs name no
 *   algorithm]. Every packet given sums to `TotalAmount` exactly; fewer winners give less, never more.
 * - Fixed points packets (AmountCalculationType 1): `RewardPointAmount` × `RewardPointNumber` for
 *   each `FixedRewardPointConfigs` pair, handed out in a random order [inferred].
 */
import type { RedPacketConfig } from "../../../contracts/volcengine/index.ts";

/** The random source a split or a draw uses (a room's `room.random`). */
export interface SplitRandom {
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
}

/**
 * Splits `total` into `count` random packets of at least 1 each, summing to `total` exactly. When
 * `total` is smaller than `count`, only `total` packets of 1 can be made [inferred: the vendor's
 * smallest packet is 1 fen or 1 point].
 *
 * @example
 * splitRandomly(100, 3, room.random) // e.g. [41, 17, 42]
 */
export function splitRandomly(total: number, count: number, random: SplitRandom): number[] {
  const packets = Math.min(Math.floor(count), Math.floor(total));
  if (!(packets >= 1)) return [];
  const amounts: number[] = [];
  let remaining = Math.floor(total);
  for (let left = packets; left > 1; left--) {
    // Leave at least 1 for each packet still to come; at most twice the mean of what is left.
    const most = Math.min(remaining - (left - 1), Math.floor((2 * remaining) / left));
    const amount = random.int(1, Math.max(1, most));
    amounts.push(amount);
    remaining -= amount;
  }
  amounts.push(remaining);
  return amounts;
}

/**
 * Shuffles a list in place (Fisher–Yates) and returns it.
 *
 * @example
 * shuffle([1, 2, 3], room.random) // e.g. [2, 3, 1]
 */
export function shuffle<T>(items: T[], random: SplitRandom): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const swap = items[i] as T;
    items[i] = items[j] as T;
    items[j] = swap;
  }
  return items;
}

/** Whether a packet's amounts are fixed points (RedPacketType 1 with AmountCalculationType 1). */
export function isFixedPoints(config: Pick<RedPacketConfig, "RedPacketType" | "RewardsPointsConfig">): boolean {
  return config.RedPacketType === 1 && config.RewardsPointsConfig?.AmountCalculationType === 1;
}

/**
 * What a packet holds in all: `TotalAmount`, or the sum of the fixed points pairs.
 *
 * @example
 * packetTotal({ RedPacketType: 0, TotalAmount: 100, RedPacketNumber: 2 }) // { total: 100, count: 2 }
 */
export function packetTotal(config: Pick<RedPacketConfig, "RedPacketType" | "RewardsPointsConfig" | "TotalAmount" | "RedPacketNumber">): { total: number; count: number } {
  if (isFixedPoints(config)) {
    const pairs = config.RewardsPointsConfig?.FixedRewardPointConfigs ?? [];
    return {
      total: pairs.reduce((sum, pair) => sum + pair.RewardPointAmount * pair.RewardPointNumber, 0),
      count: pairs.reduce((sum, pair) => sum + pair.RewardPointNumber, 0),
    };
  }
  return { total: config.TotalAmount ?? 0, count: config.RedPacketNumber ?? 0 };
}

/**
 * Every packet of a red packet, in the order the winners receive them: a random split of
 * `TotalAmount`, or the fixed points amounts shuffled.
 *
 * @example
 * packetAmounts({ RedPacketType: 0, TotalAmount: 100, RedPacketNumber: 2 }, room.random) // e.g. [63, 37]
 */
export function packetAmounts(config: Pick<RedPacketConfig, "RedPacketType" | "RewardsPointsConfig" | "TotalAmount" | "RedPacketNumber">, random: SplitRandom): number[] {
  if (isFixedPoints(config)) {
    const amounts: number[] = [];
    for (const pair of config.RewardsPointsConfig?.FixedRewardPointConfigs ?? []) {
      for (let i = 0; i < pair.RewardPointNumber; i++) amounts.push(pair.RewardPointAmount);
    }
    return shuffle(amounts, random);
  }
  return splitRandomly(config.TotalAmount ?? 0, config.RedPacketNumber ?? 0, random);
}

/** A viewer who took part in a red packet, as the draw sees them. */
export interface DrawEntrant {
  viewerId: string;
  /** Wins of this viewer in this live room so far (red packets), for `RepeatedAwardLimit` and `RangeStatus`. */
  wins: number;
}

/**
 * Draws a red packet: who of the entrants wins which amount. Entrants who already won
 * `repeatedAwardLimit` times in the live room cannot win; with `rangeStatus` 1 (未中奖观众优先) the
 * entrants who have not won yet are drawn first [inferred: the console guide only says their chance
 * is raised]; each entrant wins at most one packet.
 *
 * @example
 * drawWinners([{ viewerId: "1", wins: 0 }], [100], { repeatedAwardLimit: 1, rangeStatus: 0 }, room.random)
 * // [{ viewerId: "1", amount: 100 }]
 */
export function drawWinners(
  entrants: readonly DrawEntrant[],
  amounts: readonly number[],
  rules: { repeatedAwardLimit: number; rangeStatus: number },
  random: SplitRandom,
): { viewerId: string; amount: number }[] {
  const eligible = entrants.filter((entrant) => entrant.wins < rules.repeatedAwardLimit);
  let order: DrawEntrant[];
  if (rules.rangeStatus === 1) {
    order = [
      ...shuffle(
        eligible.filter((entrant) => entrant.wins === 0),
        random,
      ),
      ...shuffle(
        eligible.filter((entrant) => entrant.wins > 0),
        random,
      ),
    ];
  } else {
    order = shuffle([...eligible], random);
  }
  const winners = Math.min(order.length, amounts.length);
  const result: { viewerId: string; amount: number }[] = [];
  for (let i = 0; i < winners; i++) result.push({ viewerId: (order[i] as DrawEntrant).viewerId, amount: amounts[i] as number });
  return result;
}
