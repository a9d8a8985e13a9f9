/**
 * Three transports serve the same app: `startServer` serves vendor calls on its own node:http path
 * (src/mock/transports/node-listener.ts), `app.request` and MSW go through Hono in-process, and the
 * README offers serving `app.fetch` with @hono/node-server's `serve`. The same generated bad requests
 * (plus each vendor's success path, and requests that are no vendor call) must get byte-identical
 * answers all three ways: status, body, content type and reason.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { VENDOR_NAMES } from "../../src/contracts/vendor-name.ts";
import { createMockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";
import { OTHER_APP as POLYV_OTHER } from "../polyv/support.ts";
import { type HonoNodeServer, serveWithHonoNodeServer } from "../support/hono-node-server.ts";
import type { BadRequest } from "./support/bad-requests.ts";
import { driverFor, T0 } from "./support/drivers.ts";
import { allBadRequests } from "./support/generate.ts";

const SAMPLE = 150;
const options = () => ({ clock: manualClock(T0), rateLimits: false, credentials: { polyv: [POLYV_OTHER] } });

let server: RunningServer | undefined;
let honoServer: HonoNodeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  await honoServer?.close();
  honoServer = undefined;
});

/** Requests that are no vendor call: each transport hands them to the Hono app, which must answer them alike (not journalled). */
const NOT_VENDOR_CALLS: { target: string; init: RequestInit }[] = [
  { target: "/no-such-vendor-path?x=1", init: {} },
  { target: "/no-such-vendor-path", init: { method: "POST", headers: { "content-type": "application/json" }, body: "{}" } },
  { target: "/__livemock/no-such-route", init: {} },
  { target: "/__livemock/health", init: {} },
  { target: "/__livemock/health?probe=1", init: {} },
  { target: "/__livemock/health/", init: {} },
  { target: "/__livemock/health", init: { method: "POST" } },
];

interface Seen {
  status: number;
  body: string;
  contentType: string | null;
  reason: string | null;
}

async function seen(res: Response): Promise<Seen> {
  return { status: res.status, body: await res.text(), contentType: res.headers.get("content-type"), reason: res.headers.get("x-livemock-reason") };
}

function init(request: BadRequest): RequestInit {
  return { method: request.method, headers: request.headers, ...(request.body === undefined ? {} : { body: request.body as BodyInit }) };
}

describe.each(VENDOR_NAMES)("%s over HTTP answers exactly as in-process", (vendor) => {
  it(`for ${SAMPLE} generated bad requests and the vendor's own requests, through the node listener and @hono/node-server`, async () => {
    // Three apps with the same seed and clock, fed the same requests in the same order, stay identical.
    const inProcess = createMockApp(options());
    server = await startServer({ ...options(), port: 0 });
    const honoApp = createMockApp(options());
    honoServer = await serveWithHonoNodeServer(honoApp);
    const honoUrl = honoServer.url;
    const driver = await driverFor(vendor, inProcess);
    await driverFor(vendor, server.app); // the same set-up calls (Xiaoe issues its token) on the served apps
    await driverFor(vendor, honoApp);
    const requests = fc.sample(allBadRequests(driver), { numRuns: SAMPLE, seed: 20261125 });
    let compared = 0;
    for (const request of requests) {
      const what = `${request.method} ${request.target} [${request.category}]`;
      const local = await seen(await inProcess.request(request.target, init(request)));
      const listener = await seen(await fetch(`${server.url}${request.target}`, init(request)));
      const honoNodeServer = await seen(await fetch(`${honoUrl}${request.target}`, init(request)));
      expect(listener, `node listener: ${what}`).toEqual(local);
      expect(honoNodeServer, `@hono/node-server: ${what}`).toEqual(local);
      compared += 1;
    }
    expect(compared).toBe(SAMPLE);
    for (const { target, init: given } of NOT_VENDOR_CALLS) {
      const what = `${given.method ?? "GET"} ${target}`;
      const local = await seen(await inProcess.request(target, given));
      expect(await seen(await fetch(`${server.url}${target}`, given)), `node listener: ${what}`).toEqual(local);
      expect(await seen(await fetch(`${honoUrl}${target}`, given)), `@hono/node-server: ${what}`).toEqual(local);
    }
    // All three journals saw the same exchanges.
    const strip = (entries: { latencyMs: number }[]) => entries.map(({ latencyMs: _ms, ...rest }) => rest);
    expect(strip(server.app.livemock.context.journal.entries())).toEqual(strip(inProcess.livemock.context.journal.entries()));
    expect(strip(honoApp.livemock.context.journal.entries())).toEqual(strip(inProcess.livemock.context.journal.entries()));
  });
});
