/**
 * Signing a Volcengine request (header and presigned forms) and verifying one the way the gateway
 * does, against the fact-sheet vectors and every failure kind.
 */
import { describe, expect, it } from "vitest";
import { parseXDate, presignQuery, sha256Hex, signingKey, signRequest, type VerifyRequestInput, verifyRequest } from "../../../src/contracts/volcengine/index.ts";

const AK = "AKLTlivemockdemo";
const SK = "livemock-volc-secret";
const X_DATE = "20240101T120000Z";
const NOW = Date.UTC(2024, 0, 1, 12, 0, 0);
const BODY = '{"ActivityID":1824920000234844,"RedPacketNumber":1,"TotalAmount":100}';
const QUERY = { Action: "CreateActivityRedPacket", Version: "2023-08-01" };
const RAW_QUERY = "Action=CreateActivityRedPacket&Version=2023-08-01";
const lookupSecret = (ak: string) => (ak === AK ? SK : undefined);

const base = { method: "POST", path: "/", query: QUERY, body: BODY, ak: AK, sk: SK, date: X_DATE } as const;

function signedNodeRequest(overrides: Partial<VerifyRequestInput> = {}): VerifyRequestInput {
  const added = signRequest({ ...base, headers: { "Content-Type": "application/json" } });
  return {
    method: "POST",
    path: "/",
    query: RAW_QUERY,
    headers: { "content-type": "application/json", host: "localhost:4010", ...added },
    body: BODY,
    now: NOW,
    lookupSecret,
    ...overrides,
  };
}

describe("signing a request (fact-sheet vectors)", () => {
  it("produces the Node SDK signature with SignedHeaders x-content-sha256;x-date", () => {
    const added = signRequest({ ...base, headers: { "Content-Type": "application/json" } });
    expect(added["X-Date"]).toBe(X_DATE);
    expect(added["X-Content-Sha256"]).toBe("a13d4eaf5fffd0f7b5f667dc917b88b6880c27db71c7691481410d1158afa830");
    expect(added.Authorization).toBe(
      "HMAC-SHA256 Credential=AKLTlivemockdemo/20240101/cn-north-1/livesaas/request, SignedHeaders=x-content-sha256;x-date, Signature=7c0a55571f3e56a8f9ccc53a8d91c661198b1916a2f063197d14fe4d458a64e6",
    );
  });

  it("produces the Go SDK signature with SignedHeaders content-type;host;x-content-sha256;x-date", () => {
    const added = signRequest({ ...base, style: "go", headers: { "Content-Type": "application/json", Host: "localhost:4010" } });
    expect(added.Authorization).toBe(
      "HMAC-SHA256 Credential=AKLTlivemockdemo/20240101/cn-north-1/livesaas/request, SignedHeaders=content-type;host;x-content-sha256;x-date, Signature=aa3f506630ca98fc53596d3027c0f539a5fc2333921411fbe0663bf78f775c22",
    );
  });

  it("accepts a Date and formats X-Date as UTC YYYYMMDDTHHMMSSZ", () => {
    const fromDate = signRequest({ ...base, date: new Date(NOW) });
    expect(fromDate).toEqual(signRequest(base));
  });

  it("omits X-Content-Sha256 in Node style for an empty body but always sends it in Go style", () => {
    const get = { method: "GET", query: { Action: "GetActivityRedPacket", Version: "2023-08-01", ActivityID: 1, RedPacketID: 2 }, ak: AK, sk: SK, date: X_DATE };
    const node = signRequest(get);
    expect(node["X-Content-Sha256"]).toBeUndefined();
    expect(node.Authorization).toContain("SignedHeaders=x-date,");
    const go = signRequest({ ...get, style: "go", host: "localhost:4010" });
    expect(go["X-Content-Sha256"]).toBe(sha256Hex(""));
    expect(go["Content-Type"]).toBe("application/x-www-form-urlencoded; charset=utf-8");
    expect(go.Host).toBe("localhost:4010");
  });

  it("rejects a malformed date string instead of signing garbage", () => {
    expect(() => signRequest({ ...base, date: "2024-01-01" })).toThrow(/X-Date/);
  });

  it("caches the signing key per secret, date, region and service", () => {
    const a = signingKey(SK, "20240101", "cn-north-1", "livesaas");
    expect(signingKey(SK, "20240101", "cn-north-1", "livesaas")).toBe(a);
    expect(signingKey(SK, "20240102", "cn-north-1", "livesaas")).not.toBe(a);
    expect(signingKey(SK, "20240101", "cn-north-1", "livesaas").toString("hex")).not.toBe(signingKey("other", "20240101", "cn-north-1", "livesaas").toString("hex"));
  });
});

