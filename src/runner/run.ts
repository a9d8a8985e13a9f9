/**
 * Runs scenarios against a target: builds observed clients, times each step, checks every exchange
 * against the vendor's spec, turns thrown errors into violations, and runs cleanups in a finally.
 */
import {
  type ClientExchange,
  createPolyvClient,
  createVolcengineClient,
  createXiaoeClient,
  type FetchLike,
  LivemockCredentialsError,
  LivemockTransportError,
  parseLivemockWarnings,
  VendorApiError,
} from "../client/index.ts";
import { VENDOR_NAMES, type VendorName } from "../contracts/vendor-name.ts";
import { checkExchange } from "./check-exchange.ts";
import { scenariosFor } from "./scenarios/index.ts";
import type { ContractTarget } from "./targets.ts";
import type { ContractParams, ContractReport, Scenario, ScenarioClients, ScenarioResult, ScenarioRun, StepResult, Violation } from "./types.ts";
import { ContractViolationError, describeValue } from "./violations.ts";

/** The defaults of {@link ContractParams}: the ids of the vendors' own doc examples (pre-seeded in livemock). */
export const DEFAULT_CONTRACT_PARAMS = {
  xiaoeAliveId: "l_696ef6c1e4b0694c5b78ba7b",
  volcActivityId: 1824920000234844,
} as const;

/** Progress of a run, for live output. */
export type ContractEvent =
  | { kind: "scenario-start"; scenario: Scenario }
  | { kind: "step"; scenario: Scenario; step: StepResult }
  | { kind: "scenario-end"; scenario: Scenario; result: ScenarioResult };

/** Options of {@link runContract}. */
export interface RunContractOptions {
  target: ContractTarget;
  /** Vendors to run; default all three. */
  vendors?: readonly VendorName[];
  /** Scenarios to run; default every scenario of the chosen vendors. */
  scenarios?: readonly Scenario[];
  params?: ContractParams;
  /** The fetch the clients use; default `globalThis.fetch` (pass `app.request` to run in-process). */
  fetch?: FetchLike;
  /** "Now" for signatures, timestamps and payload times; default `Date.now`. */
  now?: () => number;
  /** Client retries on rate limits and 5xx; default 2. */
  retries?: number;
  /** Per-attempt time limit; default 15 000 ms. */
  timeoutMs?: number;
  /** Fail a step whose requests livemock warned about (`x-livemock-warning`: a leniency relied on); default false (reported, not failed). */
  strict?: boolean;
  onEvent?: (event: ContractEvent) => void;
}

/** Stops a scenario after a failed step (the step's violations are already recorded). */
class StepFailed extends Error {}

/**
 * What a thrown error means as violations: an expectation's own, an unexpected vendor error, a
 * transport failure, or a bug in the scenario.
 *
 * @example
 * violationsFromError(new ContractViolationError([v]), "polyv", []) // [v]
 */
export function violationsFromError(error: unknown, vendor: VendorName, already: readonly Violation[]): Violation[] {
  if (error instanceof ContractViolationError) return error.violations;
  if (error instanceof VendorApiError) {
    // The error's message names the vendor's code and message, the HTTP status, the request id and livemock's reason.
    return [
      { vendor, operation: error.operation, kind: "vendor-refuses", side: "response", source: "scenario", status: error.httpStatus, path: "$", expected: "a success envelope", actual: error.message },
    ];
  }
  if (error instanceof LivemockTransportError) {
    // An unreadable answer was already reported by the spec check of its exchange.
    if (error.kind === "invalid-response" && already.some((v) => v.operation === error.operation && v.side === "response")) return [];
    return [
      {
        vendor,
        operation: error.operation,
        kind: "upstream-error",
        side: "response",
        source: "scenario",
        ...(error.httpStatus === undefined ? {} : { status: error.httpStatus }),
        path: "$",
        expected: error.kind === "invalid-response" ? "the vendor's success or error envelope" : "an answer",
        actual: error.message,
      },
    ];
  }
  if (error instanceof LivemockCredentialsError)
    return [{ vendor, operation: "(client)", kind: "not-run", side: "request", source: "scenario", path: "$", expected: "credentials", actual: error.message }];
  return [
    {
      vendor,
      operation: "(scenario)",
      kind: "not-run",
      side: "request",
      source: "scenario",
      path: "$",
      expected: "the scenario to run",
      actual: error instanceof Error ? `${error.name}: ${error.message}` : describeValue(error),
    },
  ];
}

/**
 * Runs the scenarios and returns the report; never throws for a failing target.
 *
 * @example
 * const resolved = resolveTarget("http://127.0.0.1:4010", ["polyv"], process.env);
 * if (resolved.ok) {
 *   const report = await runContract({ target: resolved.target, vendors: ["polyv"], onEvent: print });
 *   process.exitCode = report.passed ? 0 : 1;
 * }
 */
