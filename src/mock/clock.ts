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

/** A clock the control plane can read, set and advance: an offset over another clock. */
export interface ControllableClock extends Clock {
  /** Makes `now()` answer `ms` at this instant (time keeps flowing from there with the base clock). */
  set(ms: number): void;
  /** Moves `now()` forward (or back, with a negative value) by `ms`. */
  advance(ms: number): void;
  /** Back to the base clock (offset 0). */
  restore(): void;
  /** Milliseconds added to the base clock. */
  readonly offsetMs: number;
}

/**
 * Wraps a clock so it can be set and advanced at runtime (`PUT /__livemock/clock`) without stopping
 * it: the result is `base.now() + offset`. With a {@link manualClock} base it stands still as the base does.
 *
 * @example
 * const clock = controllableClock(systemClock);
 * clock.advance(2 * 3600_000); // two hours later, and still ticking
 * clock.restore();
 */
export function controllableClock(base: Clock, initialOffsetMs = 0): ControllableClock {
  let offset = initialOffsetMs;
  return {
    now: () => base.now() + offset,
    set: (ms) => {
      offset = ms - base.now();
    },
    advance: (ms) => {
      offset += ms;
    },
    restore: () => {
      offset = 0;
    },
    get offsetMs() {
      return offset;
    },
  };
}
