import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_APP, errorOf, independentSign, LOTTERY, type PolyvHarness, polyvHarness, SEED_003_BODY, T0, TASK_REWARD } from "./support.ts";

let h: PolyvHarness;
beforeEach(async () => {
  h = await polyvHarness();
});
afterEach(() => h.close());

const PAGE = `${TASK_REWARD}/page`;

/** Calls the page endpoint with a hand-built query (no automatic signing). */
function rawPage(query: Record<string, string>) {
  return h.call({ path: PAGE, query });
}

function signedQuery(extra: Record<string, string> = {}, secret: string = DEMO_APP.appSecret): Record<string, string> {
  const query = { channelId: "4854808", appId: DEMO_APP.appId, timestamp: String(T0), ...extra };
  return { ...query, sign: independentSign(query, secret) };
}

describe("authenticating a Polyv call", () => {
  it("accepts a request signed by an independent implementation of Polyv's rule", async () => {
    const result = await rawPage(signedQuery());
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ code: 200, status: "success", success: true });
    expect(result.operation).toBe("pageTaskRewardActivities");
  });

  it("accepts the sign of the doc's own test vector rule for our secret (MD5 of secret + sorted pairs + secret)", async () => {
    const query = { appId: DEMO_APP.appId, timestamp: String(T0), channelId: "4854808" };
    const plain = `${DEMO_APP.appSecret}appId${DEMO_APP.appId}channelId4854808timestamp${T0}${DEMO_APP.appSecret}`;
    const sign = createHash("md5").update(plain).digest("hex").toUpperCase();
    expect((await rawPage({ ...query, sign })).status).toBe(200);
  });

  it.each([
    ["signatureMethod signed (fed-common-utils)", "SHA256", true],
    ["signatureMethod left out of the signed string (TS SDK)", "SHA256", false],
    ["lower-case sha256 value", "sha256", true],
  ])("accepts a SHA-256 signature: %s", async (_name, method, signSignatureMethod) => {
    const query = { channelId: "4854808", appId: DEMO_APP.appId, timestamp: String(T0), signatureMethod: method };
    const sign = independentSign(query, DEMO_APP.appSecret, { signSignatureMethod });
    expect(sign).toHaveLength(64);
    expect((await rawPage({ ...query, sign })).status).toBe(200);
  });

  it("rejects an MD5 signature when the request asks for SHA-256", async () => {
    const query = { channelId: "4854808", appId: DEMO_APP.appId, timestamp: String(T0) };
    const md5 = independentSign(query, DEMO_APP.appSecret);
    expect(errorOf(await rawPage({ ...query, signatureMethod: "SHA256", sign: md5 }))).toEqual({ status: 400, code: 20002, desc: "invalid signature." });
  });

  it("accepts an empty parameter whether it was signed (TS SDK) or skipped (doc)", async () => {
    const query = { channelId: "4854808", appId: DEMO_APP.appId, timestamp: String(T0), pageSize: "" };
    expect((await rawPage({ ...query, sign: independentSign(query, DEMO_APP.appSecret) })).status).toBe(200);
    expect((await rawPage({ ...query, sign: independentSign(query, DEMO_APP.appSecret, { keepEmpty: true }) })).status).toBe(200);
  });

  it("signs only the query of a JSON call, never the body", async () => {
    const result = await h.signed({ path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: SEED_003_BODY });
    expect(result.status).toBe(200);
  });

  it.each(["appId", "timestamp", "sign"])("answers 10002 when %s is missing or empty", async (name) => {
    const query = signedQuery();
    const { [name]: _dropped, ...missing } = query;
    expect(errorOf(await rawPage(missing))).toEqual({ status: 400, code: 10002, desc: `param should not be empty: ${name}` });
    expect(errorOf(await rawPage({ ...query, [name]: "" }))).toEqual({ status: 400, code: 10002, desc: `param should not be empty: ${name}` });
  });

  it("reports the first missing parameter in the order appId, timestamp, sign", async () => {
    expect(errorOf(await rawPage({ channelId: "4854808" })).desc).toBe("param should not be empty: appId");
    expect(errorOf(await rawPage({ channelId: "4854808", appId: DEMO_APP.appId })).desc).toBe("param should not be empty: timestamp");
  });

  it("answers 20001 application not found for an unknown appId, before looking at the timestamp", async () => {
    const result = await rawPage({ channelId: "4854808", appId: "nosuchapp1", timestamp: "yesterday", sign: "X" });
    expect(errorOf(result)).toEqual({ status: 400, code: 20001, desc: "application not found." });
    expect(result.json).toEqual({ code: 400, status: "error", requestId: expect.any(String), error: { code: 20001, desc: "application not found." }, success: false });
    expect(Object.keys(result.json)).toEqual(["code", "status", "requestId", "error", "success"]);
  });

  it("answers 10001 when the timestamp is not digits or not 13 digits", async () => {
    expect(errorOf(await rawPage(signedQuery({ timestamp: "abc" })))).toEqual({ status: 400, code: 10001, desc: "param is not digit: timestamp" });
    expect(errorOf(await rawPage(signedQuery({ timestamp: String(Math.floor(T0 / 1000)) })))).toEqual({ status: 400, code: 10001, desc: "param length is incorrect: timestamp" });
    expect(errorOf(await rawPage(signedQuery({ timestamp: `-${String(T0).slice(1)}` })))).toEqual({ status: 400, code: 10001, desc: "param is not digit: timestamp" });
  });

  it("accepts a timestamp up to 3 minutes away from the mock clock in either direction, and answers 20003 beyond", async () => {
    for (const offset of [-180_000, 180_000]) {
      expect((await rawPage(signedQuery({ timestamp: String(T0 + offset) }))).status, `offset ${offset}`).toBe(200);
    }
    for (const offset of [-180_001, 180_001]) {
      const result = await rawPage(signedQuery({ timestamp: String(T0 + offset) }));
      expect(errorOf(result), `offset ${offset}`).toEqual({ status: 400, code: 20003, desc: "时间戳过期" });
      expect(result.reason).toContain("180000");
    }
  });

  it("follows the mock clock, not the wall clock", async () => {
    const query = signedQuery();
    h.clock.advance(181_000);
    expect(errorOf(await rawPage(query)).code).toBe(20003);
  });

  it("checks the timestamp before the signature", async () => {
    expect(errorOf(await rawPage({ ...signedQuery({ timestamp: String(T0 - 600_000) }), sign: "WRONG" })).code).toBe(20003);
  });

  it("answers 20002 invalid signature for a wrong secret, a tampered parameter or a lower-case sign", async () => {
    expect(errorOf(await rawPage(signedQuery({}, "not-the-secret")))).toEqual({ status: 400, code: 20002, desc: "invalid signature." });
    expect(errorOf(await rawPage({ ...signedQuery(), channelId: "5004544" })).code).toBe(20002);
    const good = signedQuery();
    const lower = await rawPage({ ...good, sign: good.sign!.toLowerCase() });
    expect(errorOf(lower).code).toBe(20002);
    expect(lower.reason).toMatch(/^sign does not match/);
    expect(lower.reason).not.toContain(DEMO_APP.appSecret);
  });

  it("authenticates before validating the business parameters", async () => {
    const result = await rawPage({ appId: DEMO_APP.appId, timestamp: String(T0), sign: "WRONG" });
    expect(errorOf(result).code).toBe(20002);
  });

  it("records the failing operation and the reason, and the owner only once authenticated", async () => {
    const bad = await rawPage(signedQuery({}, "nope"));
    expect(bad.operation).toBe("pageTaskRewardActivities");
    const entries = h.app.livemock.context.journal.entries();
    expect(entries.at(-1)).toMatchObject({ vendor: "polyv", errorCode: 20002, owner: undefined });
    await rawPage(signedQuery());
    expect(h.app.livemock.context.journal.entries().at(-1)).toMatchObject({ status: 200, owner: DEMO_APP.appId });
  });
});
