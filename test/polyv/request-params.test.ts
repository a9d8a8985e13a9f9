import { describe, expect, it } from "vitest";
import { firstQueryValues } from "../../src/contracts/polyv/coerce-query.ts";
import type { VendorRequest } from "../../src/mock/core/vendor.ts";
import { directVendorRequest } from "../../src/mock/core/vendor-request.ts";
import { requestParams } from "../../src/mock/vendors/polyv/request-params.ts";

function request(query: string, init: { contentType?: string; rawBody?: string } = {}): VendorRequest {
  return directVendorRequest({
    method: "POST",
    target: `/live/v4/channel/lottery-activity/create?${query}`,
    headers: { "content-type": init.contentType ?? "application/json" },
    rawBody: init.rawBody ?? "",
    receivedAt: 0,
  });
}

describe("the parameters Polyv signs", () => {
  it("keep the first of repeated values, and empty values", () => {
    expect(firstQueryValues(new URLSearchParams("a=1&a=2&b=&b=3"))).toEqual({ a: "1", b: "" });
  });

  it("keep any name as an own key, __proto__ and Object.prototype names included", () => {
    const params = firstQueryValues(new URLSearchParams("__proto__=x&constructor=y&toString=z"));
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    expect(Object.keys(params)).toEqual(["__proto__", "constructor", "toString"]);
    expect(Object.getOwnPropertyDescriptor(params, "__proto__")?.value).toBe("x");
  });

  it("add form fields after the query, the query winning, for urlencoded bodies only", () => {
    const form = request("appId=a&sign=S", { contentType: "application/x-www-form-urlencoded", rawBody: "sign=T&channelId=1&channelId=2" });
    expect(requestParams(form)).toEqual({ appId: "a", sign: "S", channelId: "1" });
    const json = request("appId=a", { rawBody: "channelId=1" });
    expect(requestParams(json)).toEqual({ appId: "a" });
  });

  it("reuse the query record the caller already has, without modifying it", () => {
    const query = { appId: "a" };
    expect(requestParams(request("appId=ignored"), query)).toBe(query);
    const form = requestParams(request("", { contentType: "application/x-www-form-urlencoded", rawBody: "b=2" }), query);
    expect(form).toEqual({ appId: "a", b: "2" });
    expect(query).toEqual({ appId: "a" });
  });
});
