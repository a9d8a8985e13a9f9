/**
 * Which URLs livemock may call back: http(s) only, and, when an allow-list is given or the server is
 * reachable beyond loopback, only hosts on the allow-list (`--callback-allow`), so a shared demo
 * server cannot be used to reach other hosts.
 */

/** Checks a callback URL: undefined when it may be called, else the reason. */
export interface UrlPolicy {
  check(url: string): string | undefined;
  /** The allow-list as given (empty: none). */
  readonly allow: readonly string[];
  /** True when targets must match the allow-list. */
  readonly restricted: boolean;
}

/**
 * One allow-list entry against a URL. Entries: `host` (any port), `host:port`, `*.example.com` (any
 * subdomain), or an origin `https://host[:port]`.
 */
function matches(entry: string, url: URL): boolean {
  const e = entry.trim().toLowerCase();
  const host = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  if (e.includes("://")) {
    try {
      const origin = new URL(e);
      return origin.protocol === url.protocol && origin.hostname === host && (origin.port || (origin.protocol === "https:" ? "443" : "80")) === port;
    } catch {
      return false;
    }
  }
  if (e.startsWith("*.")) return host.endsWith(e.slice(1));
  const colon = e.lastIndexOf(":");
  if (colon > 0 && !e.endsWith("]") && /^\d+$/.test(e.slice(colon + 1))) return e.slice(0, colon) === host && e.slice(colon + 1) === port;
  return e === host;
}

/**
 * Builds the policy.
 *
 * @example
 * const policy = createUrlPolicy({ allow: ["hooks.example.com", "127.0.0.1:9000"], restricted: true });
 * policy.check("http://10.0.0.1/") // "callback URL host 10.0.0.1 is not on the allow-list ..."
 */
export function createUrlPolicy(options: { allow?: readonly string[]; restricted?: boolean }): UrlPolicy {
  const allow = (options.allow ?? []).map((entry) => entry.trim()).filter((entry) => entry !== "");
  const restricted = allow.length > 0 || options.restricted === true;
  return {
    allow,
    restricted,
    check(raw) {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return `not a URL: ${JSON.stringify(raw)}`;
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") return `callback URLs must be http or https, got ${url.protocol.slice(0, -1)}`;
      if (!restricted) return undefined;
      if (allow.some((entry) => matches(entry, url))) return undefined;
      if (allow.length === 0) return "callback targets must match an allow-list when livemock is reachable beyond loopback: start it with --callback-allow <host[:port],...> (LIVEMOCK_CALLBACK_ALLOW)";
      return `callback URL host ${url.host} is not on the allow-list (--callback-allow ${allow.join(",")})`;
    },
  };
}
