import { timingSafeEqual as nodeTimingSafeEqual } from "node:crypto";

/**
 * Compares two secrets (signatures, tokens, keys) in constant time with respect to their content.
 * Values of different lengths are unequal at once: the length is not secret for any of the values
 * compared here (signatures are 32 or 64 hex characters, tokens and keys have fixed formats).
 *
 * @example
 * timingSafeEqual(provided, expectedSign) // true or false, never throws
 */
export function timingSafeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a, "utf8");
  const bb = Buffer.from(b, "utf8");
  return ba.length === bb.length && nodeTimingSafeEqual(ba, bb);
}
