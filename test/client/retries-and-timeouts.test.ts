/**
 * A user's client retries only what is safe to repeat (rate-limit answers and HTTP 5xx), at most
 * `retries` times with exponential backoff, never a validation or auth error, and turns a hung or
 * unreadable upstream into a LivemockTransportError. The upstream is a tiny local node:http server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createPolyvClient, createVolcengineClient, createXiaoeClient, LivemockTransportError, PolyvError, VolcengineError, XiaoeError } from "../../src/client/index.ts";
import { mockTarget, POLYV_DEMO, rejectionOf, VOLC_DEMO, volcClient, XIAOE_DEMO, xiaoeClient } from "./support.ts";

interface Upstream {
  url: string;
  /** Requests received, by path. */
  hits: string[];
}

type Answer = { status: number; json?: unknown; text?: string; headers?: Record<string, string> } | "hang";

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
});

/** Answers the n-th request (0-based) with `script(n, request)`. */
async function upstream(script: (n: number, request: IncomingMessage) => Answer): Promise<Upstream> {
  const hits: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const n = hits.length;
    hits.push(new URL(request.url ?? "/", "http://x").pathname);
    request.resume();
    const answer = script(n, request);
    if (answer === "hang") return;
    const body = answer.json === undefined ? (answer.text ?? "") : JSON.stringify(answer.json);
    response.writeHead(answer.status, { "content-type": answer.json === undefined ? "text/html" : "application/json", ...answer.headers });
    response.end(body);
  });
  servers.push(server);
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", () => ready()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, hits };
}

const polyvOk = { status: 200, json: { code: 200, status: "success", requestId: "r-ok", data: { pageNumber: 1, pageSize: 10, totalPages: 0, totalItems: 0, contents: [] }, success: true } };
const polyvRateLimited = { status: 429, json: { code: 429, status: "error", requestId: "r-429", error: { code: 42900, desc: "qps exceeds number of calls" }, success: false } };
const polyvServerError = { status: 500, json: { code: 500, status: "error", requestId: "r-500", error: { code: 50001, desc: "undefined error" }, success: false } };
const polyvBadParam = { status: 400, json: { code: 400, status: "error", requestId: "r-400", error: { code: 10002, desc: "param should not be empty: channelId" }, success: false } };

const polyvAt = (url: string, extra: Partial<Parameters<typeof createPolyvClient>[0]> = {}) => createPolyvClient({ ...POLYV_DEMO, env: {}, baseUrl: url, retryDelayMs: 5, ...extra });

