/**
 * Lottery activities played in a room. The room launches every lottery activity of the channel
 * when it first sees it (at the room's start, or at the first step after it was created): its
 * entry window opens then [inferred: Polyv's host launches a lottery from the console]. A lottery
 * with an `activityDuration` (in `activityDurationType` units, minutes by default [doc: 活动时长(分钟)])
 * draws itself when that time is over, unless drawn before; a `draw-lottery` host move draws it at
 * once (again, when it was drawn already: each draw is a new `lotteryId`).
 *
 * Who takes part (counted over the entry window, from the launch to the draw):
 * - `none`: everyone;
 * - `duration`: viewers who watched at least `duration` minutes [doc: 观看时长];
 * - `comment`: viewers who commented; the simulated crowd does not know the lottery's password, so any
 *   comment stands for it [inferred];
 * - `invite`: viewers who shared the live at least `inviteNum` times, a share standing for one friend
 *   invited [inferred: the crowd has no invitees];
 * - `question`: viewers online at the draw answer the question group; each answer's correct count
 *   is drawn from the room's random source, and a prize item goes to viewers who answered at least
 *   its `correctAnswerCount` [inferred].
 * With `lotteryOnlineEnabled` other than "N" (Polyv reads it back "Y") only viewers online at the
 * draw take part [inferred]. `lotteryRange: customGroup` counts everyone (livemock knows no groups).
 *
 * At most `amount` winners per draw, each at most once; with `repeatWinEnabled` other than "Y" a
 * viewer who already won another lottery in this room is not drawn [doc: 允许重复中奖, default N]; nobody
 * wins the same lottery activity twice over its draws [inferred].
 */
import { hexDigest } from "../../../util/hex-digest.ts";
import type { RoomHandle, RoomRandom } from "../../rooms/types.ts";
import { type DrawMemo, isOnline, type LotteryMemo, type PolyvRoomMemory, watchedMs } from "./room-memory.ts";

type Effects = Pick<RoomHandle, "emit" | "schedule" | "random">;

const MINUTE = 60_000;

/**
 * The entry window's length in ms, or null when the lottery has no duration.
 *
 * @example
 * lotteryWindowMs("10", null) // 600_000
 */
export function lotteryWindowMs(activityDuration: string | null | undefined, unit: string | null | undefined): number | null {
  if (activityDuration === null || activityDuration === undefined) return null;
  const value = Number(activityDuration);
  if (!Number.isFinite(value) || value <= 0) return null;
  const scale = unit === "second" ? 1000 : unit === "hour" ? 60 * MINUTE : MINUTE;
  return Math.round(value * scale);
}

/**
 * Opens the entry window of every lottery the room has not seen yet and schedules its draw.
 *
 * @example
 * launchLotteries(memory, room, input.at);
 */
export function launchLotteries(memory: PolyvRoomMemory, room: Pick<RoomHandle, "schedule">, at: number): void {
  for (const lottery of Object.values(memory.lotteries)) {
    if (memory.runs[lottery.id] !== undefined || lottery.deleted) continue;
    const drawAt = lottery.windowMs === null ? null : at + lottery.windowMs;
    memory.runs[lottery.id] = { launchedAt: at, drawAt, draws: [] };
    if (drawAt !== null) room.schedule(drawAt, { type: "lottery-draw", lotteryId: lottery.id });
  }
}

/**
 * Lowercase letters and digits of a digest, like Polyv's `fv3mao43u6` lottery and session ids [sdk].
 *
 * @example
 * polyvCode("room-1:20521:0", 10) // 10 chars of [0-9a-z]
 */
export function polyvCode(seed: string, length: number): string {
  return BigInt(`0x${hexDigest("md5", seed)}`)
    .toString(36)
    .padStart(length, "0")
    .slice(0, length);
}

/**
 * The viewers who meet the lottery's condition at `at`, in joining order (before the answers of a
 * question lottery).
 */
export function eligibleViewers(memory: PolyvRoomMemory, lottery: LotteryMemo, from: number, at: number): string[] {
  // Nobody wins one lottery activity twice (over its draws); other lotteries' winners only when repeatWin.
  const excluded = new Set(lottery.repeatWin ? [] : memory.everWon);
  for (const draw of memory.runs[lottery.id]?.draws ?? []) for (const winner of draw.winners) excluded.add(winner.viewerId);
  return memory.order.filter((viewerId) => {
    const viewer = memory.viewers[viewerId]!;
    if (excluded.has(viewerId)) return false;
    if ((lottery.onlineOnly || lottery.condition === "question") && !isOnline(viewer)) return false;
    // Someone who was never there during the window cannot take part.
    if (watchedMs(viewer, from, at) === 0 && !isOnline(viewer)) return false;
    switch (lottery.condition) {
      case "none":
      case "question":
        return true;
      case "duration":
        return watchedMs(viewer, from, at) >= (lottery.duration ?? 0) * MINUTE;
      case "comment":
        return viewer.comments.some((t) => t >= from && t <= at);
      case "invite":
        return viewer.shares.filter((t) => t >= from && t <= at).length >= Math.max(1, lottery.inviteNum ?? 1);
      default:
        return false;
    }
  });
}

