/**
 * The runner of the generated bad requests: sends one request in-process with a time bound, and
 * checks what every rejected request must give: no 5xx, the vendor's own error envelope with the
 * HTTP status its catalogue gives that code, an answer valid against the spec for the operation
 * addressed, and a store left exactly as it was. It also tallies requests by vendor, category and
 * error code for the closing report.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { specValidator } from "../../../src/contracts/core/spec-validator.ts";
import { polyvErrors } from "../../../src/contracts/polyv/index.ts";
import type { VendorName } from "../../../src/contracts/vendor-name.ts";
import { volcErrors } from "../../../src/contracts/volcengine/index.ts";
import { xiaoeErrors } from "../../../src/contracts/xiaoe/index.ts";
import type { MockApp } from "../../../src/mock/app.ts";
import { repoPath } from "../../support/vendors.ts";

/** One generated request, ready to send. */
export interface BadRequest {
  vendor: VendorName;
  /** The spec operation the request addresses (its answer is validated against this operation). */
  operation: string;
  /** What is wrong with it, e.g. `body:wrong-type`, `auth:flipped-sign`, `broken-json`. */
  category: string;
  method: string;
  /** Path and query. */
  target: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** A short human description for failure messages. */
  detail: string;
}

/** What came back. */
export interface Answer {
  status: number;
  text: string;
  json: any;
  headers: Headers;
  /** The vendor's error code (`20002`, `2008`, `SignatureDoesNotMatch`). */
  code: string;
}

/** Per-request bound: a request that takes longer counts as a hang. */
export const REQUEST_TIMEOUT_MS = 5_000;

/** Requests per vendor in the default run; `LIVEMOCK_PROPERTY_RUNS` overrides it (the long mode sets it). */
export function runsPerVendor(): number {
  const fromEnv = Number(process.env.LIVEMOCK_PROPERTY_RUNS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? Math.floor(fromEnv) : 3_400;
}

/** Sends one request through `app.request`, failing (not hanging) after {@link REQUEST_TIMEOUT_MS}. */
export async function send(app: MockApp, request: BadRequest): Promise<Answer> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms (a hang): ${describe(request)}`)), REQUEST_TIMEOUT_MS);
  });
  try {
    const init: RequestInit = { method: request.method, headers: request.headers };
    if (request.body !== undefined) init.body = request.body as BodyInit;
    const res = await Promise.race([app.request(request.target, init), timeout]);
    const text = await Promise.race([res.text(), timeout]);
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, text, json, headers: res.headers, code: errorCodeOf(request.vendor, json) };
  } finally {
    clearTimeout(timer);
  }
}

function errorCodeOf(vendor: VendorName, json: any): string {
  if (vendor === "polyv" && typeof json?.message === "string" && json.error === undefined) return String(polyvLegacyEntry(json)?.code ?? "?");
  if (vendor === "polyv") return String(json?.error?.code ?? "?");
  if (vendor === "xiaoe") return String(json?.code ?? "?");
  return String(json?.ResponseMetadata?.Error?.Code ?? "?");
}

export function describe(request: BadRequest): string {
  const body = request.body === undefined ? "" : typeof request.body === "string" ? request.body : `(${request.body.byteLength} bytes)`;
  return `${request.vendor} ${request.operation} [${request.category}] ${request.method} ${request.target.slice(0, 300)} headers=${JSON.stringify(request.headers).slice(0, 300)} body=${body.slice(0, 400)} (${request.detail})`;
}

/** The catalogue entry of a Polyv v2/v3 error (no code on the wire): the longest message template it starts with. */
function polyvLegacyEntry(json: { code: number; message: string }) {
  const prefix = (e: { message: string }) => e.message.split("{")[0]!;
  return Object.values(polyvErrors)
    .filter((e) => e.httpStatus === json.code && json.message.startsWith(prefix(e)))
    .sort((a, b) => prefix(b).length - prefix(a).length)[0];
}

/** Why an answer is not a proper rejection in the vendor's envelope, or undefined when it is. */
export function envelopeProblem(vendor: VendorName, answer: Answer): string | undefined {
  const { status, json } = answer;
  if (status >= 500) return `status ${status}`;
  if (json === undefined) return `a body that is not JSON: ${answer.text.slice(0, 200)}`;
  if (vendor === "polyv" && !("error" in json) && typeof json.message === "string") {
    // The v2/v3 paths' envelope {code, status, message, data}: the catalogue's desc in `message`.
    if (json.status !== "error" || json.data !== "" || json.code !== status) return `not Polyv's v2/v3 error envelope with code = HTTP status`;
    const known = polyvLegacyEntry(json) !== undefined;
    return known ? undefined : `Polyv v2/v3 error "${json.message}" with HTTP ${status} is not in the catalogue`;
  }
  if (vendor === "polyv") {
    if (json.status !== "error" || json.success !== false || json.code !== status) return `not Polyv's error envelope with code = HTTP status`;
    const known = Object.values(polyvErrors).some((e) => e.httpStatus === status && e.code === json.error?.code);
    return known ? undefined : `Polyv error ${json.error?.code} with HTTP ${status} is not in the catalogue`;
  }
  if (vendor === "xiaoe") {
    if (status !== 200) return `Xiaoe answers every error with HTTP 200, got ${status}`;
    if (typeof json.code !== "number" || json.code === 0) return `not a Xiaoe error (code ${json.code})`;
    const known = Object.values(xiaoeErrors as Record<string, { code: number; msg: string }>).some((e) => e.code === json.code && e.msg === json.msg);
    return known ? undefined : `Xiaoe error ${json.code} "${json.msg}" is not in the catalogue`;
  }
  const error = json.ResponseMetadata?.Error;
  if (!error || json.Result !== undefined) return `not Volcengine's error envelope`;
  const entry = (volcErrors as Record<string, { status: number; codeN: number }>)[error.Code];
  if (!entry) return `Volcengine error ${error.Code} is not in the catalogue`;
  return entry.status === status && entry.codeN === error.CodeN ? undefined : `Volcengine ${error.Code} must be HTTP ${entry.status} / CodeN ${entry.codeN}, got ${status} / ${error.CodeN}`;
}

