/**
 * A red packet's participation conditions (参与条件) as a live room checks them. The console guide
 * (doc 3019/106078): a viewer takes part only when every chosen condition is met — logged in (every
 * simulated viewer is), a comment password (`BarragePwd`, 弹幕口令), and "all" or a given number of
 * the check-ins, votes, questionnaires or quizzes sent during the live. The API's values were lost
 * from the docs (the example says `"all"`), so livemock reads them as [inferred]:
 *
 * - absent or `""`: no condition;
 * - `CheckIn`: `"all"` (or any non-number) needs the viewer's check-in (the room's crowd checks in
 *   once); a number `n` needs `n` check-ins;
 * - `WatchLiveTime` (Node SDK only): minutes watched in the room, over every visit;
 * - `Vote`, `Questionnaire`, `Quiz`, `RightQuiz`: a room sends no votes, questionnaires or quizzes,
 *   so `"all"` of them is met at once and a number above 0 never is.
 */
import type { RedPacketConfig } from "../../../contracts/volcengine/index.ts";
import { type ViewerMemory, watchedBy } from "./room-memory.ts";

/** Why a viewer cannot take part yet. */
export type Unmet =
  /** Needs more check-ins: try again after the next one. */
  | { kind: "check-in"; needed: number }
  /** Needs more watch time: met at `at` if the viewer stays. */
  | { kind: "watch"; at: number }
  /** Cannot be met in a room. */
  | { kind: "never"; condition: string };

const COUNT = /^\s*(\d+)\s*$/u;

/** The number a condition value asks for, "all" for a non-number, or undefined for no condition. */
function demand(value: string | undefined): number | "all" | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const count = COUNT.exec(value);
  if (count) return Number(count[1]) === 0 ? undefined : Number(count[1]);
  return "all";
}

/**
 * The first condition a viewer does not meet at `at`, or undefined when they may take part.
 *
 * @example
 * unmetCondition({ AwardCondition: { CheckIn: "all" } } as RedPacketConfig, { watchedMs: 0, signIns: 0 }, 0) // { kind: "check-in", needed: 1 }
 */
export function unmetCondition(config: RedPacketConfig, viewer: ViewerMemory, at: number): Unmet | undefined {
  const condition = config.AwardCondition ?? {};
  const checkIn = demand(condition.CheckIn);
  if (checkIn !== undefined) {
    const needed = checkIn === "all" ? 1 : checkIn;
    if (viewer.signIns < needed) return { kind: "check-in", needed };
  }
  const watch = demand(condition.WatchLiveTime);
  if (typeof watch === "number") {
    const missing = watch * 60_000 - watchedBy(viewer, at);
    if (missing > 0) return { kind: "watch", at: at + missing };
  }
  for (const name of ["Vote", "Questionnaire", "Quiz", "RightQuiz"] as const) {
    if (typeof demand(condition[name]) === "number") return { kind: "never", condition: name };
  }
  return undefined;
}

/**
 * The comment password of a packet, trimmed, or undefined when it has none.
 *
 * @example
 * barragePassword({ BarragePwd: " 抢红包 " } as RedPacketConfig) // "抢红包"
 */
export function barragePassword(config: RedPacketConfig): string | undefined {
  const password = config.BarragePwd?.trim();
  return password ? password : undefined;
}
