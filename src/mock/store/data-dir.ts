/**
 * `--data-dir`: livemock's state on disk, so it survives a restart (and a crash).
 *
 * Layout: `state.json` (a checkpoint: the whole state, generation g) and `log-<g>.jsonl` (one line
 * per answered request or control-plane change since that checkpoint). Every line is written with
 * one synchronous `write` before the request is answered, so anything acknowledged survives a
 * killed process; a torn last line (the process died mid-write, before answering) is ignored.
 * Checkpoints are atomic: written to `state.json.tmp`, fsynced, then renamed over `state.json`;
 * the new generation's log starts empty and the old log is removed. Appends are not fsynced: the
 * state survives a crash of livemock, not of the machine.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { JournalEntry } from "../core/journal.ts";
import type { MockCredentials } from "../credentials.ts";
import type { FaultRule } from "../faults/rules.ts";
import type { StoreSnapshot } from "./index.ts";
import { applyStoreOps, type StoreOp } from "./recording-store.ts";

/** Everything a checkpoint holds. */
export interface PersistedState {
  store: StoreSnapshot;
  /** Oldest first, bodies already redacted, each with the warnings it was answered with. */
  journal: JournalEntry[];
  faults: FaultRule[];
  clockOffsetMs: number;
  /** True when the clock was frozen (at `clockOffsetMs` over the wall clock of the save). */
  clockFrozen?: boolean;
  /** What other parts keep (live rooms, callback deliveries), by part name. */
  parts?: Record<string, unknown>;
  rateLimits: Record<string, boolean>;
  /** Credentials added at runtime (`POST /__livemock/credentials`); demo secrets for the mock only. */
  credentials: MockCredentials;
}

/** One log line: the store changes, journal entry and/or fault rules of one request or admin change. */
export interface LogEntry {
  s?: StoreOp[];
  j?: JournalEntry;
  f?: FaultRule[];
}

/** An open data directory. */
export interface DataDir {
  readonly path: string;
  /** The saved state (checkpoint + log replayed), or undefined for an empty directory. */
  load(): PersistedState | undefined;
  /** Writes a new checkpoint atomically and starts an empty log. */
  checkpoint(state: PersistedState): void;
  /** Appends one line to the log, synchronously. */
  append(entry: LogEntry): void;
  /** Bytes in the current log (the app checkpoints past a threshold). */
  readonly logBytes: number;
  close(): void;
}

const STATE = "state.json";
const FORMAT = "livemock-state";
const logName = (generation: number) => `log-${generation}.jsonl`;

interface StateFile extends PersistedState {
  format: typeof FORMAT;
  version: 1;
  generation: number;
  savedAt: string;
}

/**
 * Opens (creating it if needed) a data directory.
 *
 * @example
 * const dir = openDataDir("./.livemock-data");
 * const saved = dir.load();
 * dir.checkpoint(saved ?? initialState);
 * dir.append({ s: store.drain(), j: journal.latest() });
 */
export function openDataDir(path: string): DataDir {
  mkdirSync(path, { recursive: true });
  let generation = 0;
  let fd: number | undefined;
  let logBytes = 0;

  const readState = (): StateFile | undefined => {
    const file = join(path, STATE);
    if (!existsSync(file)) return undefined;
    const parsed = JSON.parse(readFileSync(file, "utf8")) as StateFile;
    if (parsed.format !== FORMAT || parsed.version !== 1) throw new Error(`${file} is not a livemock state file (format ${String(parsed.format)}, version ${String(parsed.version)})`);
    return parsed;
  };

  const readLog = (gen: number): LogEntry[] => {
    const file = join(path, logName(gen));
    if (!existsSync(file)) return [];
    const out: LogEntry[] = [];
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line === "") continue;
      try {
        out.push(JSON.parse(line) as LogEntry);
      } catch {
        break; // a torn last line: that request was never answered
      }
    }
    return out;
  };

  return {
    path,
    get logBytes() {
      return logBytes;
    },
    load() {
      const state = readState();
      if (!state) return undefined;
      generation = state.generation;
      const log = readLog(generation);
      const ops = log.flatMap((entry) => entry.s ?? []);
      const journal = [...state.journal, ...log.flatMap((entry) => (entry.j ? [entry.j] : []))];
      const faults = log.reduce<FaultRule[]>((current, entry) => entry.f ?? current, state.faults);
      return {
        store: ops.length > 0 ? applyStoreOps(state.store, ops) : state.store,
        journal,
        faults,
        clockOffsetMs: state.clockOffsetMs,
        ...(state.clockFrozen ? { clockFrozen: true } : {}),
        ...(state.parts ? { parts: state.parts } : {}),
        rateLimits: state.rateLimits,
        credentials: state.credentials,
      };
    },
    checkpoint(state) {
      const next = generation + 1;
      const file: StateFile = { format: FORMAT, version: 1, generation: next, savedAt: new Date().toISOString(), ...state };
      const tmp = join(path, `${STATE}.tmp`);
      const out = openSync(tmp, "w", 0o600);
      try {
        writeSync(out, JSON.stringify(file));
        fsyncSync(out);
      } finally {
        closeSync(out);
      }
      renameSync(tmp, join(path, STATE));
      if (fd !== undefined) closeSync(fd);
      fd = openSync(join(path, logName(next)), "w", 0o600);
      logBytes = 0;
      generation = next;
      for (const name of readdirSync(path)) {
        if (/^log-\d+\.jsonl$/u.test(name) && name !== logName(next)) unlinkSync(join(path, name));
      }
    },
    append(entry) {
      if (fd === undefined) throw new Error("livemock: the data dir has no checkpoint yet (call checkpoint first)");
      const line = `${JSON.stringify(entry)}\n`;
      logBytes += writeSync(fd, line);
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
