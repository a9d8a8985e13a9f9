/**
 * What the three vendors' error answers have in common, under one set of names. Every error a client
 * throws for a vendor's refusal extends {@link VendorApiError}; the subclasses (`PolyvError`,
 * `XiaoeError`, `VolcengineError`) add the vendor's own fields under the vendor's own names.
 */
import type { VendorName } from "../contracts/vendor-name.ts";

/** What {@link VendorApiError} is built from. */
export interface VendorApiErrorInit {
  vendor: VendorName;
  operation: string;
  httpStatus: number;
  errorCode: number | string;
  requestId: string;
  reason?: string;
  message: string;
}

/**
 * A vendor's answer that refused the call, read the same way for every vendor: `vendor`,
 * `operation`, `httpStatus`, `errorCode` (the code to branch on), `requestId`, livemock's `reason`,
 * `message`, `attempts` and `rateLimited`. Catch it to handle all three vendors at once; catch a
 * subclass for the vendor's own fields (its envelope, Volcengine's `CodeN`, Xiaoe's `msg`, ...).
 *
 * @example
 * try {
 *   await polyv.listLotteryActivities({ channelId: 4854808 });
 * } catch (error) {
 *   if (!(error instanceof VendorApiError)) throw error;
 *   console.log(error.vendor, error.httpStatus, error.errorCode, error.requestId, error.reason); // "polyv" 400 20002 "…" "…"
 * }
 */
export abstract class VendorApiError extends Error {
  /** The vendor that answered. */
  readonly vendor: VendorName;
  /** The spec operationId called. */
  readonly operation: string;
  /** The HTTP status of the answer (Xiaoe answers its errors with 200). */
  readonly httpStatus: number;
  /**
   * The vendor's code for this error, the one its documentation lists: Polyv's `error.code` (20002),
   * Xiaoe's `code` (2004), Volcengine's `Error.Code` ("SignatureDoesNotMatch"). The same value the
   * mock's request journal records as `errorCode`.
   */
  readonly errorCode: number | string;
  /** The request id the vendor gave the answer; empty when it gave none (Xiaoe's error envelope has none). */
  readonly requestId: string;
  /** livemock's precise reason (the `x-livemock-reason` header), when the answer came from livemock. */
  readonly reason?: string;
  /** How many attempts were made (more than 1 after retries). */
  attempts = 1;

  /** Whether the vendor said to slow down (a rate-limit code or HTTP 429). */
  abstract get rateLimited(): boolean;

  protected constructor(init: VendorApiErrorInit) {
    super(init.message);
    this.vendor = init.vendor;
    this.operation = init.operation;
    this.httpStatus = init.httpStatus;
    this.errorCode = init.errorCode;
    this.requestId = init.requestId;
    if (init.reason !== undefined) this.reason = init.reason;
  }
}

/** An HTTP status given as `httpStatus`, or under the name `status` the constructors took before. */
export type HttpStatusInit = { httpStatus: number } | { /** @deprecated Pass `httpStatus`. */ status: number };

/**
 * The HTTP status of an {@link HttpStatusInit}, whichever name it was given under.
 *
 * @example
 * httpStatusOf({ httpStatus: 400 }) // 400
 * httpStatusOf({ status: 429 }) // 429
 */
export function httpStatusOf(init: HttpStatusInit): number {
  return "httpStatus" in init ? init.httpStatus : init.status;
}
