import type { ZodType } from "zod";
import { type SpecValidator, specValidator } from "../../src/contracts/core/spec-validator.ts";
import type { VendorName } from "../../src/contracts/vendor-name.ts";

type Json = Record<string, any>;

/** One example found in a spec. */
export interface SpecExample {
  vendor: VendorName;
  operationId: string;
  /** "request" or the response status key ("200", "400", "default" ...). */
  where: "request" | string;
  name: string;
  value: unknown;
  expectInvalid: boolean;
  defect?: string;
  raw?: string;
}

function resolve(spec: Json, node: Json | undefined): Json | undefined {
  let current = node;
  while (current && typeof current.$ref === "string") {
    current = current.$ref
      .slice(2)
      .split("/")
      .map((p: string) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((acc: Json, key: string) => acc?.[key], spec);
  }
  return current;
}

function examplesOf(spec: Json, media: Json | undefined): { name: string; example: Json }[] {
  if (!media) return [];
  const out: { name: string; example: Json }[] = [];
  if (media.example !== undefined) out.push({ name: "example", example: { value: media.example } });
  for (const [name, raw] of Object.entries((media.examples ?? {}) as Json)) {
    const example = resolve(spec, raw as Json);
    if (example) out.push({ name, example });
  }
  return out;
}

/** Every request and response example of a vendor's spec, with its expected verdict. */
export function specExamples(vendor: VendorName): SpecExample[] {
  const validator = specValidator(vendor);
  const spec = validator.spec as Json;
  const found: SpecExample[] = [];
  for (const operationId of validator.operationIds) {
    const { method, path } = validator.locate(operationId);
    const op = spec.paths[path][method] as Json;
    const body = resolve(spec, op.requestBody);
    const requestMedia = body?.content?.["application/json"] ?? body?.content?.["application/x-www-form-urlencoded"];
    for (const { name, example } of examplesOf(spec, requestMedia)) {
      found.push({
        vendor,
        operationId,
        where: "request",
        name,
        value: example.value,
        expectInvalid: example["x-livemock-expect"] === "invalid",
        defect: example["x-livemock-doc-defect"],
        raw: example["x-livemock-doc-raw"],
      });
    }
    for (const [status, raw] of Object.entries((op.responses ?? {}) as Json)) {
      const response = resolve(spec, raw as Json);
      for (const { name, example } of examplesOf(spec, response?.content?.["application/json"])) {
        found.push({
          vendor,
          operationId,
          where: status,
          name,
          value: example.value,
          expectInvalid: example["x-livemock-expect"] === "invalid",
          defect: example["x-livemock-doc-defect"],
          raw: example["x-livemock-doc-raw"],
        });
      }
    }
  }
  return found;
}

/** The vendor's refined zod validators, keyed by operationId. */
export type VendorValidators = Record<string, { query?: ZodType; body?: ZodType; response?: ZodType }>;

/** Loads `src/contracts/<vendor>/validators.ts`. */
export async function loadValidators(vendor: VendorName): Promise<VendorValidators> {
  const module = (await import(`../../src/contracts/${vendor}/validators.ts`)) as { validators: VendorValidators };
  return module.validators;
}

export function spec(vendor: VendorName): SpecValidator {
  return specValidator(vendor);
}
