/**
 * Bad values derived from a vendor's spec: walks an operation's request-body schema alongside a
 * documented example and offers, for every field, the ways to break it that the schema rules out
 * (wrong JSON type, missing required field, number out of range, over-long or too-short string,
 * value outside an enum, extra field where none is allowed), plus "noise" that a spec may or may
 * not allow (odd unicode in strings, unknown fields). Callers check the result with the spec's Ajv
 * validator, so a mutation the schema happens to allow is never sent as "bad".
 */
import fc from "fast-check";

type Json = any;
export type PathSegment = string | number;

/** Follows `$ref`s (local `#/...` pointers) to the schema they name. */
export function resolveRef(spec: Json, node: Json): Json {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string" && hops < 20; hops++) {
    current = (current.$ref as string)
      .slice(2)
      .split("/")
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((acc: Json, key: string) => acc?.[key], spec);
  }
  return current ?? {};
}

/** A schema with its `$ref` resolved and its `allOf` parts merged (properties and required lists). */
export function flatten(spec: Json, node: Json): Json {
  const schema = resolveRef(spec, node);
  if (!Array.isArray(schema.allOf)) return schema;
  const merged: Json = { ...schema, properties: { ...(schema.properties ?? {}) }, required: [...(schema.required ?? [])] };
  delete merged.allOf;
  for (const part of schema.allOf as Json[]) {
    const flat = flatten(spec, part);
    Object.assign(merged.properties, flat.properties ?? {});
    merged.required.push(...(flat.required ?? []));
    for (const key of ["type", "additionalProperties", "minimum", "maximum", "minLength", "maxLength", "enum", "const", "pattern", "format"]) {
      if (flat[key] !== undefined && merged[key] === undefined) merged[key] = flat[key];
    }
  }
  return merged;
}

/** One place in a body where a mutation applies. */
export interface Site {
  path: PathSegment[];
  schema: Json;
  /** The field is required by its parent object. */
  required: boolean;
  /** The field is present in the example the site was found in. */
  present: boolean;
}

/** Every field of `value` (and every declared field it lacks) with the schema that governs it. */
export function sitesOf(spec: Json, rawSchema: Json, value: Json, path: PathSegment[] = [], depth = 0): Site[] {
  const schema = flatten(spec, rawSchema);
  const out: Site[] = [];
  if (depth > 6) return out;
  if (value !== null && typeof value === "object" && !Array.isArray(value) && schema.properties) {
    const required = new Set<string>(schema.required ?? []);
    for (const [key, child] of Object.entries(schema.properties as Record<string, Json>)) {
      const childPath = [...path, key];
      const present = key in value;
      out.push({ path: childPath, schema: flatten(spec, child), required: required.has(key), present });
      if (present) out.push(...sitesOf(spec, child, value[key], childPath, depth + 1));
    }
  } else if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => {
      out.push({ path: [...path, index], schema: flatten(spec, schema.items), required: false, present: true });
      out.push(...sitesOf(spec, schema.items, item, [...path, index], depth + 1));
    });
  }
  return out;
}

/** Strings a human would not type: lone surrogates, bidi controls, NUL, zero-width, combining marks, emoji. */
export const oddUnicode = fc.constantFrom(
  "\uD800",
  "\uDFFF",
  "a\uDC00b",
  "\u202Eevil\u202C",
  "\u200F\u05E9\u05DC\u05D5\u05DD",
  "\u0000",
  "nul\u0000inside",
  "\uFEFF",
  "\u200B\u200C\u200D",
  "e\u0301\u0301\u0301",
  "𝕏😀👩‍👩‍👧",
  "\u0085\u2028\u2029",
  "\\u0000",
  "'\"<>&;--",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log-injection payload, sent literally.
  "${jndi:ldap://x}",
);

/** A string mixing ordinary characters with odd unicode. */
export const nastyString = fc.tuple(fc.string({ maxLength: 12, unit: "grapheme" }), oddUnicode, fc.string({ maxLength: 6, unit: "binary" })).map(([a, odd, b]) => `${a}${odd}${b}`);

/** JSON types by name, as a schema's `type` names them. */
function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function allows(schema: Json, value: unknown): boolean {
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return true;
  const actual = jsonTypeOf(value);
  return types.includes(actual) || (actual === "integer" && types.includes("number"));
}

const anyJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.constantFrom("", "abc", "1.5", "NaN", "true", "null", "[]", "{}"),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);

