/**
 * The documented flow limit: 10 requests per second per user (access key) for each red-packet
 * action; the 11th within the second gets FlowLimitExceeded 429. Driven by the mock clock.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIVITY, errorOf, type VolcHarness, volcHarness } from "./support.ts";

const SECOND = { accessKeyId: "AKLTsecondapp", secretAccessKey: "second-secret" };
let h: VolcHarness;
beforeEach(async () => {
  h = await volcHarness({ credentials: { volcengine: [SECOND] } });
});
afterEach(() => h.close());

const list = (as?: { ak: string; sk: string }) => h.action("ListActivityRedPacket", { ActivityID: ACTIVITY }, as);

describe("FlowLimitExceeded", () => {
  it("allows 10 requests in a second and refuses the 11th, until the next second", async () => {
    for (let i = 0; i < 10; i++) expect((await list()).status).toBe(200);
    const refused = await list();
    expect(refused.status).toBe(429);
    expect(errorOf(refused)).toEqual({ CodeN: 100018, Code: "FlowLimitExceeded", Message: "Request exceeds the flow limit of ListActivityRedPacket." });
    h.clock.advance(999);
    expect((await list()).status).toBe(429);
    h.clock.advance(1);
    expect((await list()).status).toBe(200);
  });

  it("counts per access key and per action", async () => {
    for (let i = 0; i < 10; i++) await list();
    expect((await list()).status).toBe(429);
    expect((await list({ ak: SECOND.accessKeyId, sk: SECOND.secretAccessKey })).status).toBe(200);
    expect((await h.action("GetActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: 1 })).status).toBe(400);
  });

  it("is off with rateLimits: false, and forgotten on reset", async () => {
    const off = await volcHarness({ rateLimits: false });
    for (let i = 0; i < 15; i++) expect((await off.action("ListActivityRedPacket", { ActivityID: ACTIVITY })).status).toBe(200);
    await off.close();
    for (let i = 0; i < 10; i++) await list();
    expect((await list()).status).toBe(429);
    h.app.livemock.reset();
    expect((await list()).status).toBe(200);
  });
});
