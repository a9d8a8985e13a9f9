import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createMockApp } from "../../src/mock/app.ts";
import { repoPath } from "../support/vendors.ts";

const spec = parse(readFileSync(repoPath("specs/livemock-admin.yaml"), "utf8")) as Record<string, any>;

describe("specs/livemock-admin.yaml", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(spec);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents exactly the routes the control plane serves", () => {
    const app = createMockApp();
    const served = new Set(
      app.routes
        .filter((r) => r.path.startsWith("/__livemock") && r.method !== "ALL" && !r.path.endsWith("/*"))
        .map((r) => `${r.method} ${r.path.slice("/__livemock".length).replace(/:(\w+)/g, "{$1}")}`),
    );
    served.add("GET /"); // the dashboard page, served by the "/*" route
    const documented = new Set<string>();
    for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(item).filter((key) => key !== "parameters")) documented.add(`${method.toUpperCase()} ${path}`);
    }
    expect([...served].sort()).toEqual([...documented].sort());
  });
});
