/**
 * A user keeps calling the real vendor URLs in their tests and adds
 * `setupServer(...createLivemockHandlers())`: plain `fetch` to https://api.polyv.net, the official
 * `@volcengine/openapi` SDK (axios over node:https) at its default host, and a Go-style signature
 * over the `host` header are all answered by livemock inside the test process.
 */
import { createHash } from "node:crypto";
import { livesaasOpenapi } from "@volcengine/openapi";
import { createPolyvClient, createXiaoeClient } from "livemock/client";
import { createLivemockHandlers } from "livemock/msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signPolyvQuery } from "../../src/contracts/polyv/index.ts";
import { signRequest } from "../../src/contracts/volcengine/index.ts";

const handlers = createLivemockHandlers({ rateLimits: false });
const server = setupServer(...handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => handlers.app.livemock.reset());
afterAll(() => server.close());

const journal = () => handlers.app.livemock.context.journal.entries();

describe("MSW mode", () => {
  it("serves plain fetch calls to https://api.polyv.net, signed as a user would by hand", async () => {
    const appId = "frlr1zazn3";
    const appSecret = "livemock-polyv-secret";
    const timestamp = Date.now();
    const sign = createHash("md5").update(`${appSecret}appId${appId}channelId2974342timestamp${timestamp}${appSecret}`).digest("hex").toUpperCase();
    const create = await fetch(`https://api.polyv.net/live/v4/channel/lottery-activity/create?appId=${appId}&timestamp=${timestamp}&channelId=2974342&sign=${sign}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ activityName: "无条件抽奖", lotteryCondition: "none", amount: 1, prizeName: "键盘" }),
    });
    expect(create.status).toBe(200);
    const created = (await create.json()) as { code: number; success: boolean; data: { id: number; prizeName: string } };
    expect(created).toMatchObject({ code: 200, success: true, data: { prizeName: "键盘" } });

    const query = new URLSearchParams(signPolyvQuery({ channelId: 2974342, id: created.data.id }, { appId, appSecret }));
    const got = await fetch(`https://api.polyv.net/live/v4/channel/lottery-activity/get?${query}`);
    expect(((await got.json()) as { data: { id: number } }).data.id).toBe(created.data.id);
    expect(journal().map((e) => e.operation)).toEqual(["createLotteryActivity", "getLotteryActivity"]);
  });

  it("serves a Polyv channel's life through the typed client at https://api.polyv.net: v4 create, v3 batch delete", async () => {
    const polyv = createPolyvClient({ appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" });
    const { channelId } = await polyv.createChannel({ name: "MSW 频道", newScene: "alone", template: "alone" });
    expect((await polyv.getChannelBasic({ channelId })).name).toBe("MSW 频道");
    expect(await polyv.batchDeleteChannels({ channelIds: [channelId] })).toBe(true);
    expect(journal().map((e) => e.operation)).toEqual(["createChannel", "getChannelBasic", "batchDeleteChannels"]);
  });

  it("serves the v2 single delete at https://api.polyv.net/live/v2/channels/{channelId}/delete, and the v3 basic/get", async () => {
    const polyv = createPolyvClient({ appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" });
    const { channelId, userId } = await polyv.createChannel({ name: "MSW 单删", newScene: "alone", template: "alone" });
    expect((await polyv.getChannelBasicV3({ channelId })).name).toBe("MSW 单删");
    expect(await polyv.deleteChannel({ channelId, userId })).toBe(true);
    const query = new URLSearchParams(signPolyvQuery({ userId }, { appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" }));
    const again = await fetch(`https://api.polyv.net/live/v2/channels/${channelId}/delete?${query}`, { method: "POST" });
    expect(await again.json()).toEqual({ code: 400, status: "error", message: "channel not found.", data: "" });
    expect(journal().map((e) => e.operation)).toEqual(["createChannel", "getChannelBasicV3", "deleteChannel", "deleteChannel"]);
  });

  it("answers a bad signature with Polyv's own error envelope, as the real host would", async () => {
    const query = new URLSearchParams(signPolyvQuery({ channelId: 2974342 }, { appId: "frlr1zazn3", appSecret: "wrong" }));
    const res = await fetch(`http://api.polyv.net/live/v4/channel/lottery-activity/list?${query}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 400, status: "error", error: { code: 20002, desc: "invalid signature." }, success: false });
  });

  it("serves the livemock client at its default (real) base URL, Xiaoe token included", async () => {
    const xiaoe = createXiaoeClient({ appId: "apptrfbbm2m8971", clientId: "livemock-client", secretKey: "livemock-xiaoe-secret", env: {} });
    expect(xiaoe.baseUrl).toBe("https://api.xiaoe-tech.com");
    const list = await xiaoe.listLiveTasks({ alive_id: "l_696ef6c1e4b0694c5b78ba7b" });
    expect(Array.isArray(list.list)).toBe(true);
    expect(journal().map((e) => e.operation)).toEqual(["getAccessToken", "listLiveTasks"]);
  });

  it("serves the Xiaoe user list the official SDK samples call, at https://api.xiaoe-tech.com", async () => {
    const xiaoe = createXiaoeClient({ appId: "apptrfbbm2m8971", clientId: "livemock-client", secretKey: "livemock-xiaoe-secret", env: {} });
    const { access_token } = await xiaoe.getAccessToken();
    const res = await fetch("https://api.xiaoe-tech.com/xe.user.batch.get/1.0.0", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ access_token, page: 1, page_size: 2 }),
    });
    const body = (await res.json()) as { code: number; msg: string; data: { list: { user_id: string }[]; total: number } };
    expect(body).toMatchObject({ code: 0, msg: "ok", data: { total: 5 } });
    expect(body.data.list).toHaveLength(2);
    const found = await xiaoe.getUsersByIds({ user_id_list: [body.data.list[0]!.user_id], page: 1, page_size: 1 });
    expect(found.list[0]?.user_id).toBe(body.data.list[0]!.user_id);
    expect(journal().map((e) => e.operation)).toEqual(["getAccessToken", "listUsers", "getUsersByIds"]);
  });

  it("serves the official @volcengine/openapi SDK at its cn-north-1 default host (axios over node:https)", async () => {
    const service = new livesaasOpenapi.LivesaasService({ region: "cn-north-1", accessKeyId: "AKLTlivemockdemo", secretKey: "livemock-volc-secret" });
    const created = (await service.createJSONAPI("CreateActivityRedPacket", { Version: "2023-08-01" })({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 })) as {
      ResponseMetadata: { Error?: unknown };
      Result: { ID: number };
    };
    expect(created.ResponseMetadata.Error).toBeUndefined();
    const got = (await service.createAPI("GetActivityRedPacket", { Version: "2023-08-01", method: "GET" })({ ActivityID: 1824920000234844, RedPacketID: created.Result.ID })) as {
      Result: { RedPacketID: number; RedPacketStatus: number };
    };
    expect(got.Result).toMatchObject({ RedPacketID: created.Result.ID, RedPacketStatus: 0 });
    expect(journal().at(-1)).toMatchObject({ operation: "getActivityRedPacket", status: 200 });
  });

  it("keeps a Go-style signature over the host header valid (the original host reaches the app)", async () => {
    const body = JSON.stringify({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 });
    const query = { Action: "CreateActivityRedPacket", Version: "2023-08-01" };
    const signed = signRequest({
      method: "POST",
      query,
      body,
      headers: { "content-type": "application/json" },
      host: "livesaas.volcengineapi.com",
      style: "go",
      ak: "AKLTlivemockdemo",
      sk: "livemock-volc-secret",
      date: new Date(),
    });
    const headers: Record<string, string> = { "content-type": "application/json" };
    for (const [name, value] of Object.entries(signed)) if (value !== undefined && name !== "Host") headers[name] = value;
    expect(signed.Authorization).toContain("SignedHeaders=content-type;host;");
    const res = await fetch(`https://livesaas.volcengineapi.com/?${new URLSearchParams(query)}`, { method: "POST", headers, body });
    expect(await res.json()).toMatchObject({ Result: { ID: expect.any(Number) } });
  });

  it("leaves other hosts alone (the user's onUnhandledRequest policy applies)", async () => {
    const seen: string[] = [];
    const other = createLivemockHandlers({ app: handlers.app, origins: ["https://api.polyv.net"] });
    expect(other.app).toBe(handlers.app);
    expect(other).toHaveLength(1);
    server.events.on("request:unhandled", ({ request }) => seen.push(request.url));
    await expect(fetch("https://example.invalid/")).rejects.toThrow();
    expect(seen).toEqual(["https://example.invalid/"]);
    server.events.removeAllListeners();
  });
});