/** Draws up to `count` distinct items (a partial Fisher–Yates over a copy). */
export function drawDistinct<T>(items: readonly T[], count: number, random: RoomRandom): T[] {
  const pool = [...items];
  const n = Math.min(Math.max(0, count), pool.length);
  for (let i = 0; i < n; i++) {
    const j = random.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

/** Winners and their prizes: one pick, or a question lottery's prize items from the hardest down. */
function pickWinners(lottery: LotteryMemo, eligible: string[], random: RoomRandom): { viewerId: string; prize: string }[] {
  if (lottery.condition !== "question" || lottery.prizes.length === 0) {
    return drawDistinct(eligible, lottery.amount, random).map((viewerId) => ({ viewerId, prize: lottery.prizeName }));
  }
  const most = Math.max(...lottery.prizes.map((p) => p.correctAnswerCount));
  const correct = new Map(eligible.map((viewerId) => [viewerId, random.int(0, Math.max(0, most))]));
  const won: { viewerId: string; prize: string }[] = [];
  const taken = new Set<string>();
  for (const prize of [...lottery.prizes].sort((a, b) => b.correctAnswerCount - a.correctAnswerCount)) {
    const left = lottery.amount - won.length;
    if (left <= 0) break;
    const pool = eligible.filter((viewerId) => !taken.has(viewerId) && correct.get(viewerId)! >= prize.correctAnswerCount);
    for (const viewerId of drawDistinct(pool, Math.min(prize.amount, left), random)) {
      taken.add(viewerId);
      won.push({ viewerId, prize: `${prize.prizeItem} ${prize.prizeName}` });
    }
  }
  return won;
}

/**
 * Draws a lottery at `at`: picks the winners, emits `lottery.drawn` and one `lottery.won` per
 * winner, queues the record and the winners for the commit. Returns the draw, or a reason when the
 * lottery cannot be drawn.
 *
 * @example
 * drawLottery(memory, room, 20521, input.at)
 */
export function drawLottery(memory: PolyvRoomMemory, room: Effects, lotteryId: number, at: number, roomId: string): DrawMemo | string {
  const lottery = memory.lotteries[lotteryId];
  if (lottery === undefined) return `lottery activity ${lotteryId} does not exist in channel ${memory.channel?.channelId ?? "?"}`;
  if (lottery.deleted) return `lottery activity ${lotteryId} was deleted`;
  const run = memory.runs[lotteryId] ?? { launchedAt: at, drawAt: null, draws: [] };
  memory.runs[lotteryId] = run;
  const eligible = eligibleViewers(memory, lottery, run.launchedAt, at);
  const picked = pickWinners(lottery, eligible, room.random);
  const drawId = polyvCode(`${roomId}:${lotteryId}:${run.draws.length}:${at}`, 10);
  const winners = picked.map(({ viewerId, prize }) => ({
    viewerId,
    nickname: memory.viewers[viewerId]!.nickname,
    prize,
    winnerCode: polyvCode(`${drawId}:${viewerId}`, 8).toUpperCase(),
  }));
  const draw: DrawMemo = { lotteryId: drawId, at, participants: eligible.length, winners };
  run.draws.push(draw);
  for (const winner of winners) if (!memory.everWon.includes(winner.viewerId)) memory.everWon.push(winner.viewerId);

  const channelId = memory.channel?.channelId ?? 0;
  memory.pending.records.push({
    lotteryId: drawId,
    channelId,
    userId: memory.channel?.userId ?? "",
    sessionId: memory.sessionId,
    activityId: lottery.id,
    activityName: lottery.activityName,
    lotteryRange: lottery.lotteryRange,
    actor: null,
    prize: lottery.prizeName,
    amount: lottery.amount,
    winnerCount: winners.length,
    totalUsers: eligible.length,
    createdTime: at,
  });
  for (const winner of winners) {
    memory.pending.winners.push({
      winnerCode: winner.winnerCode,
      lotteryId: drawId,
      channelId,
      viewerId: winner.viewerId,
      viewerName: winner.nickname,
      prize: winner.prize,
      winTime: at,
      receiveInfo: null,
    });
  }
  room.emit({
    type: "lottery.drawn",
    object: { kind: "lottery", id: lottery.id },
    data: { lotteryId: drawId, condition: lottery.condition, amount: lottery.amount, participants: eligible.length, winners: winners.length, prize: lottery.prizeName },
  });
  for (const winner of winners) {
    room.emit({ type: "lottery.won", viewerId: winner.viewerId, object: { kind: "lottery", id: lottery.id }, data: { lotteryId: drawId, winnerCode: winner.winnerCode, prize: winner.prize } });
  }
  return draw;
}
