/**
 * The error a Volcengine client throws when the gateway or livesaas answers with `ResponseMetadata.Error`.
 */
import type { VolcErrorEnvelope } from "../../contracts/volcengine/index.ts";
import { VendorApiError } from "../vendor-error.ts";

/**
 * Volcengine's error answer, typed: the shared fields of {@link VendorApiError} (`errorCode` is
 * `Error.Code`, `requestId` is `ResponseMetadata.RequestId`), plus the vendor's own field names
 * (`Code`, `CodeN`, `Message`, `RequestId`) and `envelope`.
 *
 * @example
 * const error = await volc.listActivityRedPacket({ ActivityID: 1824920000234844 }).catch((e: unknown) => e);
 * if (error instanceof VolcengineError) console.log(error.Code, error.CodeN, error.httpStatus); // "SignatureDoesNotMatch" 100010 401
 */
export class VolcengineError extends VendorApiError {
  override readonly name = "VolcengineError";
  declare readonly vendor: "volcengine";
  /** `Error.Code`, as {@link VolcengineError.Code}. */
  declare readonly errorCode: string;
  /** `Error.Code`: SignatureDoesNotMatch, InvalidParameter, FlowLimitExceeded, ... */
  readonly Code: string;
  /** `Error.CodeN`: 100010, 400001, 100018, ... */
  readonly CodeN: number;
  /** `Error.Message`. */
  readonly Message: string;
  /** `ResponseMetadata.RequestId`, as {@link VendorApiError.requestId}. */
  readonly RequestId: string;
  /** The envelope as received. */
  readonly envelope: VolcErrorEnvelope;

  constructor(init: { operation: string; httpStatus: number; envelope: VolcErrorEnvelope; reason?: string }) {
    const { envelope, reason } = init;
    const meta = envelope.ResponseMetadata;
    super({
      vendor: "volcengine",
      operation: init.operation,
      httpStatus: init.httpStatus,
      errorCode: meta.Error.Code,
      requestId: typeof meta.RequestId === "string" ? meta.RequestId : "",
      reason,
      message: `Volcengine ${init.operation} failed: ${meta.Error.Code} (${meta.Error.CodeN}, HTTP ${init.httpStatus}, RequestId ${meta.RequestId}): ${meta.Error.Message}${reason && reason !== meta.Error.Message ? ` [${reason}]` : ""}`,
    });
    this.Code = meta.Error.Code;
    this.CodeN = meta.Error.CodeN;
    this.Message = meta.Error.Message;
    this.RequestId = this.requestId;
    this.envelope = envelope;
  }

  /** Whether the gateway said to slow down (FlowLimitExceeded, HTTP 429). */
  override get rateLimited(): boolean {
    return this.Code === "FlowLimitExceeded" || this.httpStatus === 429;
  }
}
