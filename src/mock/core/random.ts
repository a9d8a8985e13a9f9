import { en, Faker } from "@faker-js/faker";

/** A seeded source of randomness: the same seed gives the same ids and data on every run. */
export interface RandomSource {
  /** Uniform float in [0, 1). */
  next(): number;
  /** The faker instance behind it, for generated names and texts. */
  faker: Faker;
  /** Lower-case hex string of the given length. */
  hex(length: number): string;
}

/**
 * Creates a seeded random source backed by faker.
 *
 * @example
 * const random = createRandom(42);
 * random.hex(32); // same value on every run with seed 42
 */
export function createRandom(seed: number): RandomSource {
  const faker = new Faker({ locale: [en], seed });
  return {
    faker,
    next: () => faker.number.float({ min: 0, max: 1, fractionDigits: 15 }) % 1,
    hex: (length) => faker.string.hexadecimal({ length, casing: "lower", prefix: "" }),
  };
}
