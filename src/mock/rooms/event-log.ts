/**
 * A room's event log: the newest {@link EVENT_LOG_LIMIT} events (older ones are dropped, their count
 * kept), counts per type, and viewers online per minute for the dashboard's chart.
 */
import type { RoomEvent, RoomEventType } from "./types.ts";

/** Events a room keeps (a 10,000-viewer, two-hour room makes about 100,000; the newest are kept). */
export const EVENT_LOG_LIMIT = 50_000;

/** Points of the online-viewers series a room keeps (one a minute: a week of mock time). */
const SERIES_LIMIT = 10_080;

/** The saved form of a log. */
export interface SavedLog {
  events: RoomEvent[];
  dropped: number;
  counts: Partial<Record<RoomEventType, number>>;
  series: [number, number][];
}

/** What `GET /rooms/{id}/events` reads. */
export interface EventQuery {
  types?: ReadonlySet<string>;
  /** Events after this seq. */
  since?: number;
  limit: number;
}

export interface EventLog {
  /** The last seq given (0 before any event). */
  readonly lastSeq: number;
  readonly counts: Readonly<Partial<Record<RoomEventType, number>>>;
  /** Events dropped from the front because of the limit. */
  readonly dropped: number;
  /** `[minute start (ms), viewers online]`, oldest first. */
  readonly series: readonly (readonly [number, number])[];
  append(event: RoomEvent): void;
  /** Records the number of viewers online at `at` (one point per mock minute). */
  sample(at: number, online: number): void;
  query(query: EventQuery): RoomEvent[];
  save(): SavedLog;
}

/**
 * Creates a room's event log, empty or from a saved one.
 *
 * @example
 * const log = createEventLog();
 * log.append(event);
 * log.query({ since: 0, limit: 100 });
 */
export function createEventLog(saved?: SavedLog): EventLog {
  const events: RoomEvent[] = saved ? [...saved.events] : [];
  let head = 0;
  let dropped = saved?.dropped ?? 0;
  const counts: Partial<Record<RoomEventType, number>> = { ...(saved?.counts ?? {}) };
  const series: [number, number][] = saved ? saved.series.map(([at, n]) => [at, n]) : [];
  const live = () => (head === 0 ? events : events.slice(head));
  return {
    get lastSeq() {
      return events.length > head ? (events[events.length - 1] as RoomEvent).seq : dropped;
    },
    counts,
    get dropped() {
      return dropped;
    },
    series,
    append(event) {
      events.push(event);
      counts[event.type] = (counts[event.type] ?? 0) + 1;
      if (events.length - head > EVENT_LOG_LIMIT) {
        head++;
        dropped++;
        // Compact once the dropped front is as long as the kept part.
        if (head >= EVENT_LOG_LIMIT) {
          events.splice(0, head);
          head = 0;
        }
      }
    },
    sample(at, online) {
      const minute = at - (at % 60_000);
      const last = series[series.length - 1];
      if (last && last[0] === minute) last[1] = online;
      else {
        series.push([minute, online]);
        if (series.length > SERIES_LIMIT) series.shift();
      }
    },
    query({ types, since = 0, limit }) {
      const out: RoomEvent[] = [];
      // Seqs are consecutive: start at the first kept event after `since`.
      const first = events[head]?.seq ?? 1;
      for (let i = head + Math.max(0, since + 1 - first); i < events.length && out.length < limit; i++) {
        const event = events[i] as RoomEvent;
        if (!types || types.has(event.type)) out.push(event);
      }
      return out;
    },
    save: () => ({ events: live(), dropped, counts: { ...counts }, series: series.map(([at, n]) => [at, n]) }),
  };
}
