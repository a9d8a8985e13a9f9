/**
 * Code generation from the vendor specs: openapi-typescript types and json-schema-to-zod validators.
 * Used by `npm run generate` (writes the files) and by the staleness test (compares them).
 * See docs/spec-conventions.md for what the specs must look like.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { jsonSchemaToZod } from "json-schema-to-zod";
import openapiTS, { astToString } from "openapi-typescript";
import { parse as parseYaml } from "yaml";
import type { VendorName } from "../src/contracts/vendor-name.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Absolute path of a vendor's spec. */
export function specPath(vendor: VendorName): string {
  return `${root}specs/${vendor}.yaml`;
}

/** Absolute path of a generated file (`<vendor>.ts` or `<vendor>.zod.ts`). */
export function generatedPath(vendor: VendorName, kind: "types" | "zod"): string {
  return `${root}src/contracts/generated/${vendor}${kind === "zod" ? ".zod" : ""}.ts`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Reads and parses a vendor spec. */
export function loadSpec(vendor: VendorName): JsonObject {
  return parseYaml(readFileSync(specPath(vendor), "utf8")) as JsonObject;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows a local JSON pointer (`#/components/schemas/X`). */
function resolvePointer(spec: JsonObject, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: Json = spec;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) || !(key in node)) throw new Error(`unresolvable $ref ${ref}`);
    node = node[key] as Json;
  }
  return node;
}

/**
 * Turns a spec schema into the JSON Schema the zod generator sees: `$ref`s inlined, and what zod
 * must not or cannot render removed (`if`/`then`/`else` become refinements by hand; annotations,
 * examples, defaults and `x-*` extensions carry no validation).
 */
export function schemaForZod(spec: JsonObject, schema: Json, seen: string[] = []): Json {
  if (Array.isArray(schema)) return schema.map((item) => schemaForZod(spec, item, seen));
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref === "string") {
    if (seen.includes(schema.$ref)) throw new Error(`recursive $ref ${schema.$ref} is not supported`);
    return schemaForZod(spec, resolvePointer(spec, schema.$ref), [...seen, schema.$ref]);
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith("x-")) continue;
    if (["if", "then", "else", "description", "title", "examples", "example", "default", "deprecated", "readOnly", "writeOnly", "$comment"].includes(key)) continue;
    if (key === "properties" && isObject(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, schemaForZod(spec, sub, seen)]));
      continue;
    }
    out[key] = schemaForZod(spec, value, seen);
  }
  return out;
}

/** One operation of a spec, as the generators see it. */
export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  operation: JsonObject;
}

/** Lists a spec's operations in document order. */
export function listOperations(spec: JsonObject): SpecOperation[] {
  const ops: SpecOperation[] = [];
  const paths = isObject(spec.paths) ? spec.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      if (typeof operation.operationId !== "string") throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      ops.push({ operationId: operation.operationId, method, path, operation });
    }
  }
  return ops;
}

function deref(spec: JsonObject, node: Json | undefined): Json | undefined {
  if (isObject(node) && typeof node.$ref === "string") return deref(spec, resolvePointer(spec, node.$ref));
  return node;
}

/**
 * The `in: query` and `in: path` parameters of an operation as one object schema (or undefined when
 * it has none): a path parameter (`{channelId}`) is validated like a query one, from its text.
 */
export function querySchema(spec: JsonObject, op: SpecOperation): JsonObject | undefined {
  const params = Array.isArray(op.operation.parameters) ? op.operation.parameters : [];
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const raw of params) {
    const param = deref(spec, raw);
    if (!isObject(param) || (param.in !== "query" && param.in !== "path") || typeof param.name !== "string") continue;
    properties[param.name] = param.schema ?? {};
    if (param.required === true) required.push(param.name);
  }
  if (Object.keys(properties).length === 0) return undefined;
  return { type: "object", properties, ...(required.length ? { required } : {}) };
}

/** The JSON (or form) request body schema of an operation. */
export function bodySchema(spec: JsonObject, op: SpecOperation): Json | undefined {
  const body = deref(spec, op.operation.requestBody);
  if (!isObject(body) || !isObject(body.content)) return undefined;
  const media = body.content["application/json"] ?? body.content["application/x-www-form-urlencoded"];
  return isObject(media) ? media.schema : undefined;
}

/** The 200 JSON response schema of an operation. */
export function responseSchema(spec: JsonObject, op: SpecOperation): Json | undefined {
  const responses = isObject(op.operation.responses) ? op.operation.responses : {};
  const ok = deref(spec, responses["200"]);
  if (!isObject(ok) || !isObject(ok.content)) return undefined;
  const media = ok.content["application/json"];
  return isObject(media) ? media.schema : undefined;
}

function zodConst(spec: JsonObject, name: string, schema: Json): string {
  // A schema that is only a reference to a component reuses that component's export.
  if (isObject(schema) && typeof schema.$ref === "string" && Object.keys(schema).length === 1) {
    const match = /^#\/components\/schemas\/([A-Za-z0-9]+)$/.exec(schema.$ref);
    if (match) return `export const ${name} = ${match[1]};\n`;
  }
  const code = jsonSchemaToZod(schemaForZod(spec, schema) as never, {
    name,
    module: "none",
    noImport: true,
    withoutDefaults: true,
    withoutDescribes: true,
    zodVersion: 4,
  });
  return `export ${code.trim()};\n`;
}

const BANNER = (vendor: VendorName, tool: string) => `/**\n * Generated from specs/${vendor}.yaml by ${tool} (\`npm run generate\`). Do not edit by hand.\n */\n`;

/** Generates the zod module source for a vendor. */
export function generateZod(vendor: VendorName, spec: JsonObject = loadSpec(vendor)): string {
  const parts: string[] = [BANNER(vendor, "json-schema-to-zod"), `import { z } from "zod";\n\n`];
  const schemas = isObject(spec.components) && isObject(spec.components.schemas) ? spec.components.schemas : {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error(`component schema name ${name} must be PascalCase`);
    parts.push(zodConst(spec, name, schema));
  }
  const entries: string[] = [];
  for (const op of listOperations(spec)) {
    const fields: string[] = [];
    const query = querySchema(spec, op);
    const body = bodySchema(spec, op);
    const response = responseSchema(spec, op);
    if (query) {
      parts.push(zodConst(spec, `${op.operationId}Query`, query));
      fields.push(`query: ${op.operationId}Query`);
    }
    if (body !== undefined) {
      parts.push(zodConst(spec, `${op.operationId}Body`, body));
      fields.push(`body: ${op.operationId}Body`);
    }
    if (response !== undefined) {
      parts.push(zodConst(spec, `${op.operationId}Response`, response));
      fields.push(`response: ${op.operationId}Response`);
    }
    entries.push(`  ${op.operationId}: { ${fields.join(", ")} },`);
  }
  parts.push(`\n/** Every operation's generated query, body and 200-response schemas, keyed by operationId. */\nexport const operations = {\n${entries.join("\n")}\n} as const;\n`);
  return parts.join("");
}

/** Generates the openapi-typescript module source for a vendor. */
export async function generateTypes(vendor: VendorName): Promise<string> {
  // defaultNonNullable off: a `default` documents what the server assumes, the field stays optional.
  const ast = await openapiTS(new URL(`file://${specPath(vendor)}`), { silent: true, defaultNonNullable: false });
  return BANNER(vendor, "openapi-typescript") + astToString(ast);
}
