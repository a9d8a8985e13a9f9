/**
 * The signature forms of the official Volcengine SDKs that depart from the documented rule
 * (src/contracts/volcengine/leniencies.ts): accepted with an `x-livemock-warning` by default, refused
 * with SignatureDoesNotMatch under `strict`. A request signed by the documented rule gets no warning.
 */
import { afterEach, describe, expect, it } from "vitest";
import { presignQuery, signRequest } from "../../src/contracts/volcengine/index.ts";
import type { CallResult } from "../support/harness.ts";
import { AK, cashPacket, errorOf, SK, VERSION, type VolcHarness, volcHarness } from "./support.ts";

let h: VolcHarness | undefined;
afterEach(() => h?.close());

async function harness(strict: boolean, transport: "in-process" | "http" = "in-process"): Promise<VolcHarness> {
  h = await volcHarness({ strict, transport });
  return h;
}

const BODY = JSON.stringify(cashPacket());

/** A CreateActivityRedPacket signed in the header form with `style`, sent with `headers` and the raw query `rawQuery`. */
function create(mock: VolcHarness, options: { rawQuery: string; headers: Record<string, string>; style: "node" | "go" }): Promise<CallResult> {
  const signed = signRequest({ method: "POST", path: "/", query: options.rawQuery, headers: options.headers, body: BODY, ak: AK, sk: SK, date: new Date(mock.clock.now()), style: options.style });
  const { Host: _host, ...added } = signed;
  return mock.call({ method: "POST", path: "/", query: new URLSearchParams(options.rawQuery), headers: { ...options.headers, ...added }, body: BODY });
}

const CREATE_QUERY = `Action=CreateActivityRedPacket&Version=${VERSION}`;
const JSON_TYPE = { "content-type": "application/json" };

/** Each SDK form that departs from the doc: how to send it, and the warning it gets. */
const cases: { name: string; send: (mock: VolcHarness) => Promise<CallResult>; warning: string }[] = [
  {
    name: "a repeated query key's values sorted (Node SDK)",
    send: (mock) => create(mock, { rawQuery: `${CREATE_QUERY}&Tag=b&Tag=a`, headers: JSON_TYPE, style: "node" }),
    warning: "volcengine.sign.query-values-sorted: the canonical query sorts the values of Tag; the doc keeps a repeated query parameter's values in the request's order in the canonical query",
  },
  {
    name: "a header's inner white space collapsed (Node SDK)",
    send: (mock) => create(mock, { rawQuery: CREATE_QUERY, headers: { ...JSON_TYPE, "x-note": "two   spaces" }, style: "node" }),
    warning:
      "volcengine.sign.header-whitespace-collapsed: the signed x-note had inner white space collapsed; the doc trims a signed header's value at both ends (Trimall) and keeps its inner white space",
  },
  {
    name: "the Host signed without its default port (Go and Python SDKs)",
    send: (mock) => create(mock, { rawQuery: CREATE_QUERY, headers: { ...JSON_TYPE, host: "livesaas.volcengineapi.com:443" }, style: "go" }),
    warning:
      "volcengine.sign.host-default-port-dropped: the Host livesaas.volcengineapi.com:443 was signed as livesaas.volcengineapi.com; the doc signs a header's value as the request carries it (Host with its port)",
  },
  {
    name: "a presigned POST whose body is left unsigned (X-NotSignBody, every SDK's presigned form)",
    send: (mock) => {
      const query = presignQuery({ method: "POST", query: { Action: "CreateActivityRedPacket", Version: VERSION }, ak: AK, sk: SK, date: new Date(mock.clock.now()) });
      return mock.call({ method: "POST", path: "/", query: new URLSearchParams(query), headers: JSON_TYPE, body: BODY });
    },
    warning: "volcengine.sign.body-not-signed: the presigned query has X-NotSignBody and the signature leaves the body out; the doc's canonical request ends with the hash of the whole request body",
  },
];

describe("Volcengine signature forms of the official SDKs", () => {
  it.each(cases)("accepts $name with a warning naming the leniency and the documented rule", async ({ send, warning }) => {
    const mock = await harness(false);
    const result = await send(mock);
    expect(result.status).toBe(200);
    expect(result.json.Result).toEqual({ ID: expect.any(Number) });
    expect(result.warning).toBe(warning);
    expect(mock.app.livemock.context.journal.latest()?.warnings?.map((w) => w.id)).toEqual([warning.slice(0, warning.indexOf(":"))]);
  });

  it.each(cases)("refuses $name under strict with SignatureDoesNotMatch (401), naming the rule", async ({ send, warning }) => {
    const mock = await harness(true);
    const result = await send(mock);
    expect(result.status).toBe(401);
    expect(errorOf(result)?.Code).toBe("SignatureDoesNotMatch");
    expect(result.reason).toContain(warning);
    expect(result.warning).toBeNull();
  });

  it("names every leniency one signature relies on (Node SDK: sorted values and collapsed white space)", async () => {
    const mock = await harness(false);
    const result = await create(mock, { rawQuery: `${CREATE_QUERY}&Tag=b&Tag=a`, headers: { ...JSON_TYPE, "x-note": "a  b" }, style: "node" });
    expect(result.status).toBe(200);
    expect(result.warning).toMatch(/^volcengine\.sign\.query-values-sorted: .+; volcengine\.sign\.header-whitespace-collapsed: /);
  });

  it("gives the documented forms no warning, strict or not: Node and Go header forms, a presigned GET, repeated values in order", async () => {
    for (const strict of [false, true]) {
      const mock = await harness(strict);
      const node = await mock.action("CreateActivityRedPacket", cashPacket());
      const go = await create(mock, { rawQuery: `${CREATE_QUERY}&Tag=b&Tag=a`, headers: { ...JSON_TYPE, host: "localhost:4010" }, style: "go" });
      const presigned = presignQuery({
        method: "GET",
        query: { Action: "ListActivityRedPacket", Version: VERSION, ActivityID: cashPacket().ActivityID },
        ak: AK,
        sk: SK,
        date: new Date(mock.clock.now()),
      });
      const list = await mock.call({ method: "GET", path: "/", query: new URLSearchParams(presigned) });
      for (const [name, result] of Object.entries({ node, go, list })) {
        expect(result.status, `${name}, strict ${strict}`).toBe(200);
        expect(result.warning, `${name}, strict ${strict}`).toBeNull();
      }
      await mock.close();
    }
  });

  it("warns over a listening server too", async () => {
    const mock = await harness(false, "http");
    const result = await create(mock, { rawQuery: `${CREATE_QUERY}&Tag=b&Tag=a`, headers: JSON_TYPE, style: "node" });
    expect(result.status).toBe(200);
    expect(result.warning).toContain("volcengine.sign.query-values-sorted");
  });
});
