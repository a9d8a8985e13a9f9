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
