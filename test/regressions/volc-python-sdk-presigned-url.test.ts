/**
 * Caught by Volcengine's Python SDK (and its Go SDK): `Service.get_sign_url` (`SignerV4.sign_url`)
 * and Go's `Credentials.SignUrl` put `X-SignedQueries` into the list `X-SignedQueries` names (it is
 * set to "" before the sorted key list is taken) and sign it with its value; livemock always left it
 * out of the canonical query, so every such URL got 401 SignatureDoesNotMatch. The verifier now
 * signs exactly the keys the list names, X-SignedQueries included when named; the Node SDK's
 * `getSignUrl`, which does not list it, still passes.
 *
 * The Python construction is written below from a reading of volc-sdk-python's
 * `volcengine/auth/SignerV4.py` (`sign_url`, `hashed_simple_canonical_request_v4`) and
 * `volcengine/util/Util.py` (`norm_query`, `norm_uri`); PYTHON_SDK_QUERY is what that SDK (v1.0.228,
 * commit d88be4d) returned for these parameters with its clock fixed at 2024-01-01T12:00:00Z.
 */
import { createHash, createHmac } from "node:crypto";
import { Signer } from "@volcengine/openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/mock/clock.ts";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";
import { ACTIVITY, AK, cashPacket, FIRST_ID, SK, START, VERSION } from "../volcengine/support.ts";

const PARAMS: Array<[string, string]> = [
  ["Action", "GetActivityRedPacket"],
  ["Version", VERSION],
  ["ActivityID", String(ACTIVITY)],
  ["RedPacketID", String(FIRST_ID)],
];

/** volc-sdk-python 1.0.228 `Service.get_sign_url` output for PARAMS at 20240101T120000Z (AK/SK the mock's demo ones). */
const PYTHON_SDK_QUERY =
  "Action=GetActivityRedPacket&Version=2023-08-01&ActivityID=1824920000234844&RedPacketID=1825100000340169&X-Date=20240101T120000Z&X-NotSignBody=" +
  "&X-Credential=AKLTlivemockdemo%2F20240101%2Fcn-north-1%2Flivesaas%2Frequest&X-Algorithm=HMAC-SHA256&X-SignedHeaders=" +
  "&X-SignedQueries=Action%3BActivityID%3BRedPacketID%3BVersion%3BX-Algorithm%3BX-Credential%3BX-Date%3BX-NotSignBody%3BX-SignedHeaders%3BX-SignedQueries" +
  "&X-Signature=18f0c224e800ae5782c445e791ebf013d5b5271fd8ecb9d20dafca26511dd95c";

const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data, "utf8").digest();
/** Python's `quote(value, safe='-_.~')`: RFC 3986, upper-case hex. */
const quote = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The Python SDK's presigned query, built independently: the X- parameters added in the SDK's order,
 * X-SignedQueries first set to "" and then to every key so far (itself included) sorted and joined
 * by ";"; the canonical request signs every one of them (sorted, RFC 3986) with an empty header
 * block, an empty SignedHeaders and the SHA-256 of an empty body; X-Signature comes last.
 */
function pythonSignUrl(params: Array<[string, string]>, xDate: string, ak = AK, sk = SK): Array<[string, string]> {
  const scope = `${xDate.slice(0, 8)}/cn-north-1/livesaas/request`;
  const query = new Map(params);
  query.set("X-Date", xDate);
  query.set("X-NotSignBody", "");
  query.set("X-Credential", `${ak}/${scope}`);
  query.set("X-Algorithm", "HMAC-SHA256");
  query.set("X-SignedHeaders", "");
  query.set("X-SignedQueries", "");
  query.set("X-SignedQueries", [...query.keys()].sort().join(";"));
  const normQuery = [...query.keys()]
    .sort()
    .map((key) => `${quote(key)}=${quote(query.get(key)!)}`)
    .join("&");
  const emptyBodyHash = createHash("sha256").update("").digest("hex");
  const canonical = ["GET", "/", normQuery, "\n", "", emptyBodyHash].join("\n");
  const toSign = ["HMAC-SHA256", xDate, scope, createHash("sha256").update(canonical, "utf8").digest("hex")].join("\n");
  const key = hmac(hmac(hmac(hmac(sk, xDate.slice(0, 8)), "cn-north-1"), "livesaas"), "request");
  return [...query.entries(), ["X-Signature", hmac(key, toSign).toString("hex")]];
}

