/**
 * `npm run bench:vendors`: the CPU cost of each vendor's own work on its signed create path, without
 * any transport: builds the request the dispatcher would hand over, then calls the vendor module and
 * serialises its answer in a loop. Prints CPU µs per call; `node --cpu-prof dist/vendor-cost.mjs`
 * profiles just that. The script is bundled with esbuild first, as `npm start` runs the mock: under
 * tsx, its keep-names wrapper adds the cost of naming every closure a vendor creates.
 *
 * Environment: VENDOR_COST_MS (time per vendor, default 2000), VENDOR_COST_ONLY (polyv|xiaoe|volcengine).
 */
import { VENDOR_NAMES } from "../src/contracts/vendor-name.ts";
import { createMockApp } from "../src/mock/app.ts";
import { directVendorRequest } from "../src/mock/core/vendor-request.ts";
import { startServer } from "../src/mock/serve.ts";
import { scenarios } from "./scenarios.ts";

const budgetMs = Number(process.env.VENDOR_COST_MS ?? 2000);
const only = process.env.VENDOR_COST_ONLY;

// Xiaoe's scenario fetches a token over HTTP; the loops below run against a second, in-process app
// that shares nothing with it except the deterministic demo credentials and seed.
const tokenServer = await startServer({ port: 0, rateLimits: false });
const app = createMockApp({ rateLimits: false });
try {
  for (const [index, scenario] of scenarios.entries()) {
    const vendor = app.livemock.vendors.find((v) => v.name === VENDOR_NAMES[index])!;
    if (only && vendor.name !== only) continue;
    const bench = await scenario(tokenServer.url);
    if (vendor.name === "xiaoe") {
      // The token was issued by the other server: issue one here and put it in the body.
      const token = (await (await app.request(bench.path.replace(/.*/, "/token") + tokenQuery())).json()) as { data: { access_token: string } };
      bench.body = JSON.stringify({ ...JSON.parse(bench.body!), access_token: token.data.access_token });
    }
    const make = () => directVendorRequest({ method: bench.method, target: bench.path, headers: bench.headers, rawBody: bench.body ?? "", receivedAt: Date.now() });
    let calls = 0;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    let status = 0;
    while (performance.now() - started < budgetMs) {
      for (let i = 0; i < 200; i++) {
        const response = await vendor.handle(make());
        JSON.stringify(response.body);
        status = response.status;
        calls++;
      }
    }
    // CPU time, not wall time: other processes on the machine do not inflate the figure.
    const cpu = process.cpuUsage(cpuBefore);
    const us = (cpu.user + cpu.system) / calls;
    console.log(`${bench.name.padEnd(40)} ${us.toFixed(1).padStart(7)} µs/call  (${calls} calls, last status ${status})`);
  }
} finally {
  await tokenServer.close();
}

function tokenQuery(): string {
  const xiaoe = app.livemock.context.credentials.xiaoe[0]!;
  return `?${new URLSearchParams({ app_id: xiaoe.appId, client_id: xiaoe.clientId, secret_key: xiaoe.secretKey, grant_type: "client_credential" })}`;
}
