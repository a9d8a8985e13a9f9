/**
 * Expectations for the documented error cases a scenario provokes on purpose: the call must fail
 * with the vendor's error, with the given fields. A success, or another error, is a violation of the
 * response that names the field's JSON path in the vendor's envelope.
 */
import { VendorApiError, VolcengineError } from "../client/index.ts";
import type { DriftKind } from "../contracts/core/drift-kinds.ts";
import type { VendorName } from "../contracts/vendor-name.ts";
import type { Violation } from "./types.ts";
import { ContractViolationError, describeValue } from "./violations.ts";

/** An expected field of the vendor error: where it sits in the answer, and its value. */
export interface ExpectedField {
  /** JSON path in the answer (`$.error.code`), or `HTTP status`. */
  path: string;
  value: string | number;
  /** The drift when the field differs (`error-code-changed`, `status-changed`). */
  kind: DriftKind;
  /** Reads the field from the error the client threw. */
  read(error: VendorApiError): unknown;
}

const errorCodeAt = (path: string, value: string | number): ExpectedField => ({ path, value, kind: "error-code-changed", read: (e) => e.errorCode });
const httpStatusField = (value: number): ExpectedField => ({ path: "HTTP status", value, kind: "status-changed", read: (e) => e.httpStatus });

/**
 * Polyv's `error.code` and HTTP status.
 *
 * @example
 * await expectVendorError("polyv", "listLotteryActivities", call, polyvFields(20002, 400));
 */
export const polyvFields = (errorCode: number, status: number): ExpectedField[] => [errorCodeAt("$.error.code", errorCode), httpStatusField(status)];
/**
 * Xiaoe's `code` (errors come with HTTP 200).
 *
 * @example
 * await expectVendorError("xiaoe", "listLiveTasks", call, xiaoeFields(2008));
 */
export const xiaoeFields = (code: number): ExpectedField[] => [errorCodeAt("$.code", code), httpStatusField(200)];
/**
 * Volcengine's `Error.Code`, `Error.CodeN` and HTTP status.
 *
 * @example
 * await expectVendorError("volcengine", "listActivityRedPacket", call, volcengineFields("SignatureDoesNotMatch", 100010, 401));
 */
export const volcengineFields = (code: string, codeN: number, status: number): ExpectedField[] => [
  errorCodeAt("$.ResponseMetadata.Error.Code", code),
  { path: "$.ResponseMetadata.Error.CodeN", value: codeN, kind: "error-code-changed", read: (e) => (e instanceof VolcengineError ? e.CodeN : undefined) },
  httpStatusField(status),
];

/**
 * Awaits a call that must be refused by the vendor with the given error fields; throws a
 * {@link ContractViolationError} otherwise. Other failures (transport) propagate as they are.
 *
 * @example
 * await expectVendorError("polyv", "listLotteryActivities", wrongSecret.listLotteryActivities({ channelId }), polyvFields(20002, 400));
 */
export async function expectVendorError(vendor: VendorName, operation: string, call: Promise<unknown>, fields: ExpectedField[]): Promise<void> {
  const wanted = fields.map((f) => `${f.path} ${describeValue(f.value)}`).join(", ");
  let value: unknown;
  try {
    value = await call;
  } catch (error) {
    if (!(error instanceof VendorApiError) || error.vendor !== vendor) throw error;
    const wrong: Violation[] = [];
    for (const field of fields) {
      const actual = field.read(error);
      if (actual !== field.value) {
        wrong.push({
          vendor,
          operation,
          kind: field.kind,
          side: "response",
          source: "scenario",
          path: field.path,
          expected: describeValue(field.value),
          actual: `${describeValue(actual)} (${error.message})`,
        });
      }
    }
    if (wrong.length > 0) throw new ContractViolationError(wrong);
    return;
  }
  throw new ContractViolationError([
    {
      vendor,
      operation,
      kind: "vendor-accepts",
      side: "response",
      source: "scenario",
      path: fields[0]?.path ?? "$",
      expected: `the vendor's error (${wanted})`,
      actual: `a success envelope with data ${describeValue(value)}`,
    },
  ]);
}
