/**
 * Caught by the robustness suite: `x-livemock-reason` percent-encodes non-ASCII text but left `%`
 * itself as is, so a reason quoting a value with `%` (`alive_id: "100%zz" must be a live id`) did not
 * decode with decodeURIComponent (URIError), and a lone surrogate made the encoder itself throw.
 */
import { describe, expect, it } from "vitest";
import { headerSafe } from "../../src/mock/core/dispatch.ts";
import { DEMO_LIVE, PATHS, xiaoeHarness } from "../xiaoe/support.ts";

describe("x-livemock-reason always decodes back to the reason", () => {
  it("encodes % and replaces a lone surrogate", () => {
    expect(decodeURIComponent(headerSafe("活动 100% done"))).toBe("活动 100% done");
    expect(decodeURIComponent(headerSafe("a%zzb"))).toBe("a%zzb");
    expect(decodeURIComponent(headerSafe("a\ud800b"))).toBe("a\ufffdb");
  });

  it("end to end: a Xiaoe reason quoting a value with %", async () => {
    const h = await xiaoeHarness();
    const token = await h.token();
    // The harness decodes the reason with decodeURIComponent: it threw URIError before the fix.
    const res = await h.post(PATHS.get, { access_token: token, alive_id: "l_100%zz", live_task_id: 1 });
    expect(res.json.code).not.toBe(0);
    expect(res.reason).toContain("100%zz");
    expect(DEMO_LIVE).toMatch(/^l_/);
  });
});
