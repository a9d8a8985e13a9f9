/**
 * What a recording may hold: secrets redacted by name (the shared names and the vendor's own), and
 * every secret value seen scrubbed from any other text (a drift message quoting a value, an
 * upstream echoing a signature).
 */
import { describe, expect, it } from "vitest";
import { vendorWires } from "../../src/contracts/vendor-wires.ts";
import { REDACTED, redactJson } from "../../src/mock/core/redact.ts";
import { createRedactor } from "../../src/proxy/redact.ts";

const signature = "5c8c3c0e6cf1b0a8a1e2d6bb04b5bb5a4c48e3f1f47e0b3a8e1cbe0e9c2d3f4a";

describe("recording redaction", () => {
  it("redacts secret query parameters, headers and JSON fields by name, and scrubs their values elsewhere", () => {
    const redactor = createRedactor(vendorWires.volcengine.secretNames);
    const request = redactor.request({
      method: "POST",
      path: "/",
      rawQuery: "Action=CreateActivityRedPacket&Version=2023-08-01&X-Signature=0123456789abcdef0123&X-Date=20300101T000000Z",
      headers: {
        "content-type": "application/json",
        authorization: `HMAC-SHA256 Credential=AKLTlivemockdemo/20300101/cn-north-1/livesaas/request, SignedHeaders=host;x-date, Signature=${signature}`,
        cookie: "s=1234567",
      },
      body: JSON.stringify({ ActivityID: 1, SecretKey: "sk-value-123" }),
    });
    expect(request.query).toEqual([
      ["Action", "CreateActivityRedPacket"],
      ["Version", "2023-08-01"],
      ["X-Signature", REDACTED],
      ["X-Date", "20300101T000000Z"],
    ]);
    expect(request.headers).toEqual({ "content-type": "application/json", authorization: REDACTED, cookie: REDACTED });
    expect(request.body).toEqual({ ActivityID: 1, SecretKey: REDACTED });
    const echoed = `the gateway said: expected ${signature}; sk-value-123; "0123456789abcdef0123"; s=1234567`;
    expect(redactor.scrub(echoed)).toBe(`the gateway said: expected ${REDACTED}; ${REDACTED}; "${REDACTED}"; ${REDACTED}`);
  });

  it("keeps repeated parameters, and redacts a form body field by field", () => {
    const redactor = createRedactor(vendorWires.xiaoe.secretNames);
    const request = redactor.request({
      method: "POST",
      path: "/xe.alive.marketing.task.get/1.0.0",
      rawQuery: "a=1&a=2",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "access_token=xe_0123456789abc_secretTail&alive_id=l_1",
    });
    expect(request.query).toEqual([
      ["a", "1"],
      ["a", "2"],
    ]);
    expect(request.bodyText).toBe("access_token=%5Bredacted%5D&alive_id=l_1");
    expect(redactor.scrub("token xe_0123456789abc_secretTail")).toBe(`token ${REDACTED}`);
  });

  it("redacts what is nested too deep to walk, instead of keeping it", () => {
    let deep: unknown = { access_token: "x" };
    for (let i = 0; i < 30; i++) deep = { next: deep };
    expect(JSON.stringify(redactJson(deep))).not.toContain('"x"');
  });
});
