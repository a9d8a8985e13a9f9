/**
 * Xiaoe-tech access-token format and lifetime.
 *
 * A token looks like `xe_5bbd78e51299f_TqVn8F…`: `xe_`, 13 lowercase hex characters (the shape of a PHP
 * `uniqid()`), `_`, then a long random alphanumeric tail (real tokens are about 180 characters; the
 * docs ask clients to reserve 512).
 */

/** Pattern every token livemock issues matches (the same as the spec's `TokenResponse.data.access_token`). */
export const ACCESS_TOKEN_PATTERN = /^xe_[0-9a-f]{13}_[0-9A-Za-z]+$/;

/** Lifetime of a token in seconds (`expires_in`). */
export const ACCESS_TOKEN_TTL_SECONDS = 7200;

/** How long the previous token keeps working after a new one is issued ("5分钟之后失效"). */
export const SUPERSEDED_TOKEN_GRACE_SECONDS = 300;

/** Default length of the random tail, so the whole token is about as long as real ones (181 characters). */
export const ACCESS_TOKEN_TAIL_LENGTH = 164;

const HEX = "0123456789abcdef";
const ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function pick(alphabet: string, random: () => number): string {
  return alphabet[Math.floor(random() * alphabet.length) % alphabet.length] as string;
}

/** Options of {@link generateAccessToken}. */
export interface GenerateAccessTokenOptions {
  /** Random source in [0, 1); pass a seeded one for deterministic tokens. Default `Math.random`. */
  random?: () => number;
  /** Length of the alphanumeric tail. Default {@link ACCESS_TOKEN_TAIL_LENGTH}. */
  tailLength?: number;
}

/**
 * Issues a new token string in Xiaoe's format, drawn entirely from `random`.
 *
 * @example
 * generateAccessToken() // "xe_3f9a0c1d2e4b5_Q8mZ…" (181 characters)
 * generateAccessToken({ random: seededRandom, tailLength: 20 })
 */
export function generateAccessToken(options: GenerateAccessTokenOptions = {}): string {
  const random = options.random ?? Math.random;
  const tailLength = Math.max(1, Math.floor(options.tailLength ?? ACCESS_TOKEN_TAIL_LENGTH));
  let stamp = "";
  for (let i = 0; i < 13; i++) stamp += pick(HEX, random);
  let tail = "";
  for (let i = 0; i < tailLength; i++) tail += pick(ALNUM, random);
  return `xe_${stamp}_${tail}`;
}

/**
 * Whether a string has the shape of a Xiaoe access token (shape only: says nothing about validity).
 *
 * @example
 * isAccessTokenFormat("xe_5bbd78e51299f_TqVn8F") // true
 * isAccessTokenFormat("xe_xxxxx") // false
 */
export function isAccessTokenFormat(value: unknown): value is string {
  return typeof value === "string" && ACCESS_TOKEN_PATTERN.test(value);
}

/**
 * A token safe to print in logs and the journal: the prefix and 13-hex stamp stay, the secret tail goes.
 *
 * @example
 * redactAccessToken("xe_5bbd78e51299f_TqVn8F") // "xe_5bbd78e51299f_***"
 * redactAccessToken("whatever") // "***"
 */
export function redactAccessToken(token: string): string {
  const match = /^(xe_[0-9a-f]{13}_)/.exec(token);
  return match ? `${match[1]}***` : "***";
}
