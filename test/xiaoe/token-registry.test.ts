/**
 * The token registry looks tokens up by a short secret suffix, then compares the whole token: only the
 * exact issued string resolves, whatever it shares with it.
 */
import { describe, expect, it } from "vitest";
import { createTokenRegistry } from "../../src/mock/vendors/xiaoe/token-registry.ts";
import { seededRandom } from "../support/seeded-random.ts";
import { T0 } from "./support.ts";

const APP = "apptrfbbm2m8971";

describe("resolving access tokens", () => {
  it("resolves the issued token and nothing that merely resembles it", () => {
    const tokens = createTokenRegistry(seededRandom(1));
    const { token } = tokens.issue(APP, T0);
    expect(tokens.resolve(token, T0)).toEqual({ ok: true, appId: APP });
    // A fresh copy of the same characters (not the same string object) resolves too.
    expect(tokens.resolve(JSON.parse(JSON.stringify(token)) as string, T0)).toEqual({ ok: true, appId: APP });
    const unknown = { ok: false, why: "unknown" };
    const middle = Math.floor(token.length / 2);
    const lookalikes = [
      "",
      "xe_",
      token.slice(-12),
      token.slice(-13),
      token.slice(1),
      `x${token}`,
      `${token}x`,
      token.slice(0, -1),
      `${token.slice(0, middle)}${token[middle] === "A" ? "B" : "A"}${token.slice(middle + 1)}`,
      `xe_0000000000000_${token.slice(-12)}`,
      token.toUpperCase(),
    ];
    for (const candidate of lookalikes) expect(tokens.resolve(candidate, T0), JSON.stringify(candidate)).toEqual(unknown);
  });

  it("keeps every token of several apps apart, and forgets them all on clear()", () => {
    const tokens = createTokenRegistry(seededRandom(2));
    const issued = Array.from({ length: 50 }, (_, i) => tokens.issue(`app${String(i % 5).padStart(12, "0")}`, T0 + i));
    for (const { token, appId } of issued) expect(tokens.resolve(token, T0 + 60_000)).toEqual({ ok: true, appId });
    expect(new Set(issued.map((t) => t.token)).size).toBe(issued.length);
    tokens.clear();
    for (const { token } of issued) expect(tokens.resolve(token, T0 + 60_000)).toEqual({ ok: false, why: "unknown" });
  });

  it("draws a new token when the random source repeats itself", () => {
    // A token takes 177 draws (13 for the stamp, 164 for the tail): the first 354 draws give the same
    // token twice, so the second issue() has to draw a third one.
    const fresh = seededRandom(4);
    const pattern = Array.from({ length: 177 }, fresh);
    let draws = 0;
    const repeating = () => (draws++ < 354 ? pattern[(draws - 1) % 177]! : fresh());
    const tokens = createTokenRegistry(repeating);
    const first = tokens.issue(APP, T0).token;
    const second = tokens.issue("appother0000001", T0).token;
    expect(second).not.toBe(first);
    expect(draws).toBe(3 * 177);
    expect(tokens.resolve(first, T0)).toEqual({ ok: true, appId: APP });
    expect(tokens.resolve(second, T0)).toEqual({ ok: true, appId: "appother0000001" });
  });

  it("still tells expired and superseded tokens apart", () => {
    const tokens = createTokenRegistry(seededRandom(3));
    const first = tokens.issue(APP, T0).token;
    const second = tokens.issue(APP, T0 + 1000).token;
    expect(tokens.resolve(first, T0 + 1000 + 300_000)).toEqual({ ok: false, why: "superseded" });
    expect(tokens.resolve(second, T0 + 1000 + 7200_000)).toEqual({ ok: false, why: "expired" });
  });
});
