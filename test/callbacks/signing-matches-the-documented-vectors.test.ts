/**
 * The signers livemock and its receivers share (`livemock/callbacks`) against vectors computed from
 * the vendors' documented rules (callbacks fact sheet), not from livemock's code.
 */
import { describe, expect, it } from "vitest";
import { polyvCallbackSign, verifyVolcengineCallback, volcCallbackSign } from "../../src/callbacks/index.ts";
import { decryptXiaoeMessage, encryptXiaoeMessage, xiaoePushSignature } from "../../src/contracts/xiaoe/push-crypto.ts";

describe("documented vectors", () => {
  it("Volcengine live status and comment Signs", () => {
    expect(volcCallbackSign({ EventType: "ActivityStatusModifyCallBack", ActivityID: "123", Status: "1", Timestamp: "1582518318" }, "abc")).toBe("3d5fc13702c89c3c34c811ba8ac8fbbc");
    expect(volcCallbackSign({ EventType: "CommentCallback", AccountId: "2000000001", ActivityId: "1855147760060001", Timestamp: "1772604010" }, "abc")).toBe("5018d0a6acf5b8324fc92f90f59606b6");
    expect(verifyVolcengineCallback("ActivityID=123&EventType=ActivityStatusModifyCallBack&Status=1&Timestamp=1582518318&Sign=3D5FC13702C89C3C34C811BA8AC8FBBC", "abc").ok).toBe(true);
  });

  it("Polyv md5(appSecret + timestamp)", () => {
    expect(polyvCallbackSign("1557976774000", "6ef8d34c08f44e91a18428842ff0ba7e")).toBe("f4df248df5afd8585c09450b1f7c327f");
  });

  it("WeChat's sorted-sha1 signature, and the AES round trip", () => {
    // The URL-check vector has no Encrypt: an empty fourth item joins to the same text.
    expect(xiaoePushSignature("AAAAA", "1714036504", "1514711492", "")).toBe("f464b24fc39322e44b38aa78f5edd27bd1441696");
    const key = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    for (const message of ["", "<doc><type>live_task</type></doc>", "x".repeat(31), "中文".repeat(100)]) {
      expect(decryptXiaoeMessage(encryptXiaoeMessage(message, key, "apptrfbbm2m8971"), key)).toEqual({ message, appId: "apptrfbbm2m8971" });
    }
  });
});
