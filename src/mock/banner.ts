/**
 * What `livemock serve` prints at start: where it listens, each mounted vendor's demo credentials,
 * and one request per vendor that works right away (signed now with the demo secrets, so it is
 * valid for the vendor's time window: 3 minutes for Polyv, 15 for Volcengine).
 */
import type { VendorModule } from "./core/vendor.ts";

/**
 * Renders the start-up banner for a server at `url`; `strict` says it answers the documented rules only.
 *
 * @example
 * console.log(startupBanner("http://127.0.0.1:4010", app.livemock.vendors, Date.now()));
 */
export function startupBanner(url: string, vendors: readonly VendorModule[], now: number, options: { strict?: boolean } = {}): string {
  const demos = vendors.map((vendor) => ({ label: vendor.label, ...vendor.demo(url, now) }));
  const width = Math.max(0, ...demos.map((d) => d.label.length)) + 2;
  return [
    `livemock listening on ${url}`,
    `Vendors: ${vendors.map((v) => v.name).join(", ")}`,
    options.strict
      ? "Strict: documented rules only; what only an SDK sends gets the vendor's error (see the README: What livemock accepts that the docs don't)"
      : "Lenient: what the official SDKs send beyond the docs is accepted with an x-livemock-warning header (--strict refuses it)",
    "",
    "Demo credentials (accepted only by livemock):",
    ...demos.map((d) => `  ${d.label.padEnd(width)}${d.credentials}`),
    "",
    "Try it (signed just now):",
    ...demos.map((d) => `  ${d.example}`),
    `  curl '${url}/__livemock/health'`,
  ].join("\n");
}
