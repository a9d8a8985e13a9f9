/**
 * Checks shared by the vendors' compiled-validator tests: a `z.compile`d schema must answer every
 * input exactly as the runtime schema (data with its key order, or the same issues).
 */
import { expect } from "vitest";
import type { z } from "zod";

/** What a safeParse answered, in a comparable form (data with its key order, or the issues). */
export function outcome(result: { success: boolean; data?: unknown; error?: { issues: unknown[] } }): unknown {
  return result.success ? { data: result.data, json: JSON.stringify(result.data) } : { issues: result.error!.issues };
}

/**
 * Feeds every input of `corpus` to both schemas and expects the same outcome; the corpus must reach
 * both a success and a failure, or it proves nothing.
 *
 * @example
 * expectSameAnswers(runtime, z.compile(runtime, { strict: true }), bodies());
 */
export function expectSameAnswers(runtime: z.ZodType, compiled: z.ZodType, corpus: readonly unknown[]): void {
  let successes = 0;
  for (const input of corpus) {
    const expected = outcome(runtime.safeParse(input));
    expect.soft(outcome(compiled.safeParse(input)), JSON.stringify(input)).toEqual(expected);
    if ((expected as { data?: unknown }).data !== undefined) successes++;
  }
  expect(successes).toBeGreaterThan(0);
  expect(successes).toBeLessThan(corpus.length);
}