export async function runContract(options: RunContractOptions): Promise<ContractReport> {
  const vendors = options.vendors ?? VENDOR_NAMES;
  const scenarios = options.scenarios ?? scenariosFor(vendors);
  const now = options.now ?? (() => Date.now());
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const params: ScenarioRun["params"] = {
    ...(options.params?.polyvChannelId === undefined ? {} : { polyvChannelId: options.params.polyvChannelId }),
    xiaoeAliveId: options.params?.xiaoeAliveId ?? DEFAULT_CONTRACT_PARAMS.xiaoeAliveId,
    volcActivityId: options.params?.volcActivityId ?? DEFAULT_CONTRACT_PARAMS.volcActivityId,
  };
  const { target } = options;
  const strict = options.strict ?? false;
  const started = performance.now();
  const results: ScenarioResult[] = [];

  for (const scenario of scenarios) {
    options.onEvent?.({ kind: "scenario-start", scenario });
    const scenarioStarted = performance.now();
    const steps: StepResult[] = [];
    let current: StepResult | undefined;
    const observe = (exchange: ClientExchange) => {
      if (!current) return;
      current.calls.push(`${exchange.operation} ${exchange.response ? exchange.response.status : "-"}`);
      current.violations.push(...checkExchange(exchange));
      for (const warning of parseLivemockWarnings(exchange.response?.headers["x-livemock-warning"])) {
        current.warnings.push({ vendor: scenario.vendor, operation: exchange.operation, ...warning });
      }
    };
    /** Keeps a scenario's own observer, and always checks the exchange. */
    const observed = (extra: { onExchange?: (exchange: ClientExchange) => void } | undefined) => ({
      onExchange: (exchange: ClientExchange) => {
        observe(exchange);
        extra?.onExchange?.(exchange);
      },
    });
    const common = { fetch: fetchImpl, clock: now, env: {}, retries: options.retries ?? 2, timeoutMs: options.timeoutMs ?? 15_000 };
    const clients: ScenarioClients = {
      polyv: (extra) => createPolyvClient({ ...common, baseUrl: target.baseUrls.polyv, ...target.credentials.polyv, ...extra, ...observed(extra) }),
      xiaoe: (extra) => createXiaoeClient({ ...common, baseUrl: target.baseUrls.xiaoe, ...target.credentials.xiaoe, ...extra, ...observed(extra) }),
      volcengine: (extra) => createVolcengineClient({ ...common, baseUrl: target.baseUrls.volcengine, ...target.credentials.volcengine, ...extra, ...observed(extra) }),
    };

    const runStep = async <T>(title: string, cleanup: boolean, body: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> => {
      const step: StepResult = { title, cleanup, passed: false, durationMs: 0, violations: [], warnings: [], calls: [] };
      current = step;
      const stepStarted = performance.now();
      let outcome: { ok: true; value: T } | { ok: false } = { ok: false };
      try {
        outcome = { ok: true, value: await body() };
      } catch (error) {
        step.violations.push(...violationsFromError(error, scenario.vendor, step.violations));
      } finally {
        current = undefined;
        for (const violation of step.violations) {
          if (violation.status !== undefined) continue;
          const call = step.calls.findLast((c) => c.startsWith(`${violation.operation} `));
          const status = Number(call?.slice(violation.operation.length + 1));
          if (Number.isInteger(status)) violation.status = status;
        }
        step.durationMs = performance.now() - stepStarted;
        step.passed = outcome.ok && step.violations.length === 0 && !(strict && step.warnings.length > 0);
        steps.push(step);
        options.onEvent?.({ kind: "step", scenario, step });
      }
      return step.passed ? outcome : { ok: false };
    };

    const undos: { title: string; undo: () => Promise<unknown>; cancelled: boolean }[] = [];
    const run: ScenarioRun = {
      clients,
      params,
      now,
      fetch: fetchImpl,
      async step(title, body) {
        const outcome = await runStep(title, false, body);
        if (!outcome.ok) throw new StepFailed(title);
        return outcome.value;
      },
      async probe(title, body) {
        await runStep(title, false, body);
      },
      cleanup(title, undo) {
        const entry = { title, undo, cancelled: false };
        undos.push(entry);
        return {
          cancel() {
            entry.cancelled = true;
          },
        };
      },
    };

    try {
      await scenario.run(run);
    } catch (error) {
      if (!(error instanceof StepFailed)) {
        const step: StepResult = {
          title: "(scenario code)",
          cleanup: false,
          passed: false,
          durationMs: 0,
          violations: violationsFromError(error, scenario.vendor, []),
          warnings: [],
          calls: [],
        };
        steps.push(step);
        options.onEvent?.({ kind: "step", scenario, step });
      }
    } finally {
      for (const entry of undos.reverse()) {
        if (!entry.cancelled) await runStep(`cleanup: ${entry.title}`, true, entry.undo);
      }
    }
    const result: ScenarioResult = {
      vendor: scenario.vendor,
      id: scenario.id,
      title: scenario.title,
      passed: steps.length > 0 && steps.every((s) => s.passed),
      durationMs: performance.now() - scenarioStarted,
      steps,
    };
    results.push(result);
    options.onEvent?.({ kind: "scenario-end", scenario, result });
  }
  return { target: target.label, passed: results.length > 0 && results.every((r) => r.passed), strict, durationMs: performance.now() - started, scenarios: results };
}
