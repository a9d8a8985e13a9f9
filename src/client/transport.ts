/**
 * One HTTP attempt with a time limit, and the bounded retry loop with exponential backoff that the
 * three clients share. Vendor specifics (what is retryable, what is an error) stay in the clients.
 */
import type { VendorName } from "../contracts/vendor-name.ts";
import type { ClientExchange, ResolvedClientOptions } from "./options.ts";
import { LivemockTransportError } from "./transport-error.ts";
import { VendorApiError } from "./vendor-error.ts";

/** A request ready to send. */
export interface OutgoingRequest {
  method: "GET" | "POST";
  /** Path plus query, appended to the base URL. */
  pathAndQuery: string;
  headers: Record<string, string>;
  body?: string;
}

/** An answer whose body was read in time. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/** One leniency livemock says a request relied on (`x-livemock-warning`): its id and what departed from the documented rule. */
export interface LivemockWarning {
  id: string;
  message: string;
}

/** Removes secrets from a text before it reaches `onExchange`. */
export type Redactor = (text: string) => string;

/**
 * Sends one request and reads its whole body within `timeoutMs` (the abort also wins over a fetch
 * that ignores its signal, such as `app.request`). Throws {@link LivemockTransportError} on timeout
 * or network failure.
 *
 * @example
 * const answer = await sendOnce(resolved, { method: "GET", pathAndQuery: "/token?..." , headers: {} }, { vendor: "xiaoe", operation: "getAccessToken", attempt: 1 });
 */