/** Python's `urlencode` (quote_plus) of the pairs, in their order. */
const urlencode = (pairs: Array<[string, string]>) => new URLSearchParams(pairs).toString();

let server: RunningServer;
type Envelope = { ResponseMetadata: { Error?: { Code: string; CodeN: number } }; Result?: any };
const get = async (query: string) => {
  const res = await fetch(`${server.url}/?${query}`);
  return { status: res.status, json: (await res.json()) as Envelope };
};

beforeAll(async () => {
  server = await startServer({ port: 0, clock: manualClock(START), rateLimits: false });
  // The red packet the presigned URL reads: the first id a fresh mock gives.
  const created = await fetch(`${server.url}/?${presignedCreate()}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(cashPacket()) });
  expect(((await created.json()) as Envelope).Result).toEqual({ ID: FIRST_ID });
});
afterAll(() => server.close());

/** A create presigned by the official Node SDK (body not signed, as the presigned form never signs it). */
function presignedCreate(): string {
  return new Signer({ region: "cn-north-1", method: "POST", pathname: "/", params: { Action: "CreateActivityRedPacket", Version: VERSION } }, "livesaas").getSignUrl(
    { accessKeyId: AK, secretKey: SK },
    new Date(START),
  );
}

describe("a URL presigned by Volcengine's Python SDK", () => {
  it("is what the independent construction builds", () => {
    expect(urlencode(pythonSignUrl(PARAMS, "20240101T120000Z"))).toBe(PYTHON_SDK_QUERY);
  });

  it("reads the red packet over HTTP", async () => {
    const res = await get(PYTHON_SDK_QUERY);
    expect(res.json.ResponseMetadata.Error).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.json.Result).toMatchObject({ ActivityID: ACTIVITY, RedPacketID: FIRST_ID });
  });

  it("passes with its parameters in Go's order too (SignUrl's query.Encode sorts them)", async () => {
    const sorted = new URLSearchParams(pythonSignUrl(PARAMS, "20240101T120000Z"));
    sorted.sort();
    expect((await get(sorted.toString())).status).toBe(200);
  });

  it("is refused when tampered with", async () => {
    const signed = pythonSignUrl(PARAMS, "20240101T120000Z");
    const tamper = (key: string, value: string) => urlencode(signed.map(([k, v]): [string, string] => [k, k === key ? value : v]));
    const listWithoutItself = signed.find(([k]) => k === "X-SignedQueries")![1].replace(/;X-SignedQueries$/, "");
    for (const query of [
      tamper("ActivityID", String(ACTIVITY + 1)),
      tamper("RedPacketID", String(FIRST_ID + 1)),
      // Taking X-SignedQueries out of its own list changes what is signed.
      tamper("X-SignedQueries", listWithoutItself),
      // Or leaving RedPacketID unsigned, to swap it freely.
      tamper("X-SignedQueries", listWithoutItself.replace("RedPacketID;", "")),
    ]) {
      const res = await get(query);
      expect(res.status).toBe(401);
      expect(res.json.ResponseMetadata.Error).toMatchObject({ Code: "SignatureDoesNotMatch", CodeN: 100010 });
    }
  });

  it("leaves the Node SDK's form (X-SignedQueries not listed) working", async () => {
    const query = new Signer({ region: "cn-north-1", method: "GET", pathname: "/", params: Object.fromEntries(PARAMS) }, "livesaas").getSignUrl({ accessKeyId: AK, secretKey: SK }, new Date(START));
    expect(new URLSearchParams(query).get("X-SignedQueries")?.split(";")).not.toContain("X-SignedQueries");
    const res = await get(query);
    expect(res.status).toBe(200);
    expect(res.json.Result).toMatchObject({ RedPacketID: FIRST_ID });
  });
});
