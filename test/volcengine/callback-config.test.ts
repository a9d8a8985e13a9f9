/**
 * AddCallbackConfig, ListCallbackConfigs and ListCallbackEvents (Version 2023-08-01): callback URLs
 * stored per access key (the account) with everything a delivery needs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stateDump } from "../../src/mock/admin/state-view.ts";
import { AK, errorOf, type VolcHarness, volcHarness } from "./support.ts";

const SECOND = { accessKeyId: "AKLTsecondapp", secretAccessKey: "second-secret" };
const as2 = { ak: SECOND.accessKeyId, sk: SECOND.secretAccessKey };

let h: VolcHarness;
beforeAll(async () => {
  h = await volcHarness({ rateLimits: false, credentials: { volcengine: [SECOND] }, transport: "http" });
});
afterAll(() => h.close());

describe("AddCallbackConfig → ListCallbackConfigs", () => {
  it("stores the URLs, event name, account and AccountSecret, and lists them back", async () => {
    const added = await h.action("AddCallbackConfig", { CallbackType: 10, CallbackUrls: "https://merchant.example/cb;http://backup.example/cb" });
    expect(added.status).toBe(200);
    expect(added.json.Result).toEqual({ Status: true });
    expect(added.json.ResponseMetadata).toMatchObject({ Action: "AddCallbackConfig", Version: "2023-08-01" });

    await h.action("AddCallbackConfig", { CallbackType: 10, CallbackUrls: "https://sub.example/cb", SubAccountName: "sub@example.com" });
    const listed = await h.action("ListCallbackConfigs", { CallbackType: 10 });
    expect(listed.status).toBe(200);
    expect(listed.json.Result.TotalCount).toBe(2);
    expect(listed.json.Result.CallbackConfigs[0]).toEqual({
      Id: expect.any(Number),
      CallbackType: 10,
      EventName: "ActivityRedPacketInfoCallBack",
      CallbackUrls: "https://merchant.example/cb;http://backup.example/cb",
      FollowerUserName: "admin@bytedance.com",
      FollowerNickName: "admin@bytedance.com",
      AccountSecret: "livemock-volc-callback-secret",
    });
    expect(listed.json.Result.CallbackConfigs[1]).toMatchObject({ FollowerUserName: "sub@example.com", CallbackUrls: "https://sub.example/cb" });

    // The control plane's state dump shows the secret's id only, never the secret.
    const { store, clock } = h.app.livemock.context;
    const dump = await stateDump(store, h.app.livemock.vendors, clock.now(), { vendor: "volcengine", owner: AK });
    const stored = JSON.stringify(dump);
    expect(stored).toContain('"accountSecretId":"AKLTlivemockdemo"');
    expect(stored).not.toContain("livemock-volc-callback-secret");
  });

  it("filters by URL (fuzzy), account and type, and pages", async () => {
    await h.action("AddCallbackConfig", { CallbackType: 22, CallbackUrls: "https://comments.example/hook" });
    expect((await h.action("ListCallbackConfigs", { CallbackUrl: "COMMENTS.example" })).json.Result.CallbackConfigs.map((c: { CallbackType: number }) => c.CallbackType)).toEqual([22]);
    expect((await h.action("ListCallbackConfigs", { SubAccountName: "sub@example.com" })).json.Result.TotalCount).toBe(1);
    expect((await h.action("ListCallbackConfigs", { CallbackType: 7 })).json.Result).toEqual({ CallbackConfigs: [], TotalCount: 0 });
    const page = await h.action("ListCallbackConfigs", { PageNumber: 2, PageSize: 1 });
    expect(page.json.Result.CallbackConfigs).toHaveLength(1);
    expect(page.json.Result.TotalCount).toBe(3);
  });

  it("refuses a second configuration of the same type for the same account", async () => {
    const again = await h.action("AddCallbackConfig", { CallbackType: 10, CallbackUrls: "https://other.example/cb" });
    expect(again.status).toBe(400);
    expect(errorOf(again)?.Message).toBe("CallbackType 10 already has a configuration for admin@bytedance.com.");
  });

  it("refuses what the doc rules out: missing fields, unknown type, non-HTTP URLs, more than 10 URLs", async () => {
    const cases: Record<string, unknown>[] = [
      { CallbackUrls: "https://a.example/cb" },
      { CallbackType: 10 },
      { CallbackType: 3, CallbackUrls: "https://a.example/cb" },
      { CallbackType: 1, CallbackUrls: "ftp://a.example/cb" },
      { CallbackType: 1, CallbackUrls: Array.from({ length: 11 }, (_, i) => `https://a.example/${i}`).join(";") },
    ];
    for (const body of cases) {
      const res = await h.action("AddCallbackConfig", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(errorOf(res)).toMatchObject({ Code: "InvalidParameter", CodeN: 400001 });
    }
    expect(errorOf(await h.action("AddCallbackConfig", { CallbackType: 10 }))?.Message).toContain("CallbackUrls");
    expect(errorOf(await h.action("ListCallbackConfigs", { PageSize: 501 }))?.Message).toContain("PageSize");
  });

  it("keeps accounts apart: another access key sees none of these, and has its own secret", async () => {
    expect((await h.action("ListCallbackConfigs", {}, as2)).json.Result).toEqual({ CallbackConfigs: [], TotalCount: 0 });
    await h.action("AddCallbackConfig", { CallbackType: 10, CallbackUrls: "https://second.example/cb" }, as2);
    const theirs = (await h.action("ListCallbackConfigs", {}, as2)).json.Result.CallbackConfigs;
    expect(theirs).toHaveLength(1);
    expect(theirs[0].AccountSecret).not.toBe("livemock-volc-callback-secret");
    expect((await h.action("ListCallbackConfigs", { CallbackUrl: "second.example" })).json.Result.TotalCount).toBe(0);
  });
});

describe("ListCallbackEvents", () => {
  it("lists the documented event names with the caller's configuration counts", async () => {
    const res = await h.action("ListCallbackEvents");
    expect(res.status).toBe(200);
    const events = res.json.Result.CallbackEvents as { CallbackType: number; EventName: string; Count: number }[];
    expect(res.json.Result.TotalCount).toBe(events.length);
    expect(events.find((e) => e.CallbackType === 1)).toEqual({ CallbackType: 1, EventName: "ActivityStatusModifyCallBack", Count: 0 });
    expect(events.find((e) => e.CallbackType === 10)).toEqual({ CallbackType: 10, EventName: "ActivityRedPacketInfoCallBack", Count: 2 });
    const second = (await h.action("ListCallbackEvents", {}, as2)).json.Result.CallbackEvents as { CallbackType: number; Count: number }[];
    expect(second.find((e) => e.CallbackType === 10)?.Count).toBe(1);
  });

  it("is a GET action: POST is InvalidActionOrVersion", async () => {
    const res = await h.action("ListCallbackEvents", {}, { method: "POST" });
    expect(res.status).toBe(404);
    expect(errorOf(res)?.Code).toBe("InvalidActionOrVersion");
  });
});
