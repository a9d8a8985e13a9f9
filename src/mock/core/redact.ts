/**
 * Redaction of secrets (signatures, tokens, secrets) for the journal and for recordings
 * (`livemock proxy --record`): query parameters, headers and JSON fields by name.
 */

/** Names whose values are secrets in at least one vendor's protocol, or in HTTP itself (compared case-insensitively). */
const SECRET_NAMES = new Set(
  [
    "sign",
    "appsecret",
    "app_secret",
    "secret_key",
    "secretkey",
    "client_secret",
    "access_token",
    "accesstoken",
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "signature",
    "x-signature",
    "x-security-token",
    "secretaccesskey",
    "accountsecret",
    "sk",
    "token",
  ].map((n) => n.toLowerCase()),
);

export const REDACTED = "[redacted]";

/** True when a parameter, header or field name carries a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_NAMES.has(name.toLowerCase());
}

/**
 * A name test that also knows the given names (a vendor's own secret names), case-insensitively.
 *
 * @example
 * const secret = secretNameTest(["X-Api-Secret"]);
 * secret("x-api-secret") // true
 * secret("sign") // true
 */
export function secretNameTest(extra: readonly string[]): (name: string) => boolean {
  const names = new Set(extra.map((n) => n.toLowerCase()));
  return (name) => isSecretName(name) || names.has(name.toLowerCase());
}

/** Parameter names as the vendors spell them; anything else (a JSON text sent as a form, say) may hold a secret. */
const PARAMETER_NAME = /^[\w.\-[\]]{1,64}$/u;

/**
 * Copies query parameters with secret values replaced by `[redacted]`. A name that is not a
 * parameter name (a JSON body labelled as a form parses into one long "name") is redacted too.
 *
 * @example
 * redactQuery(new URLSearchParams("appId=a&sign=ABC")) // { appId: "a", sign: "[redacted]" }
 */
export function redactQuery(query: URLSearchParams, secret: (name: string) => boolean = isSecretName): Record<string, string> {
  const out: Record<string, string> = {};
  let odd = 0;
  for (const [key, value] of query) {
    if (PARAMETER_NAME.test(key)) out[key] = secret(key) ? REDACTED : value;
    else out[`[redacted name ${++odd}, ${key.length} chars]`] = REDACTED;
  }
  return out;
}

/** Deep-copies a JSON value with secret fields replaced (for bodies kept in the journal); deeper than 20 levels is dropped. */
export function redactJson(value: unknown, depth = 0, secret: (name: string) => boolean = isSecretName): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth > 20) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactJson(item, depth + 1, secret));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    out[key] = secret(key) ? REDACTED : redactJson(item, depth + 1, secret);
  }
  return out;
}

/**
 * Redacts a raw body for the journal: JSON and form bodies field by field, anything else kept only
 * as its length. Bodies are cut to `maxChars`.
 */
export function redactBody(raw: string, contentType: string, maxChars = 2048): unknown {
  if (raw === "") return undefined;
  if (contentType === "application/x-www-form-urlencoded") {
    return redactQuery(new URLSearchParams(raw.slice(0, maxChars)));
  }
  try {
    const redacted = JSON.stringify(redactJson(JSON.parse(raw)));
    return redacted.length > maxChars ? `${redacted.slice(0, maxChars)}… (${redacted.length} chars)` : JSON.parse(redacted);
  } catch {
    return `(${raw.length} chars, not JSON)`;
  }
}