/** A body change: what it is (for the tally) and how to apply it to a deep copy. */
export interface Mutation {
  kind: "wrong-type" | "missing-field" | "out-of-range" | "over-long-string" | "enum-violation" | "extra-field" | "odd-unicode";
  path: PathSegment[];
  /** `undefined` with kind "missing-field" deletes the field. */
  value?: unknown;
}

/** The mutations a site's schema rules out (each one invalid by the schema alone). */
export function invalidMutations(site: Site): fc.Arbitrary<Mutation>[] {
  const { schema, path } = site;
  const out: fc.Arbitrary<Mutation>[] = [];
  if (schema.type || schema.enum || schema.const !== undefined) {
    out.push(anyJsonValue.filter((v) => !allows(schema, v)).map((value) => ({ kind: "wrong-type" as const, path, value })));
  }
  if (site.required && site.present) out.push(fc.constant({ kind: "missing-field" as const, path }));
  const numeric = schema.type === "integer" || schema.type === "number";
  if (numeric) {
    const ranged: fc.Arbitrary<number>[] = [];
    if (typeof schema.minimum === "number") ranged.push(fc.integer({ min: 1, max: 1_000_000 }).map((d) => schema.minimum - d));
    if (typeof schema.exclusiveMinimum === "number") ranged.push(fc.integer({ min: 0, max: 1000 }).map((d) => schema.exclusiveMinimum - d));
    if (typeof schema.maximum === "number") ranged.push(fc.integer({ min: 1, max: 1_000_000 }).map((d) => schema.maximum + d));
    if (typeof schema.exclusiveMaximum === "number") ranged.push(fc.integer({ min: 0, max: 1000 }).map((d) => schema.exclusiveMaximum + d));
    if (schema.type === "integer") ranged.push(fc.constantFrom(0.5, 1.5, -2.25, 1e-7, 4854808.1));
    if (ranged.length > 0) out.push(fc.oneof(...ranged).map((value) => ({ kind: "out-of-range" as const, path, value })));
  }
  if (schema.type === "string" && typeof schema.maxLength === "number") {
    out.push(
      fc
        .tuple(fc.integer({ min: 1, max: 2000 }), fc.constantFrom("x", "字", "😀", "\u202E", "\u0000"))
        .map(([extra, unit]) => ({ kind: "over-long-string" as const, path, value: unit.repeat(schema.maxLength + extra) })),
    );
  }
  if (schema.type === "string" && typeof schema.minLength === "number" && schema.minLength > 0) {
    out.push(fc.constant({ kind: "over-long-string" as const, path, value: "" }));
  }
  if (Array.isArray(schema.enum) || schema.const !== undefined) {
    const allowed = new Set<unknown>(schema.enum ?? [schema.const]);
    const sameType = schema.type === "string" ? nastyString : schema.type === "integer" ? fc.integer({ min: -1000, max: 1000 }) : anyJsonValue;
    out.push(sameType.filter((v) => !allowed.has(v)).map((value) => ({ kind: "enum-violation" as const, path, value })));
  }
  return out;
}

/** Changes a spec may or may not allow: the caller keeps them only with an invalid change beside them. */
export function noiseMutations(site: Site, parentPath: PathSegment[]): fc.Arbitrary<Mutation>[] {
  const out: fc.Arbitrary<Mutation>[] = [
    fc
      .tuple(fc.constantFrom("__proto__", "constructor", "extra", "x-unknown", "appSecret", "📎"), anyJsonValue)
      .map(([key, value]) => ({ kind: "extra-field" as const, path: [...parentPath, key], value })),
  ];
  if (site.schema.type === "string") out.push(nastyString.map((value) => ({ kind: "odd-unicode" as const, path: site.path, value })));
  return out;
}

/**
 * Applies mutations to a deep copy of `base`. `__proto__` is set as an own property (as
 * `JSON.parse` would create it), never as the prototype.
 *
 * @example
 * applyMutations({ a: { b: 1 } }, [{ kind: "wrong-type", path: ["a", "b"], value: "x" }]) // { a: { b: "x" } }
 */
export function applyMutations(base: unknown, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(base) as Json;
  for (const mutation of mutations) {
    let parent: Json = copy;
    for (const segment of mutation.path.slice(0, -1)) {
      if (parent === null || typeof parent !== "object") break;
      parent = parent[segment];
    }
    if (parent === null || typeof parent !== "object") continue;
    const last = mutation.path[mutation.path.length - 1]!;
    if (mutation.kind === "missing-field") {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else {
      Object.defineProperty(parent, last, { value: mutation.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return copy;
}
