/**
 * The official npm SDK `@volcengine/openapi`, unmodified, pointed at a listening livemock by host and
 * protocol: its own signing (Authorization header and presigned URL) is accepted, a wrong secret is
 * refused, and the red-packet lifecycle works through `createJSONAPI`, `createAPI` and `fetchOpenAPI`.
 */

import { livesaasOpenapi, Signer } from "@volcengine/openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.ts";
import { ACTIVITY, AK, errorOf, SK, VERSION } from "./support.ts";

let harness: Harness;
let host = "";
const service = (secretKey = SK) => new livesaasOpenapi.LivesaasService({ region: "cn-north-1", host, protocol: "http:", accessKeyId: AK, secretKey });
type Envelope = { ResponseMetadata: { RequestId: string; Action: string; SystemTime?: number; Error?: { Code: string; CodeN: number; Message: string } }; Result?: any };

beforeAll(async () => {
  harness = await createHarness("volcengine", { transport: "http", rateLimits: false });
  host = new URL(harness.url!).host;
});
afterAll(() => harness.close());

const lastOperation = () => harness.app.livemock.context.journal.entries().at(-1);

describe("@volcengine/openapi against livemock", () => {
  it("creates a red packet through the SDK's own signing and gets Result.ID", async () => {
    const create = service().createJSONAPI("CreateActivityRedPacket", { Version: VERSION });
    const res = (await create({ ActivityID: ACTIVITY, TotalAmount: 100, RedPacketNumber: 1 })) as Envelope;
    expect(res.ResponseMetadata.Error).toBeUndefined();
    expect(res.Result.ID).toBeTypeOf("number");
    expect(String(res.Result.ID)).toHaveLength(16);
    expect(res.ResponseMetadata).toMatchObject({ Action: "CreateActivityRedPacket", Version: VERSION, Service: "livesaas", Region: "cn-north-1" });
    expect(res.ResponseMetadata.SystemTime).toBeTypeOf("number");
    expect(lastOperation()).toMatchObject({ operation: "createActivityRedPacket", status: 200, owner: AK });
  });

  it("gets SignatureDoesNotMatch for the same call with a wrong secret", async () => {
    const create = service("not-the-secret").createJSONAPI("CreateActivityRedPacket", { Version: VERSION });
    const res = (await create({ ActivityID: ACTIVITY, TotalAmount: 100, RedPacketNumber: 1 })) as Envelope;
    expect(res.Result).toBeUndefined();
    expect(res.ResponseMetadata.Error).toMatchObject({ Code: "SignatureDoesNotMatch", CodeN: 100010 });
    expect(lastOperation()).toMatchObject({ status: 401, errorCode: "SignatureDoesNotMatch" });
  });

  it("runs the lifecycle through createJSONAPI, createAPI (GET) and fetchOpenAPI", async () => {
    const sdk = service();
    const created = (await sdk.createJSONAPI("CreateActivityRedPacket", { Version: VERSION })({ ActivityID: ACTIVITY, TotalAmount: 100, RedPacketNumber: 1, OpenRedPacketType: 1 })) as Envelope;
    const ref = { ActivityID: ACTIVITY, RedPacketID: created.Result.ID as number };
    expect(((await sdk.createJSONAPI("SendActivityRedPacket", { Version: VERSION })(ref)) as Envelope).Result).toEqual({ Status: true, ...ref });
    expect(((await sdk.createJSONAPI("DrawActivityRedPacket", { Version: VERSION })(ref)) as Envelope).Result).toEqual({ Status: true, ...ref });
    const got = (await sdk.createAPI("GetActivityRedPacket", { Version: VERSION, method: "GET" })(ref)) as Envelope;
    expect(got.Result).toMatchObject({ ...ref, RedPacketStatus: 3 });
    const listed = (await sdk.fetchOpenAPI({ Action: "ListActivityRedPacket", Version: VERSION, method: "GET", query: { ActivityID: ACTIVITY, PageNo: 1, PageItemCount: 50 } })) as Envelope;
    expect(listed.Result.RedPacketList.map((p: { RedPacketID: number }) => p.RedPacketID)).toContain(ref.RedPacketID);
    expect(((await sdk.createJSONAPI("DeleteActivityRedPacket", { Version: VERSION })(ref)) as Envelope).Result).toEqual({ Status: true });
  });

  it("configures a callback and reads red-packet results through createJSONAPI and createAPI, unmodified", async () => {
    const sdk = service();
    const added = (await sdk.createJSONAPI("AddCallbackConfig", { Version: VERSION })({ CallbackType: 10, CallbackUrls: "https://merchant.example/cb" })) as Envelope;
    expect(added.Result).toEqual({ Status: true });
    const listed = (await sdk.createAPI("ListCallbackConfigs", { Version: VERSION, method: "GET" })({ CallbackType: 10 })) as Envelope;
    expect(listed.Result.CallbackConfigs[0]).toMatchObject({ CallbackType: 10, CallbackUrls: "https://merchant.example/cb" });
    const data = (await sdk.createAPI("ListRedPacketDataAPI", { Version: "2020-06-01", method: "GET" })({ ActivityId: ACTIVITY })) as Envelope;
    expect(data.ResponseMetadata.Error).toBeUndefined();
    expect(data.Result).toMatchObject({ PageNo: 1, PageItemCount: 10 });
  });

  it("accepts a URL presigned by the SDK's Signer.getSignUrl", async () => {
    const params = { Action: "ListActivityRedPacket", Version: VERSION, ActivityID: ACTIVITY, PageNo: 1 };
    const query = new Signer({ region: "cn-north-1", method: "GET", pathname: "/", params }, "livesaas").getSignUrl({ accessKeyId: AK, secretKey: SK });
    const res = await harness.call({ method: "GET", path: "/", query: new URLSearchParams(query) });
    expect(res.status).toBe(200);
    expect(res.json.Result).toMatchObject({ PageNo: 1, PageItemCount: 10 });
    expect(lastOperation()?.query).toMatchObject({ "X-Signature": "[redacted]", "X-Credential": expect.stringMatching(/^AKLTlivemockdemo\//) });
    const wrong = new Signer({ region: "cn-north-1", method: "GET", pathname: "/", params }, "livesaas").getSignUrl({ accessKeyId: AK, secretKey: "nope" });
    const refused = await harness.call({ method: "GET", path: "/", query: new URLSearchParams(wrong) });
    expect(errorOf(refused)?.Code).toBe("SignatureDoesNotMatch");
  });

  it("sends the presigned URL verbatim with fetch too", async () => {
    const params = { Action: "GetActivityRedPacket", Version: VERSION, ActivityID: ACTIVITY, RedPacketID: 1 };
    const query = new Signer({ region: "cn-north-1", method: "GET", pathname: "/", params }, "livesaas").getSignUrl({ accessKeyId: AK, secretKey: SK });
    const res = await fetch(`${harness.url}/?${query}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Envelope).ResponseMetadata.Error?.Message).toBe("RedPacketID 1 not found.");
  });
});
