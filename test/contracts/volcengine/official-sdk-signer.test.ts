/**
 * Differential test against the official `@volcengine/openapi` signer: what the SDK signs, we verify;
 * what we sign, the SDK computes identically; both for the Authorization header and the presigned
 * query. Finally the SDK's own LivesaasService calls a local server that verifies with verifyRequest.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { livesaasOpenapi, Signer } from "@volcengine/openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { presignQuery, signRequest, type VerifyResult, verifyRequest } from "../../../src/contracts/volcengine/index.ts";

const AK = "AKLTlivemockdemo";
const SK = "livemock-volc-secret";
const credentials = { accessKeyId: AK, secretKey: SK };
const lookupSecret = (ak: string) => (ak === AK ? SK : undefined);
const NOW = new Date("2024-01-01T12:00:00Z");
const BODY = '{"ActivityID":1824920000234844,"RedPacketNumber":1,"TotalAmount":100}';

/** Signs with the SDK and returns the headers it added. */
function sdkSign(request: { method: string; params: Record<string, string | number>; body?: string; headers?: Record<string, string> }, date: Date): Record<string, string> {
  const requestObj = {
    region: "cn-north-1",
    pathname: "/",
    headers: { ...(request.headers ?? {}) },
    method: request.method,
    params: request.params,
    ...(request.body === undefined ? {} : { body: request.body }),
  };
  new Signer(requestObj, "livesaas").addAuthorization(credentials, date);
  return requestObj.headers as Record<string, string>;
}

describe("the official SDK signs, livemock verifies", () => {
  it("accepts a JSON POST the SDK signed", () => {
    const headers = sdkSign({ method: "POST", params: { Action: "CreateActivityRedPacket", Version: "2023-08-01" }, body: BODY, headers: { "content-type": "application/json; charset=utf-8" } }, NOW);
    expect(headers.Authorization).toContain("SignedHeaders=x-content-sha256;x-date,");
    const verdict = verifyRequest({ method: "POST", path: "/", query: "Action=CreateActivityRedPacket&Version=2023-08-01", headers, body: BODY, now: NOW, lookupSecret });
    expect(verdict.ok).toBe(true);
  });

  it("accepts a GET with integer query parameters the SDK signed", () => {
    const params = { Action: "ListActivityRedPacket", Version: "2023-08-01", ActivityID: 1824920000234844, PageNo: 1, PageItemCount: 10 };
    const headers = sdkSign({ method: "GET", params }, NOW);
    const verdict = verifyRequest({
      method: "GET",
      path: "/",
      query: "PageNo=1&Action=ListActivityRedPacket&ActivityID=1824920000234844&Version=2023-08-01&PageItemCount=10",
      headers,
      now: NOW,
      lookupSecret,
    });
    expect(verdict.ok).toBe(true);
  });

  it("rejects the SDK's request when the body was tampered with", () => {
    const headers = sdkSign({ method: "POST", params: { Action: "CreateActivityRedPacket", Version: "2023-08-01" }, body: BODY }, NOW);
    const verdict = verifyRequest({ method: "POST", query: "Action=CreateActivityRedPacket&Version=2023-08-01", headers, body: BODY.replace(":1,", ":2,"), now: NOW, lookupSecret });
    expect(!verdict.ok && verdict.kind).toBe("SignatureDoesNotMatch");
  });

  it("accepts a URL the SDK presigned", () => {
    const signer = new Signer(
      { region: "cn-north-1", method: "GET", pathname: "/", params: { Action: "GetActivityRedPacket", Version: "2023-08-01", ActivityID: 1824920000234844, RedPacketID: 1825100000340169 } },
      "livesaas",
    );
    const qs = signer.getSignUrl(credentials, NOW);
    const verdict = verifyRequest({ method: "GET", path: "/", query: qs, headers: {}, now: NOW, lookupSecret });
    expect(verdict).toMatchObject({ ok: true, form: "query" });
  });
});

