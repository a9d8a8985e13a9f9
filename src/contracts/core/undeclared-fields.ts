/**
 * Fields a value carries that its schema does not declare. The specs leave objects open (a vendor
 * may add fields without breaking clients), so JSON Schema validation never reports them; drift
 * checks do, as `unknown-field`.
 */

type Json = Record<string, unknown>;

/** Subschemas whose properties count as declared at the same level. */
const APPLICATORS = ["allOf", "anyOf", "oneOf"] as const;
const BRANCHES = ["if", "then", "else"] as const;

function resolve(spec: Json, node: unknown): Json | undefined {
  let current = node as Json | undefined;
  for (let hops = 0; current && typeof current.$ref === "string" && hops < 32; hops++) {
    const ref = current.$ref as string;
    if (!ref.startsWith("#/")) return undefined;
    current = ref
      .slice(2)
      .split("/")
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<Json | undefined>((acc, key) => acc?.[key] as Json | undefined, spec);
  }
  return current && typeof current === "object" ? current : undefined;
}

/** A schema and every subschema that describes the same value (applicators and conditionals). */
function sameLevel(spec: Json, node: unknown, out: Json[] = [], depth = 0): Json[] {
  const schema = resolve(spec, node);
  if (!schema || depth > 16 || out.includes(schema)) return out;
  out.push(schema);
  for (const key of APPLICATORS) for (const sub of (schema[key] as unknown[] | undefined) ?? []) sameLevel(spec, sub, out, depth + 1);
  for (const key of BRANCHES) if (schema[key] !== undefined) sameLevel(spec, schema[key], out, depth + 1);
  for (const sub of Object.values((schema.dependentSchemas as Json | undefined) ?? {})) sameLevel(spec, sub, out, depth + 1);
  return out;
}

function walk(spec: Json, schemas: readonly unknown[], value: unknown, path: string[], found: string[]): void {
  if (value === null || typeof value !== "object" || path.length > 32) return;
  const level = schemas.flatMap((s) => sameLevel(spec, s));
  if (level.length === 0) return;
  if (Array.isArray(value)) {
    const items = level.flatMap((s) => (s.items !== undefined && typeof s.items === "object" ? [s.items] : []));
    const prefix = level.flatMap((s) => (Array.isArray(s.prefixItems) ? [s.prefixItems as unknown[]] : []));
    value.forEach((item, index) => {
      const own = prefix.flatMap((p) => (p[index] === undefined ? [] : [p[index]]));
      walk(spec, [...own, ...items], item, [...path, String(index)], found);
    });
    return;
  }
  const declared = new Map<string, unknown[]>();
  let open = false;
  let described = false;
  for (const schema of level) {
    const properties = schema.properties as Json | undefined;
    if (properties) {
      described = true;
      for (const [name, sub] of Object.entries(properties)) declared.set(name, [...(declared.get(name) ?? []), sub]);
    }
    // Anything the schema says about other keys (a map of values, a closed object Ajv already
    // checks, patterns) is the schema's word: only silence counts as "undeclared".
    if (schema.additionalProperties !== undefined || schema.patternProperties !== undefined || schema.unevaluatedProperties !== undefined) open = true;
  }
  for (const [key, item] of Object.entries(value as Json)) {
    const subs = declared.get(key);
    if (subs) walk(spec, subs, item, [...path, key], found);
    else if (described && !open) found.push([...path, key].join("."));
    else if (open) {
      const extra = level.flatMap((s) => (s.additionalProperties && typeof s.additionalProperties === "object" ? [s.additionalProperties] : []));
      if (extra.length > 0) walk(spec, extra, item, [...path, key], found);
    }
  }
}

/**
 * The dotted paths (`data.contents.0.extra`, as the spec validator reports paths) of the fields in
 * `value` that none of `schemas` (objects of `spec`, `$ref`s resolved against it) declares. Objects
 * whose schema says anything about other keys (`additionalProperties`, `patternProperties`) or
 * declares no properties at all are not judged.
 *
 * @example
 * const schemas = specValidator("polyv").schemasOf("getLotteryActivity", 200);
 * undeclaredFields(specValidator("polyv").spec, schemas, json) // ["data.newField"]
 */
export function undeclaredFields(spec: Json, schemas: readonly unknown[], value: unknown): string[] {
  const found: string[] = [];
  walk(spec, schemas, value, [], found);
  return found;
}
