import { afterEach, describe, expect, it } from "vitest";
import { DEMO_APP, OTHER_APP, PATHS, T0, tokenParams, type XiaoeHarness, xiaoeHarness } from "./support.ts";

let h: XiaoeHarness;
afterEach(async () => h?.close());

function without(key: string, params = tokenParams()): Record<string, string> {
  const copy = { ...params };
  delete copy[key];
  return copy;
}

describe("requesting an access token with wrong credentials", () => {
  it.each([
    ["app_id missing", without("app_id"), 2001, "缺失 app_id 参数", /^app_id: required/],
    ["app_id malformed", { ...tokenParams(), app_id: "APP-1" }, 2002, "错误 app_id 参数", /^app_id: "APP-1" must be "app" followed by 12 lowercase/],
    ["secret_key missing", without("secret_key"), 2003, "缺失 secret_key 参数", /^secret_key: required/],
    ["an app livemock does not know", { ...tokenParams(), app_id: "appunknown00001" }, 2004, "secret_key 错误，或者 app_id 无效", /^app_id: appunknown00001 is not an app livemock knows/],
    ["a wrong secret_key", { ...tokenParams(), secret_key: "not-the-secret" }, 2004, "secret_key 错误，或者 app_id 无效", /^secret_key: wrong secret_key for app apptrfbbm2m8971$/],
    ["another app's secret_key", { ...tokenParams(), secret_key: OTHER_APP.secretKey }, 2004, "secret_key 错误，或者 app_id 无效", /^secret_key: wrong/],
    ["grant_type missing", without("grant_type"), 2005, "缺失 grant_type 参数", /^grant_type: required/],
    ["grant_type wrong", { ...tokenParams(), grant_type: "client_credentials" }, 2006, "grant_type 参数错误", /^grant_type: "client_credentials" is not "client_credential"$/],
    ["client_id missing", without("client_id"), 2020, "无效的client_id", /^client_id: required/],
    ["another app's client_id", { ...tokenParams(), client_id: OTHER_APP.clientId }, 2020, "无效的client_id", /^client_id: not the client_id of app apptrfbbm2m8971$/],
  ])("answers %s with its own code", async (_label, query, code, msg, reason) => {
    h = await xiaoeHarness();
    const res = await h.call({ path: PATHS.token, query });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ code, msg, data: null });
    expect(res.reason).toMatch(reason);
    expect(res.operation).toBe("getAccessToken");
  });

  it("never echoes the secret it was sent, in the reason or the journal", async () => {
    h = await xiaoeHarness();
    const res = await h.call({ path: PATHS.token, query: { ...tokenParams(), secret_key: "guess-123456" } });
    expect(res.reason).not.toContain("guess-123456");
    expect(JSON.stringify(h.app.livemock.context.journal.entries())).not.toContain("guess-123456");
  });

  it("answers POST /token with 2055 (the token endpoint is GET only)", async () => {
    h = await xiaoeHarness();
    const res = await h.call({ method: "POST", path: PATHS.token, json: tokenParams() });
    expect(res.json).toEqual({ code: 2055, msg: "API请求方式错误", data: null });
    expect(res.reason).toBe("method: /token takes GET, not POST");
  });

  it("issues tokens to a second configured app with its own credentials", async () => {
    h = await xiaoeHarness();
    const res = await h.call({ path: PATHS.token, query: tokenParams(OTHER_APP) });
    expect(res.json.code).toBe(0);
  });
});

describe("the token endpoint's rate limit (100 per 10 minutes per app)", () => {
  it("answers the 101st call within 10 minutes with 2053, and serves again in the next window", async () => {
    h = await xiaoeHarness({ rateLimits: true });
    for (let i = 0; i < 100; i++) {
      const ok = await h.call({ path: PATHS.token, query: tokenParams() });
      expect(ok.json.code).toBe(0);
    }
    h.clock.set(T0 + 10 * 60_000 - 1);
    const over = await h.call({ path: PATHS.token, query: tokenParams() });
    expect(over.json).toEqual({ code: 2053, msg: "API的调用次数达到上限", data: null });
    expect(over.reason).toMatch(/^rate limit: getAccessToken allows 100 per 10 minutes per app/);
    // another app has its own budget
    expect((await h.call({ path: PATHS.token, query: tokenParams(OTHER_APP) })).json.code).toBe(0);
    h.clock.set(T0 + 10 * 60_000);
    expect((await h.call({ path: PATHS.token, query: tokenParams(DEMO_APP) })).json.code).toBe(0);
  });

  it("does not limit when rate limits are off", async () => {
    h = await xiaoeHarness({ rateLimits: false });
    for (let i = 0; i < 101; i++) await h.call({ path: PATHS.token, query: tokenParams() });
    expect((await h.call({ path: PATHS.token, query: tokenParams() })).json.code).toBe(0);
  });
});