describe("verifying a signed request", () => {
  it("accepts a Node-style request and reports the client's signed headers", () => {
    const verdict = verifyRequest(signedNodeRequest());
    expect(verdict).toEqual({ ok: true, accessKeyId: AK, form: "header", signedHeaders: ["x-content-sha256", "x-date"] });
  });

  it("accepts a Go-style request signed over content-type and host", () => {
    const headers = { "Content-Type": "application/json", Host: "localhost:4010" };
    const added = signRequest({ ...base, style: "go", headers });
    const verdict = verifyRequest({ method: "POST", path: "/", query: RAW_QUERY, headers: new Headers({ ...headers, ...added }), body: BODY, now: NOW, lookupSecret });
    expect(verdict.ok && verdict.signedHeaders).toEqual(["content-type", "host", "x-content-sha256", "x-date"]);
  });

  it("accepts a Go-style request whose Host arrives with the default port the Go SDK strips", () => {
    const added = signRequest({ ...base, style: "go", headers: { "Content-Type": "application/json", Host: "livesaas.volcengineapi.com" } });
    const verdict = verifyRequest({ ...signedNodeRequest(), headers: { "content-type": "application/json", host: "livesaas.volcengineapi.com:443", ...added } });
    expect(verdict.ok).toBe(true);
  });

  it("accepts the query in any order and with %20 or + for spaces", () => {
    const query = { ...QUERY, Note: "a b" };
    const added = signRequest({ ...base, query });
    const headers = { ...added };
    expect(verifyRequest({ ...signedNodeRequest(), headers, query: "Version=2023-08-01&Note=a+b&Action=CreateActivityRedPacket" }).ok).toBe(true);
    expect(verifyRequest({ ...signedNodeRequest(), headers, query: "?Note=a%20b&Action=CreateActivityRedPacket&Version=2023-08-01" }).ok).toBe(true);
  });

  it("reads an Authorization header whatever its field order and spacing, not only as the SDKs write it", () => {
    const request = signedNodeRequest();
    const headers = request.headers as Record<string, string>;
    const fields = Object.fromEntries(
      headers
        .Authorization!.slice("HMAC-SHA256 ".length)
        .split(", ")
        .map((field) => field.split("=") as [string, string]),
    );
    const reordered = `  HMAC-SHA256 Signature=${fields.Signature} ,SignedHeaders= ${fields.SignedHeaders},  Credential=${fields.Credential} `;
    expect(verifyRequest({ ...request, headers: { ...headers, Authorization: reordered } })).toEqual(verifyRequest(request));
    expect(verifyRequest({ ...request, headers: { ...headers, Authorization: `${reordered}, Signature=${fields.Signature}` } })).toMatchObject({ ok: false, kind: "InvalidAuthorization" });
  });

  it("accepts a repeated key's values in order (Go SDK, the doc's rule) as documented, and the Node SDK's sorted values and collapsed whitespace as leniencies it names", () => {
    const goHeaders = { "Content-Type": "application/json", Host: "localhost:4010" };
    const goQuery = "Version=2023-08-01&Tag=b&Action=CreateActivityRedPacket&Tag=a";
    const go = signRequest({ ...base, style: "go", query: goQuery, headers: goHeaders });
    const inOrder = verifyRequest({ ...signedNodeRequest(), query: goQuery, headers: { ...goHeaders, ...go } });
    expect(inOrder.ok && inOrder.warnings).toBeUndefined();

    const sorted = verifyRequest({ ...signedNodeRequest(), query: goQuery, headers: { ...signRequest({ ...base, query: goQuery }) } });
    expect(sorted.ok && sorted.warnings?.map((w) => w.id)).toEqual(["volcengine.sign.query-values-sorted"]);

    const nodeHeaders = { "Content-Type": "application/json", "X-Note": "two   spaces" };
    const node = signRequest({ ...base, headers: nodeHeaders });
    const verdict = verifyRequest({ ...signedNodeRequest(), headers: { ...nodeHeaders, ...node } });
    expect(verdict.ok && verdict.signedHeaders).toEqual(["x-content-sha256", "x-date", "x-note"]);
    expect(verdict.ok && verdict.warnings?.map((w) => w.id)).toEqual(["volcengine.sign.header-whitespace-collapsed"]);
  });

  it("checks a signature against the secret the access key has now, not one a cached signing key was derived from", () => {
    let current = SK;
    const rotating = (ak: string) => (ak === AK ? current : undefined);
    const signedWith = (sk: string) =>
      signedNodeRequest({ headers: { "content-type": "application/json", ...signRequest({ ...base, sk, headers: { "Content-Type": "application/json" } }) }, lookupSecret: rotating });
    expect(verifyRequest(signedWith(SK)).ok).toBe(true);
    current = "rotated-secret";
    expect(verifyRequest(signedWith(SK))).toMatchObject({ ok: false, kind: "SignatureDoesNotMatch" });
    expect(verifyRequest(signedWith("rotated-secret")).ok).toBe(true);
    current = SK;
    expect(verifyRequest(signedWith("rotated-secret"))).toMatchObject({ ok: false, kind: "SignatureDoesNotMatch" });
    expect(verifyRequest(signedWith(SK)).ok).toBe(true);
  });

  it("accepts a request at the edge of the ±900 s window", () => {
    expect(verifyRequest(signedNodeRequest({ now: NOW + 900_000 })).ok).toBe(true);
    expect(verifyRequest(signedNodeRequest({ now: NOW - 900_000 })).ok).toBe(true);
  });

  const failures: Array<[string, () => VerifyRequestInput, string, number, RegExp]> = [
    ["no Authorization header and no presigned query", () => signedNodeRequest({ headers: { "content-type": "application/json" } }), "MissingAuthenticationToken", 401, /neither/],
    [
      "an Authorization header with another algorithm",
      () => signedNodeRequest({ headers: { ...signedNodeRequest().headers, Authorization: "HMAC-SHA1 Credential=a, SignedHeaders=x-date, Signature=00" } }),
      "InvalidAuthorization",
      400,
      /Authorization header/,
    ],
    [
      "an Authorization header without Signature",
      () => signedNodeRequest({ headers: { "x-date": X_DATE, authorization: `HMAC-SHA256 Credential=${AK}/20240101/cn-north-1/livesaas/request, SignedHeaders=x-date` } }),
      "InvalidAuthorization",
      400,
      /Authorization header/,
    ],
    [
      "a Credential with four parts",
      () => signedNodeRequest({ headers: { "x-date": X_DATE, authorization: `HMAC-SHA256 Credential=${AK}/20240101/cn-north-1/livesaas, SignedHeaders=x-date, Signature=ab` } }),
      "InvalidAuthorization",
      400,
      /Authorization header/,
    ],
    [
      "no X-Date header",
      () => {
        const r = signedNodeRequest();
        const { "X-Date": _drop, ...headers } = r.headers as Record<string, string>;
        return { ...r, headers };
      },
      "MissingRequestInfo",
      400,
      /no X-Date/,
    ],
    ["an X-Date 901 s in the past", () => signedNodeRequest({ now: NOW + 901_000 }), "InvalidTimestamp", 403, /901 s in the past/],
    ["an X-Date 901 s in the future", () => signedNodeRequest({ now: NOW - 901_000 }), "InvalidTimestamp", 403, /901 s in the future/],
    ["an unknown access key", () => signedNodeRequest({ lookupSecret: () => undefined }), "InvalidAccessKey", 401, /AKLTlivemockdemo is not known/],
    ["a wrong secret key", () => signedNodeRequest({ lookupSecret: () => "not-the-secret" }), "SignatureDoesNotMatch", 401, /does not match/],
    ["a body changed after signing", () => signedNodeRequest({ body: BODY.replace("100", "101") }), "SignatureDoesNotMatch", 401, /X-Content-Sha256/],
    ["a query changed after signing", () => signedNodeRequest({ query: "Action=DeleteActivityRedPacket&Version=2023-08-01" }), "SignatureDoesNotMatch", 401, /does not match/],
    ["a method changed after signing", () => signedNodeRequest({ method: "PUT" }), "SignatureDoesNotMatch", 401, /does not match/],
    [
      "a signed header that did not arrive",
      () => {
        const added = signRequest({ ...base, style: "go", headers: { "Content-Type": "application/json", Host: "localhost:4010" } });
        return signedNodeRequest({ headers: { ...added, "content-type": "application/json" } });
      },
      "SignatureDoesNotMatch",
      401,
      /"host" is missing/,
    ],
  ];

  it.each(failures)("rejects %s", (_label, make, kind, status, reason) => {
    const verdict = verifyRequest(make());
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.kind).toBe(kind);
    expect(verdict.error.code).toBe(kind);
    expect(verdict.error.status).toBe(status);
    expect(verdict.reason).toMatch(reason);
    expect(verdict.reason).not.toContain(SK);
  });

  it("names the unknown access key in InvalidAccessKey's vendor message", () => {
    const verdict = verifyRequest(signedNodeRequest({ lookupSecret: () => undefined }));
    expect(!verdict.ok && verdict.error.message).toBe("The accesskey [AKLTlivemockdemo] included in the request is invalid.");
  });

  it("says which information is missing in MissingRequestInfo's vendor message", () => {
    const verdict = verifyRequest(signedNodeRequest({ headers: { authorization: (signedNodeRequest().headers as Record<string, string>).Authorization } }));
    expect(!verdict.ok && verdict.error.message).toBe("The request is missing X-Date information.");
  });

  it("rejects a request signed for another service or region with SignatureDoesNotMatch", () => {
    for (const scope of [{ service: "vod" }, { region: "cn-beijing" }]) {
      const added = signRequest({ ...base, ...scope });
      const verdict = verifyRequest({ ...signedNodeRequest(), headers: added });
      expect(!verdict.ok && verdict.kind).toBe("SignatureDoesNotMatch");
      expect(!verdict.ok && verdict.reason).toMatch(/credential scope/);
    }
  });

  it("rejects a credential date that is not X-Date's date", () => {
    const added = signRequest(base);
    const headers = { ...added, Authorization: added.Authorization.replace("/20240101/", "/20240102/") };
    const verdict = verifyRequest({ ...signedNodeRequest(), headers });
    expect(!verdict.ok && verdict.reason).toMatch(/scope date 20240102/);
  });
});

