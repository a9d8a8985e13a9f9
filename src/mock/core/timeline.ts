/**
 * What follows the mock clock: rooms playing their events, callbacks retrying. A follower is called
 * with the mock time whenever it moves: at once (awaited) after the control plane moves the clock,
 * and every `tickMs` of real time while someone is awake and the clock is not frozen. Calls never
 * overlap: each waits for the previous one, so a follower sees time in order.
 */

import type { Awaitable } from "../../util/awaitable.ts";
import type { ControllableClock } from "../clock.ts";

/**
 * Called with the mock time, and `moved` true when the control plane moved the clock (false on a
 * tick of real time); answers true while it still has future work (keeps the ticker running).
 */
export type TimelineFollower = (now: number, moved: boolean) => Awaitable<boolean>;

export interface Timeline {
  /** Adds a follower; returns its removal. */
  follow(follower: TimelineFollower): () => void;
  /** Plays every follower up to the clock's time now; resolves when they are done (the control plane awaits it). */
  catchUp(): Promise<void>;
  /** Starts the real-time ticker (a follower calls it when it gets future work). */
  wake(): void;
  /** Stops the ticker (the app is closing). */
  stop(): void;
}

/**
 * Creates the timeline of one app. The ticker is an unref'd interval, started by {@link Timeline.wake}
 * and stopped when no follower has future work, so an idle app costs nothing.
 *
 * @example
 * const timeline = createTimeline(clock);
 * timeline.follow((now) => rooms.playTo(now));
 * clock.advance(30 * 60_000);
 * await timeline.catchUp();
 */
export function createTimeline(clock: ControllableClock, tickMs = 250): Timeline {
  const followers = new Set<TimelineFollower>();
  let ticker: ReturnType<typeof setInterval> | undefined;
  let running: Promise<void> = Promise.resolve();
  let ticking = false;

  const runAll = async (moved: boolean): Promise<boolean> => {
    let busy = false;
    for (const follower of [...followers]) {
      try {
        if (await follower(clock.now(), moved)) busy = true;
      } catch (error) {
        // A follower's failure must not stop the others or the ticker; it reports its own errors.
        process.emitWarning(`livemock timeline: ${(error as Error)?.message ?? String(error)}`);
      }
    }
    return busy;
  };

  const stopTicker = () => {
    if (ticker !== undefined) clearInterval(ticker);
    ticker = undefined;
  };

  const run = (moved: boolean): Promise<boolean> => {
    const next = running.then(() => runAll(moved));
    running = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  };

  const tick = () => {
    if (ticking || clock.frozen) return;
    ticking = true;
    void run(false).then((busy) => {
      ticking = false;
      if (!busy) stopTicker();
    });
  };

  return {
    follow(follower) {
      followers.add(follower);
      return () => followers.delete(follower);
    },
    async catchUp() {
      if (await run(true)) this.wake();
    },
    wake() {
      if (ticker !== undefined) return;
      ticker = setInterval(tick, tickMs);
      ticker.unref?.();
    },
    stop: stopTicker,
  };
}
