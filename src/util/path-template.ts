/**
 * Path templates as OpenAPI writes them (`/live/v2/channels/{channelId}/delete`): one `{name}` per
 * whole segment. Shared by the mock's route tables, the spec validator, the drift/proxy operation
 * lookup and the client, so a path parameter means the same everywhere.
 */

/** A compiled template: its segments, literal or named. */
export interface PathTemplate {
  readonly template: string;
  /** Literal segments as strings, parameters as `{ name }`. */
  readonly segments: readonly (string | { name: string })[];
}

const PARAM = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/u;

/**
 * Whether a path has a `{name}` segment (a literal path is looked up exactly).
 *
 * @example
 * isPathTemplate("/live/v2/channels/{channelId}/delete") // true
 */
export function isPathTemplate(path: string): boolean {
  return path.includes("{");
}

/**
 * Compiles a template; throws on a `{` that is not a whole `{name}` segment.
 *
 * @example
 * compilePathTemplate("/live/v2/channels/{channelId}/delete").segments // ["", "live", "v2", "channels", { name: "channelId" }, "delete"]
 */
export function compilePathTemplate(template: string): PathTemplate {
  const segments = template.split("/").map((segment) => {
    const param = PARAM.exec(segment);
    if (param) return { name: param[1]! };
    if (segment.includes("{") || segment.includes("}")) throw new Error(`path template ${template}: a parameter must be a whole segment ({name})`);
    return segment;
  });
  return { template, segments };
}

/**
 * The parameters of a path that matches the template (percent-decoded), else undefined. A
 * parameter matches one non-empty segment.
 *
 * @example
 * matchPathTemplate(compilePathTemplate("/live/v2/channels/{channelId}/delete"), "/live/v2/channels/5300001/delete") // { channelId: "5300001" }
 */
export function matchPathTemplate(compiled: PathTemplate, path: string): Record<string, string> | undefined {
  const parts = path.split("/");
  const { segments } = compiled;
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const segment = segments[i]!;
    const part = parts[i]!;
    if (typeof segment === "string") {
      if (segment !== part) return undefined;
      continue;
    }
    if (part === "") return undefined;
    let value: string;
    try {
      value = decodeURIComponent(part);
    } catch {
      value = part;
    }
    params[segment.name] = value;
  }
  return params;
}

/**
 * A path with the template's parameters filled in (percent-encoded); throws when one is missing.
 *
 * @example
 * fillPathTemplate("/live/v2/channels/{channelId}/delete", { channelId: 5300001 }) // "/live/v2/channels/5300001/delete"
 */
export function fillPathTemplate(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/gu, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === "") throw new Error(`path template ${template}: parameter ${name} is missing`);
    // Through UTF-8 and back: a lone surrogate becomes U+FFFD instead of making encodeURIComponent throw.
    return encodeURIComponent(new TextDecoder().decode(new TextEncoder().encode(String(value))));
  });
}

/**
 * The names of a template's parameters, in order.
 *
 * @example
 * pathTemplateNames("/live/v2/channels/{channelId}/delete") // ["channelId"]
 */
export function pathTemplateNames(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/gu)].map((m) => m[1]!);
}
