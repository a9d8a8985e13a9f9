/**
 * The dashboard at `GET /__livemock/`: one static page and one small script, served by the mock
 * itself (no build step). The script polls the control plane's JSON API and drives it.
 */
import { readFileSync } from "node:fs";
import { Hono } from "hono";
import { repoFile } from "../../../repo-file.ts";

const page = readFileSync(repoFile("src/mock/admin/dashboard/page.html"), "utf8");
const script = readFileSync(repoFile("src/mock/admin/dashboard/dashboard.js"), "utf8");

/**
 * Routes of the page (the control plane's root, with or without the trailing slash) and its script
 * (`/dashboard.js`), for a sub-app mounted at `base`.
 *
 * @example
 * admin.route("/", dashboardRoutes("/__livemock"));
 */
export function dashboardRoutes(base: string): Hono {
  const routes = new Hono();
  // "/*" because a mounted sub-app's "/" does not match the trailing-slash form `/__livemock/`.
  routes.get("/*", (c, next) => (c.req.path === base || c.req.path === `${base}/` ? c.html(page, 200, { "cache-control": "no-store" }) : next()));
  routes.get("/dashboard.js", (c) => c.body(script, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" }));
  return routes;
}
