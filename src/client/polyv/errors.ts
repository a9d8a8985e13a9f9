/**
 * The error a Polyv client throws when Polyv answers with its error envelope.
 */
import type { PolyvErrorEnvelope } from "../../contracts/polyv/index.ts";
import { type HttpStatusInit, httpStatusOf, VendorApiError } from "../vendor-error.ts";

/**
 * Polyv's error answer, typed: the shared fields of {@link VendorApiError} (`errorCode` is Polyv's
 * `error.code`), plus Polyv's own `code` (the envelope's, equal to the HTTP status), `desc` and
 * `envelope`.
 *
 * @example
 * const error = await polyv.listLotteryActivities({ channelId: 4854808 }).catch((e: unknown) => e);
 * if (error instanceof PolyvError) console.log(error.errorCode, error.desc, error.httpStatus); // 20002 "invalid signature." 400
 */
export class PolyvError extends VendorApiError {
  override readonly name = "PolyvError";
  declare readonly vendor: "polyv";
  /** `error.code`: 20001 unknown app, 20002 bad signature, 10002 empty parameter, 42900 rate limit, ... */
  declare readonly errorCode: number;
  /** The envelope's `code` (Polyv sets it to the HTTP status: 400, 429, ...). */
  readonly code: number;
  /** `error.desc`, Polyv's message. */
  readonly desc: string;
  /** The envelope as received. */
  readonly envelope: PolyvErrorEnvelope;

  constructor(init: { operation: string; envelope: PolyvErrorEnvelope; reason?: string } & HttpStatusInit) {
    const { envelope, reason } = init;
    const httpStatus = httpStatusOf(init);
    super({
      vendor: "polyv",
      operation: init.operation,
      httpStatus,
      errorCode: envelope.error.code,
      requestId: typeof envelope.requestId === "string" ? envelope.requestId : "",
      reason,
      message: `Polyv ${init.operation} failed: ${envelope.error.code} ${envelope.error.desc} (HTTP ${httpStatus}, requestId ${envelope.requestId})${reason && reason !== envelope.error.desc ? `: ${reason}` : ""}`,
    });
    this.code = envelope.code;
    this.desc = envelope.error.desc;
    this.envelope = envelope;
  }

  /** @deprecated Use {@link VendorApiError.httpStatus}: the same number, under the name every vendor error shares. */
  get status(): number {
    return this.httpStatus;
  }

  /** Whether Polyv said to slow down (HTTP 429 or error code 42900). */
  override get rateLimited(): boolean {
    return this.httpStatus === 429 || this.code === 429 || this.errorCode === 42900;
  }
}
