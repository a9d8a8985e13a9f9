/**
 * Found while speeding up Polyv's path: a correctly signed Polyv request with a query parameter
 * named `constructor` (or `toString`, `hasOwnProperty`, `__proto__`) was answered HTTP 500 /
 * "undefined error": the query coercion looked the name up in the schema's shape and found
 * Object.prototype's member. Such names are ordinary unknown parameters now, for every vendor.
 */
import { describe, expect, it } from "vitest";
import { polyvHarness, TASK_REWARD } from "../polyv/support.ts";
import { volcHarness } from "../volcengine/support.ts";
import { DEMO_LIVE, PATHS, xiaoeHarness } from "../xiaoe/support.ts";

const NAMES = ["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf"];

describe("parameters named like Object.prototype members are ordinary unknown parameters", () => {
  it("Polyv: signed query parameters", async () => {
    const h = await polyvHarness();
    for (const name of NAMES) {
      const res = await h.signed({ path: `${TASK_REWARD}/page`, query: { channelId: 4854808, [name]: "1" } });
      expect(res.status, `${name}: ${res.reason}`).toBe(200);
      expect(res.json.code).toBe(200);
    }
  });

  it("Xiaoe: JSON body fields", async () => {
    const h = await xiaoeHarness();
    const token = await h.token();
    for (const name of NAMES) {
      const res = await h.post(PATHS.list, JSON.parse(`{"access_token":"${token}","alive_id":"${DEMO_LIVE}","${name}":1}`));
      expect(res.json.code, `${name}: ${res.reason}`).toBe(0);
    }
  });

  it("Volcengine: query parameters and body fields", async () => {
    const h = await volcHarness({ rateLimits: false });
    for (const name of NAMES) {
      const got = await h.action("ListActivityRedPacket", { ActivityID: 1824920000234844, [name]: "1" });
      expect(got.status, `${name}: ${got.reason}`).toBe(200);
    }
  });
});
