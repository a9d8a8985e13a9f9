/**
 * Which requests livemock hands to its Volcengine module: the SDKs' root path with an Action, or
 * Volcengine auth without one; nothing else.
 */
import { describe, expect, it } from "vitest";
import { isVolcengineRequest } from "../../src/mock/vendors/volcengine/matches.ts";
import { volcHarness } from "./support.ts";

describe("isVolcengineRequest", () => {
  it("claims / with an Action, or with Volcengine auth but no Action", () => {
    expect(isVolcengineRequest("/", new URLSearchParams("Action=CreateActivityRedPacket&Version=2023-08-01"))).toBe(true);
    expect(isVolcengineRequest("/", new URLSearchParams("X-Credential=AK/20240101/cn-north-1/livesaas/request"))).toBe(true);
    expect(isVolcengineRequest("/", new URLSearchParams(), new Headers({ authorization: "HMAC-SHA256 Credential=AK/20240101/cn-north-1/livesaas/request, SignedHeaders=x-date, Signature=00" }))).toBe(
      true,
    );
  });

  it("leaves other paths and unsigned Action-less root requests alone", () => {
    expect(isVolcengineRequest("/token", new URLSearchParams("Action=CreateActivityRedPacket"))).toBe(false);
    expect(isVolcengineRequest("/live/v4/channel/lottery-activity/create", new URLSearchParams("Action=x"))).toBe(false);
    expect(isVolcengineRequest("/", new URLSearchParams("foo=bar"))).toBe(false);
    expect(isVolcengineRequest("/", new URLSearchParams(), new Headers({ authorization: "Bearer token" }))).toBe(false);
  });

  it("is what the app routes by: an unknown Action at / gets Volcengine's envelope, not livemock's 404", async () => {
    const h = await volcHarness();
    const res = await h.call({ method: "GET", path: "/", query: { Action: "ListActivityAPI", Version: "2020-06-01" } });
    expect(res.status).toBe(404);
    expect(res.json.ResponseMetadata.Error.Code).toBe("InvalidActionOrVersion");
    await h.close();
  });
});
