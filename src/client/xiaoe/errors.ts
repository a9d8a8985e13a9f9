/**
 * The error a Xiaoe client throws when Xiaoe answers with a non-zero `code`.
 */
import type { XiaoeErrorEnvelope } from "../../contracts/xiaoe/index.ts";
import { type HttpStatusInit, httpStatusOf, VendorApiError } from "../vendor-error.ts";

/**
 * Xiaoe's error answer, typed: the shared fields of {@link VendorApiError} (`errorCode` is Xiaoe's
 * `code`; `requestId` is empty, Xiaoe's error envelope carries none), plus Xiaoe's own `code`, `msg`
 * and `envelope`. Xiaoe's `msg` is often generic: `reason` names the field when livemock answered.
 *
 * @example
 * const error = await xiaoe.listLiveTasks({ alive_id: "l_696ef6c1e4b0694c5b78ba7b" }).catch((e: unknown) => e);
 * if (error instanceof XiaoeError && error.tokenExpired) console.log(error.code, error.msg); // 2008 "…"
 */
export class XiaoeError extends VendorApiError {
  override readonly name = "XiaoeError";
  declare readonly vendor: "xiaoe";
  /** The envelope's `code`, as {@link XiaoeError.code}. */
  declare readonly errorCode: number;
  /** The envelope's `code`: 2004 bad credentials, 2007/2008 token missing/expired, 2053 rate limit, 1 task failure, ... */
  readonly code: number;
  /** The envelope's `msg`. */
  readonly msg: string;
  /** The envelope as received. */
  readonly envelope: XiaoeErrorEnvelope;

  constructor(init: { operation: string; envelope: XiaoeErrorEnvelope; reason?: string } & HttpStatusInit) {
    const { envelope, reason } = init;
    super({
      vendor: "xiaoe",
      operation: init.operation,
      httpStatus: httpStatusOf(init),
      errorCode: envelope.code,
      requestId: "",
      reason,
      message: `Xiaoe ${init.operation} failed: ${envelope.code} ${envelope.msg}${reason ? `: ${reason}` : ""}`,
    });
    this.code = envelope.code;
    this.msg = envelope.msg;
    this.envelope = envelope;
  }

  /** @deprecated Use {@link VendorApiError.httpStatus}: the same number, under the name every vendor error shares. */
  get status(): number {
    return this.httpStatus;
  }

  /** Whether Xiaoe said to slow down (2053 call limit reached, 2054 sudden surge). */
  override get rateLimited(): boolean {
    return this.code === 2053 || this.code === 2054;
  }

  /** Whether the access token was unknown or expired (2008): a fresh token may succeed. */
  get tokenExpired(): boolean {
    return this.code === 2008;
  }
}
