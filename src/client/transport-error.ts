/**
 * The one error a client throws when no vendor answer could be read: a timeout, a network failure,
 * or an answer that is not the vendor's JSON.
 */

import type { VendorName } from "../contracts/vendor-name.ts";

/** Why the transport failed. */
export type TransportFailureKind = "timeout" | "network" | "invalid-response";

/**
 * Thrown for timeouts, network failures and answers that are not the vendor's JSON envelope; never a
 * bare string. A vendor's own refusal is a {@link VendorApiError} instead.
 *
 * @example
 * const error = await polyv.listLotteryActivities({ channelId: 4854808 }).catch((e: unknown) => e);
 * if (error instanceof LivemockTransportError) console.log(error.kind, error.httpStatus, error.attempts); // "invalid-response" 502 3
 */
export class LivemockTransportError extends Error {
  override readonly name = "LivemockTransportError";
  readonly kind: TransportFailureKind;
  readonly vendor: VendorName;
  /** The spec operationId being called. */
  readonly operation: string;
  /** `METHOD path` of the request (no query string, so no signature or secret). */
  readonly request: string;
  /** HTTP status, when an answer arrived but could not be read as the vendor's JSON. */
  readonly httpStatus?: number;
  /** The start of the unreadable answer (at most 200 characters). */
  readonly bodySnippet?: string;
  /** How many attempts were made. */
  readonly attempts: number;

  constructor(init: {
    kind: TransportFailureKind;
    vendor: VendorName;
    operation: string;
    request: string;
    message: string;
    httpStatus?: number;
    /** @deprecated Pass `httpStatus`. */
    status?: number;
    body?: string;
    attempts?: number;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.vendor = init.vendor;
    this.operation = init.operation;
    this.request = init.request;
    const httpStatus = init.httpStatus ?? init.status;
    if (httpStatus !== undefined) this.httpStatus = httpStatus;
    if (init.body !== undefined) this.bodySnippet = init.body.slice(0, 200);
    this.attempts = init.attempts ?? 1;
  }

  /** @deprecated Use `httpStatus`: the same number, under the name every client error shares. */
  get status(): number | undefined {
    return this.httpStatus;
  }

  /**
   * A copy that records how many attempts were made in total.
   *
   * @example
   * throw error.withAttempts(3);
   */
  withAttempts(attempts: number): LivemockTransportError {
    const copy = new LivemockTransportError({
      kind: this.kind,
      vendor: this.vendor,
      operation: this.operation,
      request: this.request,
      message: this.message,
      ...(this.httpStatus === undefined ? {} : { httpStatus: this.httpStatus }),
      ...(this.bodySnippet === undefined ? {} : { body: this.bodySnippet }),
      attempts,
      cause: this.cause,
    });
    copy.stack = this.stack;
    return copy;
  }
}
