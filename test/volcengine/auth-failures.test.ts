/**
 * Every way a Volcengine signature can fail, each answered with the gateway's public Code, CodeN
 * and HTTP status in the error envelope (no Result, no SystemTime), and the check order:
 * routing (Action, Version, method) before authentication.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { presignQuery, signRequest } from "../../src/contracts/volcengine/index.ts";
import { AK, cashPacket, errorOf, SK, VERSION, type VolcHarness, volcHarness } from "./support.ts";

let h: VolcHarness;
beforeEach(async () => {
  h = await volcHarness();
});
afterEach(() => h.close());

const CREATE = { Action: "CreateActivityRedPacket", Version: VERSION };
const body = JSON.stringify(cashPacket());

/** Signs a Create call now and lets the test tamper with the headers before sending. */
function signedHeaders(overrides: Partial<Parameters<typeof signRequest>[0]> = {}): Record<string, string> {
  const signed = signRequest({ method: "POST", query: CREATE, body, ak: AK, sk: SK, date: new Date(h.clock.now()), ...overrides });
  return { "content-type": "application/json", ...(signed as Record<string, string>) };
}
const post = (headers: Record<string, string>, query: Record<string, string> = CREATE, raw = body) => h.call({ method: "POST", path: "/", query, headers, body: raw });

function expectError(res: Awaited<ReturnType<typeof post>>, status: number, code: string, codeN: number) {
  expect(res.status).toBe(status);
  expect(errorOf(res)).toMatchObject({ Code: code, CodeN: codeN });
  expect(res.json).not.toHaveProperty("Result");
  expect(res.json.ResponseMetadata).not.toHaveProperty("SystemTime");
  expect(res.reason).toBeTruthy();
}

describe("header signature failures", () => {
  it("accepts a correctly signed request (the control case)", async () => {
    const res = await post(signedHeaders());
    expect(res.status).toBe(200);
    expect(res.json.Result.ID).toBeTypeOf("number");
    expect(res.json.ResponseMetadata.SystemTime).toBe(Math.floor(h.clock.now() / 1000));
  });

  it("answers MissingAuthenticationToken 401 without Authorization or presigned query", async () => {
    const res = await post({ "content-type": "application/json" });
    expectError(res, 401, "MissingAuthenticationToken", 100003);
    expect(errorOf(res)?.Message).toBe("Request is missing Authentication Token.");
    expect(res.json.ResponseMetadata).toMatchObject({ Action: "CreateActivityRedPacket", Version: VERSION, Service: "livesaas", Region: "cn-north-1" });
  });

  it("answers InvalidAuthorization 400 for an unparseable Authorization header", async () => {
    for (const authorization of ["Bearer abc", "HMAC-SHA256 Credential=AKLTlivemockdemo", "HMAC-SHA256 Credential=AKLTlivemockdemo/20240101/cn-north-1/livesaas/request, SignedHeaders=x-date"]) {
      const res = await post({ ...signedHeaders(), Authorization: authorization });
      expectError(res, 400, "InvalidAuthorization", 100024);
    }
  });

  it("answers MissingRequestInfo 400 when the signed request has no X-Date", async () => {
    const { "X-Date": _omitted, ...headers } = signedHeaders();
    const res = await post(headers);
    expectError(res, 400, "MissingRequestInfo", 100004);
    expect(errorOf(res)?.Message).toBe("The request is missing X-Date information.");
  });

  it("answers InvalidTimestamp 403 beyond ±900 s of the mock clock, and accepts exactly 900 s", async () => {
    const at = (offsetSeconds: number) => new Date(h.clock.now() + offsetSeconds * 1000);
    expect((await post(signedHeaders({ date: at(-900) }))).status).toBe(200);
    expect((await post(signedHeaders({ date: at(900) }))).status).toBe(200);
    expectError(await post(signedHeaders({ date: at(-901) })), 403, "InvalidTimestamp", 100006);
    expectError(await post(signedHeaders({ date: at(901) })), 403, "InvalidTimestamp", 100006);
  });

  it("answers InvalidTimestamp when the clock moves on after signing", async () => {
    const headers = signedHeaders();
    h.clock.advance(901_000);
    const res = await post(headers);
    expectError(res, 403, "InvalidTimestamp", 100006);
    expect(errorOf(res)?.Message).toBe("The Signature of the request is expired.");
  });

  it("answers InvalidAccessKey 401 for an access key the mock does not know", async () => {
    const res = await post(signedHeaders({ ak: "AKLTunknownkey" }));
    expectError(res, 401, "InvalidAccessKey", 100009);
    expect(errorOf(res)?.Message).toBe("The accesskey [AKLTunknownkey] included in the request is invalid.");
  });

  it("answers SignatureDoesNotMatch 401 for a wrong secret, a tampered body, query or scope", async () => {
    expectError(await post(signedHeaders({ sk: "not-the-secret" })), 401, "SignatureDoesNotMatch", 100010);
    expectError(await post(signedHeaders(), CREATE, body.replace('"TotalAmount":100', '"TotalAmount":200')), 401, "SignatureDoesNotMatch", 100010);
    expectError(await post(signedHeaders(), { ...CREATE, Extra: "1" }), 401, "SignatureDoesNotMatch", 100010);
    expectError(await post(signedHeaders({ region: "cn-beijing" })), 401, "SignatureDoesNotMatch", 100010);
    expectError(await post(signedHeaders({ service: "vod" })), 401, "SignatureDoesNotMatch", 100010);
  });

  it("never echoes the secret or the signature in the reason", async () => {
    const headers = signedHeaders({ sk: "not-the-secret" });
    const res = await post(headers);
    const signature = /Signature=([0-9a-f]+)/.exec(headers.Authorization ?? "")?.[1] ?? "";
    expect(signature).not.toBe("");
    expect(res.reason).not.toContain(signature);
    expect(res.reason).not.toContain(SK);
  });
});

