/**
 * Checks one request/response pair seen by a client against the vendor's spec: the request's query
 * and JSON body, and the response for its HTTP status, fields the spec does not declare included;
 * and an error answer against livemock's catalogue of the vendor (code, message, status). Every
 * finding names the operation, its drift kind, the side (request or response), the JSON path, and
 * expected vs actual.
 */
import { driftKindOf } from "../contracts/core/drift-kinds.ts";
import { type SpecValidator, type SpecVerdict, specValidator } from "../contracts/core/spec-validator.ts";
import { undeclaredFields } from "../contracts/core/undeclared-fields.ts";
import { answerDrift, type DriftFinding } from "../contracts/core/vendor-wire.ts";
import { vendorWires } from "../contracts/vendor-wires.ts";
import type { ClientExchange, Violation } from "./types.ts";
import { describeValue, toJsonPath, valueAt } from "./violations.ts";

type Json = Record<string, unknown>;

function resolveRef(spec: Json, node: unknown): Json {
  let current = node as Json;
  while (current && typeof current.$ref === "string") {
    current = current.$ref
      .slice(2)
      .split("/")
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<Json>((acc, key) => acc[key] as Json, spec);
  }
  return current;
}

const typeCache = new Map<string, Map<string, string>>();

/** The JSON type each query and path parameter of an operation declares (`integer`, `number`, `boolean`, `string`). */
function queryTypes(validator: SpecValidator, operationId: string): Map<string, string> {
  const key = `${validator.vendor}:${operationId}`;
  const hit = typeCache.get(key);
  if (hit) return hit;
  const { method, path } = validator.locate(operationId);
  const spec = validator.spec;
  const pathItem = (spec.paths as Json)[path] as Json;
  const op = pathItem[method] as Json;
  const types = new Map<string, string>();
  for (const raw of [...((pathItem.parameters ?? []) as unknown[]), ...((op.parameters ?? []) as unknown[])]) {
    const param = resolveRef(spec, raw);
    if (param.in !== "query" && param.in !== "path") continue;
    const schema = resolveRef(spec, param.schema);
    const type = Array.isArray(schema?.type) ? (schema.type as string[]).find((t) => t !== "null") : (schema?.type as string | undefined);
    types.set(param.name as string, type ?? "string");
  }
  typeCache.set(key, types);
  return types;
}

/**
 * Types the query of a URL, and the parameters in its path when the operation's path is a
 * template, as the spec declares them, so integers are checked as integers.
 *
 * @example
 * typedQuery(specValidator("polyv"), "getLotteryActivity", new URL("http://x/?channelId=1&id=2").searchParams) // { channelId: 1, id: 2 }
 * typedQuery(specValidator("polyv"), "deleteChannel", new URLSearchParams("userId=u"), "/live/v2/channels/5300001/delete") // { channelId: 5300001, userId: "u" }
 */
export function typedQuery(validator: SpecValidator, operationId: string, query: URLSearchParams, path?: string): Record<string, unknown> {
  const types = queryTypes(validator, operationId);
  const out: Record<string, unknown> = {};
  const inPath = path === undefined ? undefined : validator.pathParams(operationId, path);
  const values = new Map<string, string>(Object.entries(inPath ?? {}));
  for (const name of query.keys()) if (!values.has(name)) values.set(name, query.get(name) ?? "");
  for (const [name, value] of values) {
    const type = types.get(name);
    if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(value)) out[name] = Number(value);
    else if (type === "boolean" && (value === "true" || value === "false")) out[name] = value === "true";
    else out[name] = value;
  }
  return out;
}

/** What every violation of one exchange shares. */
type ExchangeBase = Pick<Violation, "vendor" | "operation" | "status">;

const atPath = (prefix: string, dotted: string) => (prefix && dotted === "(root)" ? `$${prefix}` : `$${prefix}${toJsonPath(dotted).slice(1)}`);

function violationsOf(verdict: SpecVerdict, root: unknown, base: ExchangeBase & Pick<Violation, "side">, prefix = ""): Violation[] {
  if (verdict.valid) return [];
  return verdict.violations.map((v) => ({
    ...base,
    kind: driftKindOf(v),
    source: "spec" as const,
    path: atPath(prefix, v.path),
    expected: v.message,
    actual: describeValue(valueAt(root, v.path)),
  }));
}

/**
 * The fields of a value (a request body, an answer) that the spec's schemas for it do not declare.
 *
 * @example
 * unknownFields(specValidator("polyv"), specValidator("polyv").schemasOf("getLotteryActivity", 200), json, { ...base, side: "response" })
 */
