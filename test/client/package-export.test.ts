/**
 * A user imports the clients as `livemock/client`, the package export.
 */

import * as fromPackage from "livemock/client";
import { describe, expect, it } from "vitest";
import * as fromSource from "../../src/client/index.ts";

describe("the livemock/client export", () => {
  it("is the client module: the three factories, the error classes and the base URLs", () => {
    expect(fromPackage.createPolyvClient).toBe(fromSource.createPolyvClient);
    for (const name of [
      "createPolyvClient",
      "createXiaoeClient",
      "createVolcengineClient",
      "VendorApiError",
      "PolyvError",
      "XiaoeError",
      "VolcengineError",
      "LivemockTransportError",
      "LivemockCredentialsError",
    ] as const) {
      expect(typeof Reflect.get(fromPackage, name)).toBe("function");
    }
    expect([fromPackage.POLYV_BASE_URL, fromPackage.XIAOE_BASE_URL, fromPackage.VOLCENGINE_BASE_URL]).toEqual([
      "https://api.polyv.net",
      "https://api.xiaoe-tech.com",
      "https://livesaas.volcengineapi.com",
    ]);
  });
});