describe("signing styles the mock honours", () => {
  it("accepts the Go/Java SDKs' header set (content-type;host;x-content-sha256;x-date)", async () => {
    const res = await h.action("CreateActivityRedPacket", cashPacket(), { style: "go" });
    expect(res.status).toBe(200);
  });

  it("accepts the older Node SDK's `application-json` content type and parses the body anyway", async () => {
    const res = await post(signedHeaders({ headers: { "content-type": "application-json" } }));
    expect(res.status).toBe(200);
  });

  it("accepts an STS request with a signed X-Security-Token", async () => {
    const signed = signRequest({ method: "POST", query: CREATE, body, ak: AK, sk: SK, date: new Date(h.clock.now()), sessionToken: "STS2token" });
    const res = await post({ "content-type": "application/json", ...(signed as Record<string, string>) });
    expect(res.status).toBe(200);
  });
});

describe("presigned query failures", () => {
  const GET = { Action: "ListActivityRedPacket", Version: VERSION, ActivityID: "1824920000234844" };
  const presigned = (overrides: Partial<Parameters<typeof presignQuery>[0]> = {}) =>
    new URLSearchParams(presignQuery({ method: "GET", query: GET, ak: AK, sk: SK, date: new Date(h.clock.now()), ...overrides }));

  it("accepts a presigned GET", async () => {
    const res = await h.call({ method: "GET", path: "/", query: presigned() });
    expect(res.status).toBe(200);
    expect(res.json.Result.TotalCount).toBe(0);
  });

  it("answers InvalidAuthorization for a presigned query with the wrong algorithm", async () => {
    const query = presigned();
    query.set("X-Algorithm", "HMAC-SHA1");
    expectError(await h.call({ method: "GET", path: "/", query }), 400, "InvalidAuthorization", 100024);
  });

  it("answers MissingRequestInfo, InvalidTimestamp, InvalidAccessKey and SignatureDoesNotMatch like the header form", async () => {
    const noDate = presigned();
    noDate.delete("X-Date");
    expectError(await h.call({ method: "GET", path: "/", query: noDate }), 400, "MissingRequestInfo", 100004);
    expectError(await h.call({ method: "GET", path: "/", query: presigned({ date: new Date(h.clock.now() - 901_000) }) }), 403, "InvalidTimestamp", 100006);
    expectError(await h.call({ method: "GET", path: "/", query: presigned({ ak: "AKLTnobody" }) }), 401, "InvalidAccessKey", 100009);
    const tampered = presigned();
    tampered.set("ActivityID", "1824920000234845");
    expectError(await h.call({ method: "GET", path: "/", query: tampered }), 401, "SignatureDoesNotMatch", 100010);
  });
});

describe("routing comes before authentication", () => {
  it("answers MissingParameter 400 with only RequestId and Error when a presigned request has no Action", async () => {
    const query = new URLSearchParams(presignQuery({ method: "GET", query: { Version: VERSION }, ak: AK, sk: SK, date: new Date(h.clock.now()) }));
    const res = await h.call({ method: "GET", path: "/", query });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      ResponseMetadata: { RequestId: expect.stringMatching(/^\d{14}[0-9A-F]{20}$/), Error: { CodeN: 100002, Code: "MissingParameter", Message: "The request is missing Action parameter." } },
    });
  });

  it("answers MissingParameter before checking the signature (a wrong secret does not matter yet)", async () => {
    const query = new URLSearchParams(presignQuery({ method: "GET", query: { Version: VERSION }, ak: AK, sk: "wrong", date: new Date(h.clock.now()) }));
    const res = await h.call({ method: "GET", path: "/", query });
    expect(errorOf(res)?.Code).toBe("MissingParameter");
  });

  it("answers MissingParameter for a missing Version, even unsigned", async () => {
    const res = await h.call({ method: "POST", path: "/", query: { Action: "CreateActivityRedPacket" }, json: cashPacket() });
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({ Code: "MissingParameter", Message: "The request is missing Version parameter." });
  });

  it("answers InvalidActionOrVersion 404 for an unknown Action or Version, signed or not", async () => {
    const unknown = await h.call({ method: "POST", path: "/", query: { Action: "NoSuchAction", Version: VERSION }, json: {} });
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown)).toMatchObject({ Code: "InvalidActionOrVersion", CodeN: 100008, Message: `Could not find operation NoSuchAction for version ${VERSION}.` });
    const oldVersion = await h.action("CreateActivityRedPacket", cashPacket(), { version: "2020-06-01" });
    expect(oldVersion.status).toBe(404);
    expect(oldVersion.operation).toBe("createActivityRedPacket");
    expect(errorOf(oldVersion)?.Message).toBe("Could not find operation CreateActivityRedPacket for version 2020-06-01.");
  });
});
