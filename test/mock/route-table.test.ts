/**
 * The core route table: literal paths by one Map lookup, OpenAPI path templates (`{name}` segments)
 * only when no literal path matches, with the same "wrong method" answer for both.
 */
import { describe, expect, it } from "vitest";
import { createRouteTable } from "../../src/mock/core/route-table.ts";

describe("a route table with literal and templated paths", () => {
  const table = createRouteTable<string>()
    .add("POST", "/live/v2/channels/{channelId}/delete", "delete")
    .add("GET", "/live/v2/channels/{channelId}/get", "get")
    .add("POST", "/live/v2/channels/live-status", "literal");

  it("matches a template and hands over its parameters, percent-decoded", () => {
    expect(table.match("POST", "/live/v2/channels/5300001/delete")).toEqual({ kind: "found", handler: "delete", params: { channelId: "5300001" } });
    expect(table.match("post", "/live/v2/channels/a%20b/delete")).toMatchObject({ params: { channelId: "a b" } });
    expect(table.match("HEAD", "/live/v2/channels/1/get")).toMatchObject({ kind: "found", handler: "get" });
  });

  it("prefers a literal path, and answers a literal match without params", () => {
    expect(table.match("POST", "/live/v2/channels/live-status")).toEqual({ kind: "found", handler: "literal" });
  });

  it("tells a wrong method from an unknown path, and never matches an empty or extra segment", () => {
    expect(table.match("GET", "/live/v2/channels/1/delete")).toEqual({ kind: "method-not-allowed", allowed: ["POST"] });
    expect(table.match("POST", "/live/v2/channels//delete")).toEqual({ kind: "not-found" });
    expect(table.match("POST", "/live/v2/channels/1/2/delete")).toEqual({ kind: "not-found" });
    expect(table.routes()).toEqual([
      { method: "POST", path: "/live/v2/channels/live-status" },
      { method: "POST", path: "/live/v2/channels/{channelId}/delete" },
      { method: "GET", path: "/live/v2/channels/{channelId}/get" },
    ]);
  });

  it("refuses a template whose parameter is not a whole segment", () => {
    expect(() => createRouteTable<string>().add("GET", "/live/v2/x{id}", "bad")).toThrow(/whole segment/u);
  });
});
