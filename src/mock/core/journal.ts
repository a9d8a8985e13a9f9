import { redactBody, redactQuery } from "./redact.ts";
import type { VendorWarning } from "./vendor.ts";

/** One request as the journal keeps it: secrets already redacted. */
export interface JournalEntry {
  id: number;
  /** Arrival time, ms since the epoch (mock clock). */
  at: number;
  /** The vendor served (its module's name), or `livemock` for the control plane. */
  vendor: string;
  operation?: string;
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  status: number;
  errorCode?: string | number;
  reason?: string;
  owner?: string;
  /** The leniencies the request relied on (`x-livemock-warning`), each `{ id, message }`; absent when it followed the documented rules. */
  warnings?: readonly VendorWarning[] | undefined;
  /** Wall-clock handling time in ms. */
  latencyMs: number;
}

/** What the dispatcher records: the raw query and body are redacted only when the journal is read. */
export type JournalRecord = Omit<JournalEntry, "id" | "body" | "query"> & {
  /** The query string as received (parsed and redacted when read), or an already-redacted copy (an entry restored from `--data-dir`). */
  query: string | Record<string, string>;
  /** The body as received: its bytes (kept off the JS heap until read) or its text. */
  rawBody?: string | Uint8Array;
  contentType?: string;
  /** An already-redacted body (an entry restored from `--data-dir`); ignored when `rawBody` is given. */
  body?: unknown;
};

/** Raw body bytes kept per entry (the redacted form is derived from them when read). */
const MAX_RAW_BODY = 8192;

/** Bytes of an entry's slot in the body buffer: bodies up to this size (nearly all) are copied there. */
const SLOT_BYTES = 1024;

/**
 * An entry as kept: its body waits, unredacted, either in the entry's slot of the journal's body
 * buffer (`rawLength` bytes) or, when longer than a slot, as `rawBody` itself.
 */
type Stored = Omit<JournalEntry, "query"> & { query: string | Record<string, string>; rawBody?: string | Uint8Array; rawLength?: number; contentType?: string };

/** UTF-8 text of body bytes. */
function textOf(raw: string | Uint8Array): string {
  return typeof raw === "string" ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("utf8");
}

/** A bounded ring buffer of recent requests. */
export interface Journal {
  record(entry: JournalRecord): void;
  /** Newest last. */
  entries(): JournalEntry[];
  /** The newest entry, if any. */
  latest(): JournalEntry | undefined;
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
  const buffer: (Stored | undefined)[] = new Array(capacity);
  /**
   * The bodies of up to 1 KiB, each in the slot of its entry's index: written once per request, no
   * object kept per body, so nothing of them reaches the garbage collector (a kept string or Buffer
   * lives for the next 999 requests and is promoted). `capacity` KiB, allocated on first use.
   */
  let bodies: Buffer | undefined;
  /** Secrets leave the entry the first time it is read (redaction is off the request path). */
  const settle = (entry: Stored, index: number): JournalEntry => {
    if (typeof entry.query === "string") entry.query = redactQuery(new URLSearchParams(entry.query));
    if (entry.rawLength !== undefined || entry.rawBody !== undefined) {
      const start = index * SLOT_BYTES;
      const raw = entry.rawLength !== undefined ? bodies!.toString("utf8", start, start + entry.rawLength) : textOf(entry.rawBody!);
      entry.body = redactBody(raw, entry.contentType ?? "");
      entry.rawLength = undefined;
      entry.rawBody = undefined;
      entry.contentType = undefined;
    }
    return entry as JournalEntry;
  };
  /** Keeps the body of the entry at `index`: in its slot when it fits, else as it is (up to 8 KiB), else only as its size. */
  const keepBody = (stored: Stored, raw: string | Uint8Array | undefined, index: number): void => {
    stored.rawBody = undefined;
    stored.rawLength = undefined;
    const length = raw === undefined ? 0 : typeof raw === "string" ? Buffer.byteLength(raw) : raw.byteLength;
    if (length > 0 && length <= SLOT_BYTES) {
      bodies ??= Buffer.allocUnsafeSlow(capacity * SLOT_BYTES);
      if (typeof raw === "string") bodies.write(raw, index * SLOT_BYTES, length, "utf8");
      else bodies.set(raw!, index * SLOT_BYTES);
      stored.rawLength = length;
    } else if (length > SLOT_BYTES && length <= MAX_RAW_BODY) {
      // Rare: a copy of exactly this body (bytes may be a view of a larger buffer).
      stored.rawBody = typeof raw === "string" ? raw : Buffer.from(raw!);
    } else {
      if (length > 0) stored.body = `(${length} bytes, not kept)`;
      stored.contentType = undefined;
    }
  };
  let next = 0;
  let size = 0;
  let counter = 0;
  return {
    capacity,
    record(entry) {
      // The caller's object becomes the entry (no copy on the request path); its raw fields are settled when read.
      const stored = entry as Stored;
      stored.id = ++counter;
      keepBody(stored, entry.rawBody, next);
      buffer[next] = stored;
      next = (next + 1) % capacity;
      size = Math.min(size + 1, capacity);
    },
    entries() {
      const out: JournalEntry[] = [];
      for (let i = 0; i < size; i++) {
        const index = (next - size + i + capacity) % capacity;
        const entry = buffer[index];
        if (entry) out.push(settle(entry, index));
      }
      return out;
    },
    latest() {
      const index = (next - 1 + capacity) % capacity;
      const entry = size === 0 ? undefined : buffer[index];
      return entry && settle(entry, index);
    },
    clear() {
      buffer.fill(undefined);
      next = 0;
      size = 0;
    },
  };
}
