/**
 * The drift report of a proxy session or a record dir: built from the exchanges' drift, printed for
 * people (a table per operation and per kind, then every entry), as JSON (`drift.json`) and as
 * JUnit XML (`drift.junit.xml`: one testcase per operation, failing with its drift).
 */
import { DRIFT_KIND_NAMES } from "../contracts/core/drift-kinds.ts";
import type { VendorName } from "../contracts/vendor-name.ts";
import { escapeXml } from "../runner/junit.ts";
import { formatViolation } from "../runner/violations.ts";
import type { DriftEntry, DriftReport, OperationCount } from "./types.ts";

/** What the report needs of one exchange. */
export interface ExchangeSummary {
  seq: number;
  /** The spec operationId, or `METHOD /path` for a request the spec does not have. */
  operation: string;
  at: string;
  drift: readonly DriftEntry[];
}

/**
 * Builds the report from the exchanges seen, in order.
 *
 * @example
 * const report = buildDriftReport({ vendor: "polyv", upstream: "https://api.polyv.net", startedAt, endedAt }, summaries);
 */
export function buildDriftReport(meta: { vendor: VendorName; upstream: string; startedAt: string; endedAt: string }, exchanges: readonly ExchangeSummary[]): DriftReport {
  const operations: Record<string, OperationCount> = {};
  for (const exchange of exchanges) {
    const count = operations[exchange.operation] ?? { calls: 0, drift: 0 };
    operations[exchange.operation] = { calls: count.calls + 1, drift: count.drift + exchange.drift.length };
  }
  return { ...meta, exchanges: exchanges.length, operations, drift: exchanges.flatMap((e) => e.drift) };
}

/** Rows as an aligned table: the first column left-aligned, the others right-aligned. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")}`);
}

/** Drift entries per kind, in the vocabulary's order. */
function kindCounts(drift: readonly DriftEntry[]): [string, number][] {
  return DRIFT_KIND_NAMES.map((kind) => [kind, drift.filter((d) => d.kind === kind).length] as [string, number]).filter(([, n]) => n > 0);
}

/**
 * The human summary: operations, kinds, every drift entry, and a verdict line.
 *
 * @example
 * console.log(formatDriftReport(report, { recordDir: "./drift" }));
 */
export function formatDriftReport(report: DriftReport, options: { recordDir?: string } = {}): string {
  const lines = [`livemock drift: ${report.vendor} against ${report.upstream}, ${report.exchanges} exchange${report.exchanges === 1 ? "" : "s"} (${report.startedAt} to ${report.endedAt})`];
  const operations = Object.entries(report.operations);
  if (operations.length > 0) lines.push("", ...table([["operation", "calls", "drift"], ...operations.map(([name, count]) => [name, String(count.calls), String(count.drift)])]));
  const kinds = kindCounts(report.drift);
  if (kinds.length > 0) {
    lines.push("", ...table([["kind", "count"], ...kinds.map(([kind, n]) => [kind, String(n)])]));
    lines.push("", ...report.drift.map((entry) => `  #${String(entry.exchange).padStart(4, "0")} ${formatViolation(entry)}`));
  }
  const where = options.recordDir === undefined ? "" : ` (record: ${options.recordDir})`;
  const affected = new Set(report.drift.map((d) => d.exchange)).size;
  lines.push(
    "",
    report.drift.length === 0
      ? `NO DRIFT: livemock and the upstream agree on all ${report.exchanges} exchanges${where}`
      : `DRIFT: ${report.drift.length} entr${report.drift.length === 1 ? "y" : "ies"} of ${kinds.length} kind${kinds.length === 1 ? "" : "s"} in ${affected} of ${report.exchanges} exchanges${where}`,
  );
  return lines.join("\n");
}

/**
 * The report as JUnit XML: a testcase per operation seen, failing with every drift entry of it.
 *
 * @example
 * await writeFile("drift.junit.xml", driftJUnitXml(report));
 */
export function driftJUnitXml(report: DriftReport): string {
  const operations = Object.entries(report.operations);
  const failing = operations.filter(([, count]) => count.drift > 0).length;
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="livemock drift" tests="${operations.length}" failures="${failing}" errors="0">`,
    `  <testsuite name="${escapeXml(`drift/${report.vendor}`)}" tests="${operations.length}" failures="${failing}" errors="0" timestamp="${escapeXml(report.startedAt)}">`,
    `    <properties><property name="upstream" value="${escapeXml(report.upstream)}"/><property name="exchanges" value="${report.exchanges}"/></properties>`,
  ];
  for (const [operation, count] of operations) {
    const open = `    <testcase classname="${escapeXml(`livemock.drift.${report.vendor}`)}" name="${escapeXml(`${operation} (${count.calls} call${count.calls === 1 ? "" : "s"})`)}"`;
    const drift = report.drift.filter((d) => d.operation === operation);
    if (drift.length === 0) {
      lines.push(`${open}/>`);
      continue;
    }
    const messages = drift.map((d) => `#${String(d.exchange).padStart(4, "0")} ${formatViolation(d)}`);
    lines.push(`${open}>`, `      <failure message="${escapeXml(formatViolation(drift[0]!))}" type="${escapeXml(drift[0]!.kind)}">${escapeXml(messages.join("\n"))}</failure>`, `    </testcase>`);
  }
  lines.push(`  </testsuite>`, `</testsuites>`, "");
  return lines.join("\n");
}