export function unknownFields(validator: SpecValidator, schemas: readonly unknown[], value: unknown, base: ExchangeBase & Pick<Violation, "side">, prefix = ""): Violation[] {
  return undeclaredFields(validator.spec, schemas, value).map((dotted) => ({
    ...base,
    kind: "unknown-field" as const,
    source: "spec" as const,
    path: atPath(prefix, dotted),
    expected: `only the fields specs/${validator.vendor}.yaml declares`,
    actual: describeValue(valueAt(value, dotted)),
  }));
}

/**
 * Findings of livemock's own rules (src/contracts/core/vendor-wire.ts) as violations of an exchange.
 *
 * @example
 * fromFindings(answerDrift(vendorWires.polyv, 200, json), base)
 */
export function fromFindings(findings: readonly DriftFinding[], base: ExchangeBase): Violation[] {
  return findings.map((finding) => ({ ...base, ...finding, source: "livemock" as const }));
}

function hasJsonRequestBody(validator: SpecValidator, operationId: string): boolean {
  const { method, path } = validator.locate(operationId);
  const op = ((validator.spec.paths as Json)[path] as Json)[method] as Json;
  if (!op.requestBody) return false;
  const body = resolveRef(validator.spec, op.requestBody);
  return Boolean((body.content as Json | undefined)?.["application/json"]);
}

/** A token-shaped stand-in for a value the client redacted (it keeps secrets from observers). */
const REDACTED_XIAOE_TOKEN = "xe_0000000000000_redacted";

/**
 * Puts a well-formed stand-in where the Xiaoe client wrote `***` for an access token, so the spec
 * check sees a present string: the token's own format cannot be checked through `onExchange`.
 *
 * @example
 * unredact('{"access_token":"***"}') // '{"access_token":"xe_0000000000000_redacted"}'
 */
export function unredact(text: string): string {
  return text.replace(/("access_token"\s*:\s*")\*\*\*"/g, `$1${REDACTED_XIAOE_TOKEN}"`);
}

/**
 * Every spec violation in one exchange: the request (query, JSON body) and the response (status and
 * body). An exchange without a response (timeout, network failure) yields one response violation.
 *
 * @example
 * const violations = checkExchange(exchange);
 * for (const v of violations) console.log(formatViolation(v));
 */
export function checkExchange(exchange: ClientExchange): Violation[] {
  const vendor = exchange.vendor;
  const validator = specValidator(vendor);
  const operation = exchange.operation;
  const status = exchange.response?.status;
  const base: ExchangeBase = { vendor, operation, ...(status === undefined ? {} : { status }) };
  const found: Violation[] = [];

  const url = new URL(exchange.request.url);
  const query = typedQuery(validator, operation, url.searchParams, url.pathname);
  found.push(...violationsOf(validator.validateQuery(operation, query), query, { ...base, side: "request" }, ".query"));
  if (exchange.request.body !== undefined && hasJsonRequestBody(validator, operation)) {
    let body: unknown;
    try {
      body = JSON.parse(vendor === "xiaoe" ? unredact(exchange.request.body) : exchange.request.body);
    } catch {
      found.push({ ...base, kind: "type-changed", source: "spec", side: "request", path: "$.body", expected: "a JSON body", actual: describeValue(exchange.request.body) });
    }
    if (body !== undefined) {
      found.push(...violationsOf(validator.validateBody(operation, body), body, { ...base, side: "request" }, ".body"));
      found.push(...unknownFields(validator, validator.schemasOf(operation, "body"), body, { ...base, side: "request" }, ".body"));
    }
  }

  if (!exchange.response) {
    found.push({ ...base, kind: "upstream-error", source: "spec", side: "response", path: "$", expected: "an HTTP response", actual: "none (timeout or network failure)" });
    return found;
  }
  let json: unknown;
  try {
    json = JSON.parse(vendor === "xiaoe" ? unredact(exchange.response.body) : exchange.response.body);
  } catch {
    found.push({ ...base, kind: "upstream-error", source: "spec", side: "response", path: "$", expected: "a JSON body", actual: describeValue(exchange.response.body.slice(0, 120)) });
    return found;
  }
  const answered = exchange.response.status;
  found.push(...violationsOf(validator.validateResponse(operation, answered, json), json, { ...base, side: "response" }));
  found.push(...unknownFields(validator, validator.schemasOf(operation, answered), json, { ...base, side: "response" }));
  found.push(...fromFindings(answerDrift(vendorWires[vendor], answered, json), base));
  return found;
}
