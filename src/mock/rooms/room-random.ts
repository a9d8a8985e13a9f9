/**
 * The randomness of one room: a pure-rand xoroshiro128+ generator whose state can be saved and
 * restored (`--data-dir`), so a room resumed after a restart draws what it would have drawn.
 */
import type { Faker } from "@faker-js/faker";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus, xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { fakerOver } from "../core/random.ts";
import type { RoomRandom } from "./types.ts";

/** A room's random source with its state, and a faker drawing from it. */
export interface SavedRandom extends RoomRandom {
  /** Generator state, JSON-serialisable. */
  state(): number[];
}

/**
 * A 32-bit seed from a few parts: FNV-1a over their text, so `("polyv", "4854808", 1)` always gives
 * the same seed and neighbouring inputs give unrelated ones.
 *
 * @example
 * seedOf(1, "room-1", 42) // same number on every run
 */
export function seedOf(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  const text = parts.join("\u0000");
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/**
 * Creates a room random from a seed, or resumes one from a saved state.
 *
 * @example
 * const random = roomRandom(seedOf(1, "room-1"));
 * const again = roomRandom(0, random.state());
 */
export function roomRandom(seed: number, saved?: readonly number[]): SavedRandom {
  let rng = saved ? xoroshiro128plusFromState(saved) : xoroshiro128plus(seed);
  const next = () => uniformFloat64(rng);
  let faker: Faker | undefined;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    state: () => [...rng.getState()],
    get faker() {
      faker ??= fakerOver({
        next,
        seed: (value) => {
          rng = xoroshiro128plus(Array.isArray(value) ? (value[0] ?? 0) : value);
        },
      });
      return faker;
    },
  };
}