export async function sendOnce(options: ResolvedClientOptions, request: OutgoingRequest, meta: { vendor: VendorName; operation: string; attempt: number; redact?: Redactor }): Promise<RawAnswer> {
  const url = `${options.baseUrl}${request.pathAndQuery}`;
  const label = `${request.method} ${request.pathAndQuery.split("?")[0]}`;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new LivemockTransportError({
        kind: "timeout",
        vendor: meta.vendor,
        operation: meta.operation,
        request: label,
        message: `${meta.vendor} ${meta.operation}: no complete answer to ${label} within ${options.timeoutMs} ms`,
      });
      controller.abort(error);
      reject(error);
    }, options.timeoutMs);
  });
  const started = Date.now();
  const init: RequestInit = { method: request.method, headers: request.headers, signal: controller.signal };
  if (request.body !== undefined) init.body = request.body;
  let answer: RawAnswer | undefined;
  try {
    answer = await Promise.race([
      (async () => {
        const response = await options.fetch(url, init);
        const text = await response.text();
        return { status: response.status, headers: response.headers, text };
      })(),
      timedOut,
    ]);
    return answer;
  } catch (error) {
    if (error instanceof LivemockTransportError) throw error;
    throw new LivemockTransportError({
      kind: "network",
      vendor: meta.vendor,
      operation: meta.operation,
      request: label,
      message: `${meta.vendor} ${meta.operation}: ${label} failed: ${error instanceof Error ? error.message : String(error)}`,
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    timedOut.catch(() => undefined);
    if (options.onExchange) {
      const redact = meta.redact ?? ((text: string) => text);
      const exchange: ClientExchange = {
        vendor: meta.vendor,
        operation: meta.operation,
        attempt: meta.attempt,
        request: { method: request.method, url: redact(url), headers: { ...request.headers } },
        durationMs: Date.now() - started,
      };
      if (request.body !== undefined) exchange.request.body = redact(request.body);
      if (answer) exchange.response = { status: answer.status, headers: headerRecord(answer.headers), body: redact(answer.text) };
      try {
        options.onExchange(exchange);
      } catch {
        // An observer's failure must not change the call's outcome.
      }
    }
  }
}

/**
 * Parses a JSON answer; anything else is a {@link LivemockTransportError} of kind `invalid-response`.
 *
 * @example
 * const body = parseJsonAnswer(answer, { vendor: "polyv", operation: "getLotteryActivity", request: "GET /live/v4/..." });
 */
export function parseJsonAnswer(answer: RawAnswer, meta: { vendor: VendorName; operation: string; request: string }): unknown {
  try {
    return JSON.parse(answer.text) as unknown;
  } catch (cause) {
    throw new LivemockTransportError({
      kind: "invalid-response",
      vendor: meta.vendor,
      operation: meta.operation,
      request: meta.request,
      httpStatus: answer.status,
      body: answer.text,
      message: `${meta.vendor} ${meta.operation}: the answer to ${meta.request} (HTTP ${answer.status}) is not JSON`,
      cause,
    });
  }
}

/** What one attempt concluded. */
export type AttemptResult<T> =
  | { kind: "done"; value: T }
  /** Safe to repeat (rate limit, 5xx): `error` is thrown if no retry is left. */
  | { kind: "retry"; error: Error; retryAfterMs?: number };

/**
 * Runs `attempt` until it is done, retrying a `retry` outcome at most `options.retries` times with
 * exponential backoff (`retryDelayMs`, doubled each time, capped by `maxRetryDelayMs`; a
 * `Retry-After` is honoured up to the same cap). Thrown errors are never retried.
 *
 * @example
 * const data = await withRetries(resolved, async (attempt) => ({ kind: "done", value: attempt }));
 */
export async function withRetries<T>(options: ResolvedClientOptions, attempt: (attemptNumber: number) => Promise<AttemptResult<T>>): Promise<T> {
  for (let n = 1; ; n += 1) {
    let result: AttemptResult<T>;
    try {
      result = await attempt(n);
    } catch (error) {
      throw stamp(error, n);
    }
    if (result.kind === "done") return result.value;
    if (n > options.retries) throw stamp(result.error, n);
    const backoff = Math.min(options.maxRetryDelayMs, options.retryDelayMs * 2 ** (n - 1));
    const delay = result.retryAfterMs === undefined ? backoff : Math.min(options.maxRetryDelayMs, Math.max(backoff, result.retryAfterMs));
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

function stamp(error: unknown, attempts: number): unknown {
  if (error instanceof LivemockTransportError) return error.withAttempts(attempts);
  if (error instanceof VendorApiError) error.attempts = attempts;
  return error;
}

/**
 * Reads a `Retry-After` header given in seconds; undefined when absent or not a number.
 *
 * @example
 * retryAfterMs(new Headers({ "retry-after": "2" })) // 2000
 */
export function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get("retry-after");
  if (value === null || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  return Number(value) * 1000;
}

/**
 * Decides what to do with a vendor error: retry it (after the server's `Retry-After`, when given) when
 * it is retryable (a rate limit or a server error), throw it otherwise.
 *
 * @example
 * return retryOrThrow(error, error.rateLimited || answer.status >= 500, answer.headers);
 */
export function retryOrThrow(error: Error, retryable: boolean, headers: Headers): { kind: "retry"; error: Error; retryAfterMs?: number } {
  if (!retryable) throw error;
  const after = retryAfterMs(headers);
  return { kind: "retry", error, ...(after === undefined ? {} : { retryAfterMs: after }) };
}

/**
 * The precise reason livemock puts in `x-livemock-reason` (percent-decoded), when present.
 *
 * @example
 * livemockReason(new Headers({ "x-livemock-reason": "alive_id%3A%20unknown" })) // "alive_id: unknown"
 */
export function livemockReason(headers: Headers): string | undefined {
  const value = headers.get("x-livemock-reason");
  if (value === null) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

/** Where one warning ends and the next begins in `x-livemock-warning`: "; " before `<vendor>.<area>.<what>: `. */
const NEXT_WARNING = /; (?=[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+: )/u;

/**
 * The warnings of an `x-livemock-warning` header value (percent-decoded, `id: message` joined by
 * "; "): none for a missing or empty value.
 *
 * @example
 * parseLivemockWarnings("polyv.task.sort-missing%3A%20tasks%5B0%5D%20has%20no%20sort%3B%20the%20doc...")
 * // [{ id: "polyv.task.sort-missing", message: "tasks[0] has no sort; the doc..." }]
 */
export function parseLivemockWarnings(value: string | null | undefined): LivemockWarning[] {
  if (!value) return [];
  let text = value;
  try {
    text = decodeURIComponent(value);
  } catch {
    // kept as sent
  }
  return text.split(NEXT_WARNING).map((part) => {
    const colon = part.indexOf(": ");
    return colon === -1 ? { id: part, message: "" } : { id: part.slice(0, colon), message: part.slice(colon + 2) };
  });
}
