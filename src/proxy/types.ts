/**
 * The vocabulary of `livemock proxy` and `livemock drift`: an exchange as recorded, a drift entry
 * (a contract runner {@link Violation} tied to the exchange it was seen in), and the drift report.
 */
import type { VendorName } from "../contracts/vendor-name.ts";
import type { Violation } from "../runner/types.ts";

/** One drift: a violation of the spec or of livemock's rules, in exchange number `exchange`. */
export interface DriftEntry extends Violation {
  /** The exchange's sequence number (its file is `exchanges/<0001>-<operation>.json`). */
  exchange: number;
}

/** A request as recorded: secrets redacted. */
export interface RecordedRequest {
  method: string;
  /** Path name as the client sent it (`/live/v4/channel/lottery-activity/create`). */
  path: string;
  /** Query parameters in order, decoded, secret values redacted. */
  query: [string, string][];
  /** Header names lower-cased (repeated ones joined by ", "), secret values redacted, hop-by-hop ones left out. */
  headers: Record<string, string>;
  /** The JSON body (redacted), or undefined when there is none or it is not JSON. */
  body?: unknown;
  /** A body that is not JSON: a form's fields (redacted), or only its length. */
  bodyText?: string;
}

/** An answer as recorded: secrets redacted, decoded (no content-encoding). */
export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  /** The JSON answer (redacted). */
  body: unknown;
}

/** One exchange through the proxy, as `exchanges/<0001>-<operation>.json` holds it. */
export interface ExchangeRecord {
  /** 1, 2, ... in order of arrival. */
  seq: number;
  vendor: VendorName;
  /** The spec operationId; null for a request the spec does not have. */
  operation: string | null;
  /** ISO time the request arrived. */
  at: string;
  durationMs: number;
  request: RecordedRequest;
  /** The upstream's answer; null when there was no usable one (see `problem`). */
  response: RecordedResponse | null;
  /** Why there is no usable answer (timeout, TLS, refused connection, not JSON): the proxy answered 502. */
  problem?: string;
  drift: DriftEntry[];
}

/** Calls and drift entries of one operation. */
export interface OperationCount {
  calls: number;
  drift: number;
}

/** What a proxy session (or a record dir) found: `drift.json`. */
export interface DriftReport {
  vendor: VendorName;
  upstream: string;
  /** ISO times of the first and last exchange (or of the session's start and end). */
  startedAt: string;
  endedAt: string;
  exchanges: number;
  operations: Record<string, OperationCount>;
  drift: DriftEntry[];
}
