/**
 * The error a Xiaoe client throws when Xiaoe answers with a non-zero `code`.
 */
import type { XiaoeErrorEnvelope } from "../../contracts/xiaoe/index.ts";

/** Xiaoe's error answer, typed: `code` and `msg` from the envelope, `reason` from livemock's header. */
export class XiaoeError extends Error {
  override readonly name = "XiaoeError";
  readonly vendor = "xiaoe";
  /** The envelope's `code`: 2004 bad credentials, 2007/2008 token missing/expired, 2053 rate limit, 1 task failure, ... */
  readonly code: number;
  /** The envelope's `msg`. */
  readonly msg: string;
  /** livemock's precise reason (`x-livemock-reason`), when present: Xiaoe's `msg` is often generic. */
  readonly reason?: string;
  /** The HTTP status (Xiaoe answers errors with 200). */
  readonly status: number;
  /** The spec operationId called. */
  readonly operation: string;
  /** The envelope as received. */
  readonly envelope: XiaoeErrorEnvelope;
  /** How many attempts were made (more than 1 after retries). */
  attempts = 1;

  constructor(init: { operation: string; status: number; envelope: XiaoeErrorEnvelope; reason?: string }) {
    const { envelope } = init;
    super(`Xiaoe ${init.operation} failed: ${envelope.code} ${envelope.msg}${init.reason ? `: ${init.reason}` : ""}`);
    this.code = envelope.code;
    this.msg = envelope.msg;
    this.status = init.status;
    this.operation = init.operation;
    this.envelope = envelope;
    if (init.reason !== undefined) this.reason = init.reason;
  }

  /** Whether Xiaoe said to slow down (2053 call limit reached, 2054 sudden surge). */
  get rateLimited(): boolean {
    return this.code === 2053 || this.code === 2054;
  }

  /** Whether the access token was unknown or expired (2008): a fresh token may succeed. */
  get tokenExpired(): boolean {
    return this.code === 2008;
  }
}
