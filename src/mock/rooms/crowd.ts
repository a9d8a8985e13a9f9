/**
 * The crowd of a room: when each viewer arrives, how long they watch, and when they comment, like,
 * sign in and share. Each viewer draws from their own random stream (seeded by the room and their
 * index), so what one viewer does never depends on how the clock was stepped or on other viewers.
 */
import type { RoomRandom, RoomScenario } from "./types.ts";

const MINUTE = 60_000;

/** What a viewer does next, as the room's queue holds it (JSON-serialisable). */
export type CrowdMove = { kind: "join"; index: number } | { kind: "leave"; viewerId: string } | { kind: "comment" | "like"; viewerId: string } | { kind: "sign-in" | "share"; viewerId: string };

/** Bilingual comment texts, in the style of a live room's chat. */
export const COMMENT_TEXTS = [
  "主播好！Hi!",
  "666",
  "讲得真清楚 so clear",
  "求链接 link please",
  "已下单 just ordered",
  "怎么报名？how do I sign up?",
  "抽我抽我 pick me!",
  "来了来了 here!",
  "有回放吗？replay?",
  "价格多少？price?",
  "👍👍👍",
  "谢谢老师 thank you",
] as const;

/**
 * Arrival offsets (ms after the start) of every viewer, ascending, so viewer `i` is the `i`-th to
 * arrive. `front`: most arrive early (half in the first quarter); `uniform`: evenly over the first
 * 90%; `burst`: all in the first minute.
 *
 * @example
 * arrivals(scenario, random) // [412, 9_118, ...] (ms)
 */
export function arrivals(scenario: RoomScenario, random: RoomRandom): number[] {
  const span = scenario.durationMinutes * MINUTE;
  const out = new Array<number>(scenario.viewers);
  for (let i = 0; i < scenario.viewers; i++) {
    const u = random.next();
    const fraction = scenario.arrival === "burst" ? u * Math.min(1, MINUTE / span) : scenario.arrival === "uniform" ? u * 0.9 : u * u * 0.9;
    out[i] = Math.floor(fraction * span);
  }
  return out.sort((a, b) => a - b);
}

/** Exponentially distributed wait with the given mean (ms). */
function exponential(random: RoomRandom, meanMs: number): number {
  return Math.max(1, Math.round(-Math.log(1 - random.next()) * meanMs));
}

/** One viewer's plan on joining: when they leave and their first moves. */
export interface ViewerPlan {
  leaveAt: number;
  moves: { at: number; move: CrowdMove }[];
}

/**
 * Plans a viewer's stay at `joinedAt`: watch time (exponential around `watchMinutes`, at least one
 * minute, cut at the room's end), whether and when they sign in and share, and their first comment
 * and like (each later one is drawn by {@link nextRepeat} when the previous happens).
 *
 * @example
 * const plan = planViewer("v1", joinedAt, endsAt, scenario, viewerRandom);
 */
export function planViewer(viewerId: string, joinedAt: number, endsAt: number, scenario: RoomScenario, random: RoomRandom): ViewerPlan {
  const leaveAt = Math.min(endsAt, joinedAt + Math.max(MINUTE, exponential(random, scenario.watchMinutes * MINUTE)));
  const moves: ViewerPlan["moves"] = [{ at: leaveAt, move: { kind: "leave", viewerId } }];
  const stay = leaveAt - joinedAt;
  const signs = random.next() < scenario.signInRate;
  const signAt = joinedAt + Math.round(MINUTE / 2 + random.next() * 4.5 * MINUTE);
  if (signs && signAt < leaveAt) moves.push({ at: signAt, move: { kind: "sign-in", viewerId } });
  const shares = random.next() < scenario.shareRate;
  const shareAt = joinedAt + Math.round(random.next() * stay);
  if (shares && shareAt < leaveAt) moves.push({ at: shareAt, move: { kind: "share", viewerId } });
  for (const kind of ["comment", "like"] as const) {
    const at = nextRepeat(kind, joinedAt, scenario, random);
    if (at !== undefined && at < leaveAt) moves.push({ at, move: { kind, viewerId } });
  }
  return { leaveAt, moves };
}

/**
 * When a viewer's next comment or like comes after one at `from` (a Poisson process at the
 * scenario's rate), or undefined when the rate is zero.
 *
 * @example
 * nextRepeat("like", now, scenario, viewerRandom)
 */
export function nextRepeat(kind: "comment" | "like", from: number, scenario: RoomScenario, random: RoomRandom): number | undefined {
  const perHour = kind === "comment" ? scenario.commentsPerHour : scenario.likesPerHour;
  if (perHour <= 0) return undefined;
  return from + exponential(random, (60 * MINUTE) / perHour);
}

/**
 * A comment's text, drawn from the viewer's stream.
 *
 * @example
 * commentText(viewerRandom) // "求链接 link please"
 */
export function commentText(random: RoomRandom): string {
  return COMMENT_TEXTS[Math.floor(random.next() * COMMENT_TEXTS.length)] as string;
}
