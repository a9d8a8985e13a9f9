import { afterEach, describe, expect, it } from "vitest";
import { DEMO_LIVE, PATHS, type XiaoeHarness, xiaoeHarness } from "./support.ts";

let h: XiaoeHarness;
afterEach(async () => h?.close());

const list = (token: string) => h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE });
const SECOND = 1000;

describe("using an access token over its lifetime", () => {
  it("issues an xe_ token valid 7200 s and accepts it on a business call", async () => {
    h = await xiaoeHarness();
    const res = await h.call({ path: PATHS.token, query: { app_id: "apptrfbbm2m8971", client_id: "livemock-client", secret_key: "livemock-xiaoe-secret", grant_type: "client_credential" } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ code: 0, msg: "success", data: { expires_in: 7200 } });
    expect(res.json.data.access_token).toMatch(/^xe_[0-9a-f]{13}_[0-9A-Za-z]{100,}$/);
    expect(res.operation).toBe("getAccessToken");
    const used = await list(res.json.data.access_token);
    expect(used.json.code).toBe(0);
  });

  it("keeps the token valid until 7200 s and answers 2008 from then on", async () => {
    h = await xiaoeHarness();
    const token = await h.token();
    h.clock.advance(7200 * SECOND - 1);
    expect((await list(token)).json.code).toBe(0);
    h.clock.advance(1);
    const expired = await list(token);
    expect(expired.json).toEqual({ code: 2008, msg: "access_token 过期 或者不存在", data: null });
    expect(expired.reason).toMatch(/^access_token: expired/);
  });

  it("lets the previous token work 5 more minutes after a new one is issued, then answers 2008", async () => {
    h = await xiaoeHarness();
    const first = await h.token();
    h.clock.advance(60 * SECOND);
    const second = await h.token();
    expect(second).not.toBe(first);
    h.clock.advance(300 * SECOND - 1);
    expect((await list(first)).json.code).toBe(0);
    expect((await list(second)).json.code).toBe(0);
    h.clock.advance(1);
    const superseded = await list(first);
    expect(superseded.json.code).toBe(2008);
    expect(superseded.reason).toMatch(/superseded by a newer token/);
    expect((await list(second)).json.code).toBe(0);
  });

  it("does not extend a previous token that would expire within the 5 minutes anyway", async () => {
    h = await xiaoeHarness();
    const first = await h.token();
    h.clock.advance(7100 * SECOND);
    await h.token();
    h.clock.advance(100 * SECOND - 1);
    expect((await list(first)).json.code).toBe(0);
    h.clock.advance(1);
    expect((await list(first)).json.code).toBe(2008);
  });

  it("gives each app its own token chain: a new token of one app leaves another app's token alone", async () => {
    h = await xiaoeHarness();
    const demo = await h.token();
    await h.token({ appId: "appother0000001", clientId: "other-client", secretKey: "other-xiaoe-secret" });
    h.clock.advance(3600 * SECOND);
    expect((await list(demo)).json.code).toBe(0);
  });

  it("answers 2008 for a token it never issued and for the doc's placeholder", async () => {
    h = await xiaoeHarness();
    for (const token of ["xe_5bbd78e51299f_TqVn8F", "xe_xxxxx"]) {
      const res = await list(token);
      expect(res.json).toEqual({ code: 2008, msg: "access_token 过期 或者不存在", data: null });
      expect(res.reason).toMatch(/^access_token: not issued by this livemock/);
    }
  });

  it("forgets every token on POST /__livemock/reset", async () => {
    h = await xiaoeHarness();
    const token = await h.token();
    await h.app.request("/__livemock/reset", { method: "POST" });
    expect((await list(token)).json.code).toBe(2008);
  });

  it("issues the same tokens on every run with the same seed", async () => {
    const run = async () => {
      const harness = await xiaoeHarness({ seed: 7 });
      const tokens = [await harness.token(), await harness.token()];
      await harness.close();
      return tokens;
    };
    const a = await run();
    expect(await run()).toEqual(a);
    h = await xiaoeHarness({ seed: 8 });
    expect(await h.token()).not.toBe(a[0]);
  });
});
