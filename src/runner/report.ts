/**
 * What the runner prints: a header, one line per step with its timing (violations under it), one
 * line per scenario, and the summary table at the end.
 */
import type { ContractEvent } from "./run.ts";
import type { ContractTarget } from "./targets.ts";
import type { ContractReport, StepResult } from "./types.ts";
import { formatViolation, formatWarning } from "./violations.ts";

/**
 * Milliseconds as the report shows them.
 *
 * @example
 * formatDuration(12.4) // "12 ms"
 * formatDuration(1530) // "1.53 s"
 */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/**
 * The header naming the target and whose credentials are used.
 *
 * @example
 * console.log(formatHeader(target, ["polyv"]));
 */
export function formatHeader(target: ContractTarget, vendors: readonly string[]): string {
  const who = vendors.map((v) => `${v}: ${target.credentialSource[v as keyof typeof target.credentialSource] === "env" ? "credentials from the environment" : "livemock demo credentials"}`).join("; ");
  return `livemock contract against ${target.label === "real" ? "the real vendors" : target.label} (${who})`;
}

/** The step line: mark, title, the calls made, and the time. */
function stepLine(step: StepResult): string {
  const mark = step.passed ? "✓" : "✗";
  const calls = step.calls.length > 0 ? `  [${step.calls.join(", ")}]` : "";
  const lines = [`  ${mark} ${step.title}${calls}  ${formatDuration(step.durationMs)}`];
  for (const violation of step.violations) lines.push(`      ${formatViolation(violation)}`);
  for (const warning of step.warnings) lines.push(`      warning: ${formatWarning(warning)}`);
  return lines.join("\n");
}

/**
 * The lines one progress event prints (none for some events).
 *
 * @example
 * runContract({ ..., onEvent: (e) => { const text = formatEvent(e); if (text) console.log(text); } });
 */
export function formatEvent(event: ContractEvent): string | undefined {
  if (event.kind === "scenario-start") return `\n${event.scenario.id}: ${event.scenario.title}`;
  if (event.kind === "step") return stepLine(event.step);
  const { result } = event;
  const failed = result.steps.filter((s) => !s.passed).length;
  return `  ${result.passed ? "passed" : `FAILED (${failed} of ${result.steps.length} steps)`} in ${formatDuration(result.durationMs)}`;
}

/**
 * The summary table: one row per scenario, a total row, and a verdict line.
 *
 * @example
 * console.log(formatSummary(report));
 */
export function formatSummary(report: ContractReport): string {
  const rows = report.scenarios.map((s) => {
    const passed = s.steps.filter((step) => step.passed).length;
    return [s.id, s.passed ? "pass" : "FAIL", String(s.steps.length), String(passed), String(s.steps.length - passed), formatDuration(s.durationMs)];
  });
  const steps = report.scenarios.flatMap((s) => s.steps);
  const passedSteps = steps.filter((s) => s.passed).length;
  const failedScenarios = report.scenarios.filter((s) => !s.passed).length;
  const total = ["total", report.passed ? "pass" : "FAIL", String(steps.length), String(passedSteps), String(steps.length - passedSteps), formatDuration(report.durationMs)];
  const header = ["scenario", "result", "steps", "passed", "failed", "time"];
  const table = [header, ...rows, total];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const render = (row: string[]) => `  ${row.map((cell, i) => (i === 0 || i === 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")}`;
  const rule = `  ${widths.map((w) => "-".repeat(w)).join("  ")}`;
  const verdict = report.passed
    ? `PASSED: ${report.scenarios.length} scenarios, ${steps.length} steps against ${report.target}`
    : `FAILED: ${failedScenarios} of ${report.scenarios.length} scenarios (${steps.length - passedSteps} of ${steps.length} steps) against ${report.target}`;
  const warnings = steps.reduce((n, step) => n + step.warnings.length, 0);
  const notes =
    warnings === 0
      ? []
      : [
          report.strict
            ? `${warnings} ${warnings === 1 ? "warning" : "warnings"}: requests relied on what livemock accepts beyond the vendors' documented rules; --strict fails their steps`
            : `${warnings} ${warnings === 1 ? "warning" : "warnings"}: requests relied on what livemock accepts beyond the vendors' documented rules (the real vendor may refuse them; --strict fails them)`,
        ];
  return ["", "Summary", render(header), rule, ...rows.map(render), rule, render(total), "", verdict, ...notes].join("\n");
}
