import { createHash, timingSafeEqual as nodeTimingSafeEqual } from "node:crypto";

/**
 * Compares two secrets (signatures, tokens, keys) in constant time with respect to their content.
 * Both sides are hashed first so that inputs of different lengths take the same path and the
 * length of the expected value does not leak.
 *
 * @example
 * timingSafeEqual(provided.toUpperCase(), expectedSign) // true or false, never throws
 */
export function timingSafeEqual(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a, "utf8").digest();
  const hb = createHash("sha256").update(b, "utf8").digest();
  return nodeTimingSafeEqual(ha, hb) && a.length === b.length;
}
