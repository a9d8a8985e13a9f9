import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { polyvSign, polyvSignCandidates, polyvSignString, signPolyvQuery, verifyPolyvSign } from "../../../src/contracts/polyv/signing.ts";

// Official test vector from Polyv's 签名生成规则 page (see the Polyv fact sheet, section 2).
const SECRET = "fsq2k5weced1h8vui657xtdva66whf0g";
const PARAMS = {
  appId: "g4rqgmmjuo",
  timestamp: "1660270926732",
  channelIds: "2477096,2272655",
  startDay: "2022-05-20",
  endDay: "2022-06-18",
  page: null,
  size: null,
};
const CONCAT = "appIdg4rqgmmjuochannelIds2477096,2272655endDay2022-06-18startDay2022-05-20timestamp1660270926732";

/** An independent re-implementation of one SDK's rule, so the verifier is not checked against itself. */
function sdkSign(params: Record<string, string>, secret: string, opts: { dropEmpty: boolean; dropBlank?: boolean; signMethod: boolean }): string {
  const keys = Object.keys(params)
    .filter((k) => k !== "sign")
    .filter((k) => opts.signMethod || k !== "signatureMethod")
    .filter((k) => !(opts.dropEmpty && params[k] === ""))
    .filter((k) => !(opts.dropBlank && params[k]!.trim() === ""))
    .sort();
  const plain = secret + keys.map((k) => k + params[k]).join("") + secret;
  const sha = (params.signatureMethod ?? "").toLowerCase() === "sha256";
  return createHash(sha ? "sha256" : "md5")
    .update(plain, "utf8")
    .digest("hex")
    .toUpperCase();
}

describe("signing a Polyv request", () => {
  it("reproduces the official MD5 test vector", () => {
    expect(polyvSignString(PARAMS)).toBe(CONCAT);
    expect(polyvSign(PARAMS, SECRET)).toBe("0D2BDA2FD04D93A2B8832B91FD973C4D");
  });

  it("accepts numbers as values, signing their decimal text", () => {
    expect(polyvSign({ ...PARAMS, timestamp: 1660270926732 }, SECRET)).toBe("0D2BDA2FD04D93A2B8832B91FD973C4D");
  });

  it("uses SHA-256 when forced, with signatureMethod left out of the string", () => {
    expect(polyvSign(PARAMS, SECRET, { algorithm: "SHA256" })).toBe("42703C82180F933545C0E6E3372B5F6303C3A54F77629AA34C4CE3443F7B3B27");
  });

  it("uses SHA-256 when signatureMethod=SHA256 (any case) and signs signatureMethod by default", () => {
    const expected = "C19D35BD44B2BD0A538D420D93F80C17EAD9604042098EA38621A2B5663ECEDF";
    expect(polyvSign({ ...PARAMS, signatureMethod: "SHA256" }, SECRET)).toBe(expected);
    expect(polyvSign({ ...PARAMS, signatureMethod: "SHA256" }, SECRET, { includeSignatureMethod: false })).toBe("42703C82180F933545C0E6E3372B5F6303C3A54F77629AA34C4CE3443F7B3B27");
    const lower = polyvSign({ ...PARAMS, signatureMethod: "sha256" }, SECRET);
    expect(lower).toHaveLength(64);
    expect(lower).toBe(lower.toUpperCase());
  });

  it("falls back to MD5 for any other signatureMethod", () => {
    expect(polyvSign({ ...PARAMS, signatureMethod: "MD5" }, SECRET)).toHaveLength(32);
  });

  it("never signs the sign parameter itself", () => {
    expect(polyvSign({ ...PARAMS, sign: "ANYTHING" }, SECRET)).toBe("0D2BDA2FD04D93A2B8832B91FD973C4D");
  });
});

