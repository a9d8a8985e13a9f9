/**
 * Options every livemock client shares: where to send requests, how to send them, and how long to
 * wait and retry.
 */

import type { VendorName } from "../contracts/vendor-name.ts";

/** A `fetch`-shaped function: `globalThis.fetch`, `app.request` of a Hono app, an MSW-patched fetch... */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response> | Response;

/** Source of "now" in epoch milliseconds: a function (`Date.now`) or a clock object (`{ now() }`, e.g. livemock's `manualClock`). */
export type ClientClock = (() => number) | { now(): number };

/** One request/response pair as the client saw it, for logging and contract checks (secrets redacted). */
export interface ClientExchange {
  vendor: VendorName;
  /** The spec operationId. */
  operation: string;
  /** 1 for the first try, 2 for the first retry, ... */
  attempt: number;
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  /** Absent when no answer arrived (timeout, network failure). */
  response?: { status: number; headers: Record<string, string>; body: string };
  durationMs: number;
}

/** Options common to the three clients. */
export interface ClientOptions {
  /** Vendor base URL; default the real vendor's. Point it at livemock, e.g. `http://localhost:4010`. */
  baseUrl?: string;
  /** The fetch to send with; default `globalThis.fetch`. */
  fetch?: FetchLike;
  /** Per-attempt time limit in milliseconds (request and body read); default 10 000. */
  timeoutMs?: number;
  /** Retries after a rate-limit answer or an HTTP 5xx; default 2. Never used for validation or auth errors. */
  retries?: number;
  /** First backoff delay in milliseconds, doubled on each retry; default 250. */
  retryDelayMs?: number;
  /** Largest backoff delay (also caps a `Retry-After` header); default 4 000. */
  maxRetryDelayMs?: number;
  /** Source of "now" for signatures, timestamps and token expiry; default `Date.now`. */
  clock?: ClientClock;
  /** Where credentials are read from when not given in options; default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Called after every attempt with what was sent and received (secrets redacted). */
  onExchange?: (exchange: ClientExchange) => void;
}

/** {@link ClientOptions} with every default applied. */
export interface ResolvedClientOptions {
  baseUrl: string;
  fetch: FetchLike;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
  now: () => number;
  onExchange?: (exchange: ClientExchange) => void;
}

/**
 * Applies the defaults to the shared options and validates them.
 *
 * @example
 * const resolved = resolveClientOptions({ retries: 0 }, "https://api.polyv.net");
 * resolved.timeoutMs // 10000
 */
export function resolveClientOptions(options: ClientOptions, defaultBaseUrl: string): ResolvedClientOptions {
  const fetchImpl = options.fetch ?? (globalThis.fetch as FetchLike | undefined);
  if (!fetchImpl) throw new TypeError("livemock client: no fetch available; pass options.fetch");
  const retries = options.retries ?? 2;
  if (!Number.isInteger(retries) || retries < 0) throw new RangeError(`livemock client: retries must be a non-negative integer, got ${retries}`);
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!(timeoutMs > 0)) throw new RangeError(`livemock client: timeoutMs must be positive, got ${timeoutMs}`);
  const resolved: ResolvedClientOptions = {
    baseUrl: (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/, ""),
    fetch: fetchImpl,
    timeoutMs,
    retries,
    retryDelayMs: options.retryDelayMs ?? 250,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 4_000,
    now: toNow(options.clock),
  };
  if (options.onExchange) resolved.onExchange = options.onExchange;
  return resolved;
}

/**
 * Turns a {@link ClientClock} into a plain "now" function.
 *
 * @example
 * toNow({ now: () => 0 })() // 0
 * toNow()() // Date.now()
 */
export function toNow(clock: ClientClock | undefined): () => number {
  if (clock === undefined) return () => Date.now();
  if (typeof clock === "function") return () => clock();
  return () => clock.now();
}
