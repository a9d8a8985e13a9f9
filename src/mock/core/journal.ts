import type { VendorName } from "./vendor.ts";

/** One request as the journal keeps it: secrets already redacted. */
export interface JournalEntry {
  id: number;
  /** Arrival time, ms since the epoch (mock clock). */
  at: number;
  vendor: VendorName | "livemock";
  operation?: string;
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  status: number;
  errorCode?: string | number;
  reason?: string;
  owner?: string;
  /** Wall-clock handling time in ms. */
  latencyMs: number;
}

/** A bounded ring buffer of recent requests. */
export interface Journal {
  record(entry: Omit<JournalEntry, "id">): JournalEntry;
  /** Newest last. */
  entries(): JournalEntry[];
  clear(): void;
  readonly capacity: number;
}

/**
 * Creates a journal that keeps at most `capacity` entries, dropping the oldest.
 *
 * @example
 * const journal = createJournal(1000);
 * journal.record({ at: Date.now(), vendor: "polyv", method: "GET", path: "/", query: {}, status: 200, latencyMs: 1 });
 */
export function createJournal(capacity = 1000): Journal {
  const buffer: (JournalEntry | undefined)[] = new Array(capacity);
  let next = 0;
  let size = 0;
  let counter = 0;
  return {
    capacity,
    record(entry) {
      const full: JournalEntry = { id: ++counter, ...entry };
      buffer[next] = full;
      next = (next + 1) % capacity;
      size = Math.min(size + 1, capacity);
      return full;
    },
    entries() {
      const out: JournalEntry[] = [];
      for (let i = 0; i < size; i++) {
        const entry = buffer[(next - size + i + capacity) % capacity];
        if (entry) out.push(entry);
      }
      return out;
    },
    clear() {
      buffer.fill(undefined);
      next = 0;
      size = 0;
    },
  };
}
