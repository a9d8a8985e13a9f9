/**
 * What livemock's Volcengine accepts beyond the documented signing rule, because an official SDK
 * signs that way: one entry per leniency, with its source. The verifier names the ones a signature
 * relied on (./signing/verify.ts, tried only after the documented form misses); the mock warns with
 * these ids (`x-livemock-warning`) and refuses under `--strict`. The README lists this table.
 */
import { type LeniencyWarning, leniencyTable, leniencyWarning } from "../core/leniency.ts";

/** Volcengine's shared signature page (签名机制), as several products publish it. */
const SIGNATURE_DOC = "Volcengine's signature doc 签名机制 (e.g. https://volcengine.com/docs/6358/166389, https://www.volcengine.com/docs/4640/2122634)";

/** Every Volcengine leniency, keyed by id. */
export const volcengineLeniencies = leniencyTable({
  "volcengine.sign.query-values-sorted": {
    rule: "the doc keeps a repeated query parameter's values in the request's order in the canonical query",
    accepted: "a signature over a canonical query whose repeated key has its values sorted",
    source: `volcengine/volc-sdk-nodejs src/base/sign.ts (queryParamsToString sorts an array's values); departs from ${SIGNATURE_DOC}: 相同参数名的不同参数值需保持请求的原始顺序`,
  },
  "volcengine.sign.header-whitespace-collapsed": {
    rule: "the doc trims a signed header's value at both ends (Trimall) and keeps its inner white space",
    accepted: "a signature over header values whose inner white-space runs are collapsed to one space",
    source: `volcengine/volc-sdk-nodejs src/base/sign.ts (canonicalHeaderValues replaces /\\s+/g with one space); departs from ${SIGNATURE_DOC}: CanonicalHeadersEntry = Lowercase(HeaderName) + ':' + Trimall(HeaderValue)`,
  },
  "volcengine.sign.host-default-port-dropped": {
    rule: "the doc signs a header's value as the request carries it (Host with its port)",
    accepted: "a signature over a Host sent with :80 or :443 but signed without the port",
    source: `volcengine/volc-sdk-golang base/sign.go (getCanonicalHeaders) and volcengine/volc-sdk-python volcengine/auth/SignerV4.py strip :80 and :443 from the signed Host; departs from ${SIGNATURE_DOC}: the canonical headers are the request's headers`,
  },
  "volcengine.sign.body-not-signed": {
    rule: "the doc's canonical request ends with the hash of the whole request body",
    accepted: "a presigned query with X-NotSignBody and a non-empty body, signed over the hash of an empty body",
    source: `volcengine/volc-sdk-nodejs src/base/sign.ts (getSignUrl), volc-sdk-golang base/sign.go (SignUrl) and volc-sdk-python volcengine/auth/SignerV4.py (sign_url) set X-NotSignBody and hash an empty body; departs from ${SIGNATURE_DOC}: HexEncode(Hash(RequestPayload)), the complete request body`,
  },
});

/** The id of a Volcengine leniency. */
export type VolcengineLeniencyId = keyof typeof volcengineLeniencies;

/** A warning about a Volcengine leniency a request relied on. */
export type VolcengineWarning = LeniencyWarning<VolcengineLeniencyId>;

/**
 * The warning for a Volcengine leniency: `detail` says what the request did.
 *
 * @example
 * volcengineWarning("volcengine.sign.host-default-port-dropped", "Host livesaas.volcengineapi.com:443 was signed without :443").id
 */
export function volcengineWarning(id: VolcengineLeniencyId, detail: string): VolcengineWarning {
  return leniencyWarning(volcengineLeniencies, id, detail);
}
