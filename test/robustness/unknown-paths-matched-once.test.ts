/**
 * A path no vendor serves is matched against the vendors once, whatever the transport: the node
 * listener `startServer` uses looks for a vendor and hands a miss to the Hono app, which must not
 * look again; in-process and under @hono/node-server the app's catch-all looks once. Each vendor
 * module is wrapped to count the calls it receives (whatever its methods are called), and an
 * unknown path must cost the same number of calls over each transport.
 */
import { afterEach, expect, it } from "vitest";
import { createMockApp, type MockAppOptions } from "../../src/mock/app.ts";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";
import { builtInVendors } from "../../src/mock/vendors/index.ts";
import { type HonoNodeServer, serveWithHonoNodeServer } from "../support/hono-node-server.ts";

let running: RunningServer | undefined;
let honoServer: HonoNodeServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
  await honoServer?.close();
  honoServer = undefined;
});

/** App options whose vendor modules count every method call they receive into `calls`. */
function counting(calls: { n: number }): MockAppOptions {
  return {
    vendors: builtInVendors.map((definition) => ({
      ...definition,
      create: (context) =>
        new Proxy(definition.create(context), {
          get(target, property, receiver) {
            const value: unknown = Reflect.get(target, property, receiver);
            if (typeof value !== "function") return value;
            return (...args: unknown[]) => {
              calls.n += 1;
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          },
        }),
    })),
  };
}

/** Calls the vendors received while `call` ran. */
async function callsDuring(calls: { n: number }, call: () => Response | Promise<Response>): Promise<{ status: number; calls: number }> {
  const before = calls.n;
  const response = await call();
  await response.text();
  return { status: response.status, calls: calls.n - before };
}

it("matches a path no vendor serves once over the node listener, in-process and under @hono/node-server", async () => {
  const inProcessCalls = { n: 0 };
  const listenerCalls = { n: 0 };
  const honoCalls = { n: 0 };
  const inProcess = createMockApp(counting(inProcessCalls));
  running = await startServer({ ...counting(listenerCalls), port: 0 });
  honoServer = await serveWithHonoNodeServer(createMockApp(counting(honoCalls)));
  const honoUrl = honoServer.url;

  for (const target of ["/no-such-vendor-path", "/no-such-vendor-path?Action=CreateLotteryActivity&Version=2020-06-01"]) {
    // Twice over the listener: the first call also loads the Hono fallback.
    for (let round = 0; round < 2; round += 1) {
      const local = await callsDuring(inProcessCalls, () => inProcess.request(target));
      const listener = await callsDuring(listenerCalls, () => fetch(`${running!.url}${target}`));
      const hono = await callsDuring(honoCalls, () => fetch(`${honoUrl}${target}`));
      expect(local.status).toBe(404);
      expect(local.calls).toBeGreaterThan(0);
      expect({ target, listener }).toEqual({ target, listener: local });
      expect({ target, hono }).toEqual({ target, hono: local });
    }
  }
});

it("does not match control-plane paths against the vendors over the node listener", async () => {
  const listenerCalls = { n: 0 };
  running = await startServer({ ...counting(listenerCalls), port: 0 });
  for (const target of ["/__livemock/health", "/__livemock/no-such-route", "/__livemock/requests?limit=1"]) {
    const listener = await callsDuring(listenerCalls, () => fetch(`${running!.url}${target}`));
    expect({ target, calls: listener.calls }).toEqual({ target, calls: 0 });
  }
});