describe("livemock signs, the official SDK computes the same signature", () => {
  it("for a JSON POST (Authorization header identical)", () => {
    const ours = signRequest({
      method: "POST",
      path: "/",
      query: { Action: "CreateActivityRedPacket", Version: "2023-08-01" },
      body: BODY,
      headers: { "Content-Type": "application/json" },
      ak: AK,
      sk: SK,
      date: NOW,
    });
    const sdk = sdkSign({ method: "POST", params: { Action: "CreateActivityRedPacket", Version: "2023-08-01" }, body: BODY, headers: { "content-type": "application/json" } }, NOW);
    expect(ours.Authorization).toBe(sdk.Authorization);
    expect(ours["X-Content-Sha256"]).toBe(sdk["X-Content-Sha256"]);
    expect(ours["X-Date"]).toBe(sdk["X-Date"]);
  });

  it("for a GET with characters that need RFC 3986 encoding", () => {
    const params = { Action: "ListActivityRedPacket", Version: "2023-08-01", ActivityID: 1824920000234844, Note: "a b*c!(红包)~" };
    const ours = signRequest({ method: "GET", query: params, ak: AK, sk: SK, date: NOW });
    const sdk = sdkSign({ method: "GET", params }, NOW);
    expect(ours.Authorization).toBe(sdk.Authorization);
  });

  it("for a non-ASCII region and a very long service name", () => {
    const params = { Action: "CreateActivityRedPacket", Version: "2023-08-01" };
    for (const [region, service] of [
      ["华北-一", "livesaas"],
      ["cn-north-1", "s".repeat(400)],
      ["区".repeat(200), "livesaas"],
    ] as const) {
      const ours = signRequest({ method: "POST", query: params, body: BODY, ak: AK, sk: SK, date: NOW, region, service });
      const requestObj = { region, pathname: "/", headers: {}, method: "POST", params, body: BODY };
      new Signer(requestObj, service).addAuthorization(credentials, NOW);
      expect(ours.Authorization, `${region} ${service.length}`).toBe((requestObj.headers as Record<string, string>).Authorization);
      const verdict = verifyRequest({ method: "POST", query: params, headers: requestObj.headers, body: BODY, now: NOW, lookupSecret, region, service });
      expect(verdict.ok).toBe(true);
    }
  });

  it("for an STS request with X-Security-Token", () => {
    const params = { Action: "GetActivityRedPacket", Version: "2023-08-01" };
    const ours = signRequest({ method: "GET", query: params, ak: AK, sk: SK, date: NOW, sessionToken: "sts-token" });
    const requestObj = { region: "cn-north-1", pathname: "/", headers: {}, method: "GET", params };
    new Signer(requestObj, "livesaas").addAuthorization({ ...credentials, sessionToken: "sts-token" }, NOW);
    expect(ours.Authorization).toBe((requestObj.headers as Record<string, string>).Authorization);
  });

  it("for the presigned query (same X-Signature and X-SignedQueries)", () => {
    const params = { Action: "GetActivityRedPacket", Version: "2023-08-01", ActivityID: 1824920000234844, RedPacketID: 1825100000340169 };
    const ours = new URLSearchParams(presignQuery({ method: "GET", query: params, ak: AK, sk: SK, date: NOW }));
    const sdk = new URLSearchParams(new Signer({ region: "cn-north-1", method: "GET", pathname: "/", params }, "livesaas").getSignUrl(credentials, NOW));
    expect(ours.get("X-Signature")).toBe(sdk.get("X-Signature"));
    expect(ours.get("X-SignedQueries")).toBe(sdk.get("X-SignedQueries"));
    expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(sdk));
  });
});

describe("the SDK's LivesaasService against a server that verifies with verifyRequest", () => {
  let server: Server;
  let host = "";
  const seen: VerifyResult[] = [];

  const readBody = (req: IncomingMessage) =>
    new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => resolve(Buffer.concat(chunks)));
    });

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const url = new URL(req.url ?? "/", "http://localhost");
      const body = await readBody(req);
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : (v ?? "")]));
      const verdict = verifyRequest({ method: req.method ?? "GET", path: url.pathname, query: url.search, headers, body, now: Date.now(), lookupSecret });
      seen.push(verdict);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          ResponseMetadata: { RequestId: "x", Action: url.searchParams.get("Action"), Version: url.searchParams.get("Version"), Service: "livesaas", Region: "cn-north-1" },
          Result: { ok: verdict.ok },
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("accepts createJSONAPI POSTs and createAPI GETs exactly as the SDK sends them", async () => {
    const service = new livesaasOpenapi.LivesaasService({ region: "cn-north-1", host, protocol: "http:", accessKeyId: AK, secretKey: SK });
    const create = service.createJSONAPI("CreateActivityRedPacket", { Version: "2023-08-01" });
    const created = (await create({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1, ClaimSuccessText: "恭喜你,抢到现金红包" })) as { Result: { ok: boolean } };
    expect(created.Result.ok).toBe(true);
    const list = service.createAPI("ListActivityRedPacket", { Version: "2023-08-01", method: "GET" });
    const listed = (await list({ ActivityID: 1824920000234844, PageNo: 1 })) as { Result: { ok: boolean } };
    expect(listed.Result.ok).toBe(true);
    expect(seen.map((v) => v.ok)).toEqual([true, true]);
  });

  it("rejects the SDK's request made with the wrong secret", async () => {
    const service = new livesaasOpenapi.LivesaasService({ region: "cn-north-1", host, protocol: "http:", accessKeyId: AK, secretKey: "wrong-secret" });
    const send = service.createJSONAPI("SendActivityRedPacket", { Version: "2023-08-01" });
    const result = (await send({ ActivityID: 1824920000234844, RedPacketID: 1825100000340169 })) as { Result: { ok: boolean } };
    expect(result.Result.ok).toBe(false);
    const last = seen.at(-1);
    expect(last && !last.ok && last.kind).toBe("SignatureDoesNotMatch");
  });
});
