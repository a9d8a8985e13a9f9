/**
 * What livemock calls back is bounded: http(s) URLs only, no redirect followed, a bounded answer, and
 * beyond loopback (an admin token) only hosts on the --callback-allow list, so a shared demo server
 * cannot be used to reach other hosts. The delivery log never shows a secret.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockApp } from "../../src/mock/app.ts";
import { createUrlPolicy } from "../../src/mock/callbacks/url-policy.ts";
import { ACTIVITY, AK, volcHarness } from "../volcengine/support.ts";
import { deliveries, publish, type Receiver, register, startReceiver, waitFor } from "./support.ts";

let receiver: Receiver;
let elsewhere: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
  elsewhere = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await elsewhere.close();
});

describe("the allow-list", () => {
  it("matches host, host:port, *.domain and origins", () => {
    const policy = createUrlPolicy({ allow: ["hooks.example.com", "127.0.0.1:9000", "*.merchant.cn", "https://api.shop.io:8443"] });
    expect(policy.check("https://hooks.example.com/cb")).toBeUndefined();
    expect(policy.check("http://127.0.0.1:9000/x")).toBeUndefined();
    expect(policy.check("http://127.0.0.1:9001/x")).toContain("not on the allow-list");
    expect(policy.check("https://a.b.merchant.cn/")).toBeUndefined();
    expect(policy.check("https://api.shop.io:8443/")).toBeUndefined();
    expect(policy.check("http://api.shop.io:8443/")).toContain("not on the allow-list");
    expect(policy.check("http://169.254.169.254/latest/meta-data")).toContain("not on the allow-list");
    expect(createUrlPolicy({}).check("ftp://x/")).toContain("http or https");
    expect(createUrlPolicy({ restricted: true }).check("http://127.0.0.1/")).toContain("--callback-allow");
  });

  it("is required when the control plane takes an admin token: registrations elsewhere are refused", async () => {
    const app = createMockApp({ adminToken: "t0ken", callbacks: { allow: [new URL(receiver.url).host] } });
    const put = (url: string) => app.request("/__livemock/callbacks/polyv", { method: "PUT", headers: { authorization: "Bearer t0ken" }, body: JSON.stringify({ url }) });
    expect((await put(receiver.url)).status).toBe(200);
    const refused = await put(elsewhere.url);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toContain("not on the allow-list");
    const bare = createMockApp({ adminToken: "t0ken" });
    const none = await bare.request("/__livemock/callbacks/polyv", { method: "PUT", headers: { authorization: "Bearer t0ken" }, body: JSON.stringify({ url: receiver.url }) });
    expect(((await none.json()) as { message: string }).message).toContain("--callback-allow");
  });

  it("guards the vendors' own registration too (AddCallbackConfig)", async () => {
    const h = await volcHarness({ rateLimits: false, callbacks: { allow: ["hooks.example.com"] } });
    const refused = await h.action("AddCallbackConfig", { CallbackType: 10, CallbackUrls: elsewhere.url });
    expect(refused.json.ResponseMetadata.Error.Code).toBe("InvalidParameter");
    expect((await h.action("AddCallbackConfig", { CallbackType: 10, CallbackUrls: "https://hooks.example.com/cb" })).json.Result).toEqual({ Status: true });
    await h.close();
  });
});

describe("an attempt", () => {
  it("does not follow a redirect, reads a bounded answer, and logs no secret", async () => {
    const redirecting = await startReceiver((_, n) => (n === 1 ? { status: 302, body: "" } : { status: 200, body: "x".repeat(1_000_000) }));
    const h = await volcHarness({ rateLimits: false, callbacks: { timeoutMs: 2000 } });
    try {
      await h.action("AddCallbackConfig", { CallbackType: 22, CallbackUrls: redirecting.url });
      expect((await register(h.app, "xiaoe", { url: receiver.url, token: "supersecrettoken", encodingAESKey: "Zm9vYmFyYmF6cXV4MDEyMzQ1Njc4OWFiY2RlZmdoaWo" })).status).toBe(200);
      publish(h.app, { type: "comment", vendor: "volcengine", live: String(ACTIVITY), owner: AK, viewerId: "1", data: { text: "hi" } });
      const engine = h.app.livemock.control.callbacks!;
      await waitFor(() => engine.attempts()[0]);
      expect(engine.attempts()[0]).toMatchObject({ status: 302, outcome: "retry-scheduled", error: "redirect to (no location) not followed" });
      expect(elsewhere.received).toHaveLength(0);
      const listed = JSON.stringify(await deliveries(h.app)) + JSON.stringify(await (await h.app.request("/__livemock/callbacks")).json());
      for (const secret of ["livemock-volc-callback-secret", "supersecrettoken", "Zm9vYmFyYmF6cXV4MDEyMzQ1Njc4OWFiY2RlZmdoaWo", "Sign="]) expect(listed).not.toContain(secret);
      await h.app.request("/__livemock/clock/advance", { method: "POST", body: JSON.stringify({ seconds: 5 }) });
      await waitFor(() => engine.attempts()[1]);
      expect(engine.attempts()[1]).toMatchObject({ status: 200, outcome: "acked" });
      expect(engine.attempts()[1]!.answer).toHaveLength(256);
      // Reset forgets deliveries and control-plane targets.
      await h.app.request("/__livemock/reset", { method: "POST" });
      expect(engine.attempts()).toEqual([]);
      expect(engine.targets()).toEqual({});
    } finally {
      await h.close();
      await redirecting.close();
    }
  });
});
