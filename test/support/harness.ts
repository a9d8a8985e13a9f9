import { specValidator } from "../../src/contracts/core/spec-validator.ts";
import type { VendorName } from "../../src/contracts/vendor-name.ts";
import { createMockApp, type MockApp, type MockAppOptions } from "../../src/mock/app.ts";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";

/** A request as tests describe it. */
export interface CallInit {
  method?: string;
  path: string;
  query?: Record<string, string | number | undefined> | URLSearchParams;
  headers?: Record<string, string>;
  /** A JSON value (sent as application/json) ... */
  json?: unknown;
  /** ... or a raw body sent as is (with whatever content-type the test sets). */
  body?: string;
}

/** What a call returns: the parsed envelope plus what tests assert on. */
export interface CallResult<T = any> {
  status: number;
  json: T;
  headers: Headers;
  /** The decoded `x-livemock-reason` header. */
  reason: string | null;
  /** The decoded `x-livemock-warning` header: the leniencies the request relied on. */
  warning: string | null;
  /** The operation the mock says it served (from the journal). */
  operation?: string;
}

export type Transport = "in-process" | "http";

/**
 * Drives a mock the way users do (in-process through `app.request`, or over real HTTP), and checks
 * every response it gets: it must be JSON, never a 5xx, and, when the mock names the operation it
 * served, valid against that vendor's spec for its status.
 */
export interface Harness {
  app: MockApp;
  call<T = any>(init: CallInit): Promise<CallResult<T>>;
  close(): Promise<void>;
  /** The base URL when the transport is http. */
  url?: string;
}

export async function createHarness(vendor: VendorName, options: MockAppOptions & { transport?: Transport } = {}): Promise<Harness> {
  const transport = options.transport ?? "in-process";
  let server: RunningServer | undefined;
  let app: MockApp;
  if (transport === "http") {
    server = await startServer({ ...options, port: 0 });
    app = server.app;
  } else {
    app = createMockApp(options);
  }
  const validator = specValidator(vendor);

  const call = async <T>(init: CallInit): Promise<CallResult<T>> => {
    const query =
      init.query instanceof URLSearchParams
        ? init.query
        : new URLSearchParams(
            Object.entries(init.query ?? {})
              .filter((e): e is [string, string | number] => e[1] !== undefined)
              .map(([k, v]) => [k, String(v)]),
          );
    const qs = query.toString();
    const target = `${init.path}${qs ? `?${qs}` : ""}`;
    const headers: Record<string, string> = { ...init.headers };
    let body: string | undefined = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) headers["content-type"] = "application/json";
    }
    const requestInit: RequestInit = { method: init.method ?? (body === undefined ? "GET" : "POST"), headers, body };
    const res = server ? await fetch(`${server.url}${target}`, requestInit) : await app.request(target, requestInit);
    const text = await res.text();
    let json: T;
    try {
      json = JSON.parse(text) as T;
    } catch {
      throw new Error(`${requestInit.method} ${target} answered ${res.status} with a body that is not JSON: ${text.slice(0, 300)}`);
    }
    if (res.status >= 500) throw new Error(`${requestInit.method} ${target} answered ${res.status}: ${text.slice(0, 300)}`);
    const entry = app.livemock.context.journal.latest();
    const operation = entry?.operation;
    if (operation) {
      const verdict = validator.validateResponse(operation, res.status, json);
      if (!verdict.valid) {
        throw new Error(`${vendor} ${operation} answered ${res.status} with a body that violates specs/${vendor}.yaml: ${JSON.stringify(verdict.violations)}\nbody: ${text.slice(0, 500)}`);
      }
    }
    const reasonHeader = res.headers.get("x-livemock-reason");
    const warningHeader = res.headers.get("x-livemock-warning");
    return {
      status: res.status,
      json,
      headers: res.headers,
      reason: reasonHeader === null ? null : decodeURIComponent(reasonHeader),
      warning: warningHeader === null ? null : decodeURIComponent(warningHeader),
      operation,
    };
  };

  return { app, call, close: async () => server?.close(), url: server?.url };
}
