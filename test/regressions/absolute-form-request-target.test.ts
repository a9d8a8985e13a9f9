/**
 * Caught by clients sent through an HTTP proxy: their request line carries the absolute form
 * (`POST http://host:4010/live/v4/... HTTP/1.1`), which HTTP/1.1 servers must accept (RFC 9112
 * §3.2.2). Node's `req.url` is then the whole URL, and livemock's node:http fast path matched it
 * against the vendors' paths as it was: every vendor call got livemock's generic 404. The target is
 * now served as its path and query: vendors answer, signatures over the path (Volcengine's canonical
 * URI) are computed over the path, the journal records the path, and the control plane answers too.
 * Requests are written on a raw socket (`node:net`): `fetch` always sends the origin form.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signRequest } from "../../src/contracts/volcengine/index.ts";
import { createMockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { originForm } from "../../src/mock/core/vendor-request.ts";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";
import { DEMO_APP, independentSign } from "../polyv/support.ts";
import { type HonoNodeServer, serveWithHonoNodeServer } from "../support/hono-node-server.ts";
import { ACTIVITY, AK, cashPacket, SK, VERSION } from "../volcengine/support.ts";
import { tokenParams } from "../xiaoe/support.ts";

const NOW = Date.parse("2026-03-01T00:00:00Z");

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  json: any;
}

/** Writes one HTTP/1.1 request with `target` on its request line, as a proxy client does, and reads the answer. */
function rawRequest(base: string, method: string, target: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  const { hostname, port, host } = new URL(base);
  const body = options.body ?? "";
  const headers: Record<string, string> = { host, connection: "close", ...options.headers };
  if (body !== "" || method === "POST") headers["content-length"] = String(Buffer.byteLength(body));
  const head = `${method} ${target} HTTP/1.1\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("")}\r\n`;
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(head + body));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const split = text.indexOf("\r\n\r\n");
      const [statusLine, ...lines] = text.slice(0, split).split("\r\n");
      const answerHeaders = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
      const rest = text.slice(split + 4);
      // Answers are JSON with a content-length, or chunked (the Hono fallback): read either.
      const payload = answerHeaders["transfer-encoding"] === "chunked" ? unchunk(rest) : rest;
      resolve({ status: Number(statusLine!.split(" ")[1]), headers: answerHeaders, json: JSON.parse(payload) });
    });
  });
}

