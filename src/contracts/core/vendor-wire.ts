/**
 * What a drift check needs to know about one vendor's wire, with no secrets: where an operation
 * is in the spec, how its envelope carries an error, the error catalogue livemock answers with,
 * livemock's verdict on a request (its own validation, authentication left out), which names carry
 * secrets, and which created objects a seed file can hold. Each vendor's `wire.ts` in
 * src/contracts/<vendor>/ implements it; `vendorWires` (src/contracts/vendor-wires.ts) lists them.
 * Also here: the checks of an answer against the catalogue, shared by `livemock contract` and
 * `livemock proxy`.
 */
import { compilePathTemplate, isPathTemplate, matchPathTemplate, type PathTemplate } from "../../util/path-template.ts";
import type { VendorName } from "../vendor-name.ts";
import type { DriftKind } from "./drift-kinds.ts";
import type { SpecValidator } from "./spec-validator.ts";

/** An error as an answer's envelope carries it. */
export interface WireError {
  code: string | number;
  message: string;
  /** JSON paths of the code and the message in the envelope (`$.error.code`, `$.error.desc`). */
  codePath: string;
  messagePath: string;
  /** Other fields that come with the code (Volcengine's `CodeN`), by JSON path. */
  fields?: Readonly<Record<string, unknown>>;
}

/**
 * Why a vendor refuses: its credentials or signature (`authentication`), a rate limit, the state of
 * its objects (not found, wrong status), the request itself, or itself (`server`). Only `request`
 * refusals are judged against livemock's own verdict: livemock has no secrets and not the vendor's state.
 */
export type ErrorClass = "authentication" | "rate-limit" | "state" | "request" | "server";

/** What livemock's catalogue says about one error code (entries sharing a code merged). */
export interface KnownError {
  /** HTTP statuses livemock answers the code with. */
  statuses: readonly number[];
  /** Message templates; `{name}`-style placeholders match anything. */
  messages: readonly string[];
  /** The class of the entry whose message matches (entries sharing a code may differ: Xiaoe's code 1), else of the first. */
  classOf(message: string): ErrorClass;
  /** Other fields that come with the code, by JSON path (Volcengine's `CodeN`). */
  fields?: Readonly<Record<string, unknown>>;
}

/** livemock's verdict on a request: accepted, or refused with the vendor error it would answer. */
export type LivemockVerdict = { ok: true } | { ok: false; code: string | number; message: string; reason: string; path: string };

/** A request as a drift check judges it (the body as received, not parsed). */
export interface JudgedRequest {
  method: string;
  /** The method the spec serves the operation on. */
  specMethod: string;
  query: URLSearchParams;
  /** The parameters in the path of an operation whose spec path is a template (`{channelId}`). */
  pathParams?: Readonly<Record<string, string>>;
  rawBody: string;
  /** Lower-cased media type without parameters, `""` when absent. */
  contentType: string;
}

/** An object a seed file can hold, from a successful create: its section's list and item. */
export interface SeedEntry {
  /** The seed file's section (the vendor's name). */
  section: VendorName;
  /** The section's list (`lotteries`, `tasks`, `redPackets`, `channels`, ...). */
  list: string;
  item: Record<string, unknown>;
}

/** A recorded request, parsed, for {@link VendorWire.seedOf}. */
export interface SeedSourceRequest {
  query: URLSearchParams;
  body: unknown;
}

/** One vendor's wire knowledge. */
export interface VendorWire {
  readonly vendor: VendorName;
  /** The real vendor's base URL. */
  readonly baseUrl: string;
  /** The HTTP status of a success. */
  readonly successStatus: number;
  /** The spec's path key of a request (`/live/v4/...`, Volcengine's `/#Action=<Action>`), undefined when the spec cannot have it. */
  specPath(path: string, query: URLSearchParams): string | undefined;
  /** The error an answer carries; undefined for a success envelope. */
  errorOf(body: unknown): WireError | undefined;
  /** The catalogue's word on a code; undefined when livemock does not know it. */
  knownError(code: string | number): KnownError | undefined;
  /** livemock's verdict on a request to `operation`, authentication and state left out. */
  judge(operation: string, request: JudgedRequest): LivemockVerdict;
  /** Names (query parameters, headers, JSON fields; any case) whose values are secrets. */
  readonly secretNames: readonly string[];
  /** Query parameters that change on every call (timestamps, signatures): left out when a replay matches requests. */
  readonly volatileNames: readonly string[];
  /** The seed-file entries a successful call creates (the object, and the room it is in); none for other calls. */
  seedOf(operation: string, request: SeedSourceRequest, answer: unknown): SeedEntry[];
}

