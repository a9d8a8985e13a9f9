/**
 * The vocabulary of the contract runner: violations, step and scenario results, scenarios. Vendors
 * are named by `VendorName` (src/contracts/vendor-name.ts), as everywhere else.
 */
import type { ClientExchange, FetchLike, PolyvClient, PolyvClientOptions, VolcengineClient, VolcengineClientOptions, XiaoeClient, XiaoeClientOptions } from "../client/index.ts";
import type { DriftKind } from "../contracts/core/drift-kinds.ts";
import type { VendorName } from "../contracts/vendor-name.ts";

/**
 * One thing that was not as it must be. `kind` says how, in the drift vocabulary `livemock proxy`
 * shares (src/contracts/core/drift-kinds.ts); `side` says who was wrong: the request the client
 * sent, or the response the target gave; `source` says against what: the vendor's spec, the
 * scenario's expectation, or livemock's own rules (its error catalogue, statuses and validation).
 */
export interface Violation {
  vendor: VendorName;
  /** The spec operationId. */
  operation: string;
  kind: DriftKind;
  side: "request" | "response";
  source: "spec" | "scenario" | "livemock";
  /** JSON path into the request (query or body) or the response body, e.g. `$.data.contents[0].id`. */
  path: string;
  expected: string;
  actual: string;
  /** HTTP status of the response, when one arrived. */
  status?: number;
}

/**
 * A leniency livemock said a request of the step relied on (its `x-livemock-warning`): accepted by
 * livemock because an official SDK sends it, but outside the vendor's documented rule. Not a
 * failure, unless the run is strict (`livemock contract --strict`).
 */
export interface ContractWarning {
  vendor: VendorName;
  /** The spec operationId. */
  operation: string;
  /** The leniency's id, e.g. `polyv.sign.empty-param-included`. */
  id: string;
  /** What the request did; the documented rule. */
  message: string;
}

/** The outcome of one step. */
export interface StepResult {
  title: string;
  /** A cleanup step run after the scenario (in its finally). */
  cleanup: boolean;
  passed: boolean;
  durationMs: number;
  violations: Violation[];
  /** Leniencies livemock said the step's requests relied on (a failure only in a strict run). */
  warnings: ContractWarning[];
  /** Operations called during the step, in order (`operation HTTP status`). */
  calls: string[];
}

/** The outcome of one scenario. */
export interface ScenarioResult {
  vendor: VendorName;
  id: string;
  title: string;
  passed: boolean;
  durationMs: number;
  steps: StepResult[];
}

/** Everything a run produced. */
export interface ContractReport {
  target: string;
  passed: boolean;
  /** Whether warnings failed their steps (`--strict`). */
  strict: boolean;
  durationMs: number;
  scenarios: ScenarioResult[];
}

/** Ids of the pre-existing objects the scenarios work in (channel, live, live room). */
export interface ContractParams {
  /** Polyv channel for both task-reward and lottery scenarios; default 4854808 (task reward) and 2974342 (lottery), the docs' channels. */
  polyvChannelId?: number;
  /** Xiaoe live; default the seeded `l_696ef6c1e4b0694c5b78ba7b`. */
  xiaoeAliveId?: string;
  /** Volcengine live room; default 1824920000234844. */
  volcActivityId?: number;
}

/** Clients a scenario builds, already pointed at the target and observed by the runner. */
export interface ScenarioClients {
  polyv(extra?: Partial<PolyvClientOptions>): PolyvClient;
  xiaoe(extra?: Partial<XiaoeClientOptions>): XiaoeClient;
  volcengine(extra?: Partial<VolcengineClientOptions>): VolcengineClient;
}

/** What a running scenario can use. */
export interface ScenarioRun {
  clients: ScenarioClients;
  /** The ids to work in; `polyvChannelId` undefined means each Polyv scenario's documented default channel. */
  params: ContractParams & Required<Pick<ContractParams, "xiaoeAliveId" | "volcActivityId">>;
  /** The runner's "now" (epoch ms): times in payloads are built from it. */
  now(): number;
  /** The fetch the clients use (to wrap it for a deliberate fault). */
  fetch: FetchLike;
  /** Runs one step: its calls are checked against the spec, its failures recorded; a failure stops the scenario. */
  step<T>(title: string, body: () => Promise<T>): Promise<T>;
  /** Runs an independent step (an error case): checked and recorded like a step, but a failure does not stop the scenario. */
  probe(title: string, body: () => Promise<unknown>): Promise<void>;
  /** Registers an undo that runs after the scenario unless cancelled (once the scenario's own delete step passed). */
  cleanup(title: string, undo: () => Promise<unknown>): { cancel(): void };
}

/** A scenario, written once against the clients and runnable against any target. */
export interface Scenario {
  vendor: VendorName;
  /** Short id, e.g. `polyv/lottery`. */
  id: string;
  title: string;
  /** What it creates on the target and whether it is removed again, for `--help`. Empty when read-only. */
  creates: string;
  run(t: ScenarioRun): Promise<void>;
}

export type { ClientExchange };
