/**
 * A user's Xiaoe client fetches the access token once, reuses it, replaces it 5 minutes before it
 * expires, and recovers once from a 2008 (token superseded or expired) with a fresh token. The mock
 * and the client share one manual clock, so expiry is tested without sleeping.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ClientExchange, createXiaoeClient, XiaoeError } from "../../src/client/index.ts";
import { type MockTarget, mockTarget, rejectionOf, XIAOE_DEMO, xiaoeClient } from "./support.ts";

const LIVE = "l_696ef6c1e4b0694c5b78ba7b";
const MINUTE = 60_000;
const TTL = 7200 * 1000;

describe("Xiaoe access token handling", () => {
  let target: MockTarget;
  let exchanges: ClientExchange[];
  const tokenCalls = () => exchanges.filter((x) => x.operation === "getAccessToken").length;
  const businessCalls = () => exchanges.filter((x) => x.operation !== "getAccessToken").length;
  beforeEach(async () => {
    target = await mockTarget("http");
    exchanges = [];
  });
  afterEach(() => target.close());

  it("calls /token once for many requests, concurrent ones included", async () => {
    const xiaoe = xiaoeClient(target, { onExchange: (x) => exchanges.push(x) });
    await Promise.all([1, 2, 3, 4, 5].map(() => xiaoe.listLiveTasks({ alive_id: LIVE })));
    for (let i = 0; i < 5; i += 1) await xiaoe.listLiveTasks({ alive_id: LIVE });
    expect(businessCalls()).toBe(10);
    expect(tokenCalls()).toBe(1);
  });

  it("reuses the token until 5 minutes before expiry, then fetches a new one", async () => {
    const xiaoe = xiaoeClient(target, { onExchange: (x) => exchanges.push(x) });
    const first = await xiaoe.getAccessToken();
    target.clock.advance(TTL - 5 * MINUTE - 1000);
    await xiaoe.listLiveTasks({ alive_id: LIVE });
    expect(tokenCalls()).toBe(1);
    target.clock.advance(2000);
    await xiaoe.listLiveTasks({ alive_id: LIVE });
    expect(tokenCalls()).toBe(2);
    expect((await xiaoe.getAccessToken()).access_token).not.toBe(first.access_token);
  });

  it("honours a custom refresh margin", async () => {
    const xiaoe = xiaoeClient(target, { tokenRefreshMarginMs: 0, onExchange: (x) => exchanges.push(x) });
    await xiaoe.getAccessToken();
    target.clock.advance(TTL - 1000);
    await xiaoe.listLiveTasks({ alive_id: LIVE });
    expect(tokenCalls()).toBe(1);
  });

  it("retries once with a fresh token when the cached one was superseded (2008)", async () => {
    const xiaoe = xiaoeClient(target, { onExchange: (x) => exchanges.push(x) });
    await xiaoe.listLiveTasks({ alive_id: LIVE });
    // Another process of the same app asks for a token: ours stops working 5 minutes later.
    await xiaoeClient(target).getAccessToken({ forceRefresh: true });
    target.clock.advance(5 * MINUTE + 1000);
    const result = await xiaoe.listLiveTasks({ alive_id: LIVE });
    expect(Array.isArray(result.list)).toBe(true);
    const codes = exchanges.filter((x) => x.operation === "listLiveTasks").map((x) => (JSON.parse(x.response?.body ?? "{}") as { code: number }).code);
    expect(codes).toEqual([0, 2008, 0]);
    expect(tokenCalls()).toBe(2);
  });

  it("gives up with XiaoeError 2008 when the fresh token is refused too (one retry only)", async () => {
    let tokens = 0;
    let business = 0;
    const xiaoe = createXiaoeClient({
      ...XIAOE_DEMO,
      env: {},
      fetch: async (input) => {
        if (new URL(input).pathname === "/token") {
          tokens += 1;
          return Response.json({ code: 0, msg: "success", data: { access_token: `xe_0123456789abc_token${tokens}`, expires_in: 7200 } });
        }
        business += 1;
        return Response.json({ code: 2008, msg: "access_token 过期 或者不存在", data: null });
      },
    });
    const error = await rejectionOf(xiaoe.listLiveTasks({ alive_id: LIVE }));
    expect(error).toBeInstanceOf(XiaoeError);
    expect(error).toMatchObject({ code: 2008 });
    expect(business).toBe(2);
    expect(tokens).toBe(2);
  });

  it("does not retry a business error (code 1)", async () => {
    const xiaoe = xiaoeClient(target, { onExchange: (x) => exchanges.push(x) });
    await expect(xiaoe.getLiveTask({ alive_id: LIVE, live_task_id: 1 })).rejects.toMatchObject({ code: 1 });
    expect(businessCalls()).toBe(1);
  });
});
