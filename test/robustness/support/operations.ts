/**
 * What the generators need to know about each operation of a vendor, read from its spec: method,
 * wire path, request-body schema and documented request examples, and the query parameters with
 * their schemas.
 */
import { specValidator } from "../../../src/contracts/core/spec-validator.ts";
import type { VendorName } from "../../../src/contracts/vendor-name.ts";
import { specExamples } from "../../support/spec-walk.ts";
import { flatten, resolveRef } from "./schema-mutations.ts";

type Json = any;

export interface QueryParam {
  name: string;
  required: boolean;
  schema: Json;
}

export interface OperationInfo {
  id: string;
  method: "GET" | "POST";
  /** The wire path (`/` for Volcengine). */
  path: string;
  /** The JSON request-body schema, when the operation takes one. */
  bodySchema?: Json;
  /** Documented request examples that are valid (the base of body mutations). */
  examples: unknown[];
  /** Query parameters other than the vendor's auth and routing ones. */
  queryParams: QueryParam[];
}

const ROUTING_AND_AUTH = new Set(["appId", "timestamp", "sign", "signatureMethod", "access_token", "Action", "Version"]);

/** Every operation of a vendor's spec, in document order. */
export function operationsOf(vendor: VendorName): OperationInfo[] {
  const validator = specValidator(vendor);
  const spec = validator.spec as Json;
  const examples = specExamples(vendor).filter((e) => e.where === "request" && !e.expectInvalid);
  return validator.operationIds.map((id) => {
    const { method, path } = validator.locate(id);
    const op = spec.paths[path][method];
    const body = op.requestBody ? resolveRef(spec, op.requestBody) : undefined;
    const media = body?.content?.["application/json"];
    const queryParams: QueryParam[] = ((op.parameters ?? []) as Json[])
      .map((raw) => resolveRef(spec, raw))
      .filter((p) => p.in === "query" && !ROUTING_AND_AUTH.has(p.name))
      .map((p) => ({ name: p.name, required: p.required === true, schema: flatten(spec, p.schema) }));
    return {
      id,
      method: method.toUpperCase() as "GET" | "POST",
      path: vendor === "volcengine" ? "/" : path,
      bodySchema: media?.schema,
      examples: examples.filter((e) => e.operationId === id).map((e) => e.value),
      queryParams,
    };
  });
}
