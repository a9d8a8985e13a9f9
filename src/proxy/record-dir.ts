/**
 * A record dir on disk: `recording.json` (vendor, upstream, start), one file per exchange under
 * `exchanges/` (`0001-createLotteryActivity.json`), and at the end `drift.json` and
 * `drift.junit.xml`. Reading one back rebuilds the report from the exchange files, so a session
 * that was killed still reads.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isVendorName, type VendorName } from "../contracts/vendor-name.ts";
import { buildDriftReport, driftJUnitXml, type ExchangeSummary } from "./report.ts";
import type { DriftReport, ExchangeRecord } from "./types.ts";

/** The folder of the exchange files. */
export const EXCHANGES_DIR = "exchanges";

/** What `recording.json` holds. */
export interface RecordingMeta {
  vendor: VendorName;
  upstream: string;
  startedAt: string;
}

/**
 * The operation an exchange counts under: its operationId, or `METHOD /path` when the spec does not have it.
 *
 * @example
 * operationKey(record) // "createLotteryActivity"
 */
export function operationKey(record: Pick<ExchangeRecord, "operation" | "request">): string {
  return record.operation ?? `${record.request.method} ${record.request.path}`;
}

/**
 * The file name of an exchange: its number and operation (`0003-createLotteryActivity.json`).
 *
 * @example
 * exchangeFileName({ seq: 3, operation: null }) // "0003-unknown.json"
 */
export function exchangeFileName(record: Pick<ExchangeRecord, "seq" | "operation">): string {
  return `${String(record.seq).padStart(4, "0")}-${(record.operation ?? "unknown").replace(/[^\w.-]/gu, "_")}.json`;
}

/** What the report needs of a recorded exchange. */
export function summaryOf(record: ExchangeRecord): ExchangeSummary {
  return { seq: record.seq, operation: operationKey(record), at: record.at, drift: record.drift };
}

/** Creates the record dir and writes `recording.json`. */
export async function openRecordDir(dir: string, meta: RecordingMeta): Promise<void> {
  await mkdir(join(dir, EXCHANGES_DIR), { recursive: true });
  await writeFile(join(dir, "recording.json"), `${JSON.stringify(meta, null, 2)}\n`, "utf8");
}

/** Writes `drift.json` and `drift.junit.xml` (texts already scrubbed of secrets by `scrub`). */
export async function writeDriftFiles(dir: string, report: DriftReport, scrub: (text: string) => string = (text) => text): Promise<void> {
  await writeFile(join(dir, "drift.json"), scrub(`${JSON.stringify(report, null, 2)}\n`), "utf8");
  await writeFile(join(dir, "drift.junit.xml"), scrub(driftJUnitXml(report)), "utf8");
}

/** A record dir read back. */
export interface Recording {
  meta: RecordingMeta;
  records: ExchangeRecord[];
  report: DriftReport;
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, "utf8")) as unknown;
}

/**
 * Reads a record dir: every exchange in order and the report rebuilt from them. Throws naming the
 * dir when it holds no recording.
 *
 * @example
 * const { records, report } = await readRecording("./drift");
 */
export async function readRecording(dir: string): Promise<Recording> {
  let names: string[];
  try {
    names = (await readdir(join(dir, EXCHANGES_DIR))).filter((name) => /^\d+-.*\.json$/u.test(name));
  } catch {
    throw new Error(`${dir} is not a record dir of livemock proxy (no ${EXCHANGES_DIR}/ folder)`);
  }
  const records = (await Promise.all(names.map((name) => readJson(join(dir, EXCHANGES_DIR, name)) as Promise<ExchangeRecord>))).sort((a, b) => a.seq - b.seq);
  let meta: Partial<RecordingMeta> = {};
  try {
    meta = (await readJson(join(dir, "recording.json"))) as Partial<RecordingMeta>;
  } catch {
    // A dir copied without it: the exchanges say the vendor; the upstream stays unknown.
  }
  const vendor = meta.vendor ?? records[0]?.vendor;
  if (vendor === undefined || !isVendorName(vendor)) throw new Error(`${dir}: cannot tell the vendor (no recording.json and no exchange)`);
  const full: RecordingMeta = { vendor, upstream: meta.upstream ?? "(unknown upstream)", startedAt: meta.startedAt ?? records[0]?.at ?? new Date(0).toISOString() };
  const endedAt = records.at(-1)?.at ?? full.startedAt;
  return { meta: full, records, report: buildDriftReport({ ...full, endedAt }, records.map(summaryOf)) };
}
