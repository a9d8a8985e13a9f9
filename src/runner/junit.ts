/**
 * JUnit XML for CI: one testsuite per scenario, one testcase per step, a failure per failed step
 * carrying every violation.
 */
import type { ContractReport } from "./types.ts";
import { formatViolation, formatWarning } from "./violations.ts";

/**
 * Escapes text for XML attributes and content (and drops characters XML 1.0 forbids).
 *
 * @example
 * escapeXml('a < "b"') // "a &lt; &quot;b&quot;"
 */
export function escapeXml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters in a document; removing them is this line's job.
      .replace(/[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * Renders a report as JUnit XML. A step's warnings (leniencies livemock said its requests relied on)
 * go in its `<system-out>`; in a strict run they are also its failure.
 *
 * @example
 * await writeFile("contract.xml", toJUnitXml(report));
 */
export function toJUnitXml(report: ContractReport): string {
  const steps = report.scenarios.flatMap((s) => s.steps);
  const failures = steps.filter((s) => !s.passed).length;
  const lines = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="livemock contract" tests="${steps.length}" failures="${failures}" errors="0" time="${seconds(report.durationMs)}">`];
  for (const scenario of report.scenarios) {
    const failed = scenario.steps.filter((s) => !s.passed).length;
    lines.push(`  <testsuite name="${escapeXml(scenario.id)}" tests="${scenario.steps.length}" failures="${failed}" errors="0" time="${seconds(scenario.durationMs)}">`);
    lines.push(`    <properties><property name="target" value="${escapeXml(report.target)}"/><property name="title" value="${escapeXml(scenario.title)}"/></properties>`);
    for (const step of scenario.steps) {
      const open = `    <testcase classname="${escapeXml(`livemock.contract.${scenario.id.replace("/", ".")}`)}" name="${escapeXml(step.title)}" time="${seconds(step.durationMs)}"`;
      const warnings = step.warnings.map((w) => `warning: ${formatWarning(w)}`);
      const out = warnings.length === 0 ? undefined : `      <system-out>${escapeXml(warnings.join("\n"))}</system-out>`;
      if (step.passed) {
        lines.push(out === undefined ? `${open}/>` : `${open}>\n${out}\n    </testcase>`);
        continue;
      }
      const messages = [...step.violations.map(formatViolation), ...(report.strict ? warnings : [])];
      const first = messages[0] ?? "step failed";
      lines.push(`${open}>`);
      lines.push(
        `      <failure message="${escapeXml(first)}" type="${escapeXml(step.violations[0]?.kind ?? (warnings.length > 0 ? "warning" : "not-run"))}">${escapeXml([...messages, step.calls.length ? `calls: ${step.calls.join(", ")}` : ""].filter(Boolean).join("\n"))}</failure>`,
      );
      if (out !== undefined) lines.push(out);
      lines.push(`    </testcase>`);
    }
    lines.push(`  </testsuite>`);
  }
  lines.push(`</testsuites>`, "");
  return lines.join("\n");
}
