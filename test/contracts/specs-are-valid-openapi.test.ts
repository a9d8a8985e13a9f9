import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { VENDOR_NAMES } from "../../src/contracts/vendor-name.ts";
import { repoPath } from "../support/vendors.ts";

const HTTP_METHODS = ["get", "put", "post", "delete", "patch"];

describe.each(VENDOR_NAMES)("specs/%s.yaml", (vendor) => {
  const text = readFileSync(repoPath(`specs/${vendor}.yaml`), "utf8");
  const spec = parse(text) as Record<string, any>;

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(spec);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(spec.openapi).toMatch(/^3\.1\./);
  });

  it("lists the real vendor server first and the local mock second", () => {
    const urls = (spec.servers as { url: string }[]).map((s) => s.url);
    expect(urls[0]).toMatch(/^https:\/\/[a-z.-]+\.(net|com)$/);
    expect(urls).toContain("http://localhost:4010");
  });

  it("marks every operation with its source, and every security requirement with a scheme", () => {
    const seeds = new Set(["000_e0d728ce1f0c7d25.txt", "001_28d5212e02992578.txt", "002_9989328f26b24be9.txt", "003_b3240849204d5189.txt"]);
    for (const [path, item] of Object.entries(spec.paths as Record<string, any>)) {
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!op) continue;
        const where = `${method.toUpperCase()} ${path}`;
        const source = op["x-livemock-source"];
        expect(source, `${where} has no x-livemock-source`).toBeTruthy();
        const sources: string[] = Array.isArray(source) ? source : [source];
        for (const s of sources) {
          expect(seeds.has(s) || /^https?:\/\//.test(s), `${where}: "${s}" is neither a seed file nor a URL`).toBe(true);
        }
        const requirements = (op.security ?? spec.security ?? []) as Record<string, unknown>[];
        for (const requirement of requirements) {
          for (const scheme of Object.keys(requirement)) {
            expect(spec.components?.securitySchemes?.[scheme], `${where} uses undefined scheme ${scheme}`).toBeDefined();
          }
        }
      }
    }
  });

  it("flags guesses: at least one x-livemock-inferred mark, and only with the value true", () => {
    const marks = [...text.matchAll(/x-livemock-inferred:\s*(\S+)/g)].map((m) => m[1]);
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(["true"]));
  });
});
