/**
 * Startup does not import faker's package root (every locale: ~200 ms, ~30 MB): the seeded sequence
 * comes from pure-rand, and faker is loaded only when a vendor asks for generated data.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, it } from "vitest";
import { createRandom } from "../../src/mock/core/random.ts";

const draw = (source: { next(): number }, n: number) => Array.from({ length: n }, () => source.next());

describe("the seeded random sequence", () => {
  it.each([0, 1, 42, 12_345, 2 ** 31 + 5])("is pure-rand's xoroshiro128+ for seed %d, the same on every run", (seed) => {
    const rng = xoroshiro128plus(seed);
    const expected = Array.from({ length: 500 }, () => uniformFloat64(rng));
    expect(draw(createRandom(seed), 500)).toEqual(expected);
    expect(draw(createRandom(seed), 500)).toEqual(expected);
  });

  it("differs between seeds and stays in [0, 1)", () => {
    const a = draw(createRandom(1), 1000);
    expect(a).not.toEqual(draw(createRandom(2), 1000));
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("still offers a faker instance drawing from the same sequence (loaded on first use)", () => {
    const a = createRandom(7);
    const b = createRandom(7);
    expect(a.faker.person.firstName()).toBe(b.faker.person.firstName());
    expect(a.hex(16)).toBe(b.hex(16));
  });
});
