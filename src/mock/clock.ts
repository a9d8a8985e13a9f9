/** The mock's notion of "now". Injected everywhere time matters so tests never sleep. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The real wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * A clock that stands still until moved: for tests of timestamp windows and expiry.
 *
 * @example
 * const clock = manualClock(Date.parse("2026-03-01T00:00:00Z"));
 * clock.advance(5 * 60_000);
 */
export function manualClock(start: number): Clock & { set(ms: number): void; advance(ms: number): void } {
  let current = start;
  return {
    now: () => current,
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/** A clock the control plane can read, set, advance and freeze: an offset over another clock. */
export interface ControllableClock extends Clock {
  /** Makes `now()` answer `ms` at this instant (time keeps flowing from there, unless frozen). */
  set(ms: number): void;
  /** Moves `now()` forward (or back, with a negative value) by `ms`; a frozen clock stays frozen at the new time. */
  advance(ms: number): void;
  /** Stops time at `at` (default: now): `now()` answers it until the clock is advanced, set or restored. */
  freeze(at?: number): void;
  /** Back to the base clock (offset 0), flowing. */
  restore(): void;
  /** Milliseconds added to the base clock (while frozen: the frozen time minus the base clock's). */
  readonly offsetMs: number;
  /** True while time stands still (`PUT /__livemock/clock {"frozen": true}`, `--clock frozen`). */
  readonly frozen: boolean;
}

/**
 * Wraps a clock so it can be set, advanced and frozen at runtime (`PUT /__livemock/clock`): the
 * result is `base.now() + offset`, or the frozen instant. With a {@link manualClock} base it stands
 * still as the base does.
 *
 * @example
 * const clock = controllableClock(systemClock);
 * clock.advance(2 * 3600_000); // two hours later, and still ticking
 * clock.freeze(); // stands still until advanced or restored
 * clock.restore();
 */
export function controllableClock(base: Clock, initialOffsetMs = 0): ControllableClock {
  let offset = initialOffsetMs;
  let frozenAt: number | undefined;
  return {
    now: () => frozenAt ?? base.now() + offset,
    set: (ms) => {
      if (frozenAt !== undefined) frozenAt = ms;
      else offset = ms - base.now();
    },
    advance: (ms) => {
      if (frozenAt !== undefined) frozenAt += ms;
      else offset += ms;
    },
    freeze: (at) => {
      frozenAt = at ?? frozenAt ?? base.now() + offset;
    },
    restore: () => {
      offset = 0;
      frozenAt = undefined;
    },
    get offsetMs() {
      return frozenAt === undefined ? offset : frozenAt - base.now();
    },
    get frozen() {
      return frozenAt !== undefined;
    },
  };
}
