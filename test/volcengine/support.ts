/**
 * Helpers for the Volcengine tests: a harness on a manual clock, and calls signed the way the
 * official SDKs sign (livemock's own signer, checked against the SDK in test/contracts/volcengine).
 */
import { type SigningStyle, signRequest } from "../../src/contracts/volcengine/index.ts";
import type { MockAppOptions } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { type CallResult, createHarness, type Harness, type Transport } from "../support/harness.ts";

export const AK = "AKLTlivemockdemo";
export const SK = "livemock-volc-secret";
export const VERSION = "2023-08-01";
export const ACTIVITY = 1824920000234844;
export const OTHER_ACTIVITY = 1824920000234845;
export const FIRST_ID = 1825100000340169;
export const START = Date.parse("2024-01-01T12:00:00Z");

export type Clock = ReturnType<typeof manualClock>;

export interface VolcHarness extends Harness {
  clock: Clock;
  /** A signed call to an action (POST with a JSON body, or GET with the params in the query). */
  action<T = any>(action: string, params?: Record<string, unknown>, options?: SignedOptions): Promise<CallResult<T>>;
}

export interface SignedOptions {
  method?: string;
  version?: string;
  ak?: string;
  sk?: string;
  /** Signing time; default the mock clock's now. */
  date?: Date;
  style?: SigningStyle;
  /** Raw body instead of JSON.stringify(params). */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Extra query parameters for a POST. */
  query?: Record<string, string>;
}

/**
 * A harness on a manual clock starting at 2024-01-01T12:00:00Z, with a signed-call helper.
 */
export async function volcHarness(options: MockAppOptions & { transport?: Transport } = {}): Promise<VolcHarness> {
  const clock = manualClock(START);
  const harness = await createHarness("volcengine", { clock, ...options });
  const action = <T>(name: string, params: Record<string, unknown> = {}, opts: SignedOptions = {}) => {
    const method = opts.method ?? (name.startsWith("Get") || name.startsWith("List") ? "GET" : "POST");
    const query: Record<string, string> = { Action: name, Version: opts.version ?? VERSION, ...opts.query };
    let body: string | undefined;
    if (method === "GET") {
      for (const [k, v] of Object.entries(params)) query[k] = String(v);
    } else {
      body = opts.rawBody ?? JSON.stringify(params);
    }
    const headers: Record<string, string> = { ...(body === undefined ? {} : { "content-type": "application/json; charset=utf-8" }), ...opts.headers };
    // Go/Java sign Host: over HTTP fetch sends the URL's host itself; in-process the test sends it.
    const host = harness.url ? new URL(harness.url).host : "localhost";
    if (opts.style === "go" && !harness.url) headers.host = host;
    const signed = signRequest({
      method,
      path: "/",
      query,
      headers: opts.style === "go" ? { ...headers, host } : headers,
      body,
      ak: opts.ak ?? AK,
      sk: opts.sk ?? SK,
      date: opts.date ?? new Date(clock.now()),
      style: opts.style ?? "node",
    });
    const { Host: _host, ...added } = signed;
    return harness.call<T>({ method, path: "/", query, headers: { ...headers, ...added }, ...(body === undefined ? {} : { body }) });
  };
  return Object.assign(harness, { clock, action });
}

/** A minimal valid cash packet for a live room. */
export const cashPacket = (extra: Record<string, unknown> = {}) => ({ ActivityID: ACTIVITY, TotalAmount: 100, RedPacketNumber: 1, ...extra });

/** The Error of an error envelope. */
export const errorOf = (res: CallResult) => res.json?.ResponseMetadata?.Error as { Code: string; CodeN: number; Message: string } | undefined;
