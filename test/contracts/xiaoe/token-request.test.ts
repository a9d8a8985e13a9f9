import { describe, expect, it } from "vitest";
import { validateRequest } from "../../../src/contracts/xiaoe/index.ts";

const demo = { app_id: "apptrfbbm2m8971", client_id: "livemock-client", secret_key: "livemock-xiaoe-secret", grant_type: "client_credential" };

function without(key: keyof typeof demo): Record<string, string> {
  const copy: Record<string, string> = { ...demo };
  delete copy[key];
  return copy;
}

describe("requesting an access token", () => {
  it("accepts the parameters as a query string (PHP/Java SDKs)", () => {
    const result = validateRequest("getAccessToken", { query: demo });
    expect(result.ok ? result.body : result.error.reason).toEqual(demo);
  });

  it("accepts the parameters as a JSON body on the GET (Python/Go SDKs)", () => {
    const result = validateRequest("getAccessToken", { body: demo });
    expect(result.ok ? result.body : result.error.reason).toEqual(demo);
  });

  it("lets a body field win over the same query field", () => {
    const result = validateRequest("getAccessToken", { query: { ...demo, secret_key: "from-query" }, body: { secret_key: "from-body" } });
    expect(result.ok ? result.body.secret_key : result.error.reason).toBe("from-body");
  });

  it.each([
    ["app_id missing", { query: without("app_id") }, 2001, "缺失 app_id 参数", "app_id: required (query string or JSON body)"],
    ["app_id malformed", { query: { ...demo, app_id: "APP-1" } }, 2002, "错误 app_id 参数", 'app_id: "APP-1" must be "app" followed by 12 lowercase letters or digits'],
    ["secret_key missing", { query: without("secret_key") }, 2003, "缺失 secret_key 参数", "secret_key: required (query string or JSON body)"],
    ["secret_key not a string", { body: { ...demo, secret_key: 123 } }, 2004, "secret_key 错误，或者 app_id 无效", "secret_key: expected a string, got 123"],
    ["grant_type missing", { query: without("grant_type") }, 2005, "缺失 grant_type 参数", "grant_type: required (query string or JSON body)"],
    ["grant_type wrong", { query: { ...demo, grant_type: "client_credentials" } }, 2006, "grant_type 参数错误", 'grant_type: "client_credentials" is not "client_credential"'],
    ["client_id missing", { query: without("client_id") }, 2020, "无效的client_id", "client_id: required (query string or JSON body)"],
  ])("answers %s with its global code", (_label, request, code, msg, reason) => {
    const result = validateRequest("getAccessToken", request);
    expect(result.ok ? undefined : [result.error.envelope, result.error.reason]).toEqual([{ code, msg, data: null }, reason]);
  });

  it("reports the first problem in the code table's order (app_id before secret_key)", () => {
    const result = validateRequest("getAccessToken", { query: { grant_type: "client_credential" } });
    expect(result.ok ? undefined : result.error.code).toBe(2001);
  });

  it("uses the first value of a repeated query parameter", () => {
    const result = validateRequest("getAccessToken", { query: { ...demo, app_id: ["apptrfbbm2m8971", "appother000000x"] } });
    expect(result.ok ? result.body.app_id : result.error.reason).toBe("apptrfbbm2m8971");
  });
});
