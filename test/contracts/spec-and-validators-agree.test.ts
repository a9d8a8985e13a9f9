/**
 * Differential test: the spec (Ajv, every rule including if/then) and the zod validators (generated
 * schemas + hand-written refinements) must give the same verdict on every documented example and on
 * systematic mutations of it. A disagreement means the two have drifted.
 */
import { describe, expect, it } from "vitest";
import { VENDOR_NAMES } from "../../src/contracts/vendor-name.ts";
import { loadValidators, spec, specExamples } from "../support/spec-walk.ts";

type Mutation = { label: string; value: unknown };

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Wrong-typed and out-of-range replacements for a value. */
function replacementsFor(value: unknown): { label: string; value: unknown }[] {
  const out: { label: string; value: unknown }[] = [{ label: "null", value: null }];
  if (typeof value === "string") {
    out.push(
      { label: "a number", value: 12345 },
      { label: "an empty string", value: "" },
      { label: "a 5000-char string", value: "字".repeat(5000) },
      { label: "a non-numeric string", value: "not-a-number" },
    );
  } else if (typeof value === "number") {
    out.push({ label: "a string", value: String(value) }, { label: "a fraction", value: value + 0.5 }, { label: "-1", value: -1 }, { label: "0", value: 0 }, { label: "a huge number", value: 1e15 });
  } else if (typeof value === "boolean") {
    out.push({ label: "a string", value: "true" }, { label: "a number", value: 1 });
  } else if (Array.isArray(value)) {
    out.push({ label: "a string", value: "[]" }, { label: "an empty array", value: [] }, { label: "an array of 50 copies", value: Array.from({ length: 50 }, () => clone(value[0])) });
  } else if (value && typeof value === "object") {
    out.push({ label: "a string", value: "{}" }, { label: "an empty object", value: {} });
  }
  return out;
}

/** Mutations of an object: each key dropped, each value replaced; recursing one level into objects and first array items. */
function mutations(base: unknown, prefix = "", depth = 0): Mutation[] {
  if (!base || typeof base !== "object" || Array.isArray(base)) return [];
  const out: Mutation[] = [{ label: `${prefix || "(root)"}+unknownField`, value: { ...(base as object), livemockUnknownField: 1 } }];
  for (const [key, value] of Object.entries(base as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const dropped = clone(base) as Record<string, unknown>;
    delete dropped[key];
    out.push({ label: `${path} dropped`, value: dropped });
    for (const replacement of replacementsFor(value)) {
      const changed = clone(base) as Record<string, unknown>;
      changed[key] = replacement.value;
      out.push({ label: `${path} = ${replacement.label}`, value: changed });
    }
    if (depth < 2) {
      const child = Array.isArray(value) ? value[0] : value;
      for (const inner of mutations(child, Array.isArray(value) ? `${path}[0]` : path, depth + 1)) {
        const changed = clone(base) as Record<string, unknown>;
        if (Array.isArray(value)) {
          const arr = clone(value);
          arr[0] = inner.value;
          changed[key] = arr;
        } else {
          changed[key] = inner.value;
        }
        out.push({ label: inner.label, value: changed });
      }
    }
  }
  return out;
}

describe.each(VENDOR_NAMES)("%s: spec and zod validators agree", (vendor) => {
  const bases = specExamples(vendor).filter((e) => e.where === "request" && !e.expectInvalid);

  it.each(bases.map((e) => [`${e.operationId} "${e.name}"`, e] as const))("on every mutation of %s", async (_label, example) => {
    const validators = await loadValidators(vendor);
    const zodSchema = validators[example.operationId]?.body;
    expect(zodSchema).toBeDefined();
    const disagreements: string[] = [];
    const cases = mutations(example.value);
    for (const mutation of cases) {
      const ajv = spec(vendor).validateBody(example.operationId, mutation.value);
      const zod = zodSchema!.safeParse(mutation.value);
      if (ajv.valid !== zod.success) {
        const why = ajv.valid
          ? `zod rejects (${zod.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")})`
          : `spec rejects (${ajv.violations.map((v) => `${v.path}: ${v.message}`).join("; ")})`;
        disagreements.push(`${mutation.label}: spec ${ajv.valid ? "accepts" : "rejects"}, zod ${zod.success ? "accepts" : "rejects"}; ${why}`);
      }
    }
    expect(cases.length).toBeGreaterThan(5);
    expect(disagreements).toEqual([]);
  });
});
