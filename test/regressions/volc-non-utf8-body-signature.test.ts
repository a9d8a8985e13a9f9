/**
 * Caught by the robustness suite: a Volcengine request whose body is not valid UTF-8, signed over
 * its bytes as the official SDKs sign, was refused as SignatureDoesNotMatch because the mock hashed
 * the body decoded as text (invalid bytes become U+FFFD). The gateway hashes bytes: the signature
 * must pass and the body be refused as JSON instead.
 */
import { afterAll, describe, expect, it } from "vitest";
import { signRequest } from "../../src/contracts/volcengine/index.ts";
import { createMockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";
import { AK, SK, START, VERSION } from "../volcengine/support.ts";

const body = Buffer.concat([Buffer.from('{"ActivityID":1824920000234844,"BarragePwd":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);
const query = { Action: "CreateActivityRedPacket", Version: VERSION };

function signed(): Record<string, string> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const signature = signRequest({ method: "POST", path: "/", query, headers, body, ak: AK, sk: SK, date: new Date(START) });
  for (const [name, value] of Object.entries(signature)) if (typeof value === "string") headers[name] = value;
  return headers;
}

describe("a Volcengine body that is not UTF-8, signed over its bytes", () => {
  let server: RunningServer | undefined;
  afterAll(async () => server?.close());

  it("passes the signature check in-process and is refused as a parameter error", async () => {
    const app = createMockApp({ clock: manualClock(START), rateLimits: false });
    const res = await app.request(`/?${new URLSearchParams(query)}`, { method: "POST", headers: signed(), body });
    const json = (await res.json()) as any;
    expect(json.ResponseMetadata.Error.Code).not.toBe("SignatureDoesNotMatch");
    expect(res.status).toBe(400);
  });

  it("passes the signature check over HTTP too", async () => {
    server = await startServer({ port: 0, clock: manualClock(START), rateLimits: false });
    const res = await fetch(`${server.url}/?${new URLSearchParams(query)}`, { method: "POST", headers: signed(), body });
    const json = (await res.json()) as any;
    expect(json.ResponseMetadata.Error.Code).not.toBe("SignatureDoesNotMatch");
    expect(res.status).toBe(400);
  });
});
