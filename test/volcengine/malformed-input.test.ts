/**
 * Malformed requests get Volcengine's own error envelope, never a 500 or livemock's 404: broken and
 * non-object JSON, form bodies, oversize bodies, unknown Actions and the wrong method for an action.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { specValidator } from "../../src/contracts/core/spec-validator.ts";
import { directVendorRequest } from "../../src/mock/core/vendor-request.ts";
import { ACTIVITY, cashPacket, errorOf, VERSION, type VolcHarness, volcHarness } from "./support.ts";

let h: VolcHarness;
beforeEach(async () => {
  h = await volcHarness({ rateLimits: false, bodyLimitBytes: 4096 });
});
afterEach(() => h.close());

const raw = (rawBody: string, headers: Record<string, string> = {}) => h.action("CreateActivityRedPacket", {}, { rawBody, headers });

describe("bodies that are not a JSON object", () => {
  it("answers InvalidParameter naming the JSON problem for a broken body", async () => {
    const res = await raw('{"ActivityID": 1824920000234844,');
    expect(res.status).toBe(400);
    expect(res.operation).toBe("createActivityRedPacket");
    expect(errorOf(res)?.Code).toBe("InvalidParameter");
    expect(errorOf(res)?.Message).toMatch(/^The request body is not valid JSON: .+/);
  });

  it("answers InvalidParameter for JSON that is not an object", async () => {
    for (const body of ["[1,2]", "42", '"text"', "null", "true"]) {
      const res = await raw(body);
      expect(res.status, body).toBe(400);
      expect(errorOf(res)?.Message, body).toBe("The request body must be a JSON object.");
    }
  });

  it("names the first missing field for an empty body", async () => {
    expect(errorOf(await raw(""))?.Message).toBe("ActivityID is required.");
  });

  it("tells a form-encoded body apart in the reason", async () => {
    const res = await raw("ActivityID=1824920000234844&TotalAmount=100", { "content-type": "application/x-www-form-urlencoded" });
    expect(errorOf(res)?.Message).toMatch(/^The request body is not valid JSON/);
    expect(res.reason).toContain("application/x-www-form-urlencoded");
  });

  it("parses JSON sent with any content type (text/plain, none)", async () => {
    expect((await h.action("CreateActivityRedPacket", cashPacket(), { headers: { "content-type": "text/plain" } })).status).toBe(200);
  });
});

describe("oversize bodies", () => {
  it("answers InvalidParameter with the limit, before reading the whole body", async () => {
    const res = await h.call({ method: "POST", path: "/", query: { Action: "CreateActivityRedPacket", Version: VERSION }, json: cashPacket({ BarragePwd: "x".repeat(5000) }) });
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({ Code: "InvalidParameter", Message: "The request body exceeds the limit of 4096 bytes." });
    expect(res.json.ResponseMetadata.Action).toBe("CreateActivityRedPacket");
  });
});

describe("unknown Actions and wrong methods", () => {
  it("answers InvalidActionOrVersion for an Action livemock does not serve", async () => {
    const res = await h.action("CreateActivityAPIV2", {});
    expect(res.status).toBe(404);
    expect(errorOf(res)?.Message).toBe(`Could not find operation CreateActivityAPIV2 for version ${VERSION}.`);
  });

  it("answers InvalidActionOrVersion for GET on a POST action and POST on a GET action", async () => {
    const getCreate = await h.action("CreateActivityRedPacket", cashPacket(), { method: "GET" });
    expect(getCreate.status).toBe(404);
    expect(errorOf(getCreate)).toMatchObject({ Code: "InvalidActionOrVersion", Message: `Could not find operation CreateActivityRedPacket for version ${VERSION}.` });
    expect(getCreate.reason).toBe("CreateActivityRedPacket is served on POST only; the request used GET.");
    const postGet = await h.action("GetActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: 1 }, { method: "POST" });
    expect(postGet.status).toBe(404);
    expect(postGet.reason).toBe("GetActivityRedPacket is served on GET only; the request used POST.");
  });
});

describe("failures inside livemock", () => {
  it("are InternalError 500 in Volcengine's envelope", async () => {
    const vendor = h.app.livemock.vendors.find((v) => v.name === "volcengine")!;
    const request = directVendorRequest({ method: "GET", target: `/?Action=GetActivityRedPacket&Version=${VERSION}`, receivedAt: h.clock.now() });
    const response = await vendor.reject(request, { kind: "internal", error: new Error("boom") });
    expect(response.status).toBe(500);
    expect(response.body).toMatchObject({ ResponseMetadata: { Action: "GetActivityRedPacket", Error: { Code: "InternalError", CodeN: 100014 } } });
    expect(specValidator("volcengine").validateResponse("getActivityRedPacket", 500, response.body)).toEqual({ valid: true });
  });
});
