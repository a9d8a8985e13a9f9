/**
 * The one vocabulary of drift: how what a vendor (or livemock) did differs from the spec and from
 * livemock's own rules. `livemock contract` gives every violation one of these kinds, and
 * `livemock proxy` / `livemock drift` every drift entry, so both commands speak one language.
 */
import type { SpecViolation } from "./spec-validator.ts";

/** Every drift kind with what it means (the README's table is this list). */
export const DRIFT_KINDS = {
  "unknown-field": "a field the spec does not declare (in the request body or the answer)",
  "missing-field": "a field the spec requires is absent",
  "type-changed": "a value has another JSON type than the spec's (a string where the spec says integer)",
  "format-changed": "a string's format, pattern or length differs from the spec's (a date-time, an id shape)",
  "value-changed": "a value the spec does not allow (enum, const, range, a cross-field rule) or the scenario does not expect",
  "unknown-error-code": "an error code livemock's catalogue of that vendor does not have",
  "unknown-error-message": "a known error code with a message livemock does not know for it",
  "error-code-changed": "the request was refused with another error code than livemock answers (or than the scenario expects)",
  "status-changed": "an HTTP status other than livemock's for that error code or for success, or one the spec declares no answer for",
  "vendor-accepts": "the vendor accepted a request livemock refuses",
  "vendor-refuses": "the vendor refused, for a reason other than authentication, rate limits or state, a request livemock accepts",
  "unknown-operation": "a request to a path, Action or Version the spec does not have (forwarded, not checked)",
  "upstream-error": "no usable answer: a timeout, a TLS error, a refused connection, a body that is not JSON",
  "not-run": "the check could not run (missing credentials, a bug in a scenario)",
} as const;

/** A drift kind: `"type-changed"`, `"vendor-accepts"`, ... */
export type DriftKind = keyof typeof DRIFT_KINDS;

/** Every kind, in the order of {@link DRIFT_KINDS}. */
export const DRIFT_KIND_NAMES = Object.keys(DRIFT_KINDS) as DriftKind[];

/** JSON Schema keywords whose failure is a changed format rather than a changed value. */
const FORMAT_KEYWORDS = new Set(["format", "pattern", "minLength", "maxLength", "contentEncoding", "contentMediaType"]);

/**
 * The drift kind of a spec violation, by the JSON Schema keyword that failed: `required` is a
 * missing field, `additionalProperties` an unknown one, `type` a changed type, `format`/`pattern`/
 * lengths a changed format, a status the spec does not declare a changed status, anything else
 * (enum, const, ranges, conditionals) a changed value.
 *
 * @example
 * driftKindOf({ path: "data", message: "must be integer", keyword: "type" }) // "type-changed"
 */
export function driftKindOf(violation: SpecViolation): DriftKind {
  switch (violation.keyword) {
    case "required":
      return "missing-field";
    case "additionalProperties":
    case "unevaluatedProperties":
      return "unknown-field";
    case "type":
      return "type-changed";
    case "status":
      return "status-changed";
    default:
      return violation.keyword !== undefined && FORMAT_KEYWORDS.has(violation.keyword) ? "format-changed" : "value-changed";
  }
}
