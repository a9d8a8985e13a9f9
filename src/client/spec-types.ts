/**
 * Type-level readers of the operations that openapi-typescript generates from the specs: the JSON
 * request body, the query, and the 200 answer of an operation, and a check that a route table names
 * each operation's real method and path.
 */

/** Omit that keeps a union of body shapes a union. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An operation as openapi-typescript writes it. */
export interface GeneratedOperation {
  parameters: { query?: unknown; path?: unknown };
  requestBody?: unknown;
  responses: { 200: { content: { "application/json": unknown } } };
}

/** The JSON request body of an operation; `never` when it takes none. */
export type JsonBodyOf<Op extends GeneratedOperation> = [NonNullable<Op["requestBody"]>] extends [never]
  ? never
  : NonNullable<Op["requestBody"]> extends { content: { "application/json": infer Body } }
    ? Body
    : never;

/** The query parameters of an operation (`{}` when it declares none). */
export type QueryOf<Op extends GeneratedOperation> = [NonNullable<Op["parameters"]["query"]>] extends [never] ? Record<never, never> : NonNullable<Op["parameters"]["query"]>;

/** The path parameters of an operation (`{}` when its path has none). */
export type PathOf<Op extends GeneratedOperation> = [NonNullable<Op["parameters"]["path"]>] extends [never] ? Record<never, never> : NonNullable<Op["parameters"]["path"]>;

/** The JSON body of an operation's 200 answer. */
export type SuccessOf<Op extends GeneratedOperation> = Op["responses"][200]["content"]["application/json"];

/** Flattens an intersection for readable hovers. */
export type Simplify<T> = T extends unknown ? { [K in keyof T]: T[K] } : never;

type HttpMethod = "get" | "post";

/** Paths whose `method` entry is (structurally) this operation. */
type PathsServing<Paths, Op, M extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: infer Served } ? ([Served] extends [Op] ? ([Op] extends [Served] ? P : never) : never) : never;
}[keyof Paths];

/** A route entry that the type checker proves to be the operation's method and path in the spec. */
export type SpecRoute<Paths, Op> = { [M in HttpMethod]: [PathsServing<Paths, Op, M>] extends [never] ? never : { method: Uppercase<M>; path: PathsServing<Paths, Op, M> } }[HttpMethod];