describe("retries", () => {
  it("retries a Polyv 429/42900 and succeeds when the limit clears", async () => {
    const up = await upstream((n) => (n < 2 ? polyvRateLimited : polyvOk));
    const page = await polyvAt(up.url).listLotteryActivities({ channelId: 4854808 });
    expect(page.totalItems).toBe(0);
    expect(up.hits).toHaveLength(3);
  });

  it("stops after `retries` retries and throws the last vendor error with the attempt count", async () => {
    const up = await upstream(() => polyvRateLimited);
    const error = await rejectionOf(polyvAt(up.url, { retries: 2 }).listLotteryActivities({ channelId: 4854808 }));
    expect(error).toBeInstanceOf(PolyvError);
    expect(error).toMatchObject({ errorCode: 42900, status: 429, attempts: 3 });
    expect(up.hits).toHaveLength(3);
  });

  it("retries an HTTP 5xx, and not at all with retries: 0", async () => {
    const up = await upstream(() => polyvServerError);
    await expect(polyvAt(up.url, { retries: 1 }).listLotteryActivities({ channelId: 1 })).rejects.toMatchObject({ errorCode: 50001, attempts: 2 });
    expect(up.hits).toHaveLength(2);
    await expect(polyvAt(up.url, { retries: 0 }).listLotteryActivities({ channelId: 1 })).rejects.toMatchObject({ errorCode: 50001, attempts: 1 });
    expect(up.hits).toHaveLength(3);
  });

  it("never retries a 400", async () => {
    const up = await upstream(() => polyvBadParam);
    const error = await rejectionOf(polyvAt(up.url, { retries: 5 }).listLotteryActivities({ channelId: 1 }));
    expect(error).toMatchObject({ name: "PolyvError", errorCode: 10002, attempts: 1 });
    expect(up.hits).toHaveLength(1);
  });

  it("backs off exponentially: 2 retries from 60 ms wait at least 60 + 120 ms", async () => {
    const up = await upstream(() => polyvRateLimited);
    const started = Date.now();
    await expect(polyvAt(up.url, { retries: 2, retryDelayMs: 60 }).listLotteryActivities({ channelId: 1 })).rejects.toBeInstanceOf(PolyvError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(175);
  });

  it("caps the backoff at maxRetryDelayMs, Retry-After included", async () => {
    const up = await upstream(() => ({ ...polyvRateLimited, headers: { "retry-after": "30" } }));
    const started = Date.now();
    await expect(polyvAt(up.url, { retries: 3, retryDelayMs: 50, maxRetryDelayMs: 80 }).listLotteryActivities({ channelId: 1 })).rejects.toMatchObject({ attempts: 4 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(230);
    expect(elapsed).toBeLessThan(2000);
  });

  it("retries Volcengine FlowLimitExceeded (429) but not SignatureDoesNotMatch (401)", async () => {
    const meta = { RequestId: "req", Action: "ListActivityRedPacket", Version: "2023-08-01", Service: "livesaas", Region: "cn-north-1" };
    const flow = { status: 429, json: { ResponseMetadata: { ...meta, Error: { CodeN: 100018, Code: "FlowLimitExceeded", Message: "Request exceeds the flow limit." } } } };
    const ok = { status: 200, json: { ResponseMetadata: { ...meta, SystemTime: 1 }, Result: { PageNo: 1, PageItemCount: 10, TotalCount: 0, RedPacketList: [] } } };
    const limited = await upstream((n) => (n === 0 ? flow : ok));
    const volc = createVolcengineClient({ ...VOLC_DEMO, env: {}, baseUrl: limited.url, retryDelayMs: 5 });
    await expect(volc.listActivityRedPacket({ ActivityID: 1 })).resolves.toMatchObject({ TotalCount: 0 });
    expect(limited.hits).toHaveLength(2);

    const denied = await upstream(() => ({ status: 401, json: { ResponseMetadata: { ...meta, Error: { CodeN: 100010, Code: "SignatureDoesNotMatch", Message: "no" } } } }));
    const error = await rejectionOf(createVolcengineClient({ ...VOLC_DEMO, env: {}, baseUrl: denied.url, retryDelayMs: 5 }).listActivityRedPacket({ ActivityID: 1 }));
    expect(error).toBeInstanceOf(VolcengineError);
    expect(error).toMatchObject({ Code: "SignatureDoesNotMatch", attempts: 1 });
    expect(denied.hits).toHaveLength(1);
  });

  it("retries Xiaoe 2053 (answered with HTTP 200) at most `retries` times", async () => {
    const up = await upstream((_, request) =>
      request.url?.startsWith("/token")
        ? { status: 200, json: { code: 0, msg: "success", data: { access_token: "xe_0123456789abc_T", expires_in: 7200 } } }
        : { status: 200, json: { code: 2053, msg: "API的调用次数达到上限", data: null } },
    );
    const xiaoe = createXiaoeClient({ ...XIAOE_DEMO, env: {}, baseUrl: up.url, retryDelayMs: 5, retries: 2 });
    const error = await rejectionOf(xiaoe.listLiveTasks({ alive_id: "l_1" }));
    expect(error).toBeInstanceOf(XiaoeError);
    expect(error).toMatchObject({ code: 2053, attempts: 3 });
    expect(up.hits.filter((p) => p !== "/token")).toHaveLength(3);
  });
});

describe("retries against the mock's own rate limits (clock standing still, so the limit never clears)", () => {
  it("Volcengine: the 11th call within a second is retried `retries` times, then FlowLimitExceeded is thrown", async () => {
    const target = await mockTarget("http", { rateLimits: true });
    try {
      let sent = 0;
      const volc = volcClient(target, { retries: 2, onExchange: () => (sent += 1) });
      for (let i = 0; i < 10; i += 1) await volc.listActivityRedPacket({ ActivityID: 1824920000234844 });
      const error = await rejectionOf(volc.listActivityRedPacket({ ActivityID: 1824920000234844 }));
      expect(error).toMatchObject({ name: "VolcengineError", Code: "FlowLimitExceeded", httpStatus: 429, attempts: 3 });
      expect(sent).toBe(13);
    } finally {
      await target.close();
    }
  });

  it("Xiaoe: 2053 after 50 list calls in 10 s is retried, then thrown with the mock's reason", async () => {
    const target = await mockTarget("in-process", { rateLimits: true });
    const xiaoe = xiaoeClient(target, { retries: 1 });
    for (let i = 0; i < 50; i += 1) await xiaoe.listLiveTasks({ alive_id: "l_696ef6c1e4b0694c5b78ba7b" });
    const error = await rejectionOf(xiaoe.listLiveTasks({ alive_id: "l_696ef6c1e4b0694c5b78ba7b" }));
    expect(error).toMatchObject({ name: "XiaoeError", code: 2053, attempts: 2 });
    expect((error as XiaoeError).reason).toMatch(/50 per 10 s/);
  });
});

describe("transport failures", () => {
  it("times out a server that never answers with LivemockTransportError, without retrying", async () => {
    const up = await upstream(() => "hang");
    const started = Date.now();
    const error = await rejectionOf(polyvAt(up.url, { timeoutMs: 150 }).listLotteryActivities({ channelId: 1 }));
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(LivemockTransportError);
    expect(error).toMatchObject({ kind: "timeout", vendor: "polyv", operation: "listLotteryActivities", attempts: 1 });
    expect((error as Error).message).toContain("150 ms");
    expect((error as Error).message).not.toContain("sign=");
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(2000);
    expect(up.hits).toHaveLength(1);
  });

  it("times out an in-process fetch that ignores the abort signal", async () => {
    const xiaoe = createXiaoeClient({ ...XIAOE_DEMO, env: {}, timeoutMs: 50, fetch: () => new Promise<Response>(() => {}) });
    await expect(xiaoe.getAccessToken()).rejects.toMatchObject({ name: "LivemockTransportError", kind: "timeout", operation: "getAccessToken" });
  });

  it("reports a refused connection as a network failure", async () => {
    const up = await upstream(() => polyvOk);
    const closed = servers.pop();
    await new Promise<void>((done) => closed?.close(() => done()));
    const error = await rejectionOf(polyvAt(up.url).listLotteryActivities({ channelId: 1 }));
    expect(error).toBeInstanceOf(LivemockTransportError);
    expect(error).toMatchObject({ kind: "network" });
  });

  it("reports a non-JSON answer as invalid-response (retrying it only when it is a 5xx)", async () => {
    const gateway = await upstream(() => ({ status: 502, text: "<html>Bad Gateway</html>" }));
    const error = await rejectionOf(polyvAt(gateway.url, { retries: 1 }).listLotteryActivities({ channelId: 1 }));
    expect(error).toMatchObject({ name: "LivemockTransportError", kind: "invalid-response", httpStatus: 502, status: 502, attempts: 2, bodySnippet: "<html>Bad Gateway</html>" });
    expect(gateway.hits).toHaveLength(2);

    const html = await upstream(() => ({ status: 200, text: "<html>hello</html>" }));
    await expect(polyvAt(html.url).listLotteryActivities({ channelId: 1 })).rejects.toMatchObject({ kind: "invalid-response", status: 200, attempts: 1 });
    expect(html.hits).toHaveLength(1);
  });

  it("reports JSON that is not the vendor's envelope as invalid-response", async () => {
    const up = await upstream(() => ({ status: 200, json: { hello: "world" } }));
    await expect(createVolcengineClient({ ...VOLC_DEMO, env: {}, baseUrl: up.url }).listActivityRedPacket({ ActivityID: 1 })).rejects.toMatchObject({
      name: "LivemockTransportError",
      kind: "invalid-response",
    });
  });
});
