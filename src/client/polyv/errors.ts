/**
 * The error a Polyv client throws when Polyv answers with its error envelope.
 */
import type { PolyvErrorEnvelope } from "../../contracts/polyv/index.ts";

/** Polyv's error answer, typed: `code` is the envelope's (and HTTP) code, `errorCode` the `error.code`. */
export class PolyvError extends Error {
  override readonly name = "PolyvError";
  readonly vendor = "polyv";
  /** The envelope's `code` (Polyv sets it to the HTTP status: 400, 429, ...). */
  readonly code: number;
  /** `error.code`: 20001 unknown app, 20002 bad signature, 10002 empty parameter, 42900 rate limit, ... */
  readonly errorCode: number;
  /** `error.desc`, Polyv's message. */
  readonly desc: string;
  readonly requestId: string;
  /** The HTTP status of the answer. */
  readonly status: number;
  /** livemock's precise reason (`x-livemock-reason`), when the answer came from livemock. */
  readonly reason?: string;
  /** The spec operationId called. */
  readonly operation: string;
  /** The envelope as received. */
  readonly envelope: PolyvErrorEnvelope;
  /** How many attempts were made (more than 1 after retries). */
  attempts = 1;

  constructor(init: { operation: string; status: number; envelope: PolyvErrorEnvelope; reason?: string }) {
    const { envelope } = init;
    super(`Polyv ${init.operation} failed: ${envelope.error.code} ${envelope.error.desc} (HTTP ${init.status}, requestId ${envelope.requestId})${init.reason && init.reason !== envelope.error.desc ? `: ${init.reason}` : ""}`);
    this.code = envelope.code;
    this.errorCode = envelope.error.code;
    this.desc = envelope.error.desc;
    this.requestId = typeof envelope.requestId === "string" ? envelope.requestId : "";
    this.status = init.status;
    this.operation = init.operation;
    this.envelope = envelope;
    if (init.reason !== undefined) this.reason = init.reason;
  }

  /** Whether Polyv said to slow down (HTTP 429 or error code 42900). */
  get rateLimited(): boolean {
    return this.status === 429 || this.code === 429 || this.errorCode === 42900;
  }
}