describe("verifying a Polyv signature", () => {
  const wire = { appId: "frlr1zazn3", timestamp: "1670550787318", channelId: "4854808", viewerId: "", note: "  " };
  const secret = "livemock-polyv-secret";

  it.each([
    ["the documented rule (empty values dropped)", { dropEmpty: true, signMethod: true }],
    ["polyv-live-cli (empty strings kept, signatureMethod excluded)", { dropEmpty: false, signMethod: false }],
    ["fed-common-utils (everything kept, signatureMethod included)", { dropEmpty: false, signMethod: true }],
    ["polyv-java-sdk (blank values dropped)", { dropEmpty: true, dropBlank: true, signMethod: true }],
  ] as const)("accepts %s, MD5 and SHA-256", (_name, opts) => {
    for (const extra of [{}, { signatureMethod: "SHA256" }, { signatureMethod: "sha256" }] as Record<string, string>[]) {
      const params = { ...wire, ...extra };
      const sign = sdkSign(params, secret, opts);
      expect(verifyPolyvSign({ ...params, sign }, secret), JSON.stringify({ opts, extra })).toBe(true);
    }
  });

  it("accepts every candidate, the documented signature first, and nothing else", () => {
    const params = { ...wire, signatureMethod: "SHA256" };
    const candidates = polyvSignCandidates(params, secret);
    expect(candidates[0]).toBe(polyvSign(params, secret));
    expect(new Set(candidates).size).toBe(candidates.length);
    for (const sign of candidates) expect(verifyPolyvSign({ ...params, sign }, secret)).toBe(true);
    expect(verifyPolyvSign({ ...params, sign: polyvSign(params, "another-secret") }, secret)).toBe(false);
  });

  it("accepts the official vector", () => {
    expect(verifyPolyvSign({ ...PARAMS, sign: "0D2BDA2FD04D93A2B8832B91FD973C4D" }, SECRET)).toBe(true);
  });

  it("rejects a tampered parameter, an added parameter, a wrong secret, and a missing sign", () => {
    const sign = polyvSign(wire, secret);
    expect(verifyPolyvSign({ ...wire, sign }, secret)).toBe(true);
    expect(verifyPolyvSign({ ...wire, channelId: "4854809", sign }, secret)).toBe(false);
    expect(verifyPolyvSign({ ...wire, extra: "1", sign }, secret)).toBe(false);
    expect(verifyPolyvSign({ ...wire, sign }, "another-secret")).toBe(false);
    expect(verifyPolyvSign({ ...wire }, secret)).toBe(false);
    expect(verifyPolyvSign({ ...wire, sign: "" }, secret)).toBe(false);
  });

  it("rejects an MD5 signature sent with signatureMethod=SHA256 and a lowercase signature", () => {
    const md5 = polyvSign(wire, secret);
    expect(verifyPolyvSign({ ...wire, signatureMethod: "SHA256", sign: md5 }, secret)).toBe(false);
    expect(verifyPolyvSign({ ...wire, sign: md5.toLowerCase() }, secret)).toBe(false);
  });
});

describe("signing a full request query", () => {
  it("adds appId, timestamp and sign, and the result verifies", () => {
    const query = signPolyvQuery({ channelId: 4854808, pageSize: undefined }, { appId: "frlr1zazn3", appSecret: "s3cret", timestamp: 1670550787318 });
    expect(query).toEqual({ channelId: "4854808", appId: "frlr1zazn3", timestamp: "1670550787318", sign: expect.stringMatching(/^[0-9A-F]{32}$/) });
    expect(query.sign).toBe(sdkSign({ appId: "frlr1zazn3", channelId: "4854808", timestamp: "1670550787318" }, "s3cret", { dropEmpty: true, signMethod: true }));
    expect(verifyPolyvSign(query, "s3cret")).toBe(true);
  });

  it("signs with SHA-256 and sends signatureMethod when asked", () => {
    const query = signPolyvQuery({}, { appId: "frlr1zazn3", appSecret: "s3cret", timestamp: 1, algorithm: "SHA256" });
    expect(query.signatureMethod).toBe("SHA256");
    expect(query.sign).toMatch(/^[0-9A-F]{64}$/);
    expect(verifyPolyvSign(query, "s3cret")).toBe(true);
  });

  it("uses the current time by default and overrides caller-supplied appId/timestamp/sign", () => {
    const before = Date.now();
    const query = signPolyvQuery({ appId: "other", sign: "X", timestamp: 5 }, { appId: "frlr1zazn3", appSecret: "s3cret" });
    expect(query.appId).toBe("frlr1zazn3");
    expect(Number(query.timestamp)).toBeGreaterThanOrEqual(before);
    expect(query.sign).not.toBe("X");
  });

  it.each([3, 16, 17, 40])("sorts %i keys by code units, as the default sort does (upper case, digits, _ and non-ASCII included)", (count) => {
    const alphabet = ["a", "B", "z", "Z", "_", "0", "9", "é", "频", "aa", "A", "b1", "b", "sign2", "signature", "时间"];
    const params: Record<string, string> = {};
    for (let i = 0; i < count; i++) params[`${alphabet[(i * 7) % alphabet.length]}${i % 3 === 0 ? "" : i}`] = `v${i}`;
    const expected = Object.keys(params)
      .sort()
      .map((key) => key + params[key])
      .join("");
    expect(polyvSignString(params)).toBe(expected);
  });
});
