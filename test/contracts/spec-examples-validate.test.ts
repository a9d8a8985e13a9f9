import { describe, expect, it } from "vitest";
import { VENDOR_NAMES } from "../../src/contracts/vendor-name.ts";
import { loadValidators, spec, specExamples } from "../support/spec-walk.ts";

describe.each(VENDOR_NAMES)("%s spec examples", (vendor) => {
  const examples = specExamples(vendor);

  it("has request examples from the vendor docs", () => {
    expect(examples.filter((e) => e.where === "request").length).toBeGreaterThan(0);
  });

  const requests = examples.filter((e) => e.where === "request");
  it.each(requests.map((e) => [`${e.operationId} request "${e.name}"`, e] as const))("%s: spec and zod give the documented verdict", async (_label, example) => {
    const validators = await loadValidators(vendor);
    const ajv = spec(vendor).validateBody(example.operationId, example.value);
    const zodSchema = validators[example.operationId]?.body;
    expect(zodSchema, `validators.${example.operationId}.body is missing`).toBeDefined();
    const zod = zodSchema!.safeParse(example.value);
    if (example.expectInvalid) {
      expect(example.defect, "an example expected to be invalid must say which doc defect it shows").toBeTruthy();
      expect(ajv.valid, "the spec accepts a known-defective example").toBe(false);
      expect(zod.success, "zod accepts a known-defective example").toBe(false);
    } else {
      expect(ajv.valid ? [] : ajv.violations).toEqual([]);
      expect(zod.success ? [] : zod.error.issues).toEqual([]);
    }
  });

  const responses = examples.filter((e) => e.where !== "request");
  it.each(responses.map((e) => [`${e.operationId} ${e.where} "${e.name}"`, e] as const))("%s: response example matches the spec", async (_label, example) => {
    const status = /^\d{3}$/.test(example.where) ? Number(example.where) : 400;
    const ajv = spec(vendor).validateResponse(example.operationId, status, example.value);
    expect(ajv.valid ? [] : ajv.violations).toEqual([]);
    if (example.where === "200") {
      const validators = await loadValidators(vendor);
      const zod = validators[example.operationId]?.response?.safeParse(example.value);
      expect(zod, `validators.${example.operationId}.response is missing`).toBeDefined();
      expect(zod!.success ? [] : zod!.error.issues).toEqual([]);
    }
  });
});