describe("the presigned query form", () => {
  const getQuery = { Action: "GetActivityRedPacket", Version: "2023-08-01", ActivityID: 1824920000234844, RedPacketID: 1825100000340169 };

  it("adds the X-* parameters and a signature over every other key", () => {
    const params = new URLSearchParams(presignQuery({ method: "GET", query: getQuery, ak: AK, sk: SK, date: X_DATE }));
    expect(params.get("X-Date")).toBe(X_DATE);
    expect(params.get("X-NotSignBody")).toBe("");
    expect(params.get("X-Credential")).toBe(`${AK}/20240101/cn-north-1/livesaas/request`);
    expect(params.get("X-Algorithm")).toBe("HMAC-SHA256");
    expect(params.get("X-SignedHeaders")).toBe("");
    expect(params.get("X-SignedQueries")).toBe("Action;ActivityID;RedPacketID;Version;X-Algorithm;X-Credential;X-Date;X-NotSignBody;X-SignedHeaders");
    expect(params.get("X-Signature")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("verifies a presigned request with no headers at all", () => {
    const qs = presignQuery({ method: "GET", query: getQuery, ak: AK, sk: SK, date: X_DATE });
    const verdict = verifyRequest({ method: "GET", path: "/", query: qs, headers: {}, now: NOW, lookupSecret });
    expect(verdict).toEqual({ ok: true, accessKeyId: AK, form: "query", signedHeaders: [] });
  });

  it("rejects a presigned request whose signed query was altered, expired, or lacks X-Algorithm", () => {
    const qs = presignQuery({ method: "GET", query: getQuery, ak: AK, sk: SK, date: X_DATE });
    const altered = verifyRequest({ method: "GET", query: qs.replace("RedPacketID=1825100000340169", "RedPacketID=1825100000340170"), headers: {}, now: NOW, lookupSecret });
    expect(!altered.ok && altered.kind).toBe("SignatureDoesNotMatch");
    const expired = verifyRequest({ method: "GET", query: qs, headers: {}, now: NOW + 3_600_000, lookupSecret });
    expect(!expired.ok && expired.kind).toBe("InvalidTimestamp");
    const noAlgorithm = verifyRequest({ method: "GET", query: qs.replace(/X-Algorithm=[^&]*&?/, ""), headers: {}, now: NOW, lookupSecret });
    expect(!noAlgorithm.ok && noAlgorithm.kind).toBe("InvalidAuthorization");
    const noDate = verifyRequest({ method: "GET", query: qs.replace(/X-Date=[^&]*&?/, ""), headers: {}, now: NOW, lookupSecret });
    expect(!noDate.ok && noDate.kind).toBe("MissingRequestInfo");
  });

  it("signs exactly the keys X-SignedQueries names: itself when named (Python/Go SDKs), not otherwise (Node SDK)", () => {
    // volc-sdk-python's get_sign_url for getQuery at X_DATE (see test/regressions/volc-python-sdk-presigned-url.test.ts).
    const python =
      "Action=GetActivityRedPacket&Version=2023-08-01&ActivityID=1824920000234844&RedPacketID=1825100000340169&X-Date=20240101T120000Z&X-NotSignBody=" +
      "&X-Credential=AKLTlivemockdemo%2F20240101%2Fcn-north-1%2Flivesaas%2Frequest&X-Algorithm=HMAC-SHA256&X-SignedHeaders=" +
      "&X-SignedQueries=Action%3BActivityID%3BRedPacketID%3BVersion%3BX-Algorithm%3BX-Credential%3BX-Date%3BX-NotSignBody%3BX-SignedHeaders%3BX-SignedQueries" +
      "&X-Signature=18f0c224e800ae5782c445e791ebf013d5b5271fd8ecb9d20dafca26511dd95c";
    expect(verifyRequest({ method: "GET", path: "/", query: python, headers: {}, now: NOW, lookupSecret })).toMatchObject({ ok: true, form: "query" });
    // The same URL with X-SignedQueries dropped from its own list no longer matches its signature.
    const unlisted = python.replace("%3BX-SignedQueries&", "&");
    expect(verifyRequest({ method: "GET", path: "/", query: unlisted, headers: {}, now: NOW, lookupSecret })).toMatchObject({ ok: false, kind: "SignatureDoesNotMatch" });
    // livemock's presigner writes the Node form, which does not list X-SignedQueries.
    const node = presignQuery({ method: "GET", query: getQuery, ak: AK, sk: SK, date: X_DATE });
    expect(verifyRequest({ method: "GET", path: "/", query: node, headers: {}, now: NOW, lookupSecret })).toMatchObject({ ok: true });
  });
});

describe("reading X-Date", () => {
  it("takes real calendar times only, years 0000-0099 as themselves (not as 1900-1999, as Date.UTC would)", () => {
    expect(parseXDate("20240229T235959Z")).toBe(Date.parse("2024-02-29T23:59:59Z"));
    expect(parseXDate("20230229T000000Z")).toBeUndefined();
    expect(parseXDate("20240101T240000Z")).toBeUndefined();
    expect(parseXDate("20241301T000000Z")).toBeUndefined();
    expect(parseXDate("20240100T000000Z")).toBeUndefined();
    expect(parseXDate("2024-01-01T00:00:00Z")).toBeUndefined();
    expect(parseXDate("00500101T000000Z")).toBe(new Date("0050-01-01T00:00:00Z").getTime());
    expect(parseXDate("00000229T000000Z")).toBe(new Date("0000-02-29T00:00:00Z").getTime());
  });
});
