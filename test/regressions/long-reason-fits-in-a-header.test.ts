/**
 * Caught by comparing HTTP answers with in-process ones: a Volcengine reason quoting an over-long
 * string in full (ClaimSuccessText of 2,000 emoji) made an `x-livemock-reason` header of 24 KB once
 * percent-encoded. fetch (undici) refuses response headers over 16 KiB, so the client saw
 * "fetch failed" instead of the InvalidParameter answer, and every such reason was kept whole in the
 * journal. Reasons are now cut at 500 characters, saying how long they were.
 */
import { describe, expect, it } from "vitest";
import { boundedReason, MAX_REASON_LENGTH } from "../../src/mock/core/dispatch.ts";
import { ACTIVITY, volcHarness } from "../volcengine/support.ts";

describe("a reason quoting a huge value still reaches the client", () => {
  it("is cut to a bounded length, never inside a surrogate pair, and says so", () => {
    expect(boundedReason("short")).toBe("short");
    const cut = boundedReason(`${"a".repeat(MAX_REASON_LENGTH - 1)}😀tail`);
    expect(cut).toBe(`${"a".repeat(MAX_REASON_LENGTH - 1)}… (reason cut: ${MAX_REASON_LENGTH + 5} chars in all)`);
  });

  it("over HTTP: the InvalidParameter answer arrives, with a decodable reason of a few KB", async () => {
    const h = await volcHarness({ transport: "http" });
    try {
      const res = await h.action("CreateActivityRedPacket", { ActivityID: ACTIVITY, RedPacketType: 0, TotalAmount: 10000, RedPacketNumber: 10, ClaimSuccessText: "😀".repeat(2000) });
      expect(res.status).toBe(400);
      expect(res.json.ResponseMetadata.Error.Code).toBe("InvalidParameter");
      expect(res.headers.get("x-livemock-reason")!.length).toBeLessThan(8 * 1024);
      expect(res.reason).toMatch(/ClaimSuccessText.*… \(reason cut: \d+ chars in all\)$/s);
      expect(h.app.livemock.context.journal.latest()!.reason!.length).toBeLessThan(MAX_REASON_LENGTH + 50);
    } finally {
      await h.close();
    }
  });
});
