/** Result of looking a request up in a vendor's route table. */
export type RouteMatch<H> = { kind: "found"; handler: H } | { kind: "method-not-allowed"; allowed: string[] } | { kind: "not-found" };

/** Exact-path routes of one vendor, so that "unknown path" and "wrong method" can be told apart. */
export interface RouteTable<H> {
  add(method: string, path: string, handler: H): RouteTable<H>;
  match(method: string, path: string): RouteMatch<H>;
  /** Every registered `METHOD path`, for listings and tests. */
  routes(): { method: string; path: string }[];
}

/**
 * Creates a route table keyed by exact path then method (vendor paths have no parameters).
 *
 * @example
 * const routes = createRouteTable<Handler>().add("POST", "/live/v4/channel/lottery-activity/create", createLottery);
 * const hit = routes.match(request.method, request.path);
 * if (hit.kind === "method-not-allowed") return methodNotAllowed(hit.allowed);
 */
export function createRouteTable<H>(): RouteTable<H> {
  // Each route's "found" answer is built once: matching allocates nothing on the hot path.
  const byPath = new Map<string, Map<string, { kind: "found"; handler: H }>>();
  const NOT_FOUND: RouteMatch<H> = { kind: "not-found" };
  const table: RouteTable<H> = {
    add(method, path, handler) {
      let methods = byPath.get(path);
      if (!methods) {
        methods = new Map();
        byPath.set(path, methods);
      }
      methods.set(method.toUpperCase(), { kind: "found", handler });
      return table;
    },
    match(method, path) {
      const methods = byPath.get(path);
      if (!methods) return NOT_FOUND;
      const verb = method.toUpperCase();
      return methods.get(verb) ?? (verb === "HEAD" ? methods.get("GET") : undefined) ?? { kind: "method-not-allowed", allowed: [...methods.keys()] };
    },
    routes: () => [...byPath].flatMap(([path, methods]) => [...methods.keys()].map((method) => ({ method, path }))),
  };
  return table;
}
