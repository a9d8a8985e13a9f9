/**
 * Expectations for the documented error cases a scenario provokes on purpose: the call must fail
 * with the vendor's error, with the given fields. A success, or another error, is a violation of the
 * response that names the field's JSON path in the vendor's envelope.
 */
import { PolyvError, VolcengineError, XiaoeError } from "../client/index.ts";
import type { ContractVendor, Violation } from "./types.ts";
import { ContractViolationError, describeValue } from "./violations.ts";

/** An expected field of the vendor error: where it sits in the answer, and its value. */
export interface ExpectedField {
  /** JSON path in the answer (`$.error.code`), or `HTTP status`. */
  path: string;
  value: string | number;
  /** Reads the field from the error the client threw. */
  read(error: PolyvError | XiaoeError | VolcengineError): unknown;
}

const errorClass = { polyv: PolyvError, xiaoe: XiaoeError, volcengine: VolcengineError } as const;

/**
 * Polyv's `error.code` and HTTP status.
 *
 * @example
 * await expectVendorError("polyv", "listLotteryActivities", call, polyvFields(20002, 400));
 */
export const polyvFields = (errorCode: number, status: number): ExpectedField[] => [
  { path: "$.error.code", value: errorCode, read: (e) => (e as PolyvError).errorCode },
  { path: "HTTP status", value: status, read: (e) => (e as PolyvError).status },
];
/**
 * Xiaoe's `code` (errors come with HTTP 200).
 *
 * @example
 * await expectVendorError("xiaoe", "listLiveTasks", call, xiaoeFields(2008));
 */
export const xiaoeFields = (code: number): ExpectedField[] => [
  { path: "$.code", value: code, read: (e) => (e as XiaoeError).code },
  { path: "HTTP status", value: 200, read: (e) => (e as XiaoeError).status },
];
/**
 * Volcengine's `Error.Code`, `Error.CodeN` and HTTP status.
 *
 * @example
 * await expectVendorError("volcengine", "listActivityRedPacket", call, volcengineFields("SignatureDoesNotMatch", 100010, 401));
 */
export const volcengineFields = (code: string, codeN: number, status: number): ExpectedField[] => [
  { path: "$.ResponseMetadata.Error.Code", value: code, read: (e) => (e as VolcengineError).Code },
  { path: "$.ResponseMetadata.Error.CodeN", value: codeN, read: (e) => (e as VolcengineError).CodeN },
  { path: "HTTP status", value: status, read: (e) => (e as VolcengineError).httpStatus },
];

/**
 * Awaits a call that must be refused by the vendor with the given error fields; throws a
 * {@link ContractViolationError} otherwise. Other failures (transport) propagate as they are.
 *
 * @example
 * await expectVendorError("polyv", "listLotteryActivities", wrongSecret.listLotteryActivities({ channelId }), polyvFields(20002, 400));
 */
export async function expectVendorError(vendor: ContractVendor, operation: string, call: Promise<unknown>, fields: ExpectedField[]): Promise<void> {
  const wanted = fields.map((f) => `${f.path} ${describeValue(f.value)}`).join(", ");
  let value: unknown;
  try {
    value = await call;
  } catch (error) {
    if (!(error instanceof errorClass[vendor])) throw error;
    const vendorError = error as PolyvError | XiaoeError | VolcengineError;
    const wrong: Violation[] = [];
    for (const field of fields) {
      const actual = field.read(vendorError);
      if (actual !== field.value) {
        wrong.push({ vendor, operation, side: "response", source: "scenario", path: field.path, expected: describeValue(field.value), actual: `${describeValue(actual)} (${vendorError.message})` });
      }
    }
    if (wrong.length > 0) throw new ContractViolationError(wrong);
    return;
  }
  throw new ContractViolationError([
    { vendor, operation, side: "response", source: "scenario", path: fields[0]?.path ?? "$", expected: `the vendor's error (${wanted})`, actual: `a success envelope with data ${describeValue(value)}` },
  ]);
}