function unchunk(text: string): string {
  let out = "";
  let rest = text;
  for (;;) {
    const eol = rest.indexOf("\r\n");
    const size = Number.parseInt(rest.slice(0, eol), 16);
    if (!size) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}

function polyvTarget(base: string, path: string, query: Record<string, string>): string {
  const params: Record<string, string> = { ...query, appId: DEMO_APP.appId, timestamp: String(NOW) };
  params.sign = independentSign(params, DEMO_APP.appSecret);
  return `${base}${path}?${new URLSearchParams(params)}`;
}

/** A Volcengine create signed Go-style (over content-type and host) for the path `/`, as the SDK signs it whatever the proxy. */
function volcCreate(host: string): { headers: Record<string, string>; body: string } {
  const body = JSON.stringify(cashPacket());
  const headers: Record<string, string> = { "content-type": "application/json", host };
  const signed = signRequest({ method: "POST", path: "/", query: { Action: "CreateActivityRedPacket", Version: VERSION }, headers, body, ak: AK, sk: SK, date: new Date(NOW), style: "go" });
  const { Host: _host, ...added } = signed;
  return { headers: { ...headers, ...(added as Record<string, string>) }, body };
}

describe.each([
  ["livemock's node:http listener (startServer)", "listener"],
  ["the app under @hono/node-server", "hono"],
] as const)("an absolute-form request target, served by %s", (_label, kind) => {
  let server: RunningServer | HonoNodeServer;
  let base = "";
  let journal: () => { path: string; vendor: string; status: number }[];
  beforeAll(async () => {
    if (kind === "listener") {
      const running = await startServer({ port: 0, clock: manualClock(NOW), rateLimits: false });
      server = running;
      journal = () => running.app.livemock.context.journal.entries() as never;
    } else {
      const app = createMockApp({ clock: manualClock(NOW), rateLimits: false });
      server = await serveWithHonoNodeServer(app);
      journal = () => app.livemock.context.journal.entries() as never;
    }
    base = server.url;
  });
  afterAll(() => server.close());

  it("answers a Polyv call as Polyv and journals its path", async () => {
    const path = "/live/v4/channel/task-reward-activity/page";
    const res = await rawRequest(base, "GET", polyvTarget(base, path, { channelId: "4854808" }));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ code: 200, status: "success", success: true, data: { pageNumber: 1 } });
    expect(journal().at(-1)).toMatchObject({ vendor: "polyv", path, status: 200 });
  });

  it("answers a Polyv path it does not serve with Polyv's own 404, not livemock's", async () => {
    const res = await rawRequest(base, "GET", polyvTarget(base, "/live/v4/channel/no-such-endpoint", {}));
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ code: 404, status: "error", error: { code: 40400 } });
  });

  it("checks a Volcengine signature over the canonical URI / (with or without the slash before the query)", async () => {
    const { host } = new URL(base);
    for (const target of [`${base}/?Action=CreateActivityRedPacket&Version=${VERSION}`, `${base}?Action=CreateActivityRedPacket&Version=${VERSION}`]) {
      const res = await rawRequest(base, "POST", target, volcCreate(host));
      expect(res.json.ResponseMetadata.Error).toBeUndefined();
      expect(res.status).toBe(200);
      expect(res.json.Result.ID).toBeTypeOf("number");
      expect(journal().at(-1)).toMatchObject({ vendor: "volcengine", path: "/", status: 200 });
    }
  });

  it("still refuses a Volcengine call signed for another path", async () => {
    const { host } = new URL(base);
    const body = JSON.stringify(cashPacket({ ActivityID: ACTIVITY }));
    const headers: Record<string, string> = { "content-type": "application/json", host };
    const signed = signRequest({ method: "POST", path: "/other", query: { Action: "CreateActivityRedPacket", Version: VERSION }, headers, body, ak: AK, sk: SK, date: new Date(NOW), style: "go" });
    const { Host: _host, ...added } = signed;
    const res = await rawRequest(base, "POST", `${base}/?Action=CreateActivityRedPacket&Version=${VERSION}`, { headers: { ...headers, ...(added as Record<string, string>) }, body });
    expect(res.status).toBe(401);
    expect(res.json.ResponseMetadata.Error.Code).toBe("SignatureDoesNotMatch");
  });

  it("issues a Xiaoe token", async () => {
    const res = await rawRequest(base, "GET", `${base}/token?${new URLSearchParams(tokenParams())}`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ code: 0, data: { access_token: expect.stringMatching(/^xe_/), expires_in: 7200 } });
    expect(journal().at(-1)).toMatchObject({ vendor: "xiaoe", path: "/token" });
  });

  it("serves the control plane: health, the journal and reset", async () => {
    const health = await rawRequest(base, "GET", `${base}/__livemock/health`);
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: "ok", service: "livemock" });
    const requests = await rawRequest(base, "GET", `${base}/__livemock/requests`);
    expect(requests.status).toBe(200);
    expect(JSON.stringify(requests.json)).toContain("/live/v4/channel/task-reward-activity/page");
    expect(JSON.stringify(requests.json)).not.toContain(`${base}/live`);
    const reset = await rawRequest(base, "POST", `${base}/__livemock/reset`);
    expect(reset.status).toBe(200);
  });
});

describe("originForm", () => {
  it.each([
    ["http://127.0.0.1:4010/live/v4/channel/lottery-activity/list?channelId=1", "/live/v4/channel/lottery-activity/list?channelId=1"],
    ["https://api.polyv.net/live/v4/x", "/live/v4/x"],
    ["http://localhost:4010?Action=X&Version=Y", "/?Action=X&Version=Y"],
    ["http://localhost:4010", "/"],
    ["http://user@localhost:4010/token#frag", "/token#frag"],
    ["/already/origin?x=http://a/b", "/already/origin?x=http://a/b"],
    ["*", "*"],
    ["localhost:443", "localhost:443"],
  ])("reads %s as %s", (target, expected) => {
    expect(originForm(target)).toBe(expected);
  });
});
