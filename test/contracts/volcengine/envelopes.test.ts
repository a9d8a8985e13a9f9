/**
 * Building Volcengine envelopes: RequestId shape, success and error envelopes (key order and
 * content), and the error catalogue's templates.
 */
import { describe, expect, it } from "vitest";
import { buildErrorEnvelope, buildSuccessEnvelope, chinaTimestamp14, createRequestId, volcError, volcErrors } from "../../../src/contracts/volcengine/index.ts";

/** A tiny deterministic PRNG (mulberry32) standing in for the mock's seeded random source. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("RequestId", () => {
  const at = Date.UTC(2025, 5, 12, 13, 16, 50); // 21:16:50 in China

  it("is yyyyMMddHHmmss in China time plus 20 upper-case hex digits", () => {
    const id = createRequestId({ now: () => at });
    expect(id).toMatch(/^20250612211650[0-9A-F]{20}$/);
    expect(id).toHaveLength(34);
  });

  it("rolls the China date over at 16:00 UTC", () => {
    expect(chinaTimestamp14(Date.UTC(2023, 11, 31, 16, 0, 0))).toBe("20240101000000");
    expect(chinaTimestamp14(new Date(Date.UTC(2023, 11, 31, 15, 59, 59)))).toBe("20231231235959");
  });

  it("is the same for the same seed and clock, and differs for another seed", () => {
    const a = createRequestId({ now: () => at, random: seeded(42) });
    expect(createRequestId({ now: () => at, random: seeded(42) })).toBe(a);
    expect(createRequestId({ now: () => at, random: seeded(43) })).not.toBe(a);
  });

  it("maps the random source onto hex digits at both ends of [0, 1), ten digits per draw", () => {
    expect(createRequestId({ now: () => at, random: () => 0 }).slice(14)).toBe("0".repeat(20));
    expect(createRequestId({ now: () => at, random: () => 1 - Number.EPSILON / 2 }).slice(14)).toBe("F".repeat(20));
    const draws = [0.5, 1 / 16];
    expect(createRequestId({ now: () => at, random: () => draws.shift()! }).slice(14)).toBe("8000000000" + "1000000000");
  });

  it("gives each second its own timestamp when calls alternate between seconds", () => {
    expect(chinaTimestamp14(at)).toBe("20250612211650");
    expect(chinaTimestamp14(at + 999)).toBe("20250612211650");
    expect(chinaTimestamp14(at + 1000)).toBe("20250612211651");
    expect(chinaTimestamp14(at - 1)).toBe("20250612211649");
    expect(chinaTimestamp14(at)).toBe("20250612211650");
  });
});

describe("success envelope", () => {
  it("has the vendor's keys in the vendor's order and SystemTime in unix seconds", () => {
    const body = buildSuccessEnvelope({ ID: 1825100000340169 }, { requestId: "R", action: "CreateActivityRedPacket", version: "2023-08-01", systemTime: new Date(1697446406_789) });
    expect(JSON.stringify(body)).toBe(
      '{"ResponseMetadata":{"RequestId":"R","Action":"CreateActivityRedPacket","Version":"2023-08-01","Service":"livesaas","Region":"cn-north-1","SystemTime":1697446406},"Result":{"ID":1825100000340169}}',
    );
  });
});

describe("error envelope", () => {
  it("has Error{CodeN, Code, Message} after Region, and no SystemTime or Result", () => {
    const body = buildErrorEnvelope(volcError("SignatureDoesNotMatch"), { requestId: "R", action: "CreateActivityRedPacket", version: "2023-08-01" });
    expect(JSON.stringify(body)).toBe(
      `{"ResponseMetadata":{"RequestId":"R","Action":"CreateActivityRedPacket","Version":"2023-08-01","Service":"livesaas","Region":"cn-north-1","Error":{"CodeN":100010,"Code":"SignatureDoesNotMatch","Message":"${volcErrors.SignatureDoesNotMatch.message}"}}}`,
    );
  });

  it("carries only RequestId and Error when the request had no Action", () => {
    const body = buildErrorEnvelope(volcError("MissingParameter", { name: "Action" }), { requestId: "R" });
    expect(body).toEqual({ ResponseMetadata: { RequestId: "R", Error: { CodeN: 100002, Code: "MissingParameter", Message: "The request is missing Action parameter." } } });
  });
});

describe("error catalogue", () => {
  it.each([
    ["MissingAuthenticationToken", 100003, 401],
    ["InvalidAuthorization", 100024, 400],
    ["MissingRequestInfo", 100004, 400],
    ["InvalidTimestamp", 100006, 403],
    ["InvalidAccessKey", 100009, 401],
    ["SignatureDoesNotMatch", 100010, 401],
    ["MissingParameter", 100002, 400],
    ["InvalidActionOrVersion", 100008, 404],
    ["FlowLimitExceeded", 100018, 429],
    ["InvalidParameter", 400001, 400],
    ["InternalError", 100014, 500],
  ] as const)("%s is CodeN %i with HTTP %i", (code, codeN, status) => {
    expect(volcErrors[code]).toMatchObject({ code, codeN, status });
  });

  it("fills templates and keeps the filled message as the default reason", () => {
    const e = volcError("InvalidActionOrVersion", { action: "Foo", version: "2023-08-01" });
    expect(e.message).toBe("Could not find operation Foo for version 2023-08-01.");
    expect(e.reason).toBe(e.message);
    expect(volcError("FlowLimitExceeded", { action: "SendActivityRedPacket" }, "11 requests in 1 s").reason).toBe("11 requests in 1 s");
  });

  it("marks the guesses as inferred", () => {
    expect(volcErrors.InvalidParameter.inferred).toBe(true);
    expect(volcErrors.FlowLimitExceeded.inferred).toBe(true);
    expect(volcErrors.SignatureDoesNotMatch.inferred).toBe(false);
  });
});
