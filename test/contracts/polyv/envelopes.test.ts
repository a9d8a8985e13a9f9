import { describe, expect, it } from "vitest";
import { specValidator } from "../../../src/contracts/core/spec-validator.ts";
import { buildPolyvPage, buildPolyvSuccess, createPolyvRequestId } from "../../../src/contracts/polyv/envelope.ts";
import { buildPolyvErrorEnvelope, polyvError, polyvErrors } from "../../../src/contracts/polyv/errors.ts";

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("building Polyv envelopes", () => {
  it("writes the success envelope byte-for-byte like seed 001", () => {
    const body = buildPolyvSuccess(10465, "e9eb12f0-5d55-482a-8a47-62863d04772c");
    expect(JSON.stringify(body)).toBe('{"code":200,"status":"success","requestId":"e9eb12f0-5d55-482a-8a47-62863d04772c","data":10465,"success":true}');
    expect(specValidator("polyv").validateResponse("saveTaskRewardActivity", 200, body)).toEqual({ valid: true });
  });

  it("writes the error envelope byte-for-byte like seeds 001/003", () => {
    const body = buildPolyvErrorEnvelope(polyvErrors.applicationNotFound, "d310b70bc329403f87f77f9203d50f89.128.16360831552223589");
    expect(JSON.stringify(body)).toBe(
      '{"code":400,"status":"error","requestId":"d310b70bc329403f87f77f9203d50f89.128.16360831552223589","error":{"code":20001,"desc":"application not found."},"success":false}',
    );
  });

  it("fills message templates and keeps the HTTP status in code", () => {
    const error = polyvError("paramEmpty", { name: "channelId" });
    expect(error.desc).toBe("param should not be empty: channelId");
    expect(buildPolyvErrorEnvelope(error, "r")).toEqual({ code: 400, status: "error", requestId: "r", error: { code: 10002, desc: "param should not be empty: channelId" }, success: false });
    expect(buildPolyvErrorEnvelope(polyvError("rateLimited"), "r").code).toBe(429);
    expect(polyvError("conditionalRequired", { label: "邀请人数" }).desc).toBe("邀请人数不能为空");
  });

  it("produces error envelopes the spec accepts, for every catalogue entry", () => {
    for (const entry of Object.values(polyvErrors)) {
      const body = buildPolyvErrorEnvelope(polyvError(entry.id as keyof typeof polyvErrors, { name: "x", label: "x" }), "r");
      expect(specValidator("polyv").validateResponse("createLotteryActivity", 400, body), entry.id).toEqual({ valid: true });
      expect(body.error.desc, entry.id).not.toMatch(/[{}]/);
    }
  });

  it("marks only the documented application-not-found error as confirmed", () => {
    const confirmed = Object.values(polyvErrors)
      .filter((e) => !e.inferred)
      .map((e) => e.id);
    expect(confirmed).toEqual(["applicationNotFound"]);
  });
});

describe("Polyv request ids", () => {
  it("have the dotted shape of the vendor's ids", () => {
    expect(createPolyvRequestId()).toMatch(/^[0-9a-f]{32}\.\d{1,3}\.\d{17}$/);
    expect(createPolyvRequestId(seeded(1), 1709779090171)).toMatch(/^[0-9a-f]{32}\.\d{1,3}\.1709779090171\d{4}$/);
  });

  it("are deterministic for a seeded random source and differ between seeds", () => {
    expect(createPolyvRequestId(seeded(7))).toBe(createPolyvRequestId(seeded(7)));
    expect(createPolyvRequestId(seeded(7))).not.toBe(createPolyvRequestId(seeded(8)));
  });

  it("draw several digits per random number", () => {
    let draws = 0;
    const counting = () => {
      draws += 1;
      return 0.5;
    };
    expect(createPolyvRequestId(counting, 1709779090171)).toMatch(/^[0-9a-f]{32}\.\d{1,3}\.1709779090171\d{4}$/);
    expect(draws).toBe(8);
  });

  it("stay well-formed at the edges of the random source", () => {
    expect(createPolyvRequestId(() => 0)).toMatch(/^0{32}\.1\.1\d{16}$/);
    expect(createPolyvRequestId(() => 0.999999999)).toMatch(/^f{32}\.255\.9{17}$/);
  });
});

describe("Polyv pages", () => {
  it("slice items and count pages like the documented page object", () => {
    const items = [1, 2, 3, 4, 5];
    expect(buildPolyvPage(items, { pageNumber: 2, pageSize: 2 })).toEqual({ pageNumber: 2, pageSize: 2, totalPages: 3, totalItems: 5, contents: [3, 4] });
    expect(buildPolyvPage(items)).toEqual({ pageNumber: 1, pageSize: 10, totalPages: 1, totalItems: 5, contents: items });
    expect(buildPolyvPage([], {})).toEqual({ pageNumber: 1, pageSize: 10, totalPages: 0, totalItems: 0, contents: [] });
  });
});
