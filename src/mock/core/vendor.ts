/**
 * The contract between the mock core and a vendor module. The core owns transport (body limits,
 * journal, error safety net, rendering); a vendor module owns everything vendor-specific (auth,
 * routing inside its paths, validation, state, envelopes).
 */
import type { MockContext } from "./context.ts";

export type VendorName = "polyv" | "xiaoe" | "volcengine";

/** A request as the core hands it to a vendor: body already read (within the size limit). */
export interface VendorRequest {
  method: string;
  /** Path name, e.g. `/live/v4/channel/task-reward-activity/save`. */
  path: string;
  query: URLSearchParams;
  /** The query string as sent, without the `?` (`""` when there is none): for signatures over the exact bytes. */
  rawQuery: string;
  /** Every header by lower-case name, repeated ones joined by ", " as `Headers.get` gives them (built on first use). */
  headerMap: ReadonlyMap<string, string>;
  /** The raw body as UTF-8 text (`""` when there is none). */
  rawBody: string;
  /** The body bytes as received, when there is a body (Volcengine's X-Content-Sha256 covers bytes, not text). */
  rawBytes?: Uint8Array;
  /** Lower-cased media type without parameters (`application/json`), `""` when absent. */
  contentType: string;
  /** Remote address as seen by the server (`127.0.0.1` for in-process calls). */
  clientIp: string;
  /** `context.clock.now()` when the request arrived. */
  receivedAt: number;
}

/** What a vendor answers; the core turns it into an HTTP response and a journal entry. */
export interface VendorResponse {
  status: number;
  /** JSON-serialisable envelope, exactly the vendor's. */
  body: unknown;
  headers?: Record<string, string>;
  /** The spec operationId served, when known (for the journal and the dashboard). */
  operation?: string;
  /** The vendor error code, when the answer is an error (`20002`, `2008`, `SignatureDoesNotMatch`). */
  errorCode?: string | number;
  /** Precise human reason for a rejection; sent as `x-livemock-reason` and kept in the journal. */
  reason?: string;
  /** Owner (app id / access key) the request was authenticated as, for the journal. */
  owner?: string;
}

/** Failures the core detects before or around the vendor's own handling. */
export type CoreFailure =
  | { kind: "payload-too-large"; limitBytes: number }
  | { kind: "unreadable-body"; message: string }
  | { kind: "internal"; error: unknown };

/** One vendor plugged into the core. */
export interface VendorModule {
  readonly name: VendorName;
  /** True when the request is addressed to this vendor (by path; for Volcengine also by query and auth headers). */
  matches(path: string, query: URLSearchParams, headers: Pick<Headers, "get">): boolean;
  /** Answers synchronously: the core has read the body already, and nothing a vendor does waits. */
  handle(request: VendorRequest): VendorResponse;
  /** Renders a core-detected failure in the vendor's own envelope. */
  reject(request: VendorRequest, failure: CoreFailure): VendorResponse;
  /** Restores the vendor's seeded state (called on `POST /__livemock/reset`). Optional. */
  reset?(): void;
  /** The spec operationId a request addresses, without handling it (fault rules per operation). Optional. */
  operationOf?(request: VendorRequest): string | undefined;
  /** Seeds the per-app objects (channels, lives, activities) of credentials added at runtime. Optional. */
  onCredentialsAdded?(): void;
}

/** Builds a vendor module over the shared context. */
export type VendorFactory = (context: MockContext) => VendorModule;
