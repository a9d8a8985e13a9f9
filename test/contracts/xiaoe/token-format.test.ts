import { describe, expect, it } from "vitest";
import {
  ACCESS_TOKEN_PATTERN,
  ACCESS_TOKEN_TTL_SECONDS,
  generateAccessToken,
  isAccessTokenFormat,
  redactAccessToken,
  SUPERSEDED_TOKEN_GRACE_SECONDS,
  validators,
} from "../../../src/contracts/xiaoe/index.ts";
import { seededRandom } from "../../support/seeded-random.ts";

describe("issuing access tokens", () => {
  it("has Xiaoe's shape: xe_ + 13 lowercase hex + _ + alphanumerics, about 180 characters", () => {
    for (let i = 0; i < 50; i++) {
      const token = generateAccessToken();
      expect(token).toMatch(/^xe_[0-9a-f]{13}_[0-9A-Za-z]+$/);
      expect(token.length).toBeGreaterThan(170);
      expect(token.length).toBeLessThanOrEqual(512);
    }
  });

  it("matches the spec's TokenResponse pattern", () => {
    const token = generateAccessToken({ random: seededRandom(1) });
    const response = validators.getAccessToken.response.safeParse({ code: 0, msg: "success", data: { access_token: token, expires_in: ACCESS_TOKEN_TTL_SECONDS } });
    expect(response.success).toBe(true);
  });

  it("is drawn entirely from the random source: same seed, same token; other seed, other token", () => {
    expect(generateAccessToken({ random: seededRandom(42) })).toBe(generateAccessToken({ random: seededRandom(42) }));
    expect(generateAccessToken({ random: seededRandom(42) })).not.toBe(generateAccessToken({ random: seededRandom(43) }));
  });

  it("uses the whole alphabet, even for a random source at its edges", () => {
    expect(generateAccessToken({ random: () => 0, tailLength: 3 })).toBe("xe_0000000000000_000");
    expect(generateAccessToken({ random: () => 0.9999999, tailLength: 3 })).toBe("xe_fffffffffffff_zzz");
  });

  it("honours the tail length", () => {
    expect(generateAccessToken({ tailLength: 20 })).toHaveLength(3 + 13 + 1 + 20);
  });

  it("recognises the token shape, and only that", () => {
    expect(isAccessTokenFormat("xe_5bbd78e51299f_TqVn8F")).toBe(true);
    expect(isAccessTokenFormat("xe_xxxxx")).toBe(false);
    expect(isAccessTokenFormat("xe_5BBD78E51299F_TqVn8F")).toBe(false);
    expect(isAccessTokenFormat("xe_5bbd78e51299f_")).toBe(false);
    expect(isAccessTokenFormat(42)).toBe(false);
    expect(ACCESS_TOKEN_PATTERN.test("xe_5bbd78e51299f_Tq-Vn8F")).toBe(false);
  });

  it("redacts the secret tail for logs", () => {
    expect(redactAccessToken("xe_5bbd78e51299f_TqVn8F")).toBe("xe_5bbd78e51299f_***");
    expect(redactAccessToken("something-else")).toBe("***");
  });

  it("lives 7200 s, and a superseded token 300 s more", () => {
    expect([ACCESS_TOKEN_TTL_SECONDS, SUPERSEDED_TOKEN_GRACE_SECONDS]).toEqual([7200, 300]);
  });
});
