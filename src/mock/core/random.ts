import { createRequire } from "node:module";
import type { Faker, Randomizer } from "@faker-js/faker";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

// faker's package root loads every locale (about 200 ms and 30 MB at startup): load it on first use.
const requireFaker = () => createRequire(import.meta.url)("@faker-js/faker") as typeof import("@faker-js/faker");

/**
 * A faker instance drawing from `randomizer` (English locale), for generated names and texts.
 *
 * @example
 * const faker = fakerOver({ next: () => rng.next(), seed: () => {} });
 */
export function fakerOver(randomizer: Randomizer): Faker {
  const { Faker: FakerClass, en } = requireFaker();
  return new FakerClass({ locale: [en], randomizer });
}

/** A seeded source of randomness: the same seed gives the same ids and data on every run. */
export interface RandomSource {
  /** Uniform float in [0, 1). */
  next(): number;
  /** A faker instance drawing from the same sequence, for generated names and texts (loaded on first use). */
  faker: Faker;
  /** Lower-case hex string of the given length. */
  hex(length: number): string;
}

const HEX = "0123456789abcdef";

/**
 * Creates a seeded random source: pure-rand's xoroshiro128+ generator (small and quick to load, unlike
 * faker's package root), shared with a faker instance created on first use.
 *
 * @example
 * const random = createRandom(42);
 * random.hex(32); // same value on every run with seed 42
 */
export function createRandom(seed: number): RandomSource {
  let rng = xoroshiro128plus(seed);
  const randomizer: Randomizer = {
    next: () => uniformFloat64(rng),
    seed: (value) => {
      rng = xoroshiro128plus(Array.isArray(value) ? (value[0] ?? 0) : value);
    },
  };
  let faker: Faker | undefined;
  const next = randomizer.next;
  return {
    get faker() {
      faker ??= fakerOver(randomizer);
      return faker;
    },
    next,
    hex: (length) => {
      let out = "";
      for (let i = 0; i < length; i++) out += HEX[Math.floor(next() * 16)];
      return out;
    },
  };
}
