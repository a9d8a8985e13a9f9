/**
 * Polyv's error catalogue as data, and the builder of its v4 error envelope.
 *
 * HTTP status equals the envelope `code`. `inferred: true` marks any entry whose code or message
 * is not confirmed by a Polyv document (see the Polyv fact sheet, section 4).
 */

export interface PolyvErrorEntry {
  readonly id: string;
  /** HTTP status, also the envelope's `code`. */
  readonly httpStatus: number;
  /** `error.code` in the envelope. */
  readonly code: number;
  /** `error.desc`, possibly with `{name}` / `{label}` placeholders. */
  readonly message: string;
  readonly inferred: boolean;
  /** Where the entry comes from, for readers. */
  readonly source: string;
}

const entry = (id: string, httpStatus: number, code: number, message: string, inferred: boolean, source: string): PolyvErrorEntry => ({ id, httpStatus, code, message, inferred, source }) as const;

/** Every error livemock's Polyv emits. */
export const polyvErrors = {
  applicationNotFound: entry("applicationNotFound", 400, 20001, "application not found.", false, "doc: seeds 001/003 error example"),
  invalidSignature: entry("invalidSignature", 400, 20002, "invalid signature.", true, "message: Java SDK docs + secondary; code inferred"),
  timestampExpired: entry("timestampExpired", 400, 20003, "时间戳过期", true, "message secondary; code inferred (sources say 10003 or 20003)"),
  paramEmpty: entry("paramEmpty", 400, 10002, "param should not be empty: {name}", true, "message template: doc global error table; code inferred"),
  paramNotDigit: entry("paramNotDigit", 400, 10001, "param is not digit: {name}", true, "message: doc; code inferred"),
  paramNotNumber: entry("paramNotNumber", 400, 10001, "param is not number: {name}", true, "message template: doc global error table; code inferred"),
  paramExceedsInteger: entry("paramExceedsInteger", 400, 10001, "param exceeds maximum value of integer: {name}", true, "message template: doc global error table; code inferred"),
  paramLength: entry("paramLength", 400, 10001, "param length is incorrect: {name}", true, "message: doc; code inferred"),
  paramNotBoolean: entry("paramNotBoolean", 400, 10001, "param is not boolean (Y / N): {name}", true, "message: doc global error table (livemock appends the field name); code inferred"),
  numberRange: entry("numberRange", 400, 10001, "number range error: {name}", true, "message: doc global error table (livemock appends the field name); code inferred"),
  paramInvalid: entry("paramInvalid", 400, 10001, "param validate error: {name}", true, "message: doc global error table (livemock appends the field name); code inferred"),
  jsonFormat: entry("jsonFormat", 400, 10001, "json format error", true, "message: doc; code inferred"),
  activityDurationRequired: entry("activityDurationRequired", 400, 10001, "活动时长不能为空", true, "message secondary (real server); code inferred"),
  commentRequired: entry("commentRequired", 400, 10001, "评论不能为空", true, "message secondary (real server); code inferred"),
  conditionalRequired: entry("conditionalRequired", 400, 10001, "{label}不能为空", true, "same pattern as the two observed messages; inferred"),
  timeRangeInvalid: entry("timeRangeInvalid", 400, 10001, "活动开始时间必须早于结束时间", true, "inferred"),
  channelNotFound: entry("channelNotFound", 400, 30001, "channel not found.", true, "inferred"),
  activityNotFound: entry("activityNotFound", 400, 30002, "activity not found.", true, "inferred"),
  recordNotFound: entry("recordNotFound", 400, 30004, "record not found.", true, "inferred: a lottery winner or a viewer's task reward unknown for that app"),
  taskRewardNotEditable: entry("taskRewardNotEditable", 400, 30003, "任务奖励活动状态，不允许编辑", true, "message secondary; code inferred"),
  taskRewardNotStoppable: entry("taskRewardNotStoppable", 400, 30003, "任务奖励活动状态，不允许结束", true, "inferred"),
  rateLimited: entry("rateLimited", 429, 42900, "qps exceeds number of calls", true, "message: doc global table (v3); status and code inferred"),
  notFound: entry("notFound", 404, 40400, "not found.", true, "inferred"),
  methodNotAllowed: entry("methodNotAllowed", 405, 40500, "method not allowed.", true, "inferred"),
  payloadTooLarge: entry("payloadTooLarge", 413, 41300, "request entity too large.", true, "inferred (same pattern as 40400/40500; Polyv documents no body limit)"),
  unsupportedMediaType: entry("unsupportedMediaType", 415, 41500, "content type not supported: {name}", true, "inferred (same pattern as 40400/40500)"),
  undefinedError: entry("undefinedError", 500, 50001, "undefined error", true, "message: doc; code: SDK enum; only for fault injection"),
} as const satisfies Record<string, PolyvErrorEntry>;

export type PolyvErrorId = keyof typeof polyvErrors;

/** A concrete error: the catalogue entry, its filled `desc`, and a precise reason for `x-livemock-reason`. */
export interface PolyvError {
  readonly entry: PolyvErrorEntry;
  readonly desc: string;
  readonly reason: string;
  /** The offending field, as a path (`tasks[0].sort`), when there is one. */
  readonly field?: string;
}

/** Placeholder values for a catalogue message. */
export interface PolyvErrorParams {
  /** Fills `{name}`: the parameter name or path. */
  name?: string;
  /** Fills `{label}`: the field's Chinese label (conditional requirements). */
  label?: string;
  /** Human reason for the `x-livemock-reason` header; defaults to the desc. */
  reason?: string;
  field?: string;
}

/**
 * Builds a concrete error from a catalogue id, filling the message template.
 *
 * @example
 * polyvError("paramEmpty", { name: "channelId" }).desc // "param should not be empty: channelId"
 */
export function polyvError(id: PolyvErrorId, params: PolyvErrorParams = {}): PolyvError {
  const found: PolyvErrorEntry = polyvErrors[id];
  const desc = found.message.replace("{name}", params.name ?? "").replace("{label}", params.label ?? "");
  const field = params.field ?? params.name;
  return { entry: found, desc, reason: params.reason ?? desc, ...(field !== undefined ? { field } : {}) };
}

/** The v4 error envelope, keys in Polyv's order. */
export interface PolyvErrorEnvelope {
  code: number;
  status: "error";
  requestId: string;
  error: { code: number; desc: string };
  success: false;
}

/**
 * The error envelope for an error (or a bare catalogue entry), keys in Polyv's order:
 * `code, status, requestId, error{code, desc}, success`. Send it with HTTP status `envelope.code`.
 *
 * @example
 * const body = buildPolyvErrorEnvelope(polyvError("paramEmpty", { name: "sign" }), requestId);
 * return c.json(body, body.code);
 */
export function buildPolyvErrorEnvelope(error: PolyvError | PolyvErrorEntry, requestId: string): PolyvErrorEnvelope {
  const isEntry = (value: PolyvError | PolyvErrorEntry): value is PolyvErrorEntry => "httpStatus" in value;
  const found = isEntry(error) ? error : error.entry;
  const desc = isEntry(error) ? error.message : error.desc;
  return {
    code: found.httpStatus,
    status: "error",
    requestId,
    error: { code: found.code, desc },
    success: false,
  };
}