/** A difference found in one exchange, before it is attributed to a vendor and an operation. */
export interface DriftFinding {
  kind: DriftKind;
  side: "request" | "response";
  path: string;
  expected: string;
  actual: string;
}

/**
 * Builds the catalogue lookup of a vendor from its entries: entries sharing a code are merged.
 *
 * @example
 * const known = catalogueOf(Object.values(polyvErrors).map((e) => ({ code: e.code, status: e.httpStatus, message: e.message, class: "request" as const })));
 * known(20002)?.statuses // [400]
 */
export function catalogueOf(
  entries: readonly { code: string | number; status: number; message: string; class: ErrorClass; fields?: Record<string, unknown> }[],
): (code: string | number) => KnownError | undefined {
  const groups = new Map<string, (typeof entries)[number][]>();
  for (const entry of entries) groups.set(String(entry.code), [...(groups.get(String(entry.code)) ?? []), entry]);
  const byCode = new Map<string, KnownError>();
  for (const [key, group] of groups) {
    const first = group[0]!;
    byCode.set(key, {
      statuses: [...new Set(group.map((entry) => entry.status))],
      messages: [...new Set(group.map((entry) => entry.message))],
      classOf: (message) => (group.find((entry) => matchesTemplate(entry.message, message)) ?? first).class,
      ...(first.fields ? { fields: first.fields } : {}),
    });
  }
  return (code) => byCode.get(String(code));
}

/**
 * Whether a message is one of the templates (`{placeholders}` match any text).
 *
 * @example
 * matchesTemplate("param should not be empty: {name}", "param should not be empty: channelId") // true
 */
export function matchesTemplate(template: string, message: string): boolean {
  const pattern = template
    .split(/\{\w+\}/u)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"))
    .join("[\\s\\S]*");
  return new RegExp(`^${pattern}$`, "u").test(message);
}

const shown = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));

/**
 * The drift of an answer against livemock's catalogue: an error code it does not know, a message it
 * does not know for a known code, another status than livemock answers for the code (or for
 * success), another value of a field that comes with the code.
 *
 * @example
 * answerDrift(polyvWire, 200, { code: 400, status: "error", error: { code: 20002, desc: "invalid signature." } })
 * // [{ kind: "status-changed", path: "HTTP status", expected: "HTTP 400 (livemock's status for error 20002)", actual: "HTTP 200" }]
 */
export function answerDrift(wire: VendorWire, status: number, body: unknown): DriftFinding[] {
  const error = wire.errorOf(body);
  const side = "response" as const;
  if (error === undefined) {
    if (status === wire.successStatus) return [];
    return [{ kind: "status-changed", side, path: "HTTP status", expected: `HTTP ${wire.successStatus} (livemock's status for a success)`, actual: `HTTP ${status}` }];
  }
  const known = wire.knownError(error.code);
  if (known === undefined) {
    return [{ kind: "unknown-error-code", side, path: error.codePath, expected: `an error code of livemock's ${wire.vendor} catalogue`, actual: `${shown(error.code)} (${shown(error.message)})` }];
  }
  const found: DriftFinding[] = [];
  if (!known.messages.some((template) => matchesTemplate(template, error.message))) {
    found.push({
      kind: "unknown-error-message",
      side,
      path: error.messagePath,
      expected: `livemock's message for ${shown(error.code)}: ${known.messages.map(shown).join(" or ")}`,
      actual: shown(error.message),
    });
  }
  if (!known.statuses.includes(status)) {
    found.push({ kind: "status-changed", side, path: "HTTP status", expected: `HTTP ${known.statuses.join(" or ")} (livemock's status for error ${shown(error.code)})`, actual: `HTTP ${status}` });
  }
  for (const [path, expected] of Object.entries(known.fields ?? {})) {
    const actual = error.fields?.[path];
    if (actual !== expected)
      found.push({ kind: "error-code-changed", side, path, expected: `${shown(expected)} (livemock's for ${shown(error.code)})`, actual: actual === undefined ? "(missing)" : shown(actual) });
  }
  return found;
}

