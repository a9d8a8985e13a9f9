/**
 * Caught by the robustness suite's secret scan: a JSON body sent as
 * `application/x-www-form-urlencoded` parses into one form field whose *name* is the whole JSON
 * text, access_token included; the journal redacted secret values by field name only, so
 * `GET /__livemock/requests` showed the token.
 */
import { describe, expect, it } from "vitest";
import { redactQuery } from "../../src/mock/core/redact.ts";
import { DEMO_LIVE, PATHS, xiaoeHarness } from "../xiaoe/support.ts";

describe("the journal never shows a secret hidden in a form field name", () => {
  it("redactQuery redacts names that are not parameter names", () => {
    const out = redactQuery(new URLSearchParams('{"access_token":"xe_abc"}&page=1&sign=X'));
    expect(JSON.stringify(out)).not.toContain("xe_abc");
    expect(out.page).toBe("1");
    expect(out.sign).toBe("[redacted]");
  });

  it("end to end through /__livemock/requests", async () => {
    const h = await xiaoeHarness();
    const token = await h.token();
    await h.call({
      method: "POST",
      path: PATHS.get,
      query: { access_token: token },
      body: JSON.stringify({ access_token: token, alive_id: DEMO_LIVE }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    const journal = await (await h.app.request("/__livemock/requests")).text();
    expect(journal).toContain(PATHS.get);
    expect(journal).not.toContain(token.slice(3, 40));
  });
});
