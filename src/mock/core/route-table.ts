import { compilePathTemplate, isPathTemplate, matchPathTemplate, type PathTemplate } from "../../util/path-template.ts";

/**
 * Result of looking a request up in a vendor's route table. `params`: the path parameters of a
 * templated route (`/live/v2/channels/{channelId}/delete`), absent for a literal one.
 */
export type RouteMatch<H> = { kind: "found"; handler: H; params?: Readonly<Record<string, string>> } | { kind: "method-not-allowed"; allowed: string[] } | { kind: "not-found" };

/** The routes of one vendor, so that "unknown path" and "wrong method" can be told apart. */
export interface RouteTable<H> {
  /** Adds a route; `path` is literal or an OpenAPI template with `{name}` segments. */
  add(method: string, path: string, handler: H): RouteTable<H>;
  match(method: string, path: string): RouteMatch<H>;
  /** Every registered `METHOD path` (templates as written), for listings and tests. */
  routes(): { method: string; path: string }[];
}

type Found<H> = { kind: "found"; handler: H };

/**
 * Creates a route table keyed by path then method. Literal paths are one `Map` hit, and nothing is
 * allocated on that path; templated paths (`{name}` segments) are tried in the order added, only
 * when no literal path matches.
 *
 * @example
 * const routes = createRouteTable<Handler>()
 *   .add("POST", "/live/v4/channel/lottery-activity/create", createLottery)
 *   .add("POST", "/live/v2/channels/{channelId}/delete", deleteChannel);
 * const hit = routes.match(request.method, request.path);
 * if (hit.kind === "found") hit.params?.channelId; // "5300001" for /live/v2/channels/5300001/delete
 * if (hit.kind === "method-not-allowed") return methodNotAllowed(hit.allowed);
 */
export function createRouteTable<H>(): RouteTable<H> {
  // Each literal route's "found" answer is built once: matching allocates nothing on the hot path.
  const byPath = new Map<string, Map<string, Found<H>>>();
  const templates: { compiled: PathTemplate; methods: Map<string, Found<H>> }[] = [];
  const NOT_FOUND: RouteMatch<H> = { kind: "not-found" };
  const pick = (methods: Map<string, Found<H>>, method: string): Found<H> | { kind: "method-not-allowed"; allowed: string[] } => {
    const verb = method.toUpperCase();
    return methods.get(verb) ?? (verb === "HEAD" ? methods.get("GET") : undefined) ?? { kind: "method-not-allowed", allowed: [...methods.keys()] };
  };
  const table: RouteTable<H> = {
    add(method, path, handler) {
      let methods: Map<string, Found<H>> | undefined;
      if (isPathTemplate(path)) {
        methods = templates.find((t) => t.compiled.template === path)?.methods;
        if (!methods) {
          methods = new Map();
          templates.push({ compiled: compilePathTemplate(path), methods });
        }
      } else {
        methods = byPath.get(path);
        if (!methods) {
          methods = new Map();
          byPath.set(path, methods);
        }
      }
      methods.set(method.toUpperCase(), { kind: "found", handler });
      return table;
    },
    match(method, path) {
      const methods = byPath.get(path);
      if (methods) return pick(methods, method);
      for (const { compiled, methods: served } of templates) {
        const params = matchPathTemplate(compiled, path);
        if (params === undefined) continue;
        const hit = pick(served, method);
        return hit.kind === "found" ? { kind: "found", handler: hit.handler, params } : hit;
      }
      return NOT_FOUND;
    },
    routes: () => [...byPath, ...templates.map((t) => [t.compiled.template, t.methods] as const)].flatMap(([path, methods]) => [...methods.keys()].map((method) => ({ method, path }))),
  };
  return table;
}
