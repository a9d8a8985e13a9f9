/**
 * A user's tests keep calling https://livesaas.volcengineapi.com through the typed client from
 * `livemock/client`; MSW hands the calls to livemock in-process: callback configuration round trip
 * and the 2020-06-01 red-packet results, each signed with its own Version.
 */
import { createVolcengineClient } from "livemock/client";
import { createLivemockHandlers } from "livemock/msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const handlers = createLivemockHandlers({ rateLimits: false });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const ACTIVITY = 1824920000234844;

describe("MSW mode: Volcengine results and callback configuration", () => {
  it("adds and lists a callback configuration, and reads a red packet's (empty) results", async () => {
    const volc = createVolcengineClient({ accessKeyId: "AKLTlivemockdemo", secretKey: "livemock-volc-secret", env: {} });
    expect(volc.baseUrl).toBe("https://livesaas.volcengineapi.com");

    expect(await volc.addCallbackConfig({ CallbackType: 10, CallbackUrls: "https://merchant.example/red-packet" })).toEqual({ Status: true });
    const configs = await volc.listCallbackConfigs({ CallbackType: 10 });
    expect(configs.CallbackConfigs).toEqual([expect.objectContaining({ CallbackUrls: "https://merchant.example/red-packet", EventName: "ActivityRedPacketInfoCallBack" })]);

    const { ID: RedPacketID } = await volc.createActivityRedPacket({ ActivityID: ACTIVITY, TotalAmount: 100, RedPacketNumber: 1 });
    const data = await volc.listRedPacketDataApi({ ActivityId: ACTIVITY });
    expect(data.RedPacketList.map((p) => p.RedPacketId)).toContain(RedPacketID);
    expect(await volc.listRedPacketRecordApi({ ActivityId: ACTIVITY, RedPacketID, SearchType: 2 })).toEqual({ JoinRedPacketList: [], PageNo: 1, PageItemCount: 10, TotalCount: 0 });

    const journal = handlers.app.livemock.context.journal.entries();
    expect(journal.some((entry) => JSON.stringify(entry).includes("livemock-volc-callback-secret"))).toBe(false);
  });
});
