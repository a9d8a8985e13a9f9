/**
 * Validates payloads against a vendor's OpenAPI 3.1 spec with Ajv (JSON Schema 2020-12), with every
 * rule of the spec kept, `if`/`then`/`else` included. This is the independent side of the
 * "spec vs zod" differential tests, and what the contract runner checks responses with.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse as parseYaml } from "yaml";
import { repoFile } from "../../repo-file.ts";
import { compilePathTemplate, isPathTemplate, matchPathTemplate, type PathTemplate } from "../../util/path-template.ts";
import type { VendorName } from "../vendor-name.ts";

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

/** A single violation: where (JSON path) and what. */
export interface SpecViolation {
  path: string;
  message: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `format`, ...); `status` when the spec declares no answer with the status, `schema` when it defines no JSON schema for the part. */
  keyword?: string;
}

export type SpecVerdict = { valid: true } | { valid: false; violations: SpecViolation[] };

type Json = Record<string, unknown>;

const HTTP_METHODS = ["get", "put", "post", "delete", "patch"];

/** Escapes one JSON-pointer segment. */
function pointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function toViolations(errors: ErrorObject[] | null | undefined): SpecViolation[] {
  return (errors ?? [])
    .filter((e) => e.keyword !== "if")
    .map((e) => {
      const base = e.instancePath.replace(/\//g, ".") || "(root)";
      const prop =
        e.keyword === "required"
          ? `.${(e.params as { missingProperty: string }).missingProperty}`
          : e.keyword === "additionalProperties"
            ? `.${(e.params as { additionalProperty: string }).additionalProperty}`
            : "";
      const path = (base === "(root)" && prop ? prop.slice(1) : `${base}${prop}`).replace(/^\./, "");
      return { path: path || "(root)", message: e.message ?? e.keyword, keyword: e.keyword };
    });
}

/** A spec loaded and compiled for validation. */
export interface SpecValidator {
  readonly vendor: VendorName;
  readonly spec: Json;
  /** operationIds in document order. */
  readonly operationIds: string[];
  /** Where an operation lives: method and path key as written in the spec. */
  locate(operationId: string): { method: string; path: string };
  validateBody(operationId: string, body: unknown): SpecVerdict;
  /**
   * The path parameters of a wire path for an operation whose path key is a template
   * (`/live/v2/channels/{channelId}/delete`): `{}` for a literal path key, undefined when the path
   * does not match the operation's.
   */
  pathParams(operationId: string, path: string): Record<string, string> | undefined;
  /** Validates already-typed query and path parameter values (numbers as numbers), as one object. */
  validateQuery(operationId: string, query: unknown): SpecVerdict;
  validateResponse(operationId: string, status: number, body: unknown): SpecVerdict;
  /**
   * The schemas a part is checked against, as objects of the spec (their `$ref`s unresolved): the
   * JSON request body (`"body"`), or the answer with an HTTP status (the declared one, then `default`
   * where it applies). Empty when the spec defines none.
   */
  schemasOf(operationId: string, part: "body" | number): Json[];
}

const cache = new Map<VendorName, SpecValidator>();

/**
 * Loads `specs/<vendor>.yaml` and returns its validator (cached per process).
 *
 * @example
 * const polyv = specValidator("polyv");
 * const verdict = polyv.validateResponse("taskRewardSave", 200, json);
 * if (!verdict.valid) console.log(verdict.violations);
 */
export function specValidator(vendor: VendorName): SpecValidator {
  const hit = cache.get(vendor);
  if (hit) return hit;
  const file = repoFile(`specs/${vendor}.yaml`);
  const validator = createSpecValidator(vendor, parseYaml(readFileSync(file, "utf8")) as Json);
  cache.set(vendor, validator);
  return validator;
}

/**
 * Builds a validator from an already parsed spec (a spec edited in a test, say).
 *
 * @example
 * const validator = createSpecValidator("xiaoe", parseYaml(readFileSync("specs/xiaoe.yaml", "utf8")));
 * validator.validateResponse("getLiveTask", 200, json) // { valid: true } or { valid: false, violations }
 */
export function createSpecValidator(vendor: VendorName, spec: Json): SpecValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  const id = `livemock:${vendor}`;
  ajv.addSchema(spec, id);

  const ops = new Map<string, { method: string; path: string; op: Json }>();
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as Json | undefined;
      if (op && typeof op.operationId === "string") ops.set(op.operationId, { method, path, op });
    }
  }

  const compiled = new Map<string, ValidateFunction | null>();
  const compile = (key: string, build: () => object | null): ValidateFunction | null => {
    if (!compiled.has(key)) {
      const schema = build();
      compiled.set(key, schema ? ajv.compile(schema) : null);
    }
    return compiled.get(key) ?? null;
  };
  const find = (operationId: string) => {
    const found = ops.get(operationId);
    if (!found) throw new Error(`specs/${vendor}.yaml has no operation ${operationId}`);
    return found;
  };
  const opPointer = (operationId: string) => {
    const { method, path } = find(operationId);
    return `${id}#/paths/${pointer(path)}/${method}`;
  };
  const run = (fn: ValidateFunction | null, value: unknown, what: string): SpecVerdict => {
    if (!fn) return { valid: false, violations: [{ path: "(root)", message: `the spec defines no ${what}`, keyword: "schema" }] };
    return fn(value) ? { valid: true } : { valid: false, violations: toViolations(fn.errors) };
  };
  const resolveRef = (node: Json): Json => {
    let current = node;
    while (typeof current.$ref === "string") {
      const parts = current.$ref
        .slice(2)
        .split("/")
        .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
      current = parts.reduce<Json>((acc, key) => acc[key] as Json, spec);
    }
    return current;
  };
  /** The object a `livemock:<vendor>#/...` reference points at. */
  const at = (ref: string): Json => resolveRef({ $ref: ref.slice(id.length) });
  /** The reference of an operation's request body schema (JSON, else form), when it has one. */
  const bodyRef = (operationId: string): string | undefined => {
    const { op } = find(operationId);
    const requestBody = op.requestBody ? resolveRef(op.requestBody as Json) : undefined;
    const content = (requestBody?.content ?? {}) as Record<string, unknown>;
    const media = content["application/json"] ? "application/json" : content["application/x-www-form-urlencoded"] ? "application/x-www-form-urlencoded" : undefined;
    if (!media) return undefined;
    const base = op.requestBody && typeof (op.requestBody as Json).$ref === "string" ? `${id}${(op.requestBody as Json).$ref as string}` : `${opPointer(operationId)}/requestBody`;
    return `${base}/content/${pointer(media)}/schema`;
  };
  /**
   * The response keys that apply to a status: the one declared for it (exact, then range), plus
   * `default` when it applies: to statuses not declared otherwise, or, for vendors that answer
   * errors with the same status as successes (Xiaoe: HTTP 200), when it says so with
   * `x-livemock-http-status`.
   */
  const responseKeys = (operationId: string, status: number): string[] => {
    const responses = (find(operationId).op.responses ?? {}) as Record<string, Json>;
    const declared = [String(status), `${String(status)[0]}XX`].find((k) => responses[k]);
    const fallback = responses.default ? resolveRef(responses.default) : undefined;
    return [...(declared ? [declared] : []), ...(fallback && (!declared || Number(fallback["x-livemock-http-status"]) === status) ? ["default"] : [])];
  };
  /** The reference of the JSON schema of one response key, when it has one. */
  const responseRef = (operationId: string, key: string): string | undefined => {
    const raw = ((find(operationId).op.responses ?? {}) as Record<string, Json>)[key] as Json;
    const response = resolveRef(raw);
    const content = (response.content ?? {}) as Record<string, unknown>;
    if (!content["application/json"]) return undefined;
    const base = typeof raw.$ref === "string" ? `${id}${raw.$ref}` : `${opPointer(operationId)}/responses/${pointer(key)}`;
    return `${base}/content/application~1json/schema`;
  };

  const templates = new Map<string, PathTemplate>();

  return {
    vendor,
    spec,
    operationIds: [...ops.keys()],
    pathParams(operationId, path) {
      const key = find(operationId).path;
      if (!isPathTemplate(key)) return key === path ? {} : undefined;
      let compiled = templates.get(key);
      if (compiled === undefined) {
        compiled = compilePathTemplate(key);
        templates.set(key, compiled);
      }
      return matchPathTemplate(compiled, path);
    },
    locate(operationId) {
      const { method, path } = find(operationId);
      return { method, path };
    },
    validateBody(operationId, body) {
      const fn = compile(`body:${operationId}`, () => {
        const ref = bodyRef(operationId);
        return ref === undefined ? null : { $ref: ref };
      });
      return run(fn, body, `request body for ${operationId}`);
    },
    validateQuery(operationId, query) {
      const { op } = find(operationId);
      const fn = compile(`query:${operationId}`, () => {
        const params = (op.parameters ?? []) as Json[];
        const properties: Record<string, object> = {};
        const required: string[] = [];
        params.forEach((raw, index) => {
          const param = resolveRef(raw);
          if (param.in !== "query" && param.in !== "path") return;
          const ref = typeof raw.$ref === "string" ? `${id}${raw.$ref}/schema` : `${opPointer(operationId)}/parameters/${index}/schema`;
          properties[param.name as string] = { $ref: ref };
          if (param.required === true) required.push(param.name as string);
        });
        return { type: "object", properties, required };
      });
      return run(fn, query, `query for ${operationId}`);
    },
    validateResponse(operationId, status, body) {
      const keys = responseKeys(operationId, status);
      if (keys.length === 0) return { valid: false, violations: [{ path: "(root)", message: `the spec declares no response with status ${status} for ${operationId}`, keyword: "status" }] };
      let first: SpecVerdict | undefined;
      for (const key of keys) {
        const fn = compile(`response:${operationId}:${key}`, () => {
          const ref = responseRef(operationId, key);
          return ref === undefined ? null : { $ref: ref };
        });
        const verdict = run(fn, body, `JSON response "${key}" for ${operationId}`);
        if (verdict.valid) return verdict;
        first ??= verdict;
      }
      return first!;
    },
    schemasOf(operationId, part) {
      const refs = part === "body" ? [bodyRef(operationId)] : responseKeys(operationId, part).map((key) => responseRef(operationId, key));
      return refs.filter((ref) => ref !== undefined).map((ref) => at(ref));
    },
  };
}
