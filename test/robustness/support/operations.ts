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
  /** The wire path (`/` for Volcengine); a template (`/live/v2/channels/{channelId}/delete`) when the spec's is: fill it with {@link wirePath}. */
  path: string;
  /** Path parameters (`{channelId}`), checked like query ones. */
  pathParams: QueryParam[];
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
    const params = ((op.parameters ?? []) as Json[]).map((raw) => resolveRef(spec, raw));
    const asParam = (p: Json): QueryParam => ({ name: p.name, required: p.required === true, schema: flatten(spec, p.schema) });
    const queryParams: QueryParam[] = params.filter((p) => p.in === "query" && !ROUTING_AND_AUTH.has(p.name)).map(asParam);
    const pathParams: QueryParam[] = params.filter((p) => p.in === "path").map(asParam);
    return {
      id,
      method: method.toUpperCase() as "GET" | "POST",
      path: vendor === "volcengine" ? "/" : path,
      bodySchema: media?.schema,
      examples: examples.filter((e) => e.operationId === id).map((e) => e.value),
      queryParams,
      pathParams,
    };
  });
}

/** The string with lone surrogates replaced by U+FFFD (as its UTF-8 bytes on the wire would be), which encodeURIComponent accepts. */
function wellFormed(value: string): string {
  return new TextDecoder().decode(new TextEncoder().encode(value));
}

/**
 * The operation's path with its `{name}` segments filled (percent-encoded; a missing or empty value
 * leaves the segment empty, which is itself a bad request).
 *
 * @example
 * wirePath(deleteChannel, { channelId: "4854808" }) // "/live/v2/channels/4854808/delete"
 */
export function wirePath(op: OperationInfo, values: Readonly<Record<string, string | undefined>>): string {
  return op.path.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/gu, (_, name: string) => encodeURIComponent(wellFormed(values[name] ?? "")));
}
