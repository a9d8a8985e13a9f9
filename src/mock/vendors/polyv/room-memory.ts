/**
 * What a Polyv room remembers between steps (`room.memory`, JSON-serialisable): the channel's
 * task-reward activities and lotteries as last read from the store, each viewer's watch sessions
 * and moves, task progress, lottery draws, and what the next commit writes.
 */
import type { StoredLotteryRecord, StoredLotteryWinner, StoredViewerTaskReward } from "./results.ts";
import type { StoredTaskReward } from "./task-reward.ts";

/** A task-reward activity as the room plays it (refreshed from the store at every step). */
export type ActivityMemo = Pick<StoredTaskReward, "activityId" | "activityName" | "taskRule" | "startTime" | "endTime" | "stoppedAt" | "tasks">;

/** A prize item of a question lottery. */
export interface PrizeMemo {
  prizeItem: string;
  prizeName: string;
  correctAnswerCount: number;
  amount: number;
}

/** A lottery activity as the room plays it (refreshed from the store at every step). */
export interface LotteryMemo {
  id: number;
  activityName: string;
  condition: string;
  amount: number;
  prizeName: string;
  /** The entry window's length (ms), from `activityDuration` in `activityDurationType` units; null when unset. */
  windowMs: number | null;
  /** `duration` lotteries: watch minutes needed. */
  duration: number | null;
  /** `invite` lotteries: friends to invite. */
  inviteNum: number | null;
  /** `comment` lotteries: the comment to send. */
  comment: string | null;
  repeatWin: boolean;
  /** Only viewers online at the draw take part (`lotteryOnlineEnabled`, read back "Y" by default). */
  onlineOnly: boolean;
  lotteryRange: string;
  prizes: PrizeMemo[];
  deleted: boolean;
}

/** One viewer's moves in this room. */
export interface ViewerMemo {
  nickname: string;
  /** Watch sessions `[joinedAt, leftAt]`; the last one has `leftAt` null while the viewer is online. */
  sessions: [number, number | null][];
  signIns: number[];
  /** When the viewer commented (the text plays no part: see room-lottery.ts). */
  comments: number[];
  shares: number[];
}

/** One draw of a lottery activity (a Polyv `lotteryId`). */
export interface DrawMemo {
  lotteryId: string;
  at: number;
  participants: number;
  winners: { viewerId: string; nickname: string; prize: string; winnerCode: string }[];
}

/** A lottery activity's life in this room. */
export interface LotteryRunMemo {
  /** When the room first saw it: its entry window opens then [inferred]. */
  launchedAt: number;
  /** Its scheduled draw (launch + activityDuration), null when it has none. */
  drawAt: number | null;
  draws: DrawMemo[];
}

/** A reward the next commit writes as a `task-reward-viewer` record (it adds the id and the channel). */
export type PendingReward = Omit<StoredViewerTaskReward, "id" | "channelId" | "reached" | "formInfo"> & { rewarded: boolean; reachedAt: number };

export interface PolyvRoomMemory {
  channel: { channelId: number; userId: string; name: string } | null;
  /** The live session (场次) id the room's draws belong to. */
  sessionId: string;
  activities: Record<string, ActivityMemo>;
  lotteries: Record<string, LotteryMemo>;
  /** Viewer ids in joining order (object keys alone would not keep it for every id shape). */
  order: string[];
  viewers: Record<string, ViewerMemo>;
  /** Per activity, per viewer: the task ids completed, in completion order. */
  progress: Record<string, Record<string, number[]>>;
  /** Rewards granted per limited task id (store records read once, then this room's), for `rewardSetting.limit`. */
  granted: Record<string, number>;
  runs: Record<string, LotteryRunMemo>;
  /** Viewers who won any draw in this room (for `repeatWinEnabled: N`). */
  everWon: string[];
  /** True once a prepare has read the store. */
  loaded: boolean;
  /** False after a prepare: the next input opens new lotteries and, when the activities changed, watches their tasks. */
  checked: boolean;
  /** The activities' windows and tasks as last watched (online checks are rescheduled only when it changes). */
  activitiesKey: string;
  /** Per viewer, the earliest online-minutes check already scheduled. */
  checks: Record<string, number>;
  /** Host actions that could not be played (unknown or deleted lottery). */
  skipped: { at: number; action: string; reason: string }[];
  pending: { rewards: PendingReward[]; records: StoredLotteryRecord[]; winners: StoredLotteryWinner[] };
}

/**
 * The room's memory, initialised on first use.
 *
 * @example
 * const memory = polyvMemory(room); memory.order.length // 0
 */
export function polyvMemory(room: { memory: Record<string, unknown> }): PolyvRoomMemory {
  const memory = room.memory as Partial<PolyvRoomMemory>;
  if (memory.order === undefined) {
    Object.assign(memory, {
      channel: null,
      sessionId: "",
      activities: {},
      lotteries: {},
      order: [],
      viewers: {},
      progress: {},
      granted: {},
      runs: {},
      everWon: [],
      loaded: false,
      checked: false,
      activitiesKey: "",
      checks: {},
      skipped: [],
      pending: { rewards: [], records: [], winners: [] },
    } satisfies PolyvRoomMemory);
  }
  return memory as PolyvRoomMemory;
}

/**
 * Milliseconds a viewer watched within `[from, to)`, counting an open session up to `to`.
 *
 * @example
 * watchedMs({ sessions: [[0, 60_000]] }, 30_000, 120_000) // 30_000
 */
export function watchedMs(viewer: Pick<ViewerMemo, "sessions">, from: number, to: number): number {
  let total = 0;
  for (const [joined, left] of viewer.sessions) {
    const start = Math.max(joined, from);
    const end = Math.min(left ?? to, to);
    if (end > start) total += end - start;
  }
  return total;
}

/** True when the viewer is online (last session open). */
export function isOnline(viewer: Pick<ViewerMemo, "sessions">): boolean {
  const last = viewer.sessions[viewer.sessions.length - 1];
  return last !== undefined && last[1] === null;
}
