/**
 * What the clients put on the wire, as the vendors expect it: Polyv's signed query with the JSON body
 * unsigned (lottery writes carry channelId in the query), a fresh timestamp per call; Xiaoe's token in
 * the JSON body; Volcengine's Action/Version query, JSON body for POST, query for Get/List, X-Date
 * from the clock.
 */
import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ClientExchange } from "../../src/client/index.ts";
import { type MockTarget, mockTarget, POLYV_DEMO, polyvClient, T0, volcClient, xiaoeClient } from "./support.ts";

/** Polyv's documented rule, written again here so the client's signing is checked independently. */
function docSign(query: URLSearchParams, secret: string): string {
  const keys = [...query.keys()].filter((k) => k !== "sign" && query.get(k) !== "").sort();
  return createHash("md5")
    .update(secret + keys.map((k) => `${k}${query.get(k)}`).join("") + secret)
    .digest("hex")
    .toUpperCase();
}

describe("request shapes", () => {
  let target: MockTarget;
  let seen: ClientExchange[];
  const observe = { onExchange: (x: ClientExchange) => seen.push(x) };
  beforeEach(async () => {
    target = await mockTarget("in-process");
    seen = [];
  });
  afterEach(() => target.close());

  it("Polyv lottery create: channelId, appId, timestamp and sign in the query, the rest as unsigned JSON", async () => {
    const polyv = polyvClient(target, observe);
    await polyv.createLotteryActivity({ channelId: 4854808, activityName: "无条件抽奖", lotteryCondition: "none", amount: 1, prizeName: "键盘" });
    const request = seen[0]?.request;
    const url = new URL(request?.url ?? "");
    expect(request?.method).toBe("POST");
    expect(url.pathname).toBe("/live/v4/channel/lottery-activity/create");
    expect([...url.searchParams.keys()].sort()).toEqual(["appId", "channelId", "sign", "timestamp"]);
    expect(url.searchParams.get("timestamp")).toBe(String(T0));
    expect(url.searchParams.get("sign")).toBe(docSign(url.searchParams, POLYV_DEMO.appSecret));
    expect(JSON.parse(request?.body ?? "{}")).toEqual({ activityName: "无条件抽奖", lotteryCondition: "none", amount: 1, prizeName: "键盘" });
    expect(request?.headers["content-type"]).toBe("application/json");
  });

  it("Polyv task-reward save: channelId stays in the body; GETs carry everything in the query; every call a fresh timestamp", async () => {
    const polyv = polyvClient(target, observe);
    await polyv.saveTaskRewardActivity({
      channelId: 4854808,
      activityName: "a",
      taskRule: 1,
      startTime: T0 + 1000,
      endTime: T0 + 2000,
      tasks: [{ reachCondition: { type: "sign", amount: 1 }, rewardSetting: { type: "nothing", amount: 0 } }],
    });
    target.clock.advance(1234);
    await polyv.pageTaskRewardActivities({ channelId: 4854808, pageSize: 5 });
    const [save, page] = seen.map((x) => new URL(x.request.url));
    expect([...(save?.searchParams.keys() ?? [])].sort()).toEqual(["appId", "sign", "timestamp"]);
    expect(JSON.parse(seen[0]?.request.body ?? "{}")).toMatchObject({ channelId: 4854808 });
    expect(seen[1]?.request.body).toBeUndefined();
    expect(page?.searchParams.get("channelId")).toBe("4854808");
    expect(page?.searchParams.get("pageSize")).toBe("5");
    expect(page?.searchParams.get("timestamp")).toBe(String(T0 + 1234));
  });

  it("Xiaoe: the access_token travels in the JSON body next to the business fields", async () => {
    const raw: string[] = [];
    const xiaoe = xiaoeClient(target, {
      fetch: async (input, init) => {
        raw.push(String(init.body));
        return target.app.request(input, init);
      },
    });
    const token = await xiaoe.getAccessToken();
    await xiaoe.listLiveTasks({ alive_id: "l_696ef6c1e4b0694c5b78ba7b" });
    expect(raw).toHaveLength(2);
    expect(JSON.parse(raw[1] ?? "{}")).toEqual({ alive_id: "l_696ef6c1e4b0694c5b78ba7b", access_token: token.access_token });
  });

  it("Volcengine: POST with a JSON body, Get/List with query parameters, X-Date from the clock", async () => {
    const volc = volcClient(target, observe);
    const { ID } = await volc.createActivityRedPacket({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 });
    await volc.getActivityRedPacket({ ActivityID: 1824920000234844, RedPacketID: ID });
    const [create, get] = seen;
    expect(create?.request.method).toBe("POST");
    expect(new URL(create?.request.url ?? "").search).toBe("?Action=CreateActivityRedPacket&Version=2023-08-01");
    expect(JSON.parse(create?.request.body ?? "{}")).toEqual({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 });
    expect(create?.request.headers["X-Date"]).toBe("20260301T000000Z");
    expect(create?.request.headers.Authorization).toMatch(
      /^HMAC-SHA256 Credential=AKLTlivemockdemo\/20260301\/cn-north-1\/livesaas\/request, SignedHeaders=x-content-sha256;x-date, Signature=[0-9a-f]{64}$/,
    );
    expect(get?.request.method).toBe("GET");
    expect(get?.request.body).toBeUndefined();
    const query = new URL(get?.request.url ?? "").searchParams;
    expect(Object.fromEntries(query)).toEqual({ Action: "GetActivityRedPacket", Version: "2023-08-01", ActivityID: "1824920000234844", RedPacketID: String(ID) });
  });
});
