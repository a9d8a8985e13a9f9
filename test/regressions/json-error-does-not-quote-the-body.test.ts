/**
 * Caught by the robustness suite's secret scan: V8's JSON.parse message quotes the start of the
 * body (`Unexpected token 'l', "livemock-p"... is not valid JSON`), and Polyv (reason header) and
 * Volcengine (the envelope's Message and the reason) passed it on, so a body that was a secret
 * came back in the answer. Only the position may be reported.
 */
import { describe, expect, it } from "vitest";
import { DEMO_APP, polyvHarness } from "../polyv/support.ts";
import { SK, volcHarness } from "../volcengine/support.ts";

const secretBodies = (secret: string) => [secret, `${secret.slice(0, 9)}`, `{"appSecret":"${secret}"`, `${secret}{}`];

describe("a malformed JSON body is refused without quoting it", () => {
  it("Polyv", async () => {
    const h = await polyvHarness();
    for (const body of secretBodies(DEMO_APP.appSecret)) {
      const res = await h.signed({ method: "POST", path: "/live/v4/channel/task-reward-activity/save", body, headers: { "content-type": "application/json" } });
      expect(res.json.error.code).toBe(10001);
      expect(`${JSON.stringify(res.json)} ${res.reason}`).not.toContain(body.slice(0, 9));
    }
  });

  it("Volcengine", async () => {
    const h = await volcHarness({ rateLimits: false });
    for (const body of secretBodies(SK)) {
      const res = await h.action("CreateActivityRedPacket", {}, { rawBody: body });
      expect(res.json.ResponseMetadata.Error.Code).toBe("InvalidParameter");
      expect(`${JSON.stringify(res.json)} ${res.reason}`).not.toContain(body.slice(0, 9));
    }
  });
});
