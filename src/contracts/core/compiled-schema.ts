import { z } from "zod";

/** Every schema {@link compiledSchema} has compiled, by the schema it was compiled from. */
const compiled = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The `z.compile`d copy of a schema, made on first use and kept (compiling every vendor schema at
 * once would cost start-up ~100 ms). One generated function checks a valid input, refinements
 * included, without zod's per-field payloads; any other input falls back to the schema itself, so
 * issues, and the errors each vendor makes of them, are the runtime's. The vendors' validateRequest
 * run these; test/contracts/<vendor>/compiled-validators.test.ts prove every schema really compiles
 * and answers as the runtime schema.
 *
 * @example
 * compiledSchema(validators.createLiveTask.body).safeParse(body)
 */
export function compiledSchema<T extends z.ZodType>(schema: T): T {
  let fast = compiled.get(schema);
  if (fast === undefined) {
    fast = z.compile(schema);
    compiled.set(schema, fast);
  }
  return fast as T;
}