/** Why an answer violates the vendor's spec for the operation addressed, or undefined when it does not. */
export function specProblem(request: BadRequest, answer: Answer): string | undefined {
  const verdict = specValidator(request.vendor).validateResponse(request.operation, answer.status, answer.json);
  return verdict.valid ? undefined : `violates specs/${request.vendor}.yaml: ${JSON.stringify(verdict.violations).slice(0, 400)}`;
}

/** Counts of generated requests by vendor, category and error code. */
export interface Tally {
  total: number;
  byCategory: Record<string, number>;
  byCode: Record<string, number>;
  byCategoryAndCode: Record<string, number>;
  byOperation: Record<string, number>;
}

export function createTally(): Tally {
  return { total: 0, byCategory: {}, byCode: {}, byCategoryAndCode: {}, byOperation: {} };
}

const bump = (record: Record<string, number>, key: string) => {
  record[key] = (record[key] ?? 0) + 1;
};

export function count(tally: Tally, request: BadRequest, answer: Answer): void {
  tally.total += 1;
  const family = request.category.split(":")[0]!;
  bump(tally.byCategory, request.category);
  bump(tally.byCode, `${answer.status} ${answer.code}`);
  bump(tally.byCategoryAndCode, `${family} -> ${answer.code}`);
  bump(tally.byOperation, request.operation);
}

/**
 * Prints a vendor's tally and writes it to `tmp/robustness/<vendor>.json` (git-ignored), so the
 * figures of a run can be summed across the three vendors.
 */
export function report(vendor: VendorName, tally: Tally, elapsedMs: number): void {
  const sort = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).sort((a, b) => b[1] - a[1]));
  const summary = {
    vendor,
    total: tally.total,
    elapsedMs: Math.round(elapsedMs),
    byCategory: sort(tally.byCategory),
    byCode: sort(tally.byCode),
    byCategoryAndCode: sort(tally.byCategoryAndCode),
    byOperation: sort(tally.byOperation),
  };
  const dir = repoPath("tmp/robustness");
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${vendor}.json`, `${JSON.stringify(summary, null, 2)}\n`);
  const line = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ");
  console.log(`[robustness] ${vendor}: ${tally.total} bad requests in ${summary.elapsedMs} ms\n  by HTTP status and code: ${line(summary.byCode)}\n  by category: ${line(summary.byCategory)}`);
}
