/**
 * `startServer` serves vendor calls on its own node:http path (src/mock/transports/node-listener.ts) while
 * `app.request` and MSW go through Hono: the same generated bad requests (plus each vendor's
 * success path) must get byte-identical answers both ways: status, body, content type and reason.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createMockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { startServer, type RunningServer } from "../../src/mock/serve.ts";
import { OTHER_APP as POLYV_OTHER } from "../polyv/support.ts";
import { VENDORS } from "../support/vendors.ts";
import { driverFor, T0 } from "./support/drivers.ts";
import { allBadRequests } from "./support/generate.ts";
import type { BadRequest } from "./support/bad-requests.ts";

const SAMPLE = 150;
const options = () => ({ clock: manualClock(T0), rateLimits: false, credentials: { polyv: [POLYV_OTHER] } });

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

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

describe.each(VENDORS)("%s over HTTP answers exactly as in-process", (vendor) => {
  it(`for ${SAMPLE} generated bad requests and the vendor's own requests`, async () => {
    // Two apps with the same seed and clock, fed the same requests in the same order, stay identical.
    const inProcess = createMockApp(options());
    server = await startServer({ ...options(), port: 0 });
    const driver = await driverFor(vendor, inProcess);
    await driverFor(vendor, server.app); // the same set-up calls (Xiaoe issues its token) on the served app
    const requests = fc.sample(allBadRequests(driver), { numRuns: SAMPLE, seed: 20261125 });
    let compared = 0;
    for (const request of requests) {
      const local = await seen(await inProcess.request(request.target, init(request)));
      const remote = await seen(await fetch(`${server.url}${request.target}`, init(request)));
      expect(remote, `${request.method} ${request.target} [${request.category}]`).toEqual(local);
      compared += 1;
    }
    expect(compared).toBe(SAMPLE);
    // Both journals saw the same exchanges.
    const strip = (entries: { latencyMs: number }[]) => entries.map(({ latencyMs: _ms, ...rest }) => rest);
    expect(strip(server.app.livemock.context.journal.entries())).toEqual(strip(inProcess.livemock.context.journal.entries()));
  });
});
