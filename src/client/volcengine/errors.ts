/**
 * The error a Volcengine client throws when the gateway or livesaas answers with `ResponseMetadata.Error`.
 */
import type { VolcErrorEnvelope } from "../../contracts/volcengine/index.ts";

/** Volcengine's error answer, typed with the vendor's own field names. */
export class VolcengineError extends Error {
  override readonly name = "VolcengineError";
  readonly vendor = "volcengine";
  /** `Error.Code`: SignatureDoesNotMatch, InvalidParameter, FlowLimitExceeded, ... */
  readonly Code: string;
  /** `Error.CodeN`: 100010, 400001, 100018, ... */
  readonly CodeN: number;
  /** `Error.Message`. */
  readonly Message: string;
  /** `ResponseMetadata.RequestId`. */
  readonly RequestId: string;
  /** The HTTP status of the answer. */
  readonly httpStatus: number;
  /** livemock's precise reason (`x-livemock-reason`), when present. */
  readonly reason?: string;
  /** The spec operationId called. */
  readonly operation: string;
  /** The envelope as received. */
  readonly envelope: VolcErrorEnvelope;
  /** How many attempts were made (more than 1 after retries). */
  attempts = 1;

  constructor(init: { operation: string; httpStatus: number; envelope: VolcErrorEnvelope; reason?: string }) {
    const meta = init.envelope.ResponseMetadata;
    super(`Volcengine ${init.operation} failed: ${meta.Error.Code} (${meta.Error.CodeN}, HTTP ${init.httpStatus}, RequestId ${meta.RequestId}): ${meta.Error.Message}${init.reason && init.reason !== meta.Error.Message ? ` [${init.reason}]` : ""}`);
    this.Code = meta.Error.Code;
    this.CodeN = meta.Error.CodeN;
    this.Message = meta.Error.Message;
    this.RequestId = typeof meta.RequestId === "string" ? meta.RequestId : "";
    this.httpStatus = init.httpStatus;
    this.operation = init.operation;
    this.envelope = init.envelope;
    if (init.reason !== undefined) this.reason = init.reason;
  }

  /** Whether the gateway said to slow down (FlowLimitExceeded, HTTP 429). */
  get rateLimited(): boolean {
    return this.Code === "FlowLimitExceeded" || this.httpStatus === 429;
  }
}
