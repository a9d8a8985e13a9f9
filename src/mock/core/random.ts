import { en, Faker, generateMersenne53Randomizer } from "@faker-js/faker";

/** A seeded source of randomness: the same seed gives the same ids and data on every run. */
export interface RandomSource {
  /** Uniform float in [0, 1). */
  next(): number;
  /** A faker instance drawing from the same sequence, for generated names and texts. */
  faker: Faker;
  /** Lower-case hex string of the given length. */
  hex(length: number): string;
}

const HEX = "0123456789abcdef";

/**
 * Creates a seeded random source: faker's Mersenne Twister randomizer, shared with a faker instance.
 * `next()` reads the randomizer directly (vendors draw dozens of values per response for request ids).
 *
 * @example
 * const random = createRandom(42);
 * random.hex(32); // same value on every run with seed 42
 */
export function createRandom(seed: number): RandomSource {
  const randomizer = generateMersenne53Randomizer(seed);
  const faker = new Faker({ locale: [en], randomizer });
  const next = () => randomizer.next();
  return {
    faker,
    next,
    hex: (length) => {
      let out = "";
      for (let i = 0; i < length; i++) out += HEX[Math.floor(next() * 16)];
      return out;
    },
  };
}