/**
 * The drift between livemock's verdict on a request and the vendor's answer: the vendor accepted
 * what livemock refuses, refused (for a reason about the request) what livemock accepts, or refused
 * with another code than livemock would.
 *
 * @example
 * verdictDrift(polyvWire, { ok: false, code: 10002, message: "param should not be empty: prizeName", reason: "…", path: "$.body.prizeName" }, successBody)
 * // [{ kind: "vendor-accepts", side: "request", path: "$.body.prizeName", … }]
 */
export function verdictDrift(wire: VendorWire, verdict: LivemockVerdict, answer: unknown): DriftFinding[] {
  const error = wire.errorOf(answer);
  if (!verdict.ok) {
    const refusal = `livemock refuses it: ${shown(verdict.code)} ${shown(verdict.message)} (${verdict.reason})`;
    if (error === undefined) return [{ kind: "vendor-accepts", side: "request", path: verdict.path, expected: refusal, actual: "the vendor accepted it (a success envelope)" }];
    const known = wire.knownError(error.code);
    if (String(error.code) === String(verdict.code) || (known !== undefined && known.classOf(error.message) !== "request")) return [];
    return [{ kind: "error-code-changed", side: "response", path: error.codePath, expected: refusal, actual: `${shown(error.code)} (${shown(error.message)})` }];
  }
  if (error === undefined) return [];
  const known = wire.knownError(error.code);
  if (known !== undefined && known.classOf(error.message) !== "request") return [];
  return [
    {
      kind: "vendor-refuses",
      side: "response",
      path: error.codePath,
      expected: "a success (livemock accepts the request)",
      actual: `${shown(error.code)} (${shown(error.message)})${known === undefined ? ", a code livemock does not know" : ""}`,
    },
  ];
}

type SpecRoutes = {
  literal: Map<string, { operation: string; method: string }>;
  templates: { compiled: PathTemplate; operation: string; method: string }[];
};

const routeCache = new WeakMap<SpecValidator, SpecRoutes>();

/**
 * The spec operation a request addresses, and the method the spec serves it on: the request's
 * spec path (the wire's reading of path and query) looked up in the spec, literal path keys first,
 * then templated ones (`/live/v2/channels/{channelId}/delete`). Undefined for a request the spec
 * does not have.
 *
 * @example
 * operationOf(polyvWire, specValidator("polyv"), "/live/v4/channel/lottery-activity/create", query) // { operation: "createLotteryActivity", method: "post" }
 * operationOf(polyvWire, specValidator("polyv"), "/live/v2/channels/5300001/delete", query) // { operation: "deleteChannel", method: "post" }
 */
export function operationOf(wire: VendorWire, validator: SpecValidator, path: string, query: URLSearchParams): { operation: string; method: string } | undefined {
  let routes = routeCache.get(validator);
  if (routes === undefined) {
    routes = { literal: new Map(), templates: [] };
    for (const operation of validator.operationIds) {
      const where = validator.locate(operation);
      if (isPathTemplate(where.path)) routes.templates.push({ compiled: compilePathTemplate(where.path), operation, method: where.method });
      else routes.literal.set(where.path, { operation, method: where.method });
    }
    routeCache.set(validator, routes);
  }
  const key = wire.specPath(path, query);
  if (key === undefined) return undefined;
  const hit = routes.literal.get(key);
  if (hit !== undefined) return hit;
  const templated = routes.templates.find((t) => matchPathTemplate(t.compiled, key) !== undefined);
  return templated === undefined ? undefined : { operation: templated.operation, method: templated.method };
}
