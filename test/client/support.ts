/**
 * Helpers for the client tests: a mock reached over real HTTP or in-process through `app.request`,
 * on a manual clock shared by the mock and the client, and clients built with the demo credentials.
 */
import { type ClientOptions, createPolyvClient, createVolcengineClient, createXiaoeClient } from "../../src/client/index.ts";
import { createMockApp, type MockApp, type MockAppOptions } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { startServer } from "../../src/mock/serve.ts";

export const POLYV_DEMO = { appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" } as const;
export const XIAOE_DEMO = { appId: "apptrfbbm2m8971", clientId: "livemock-client", secretKey: "livemock-xiaoe-secret" } as const;
export const VOLC_DEMO = { accessKeyId: "AKLTlivemockdemo", secretKey: "livemock-volc-secret" } as const;

/** 2026-03-01T00:00:00Z. */
export const T0 = Date.parse("2026-03-01T00:00:00Z");

export type Transport = "http" | "in-process";
export const TRANSPORTS: Transport[] = ["http", "in-process"];

/** A mock and the options that make a client talk to it. */
export interface MockTarget {
  app: MockApp;
  clock: ReturnType<typeof manualClock>;
  /** Client options reaching this mock (baseUrl and/or fetch, the shared clock, an empty env). */
  reach: ClientOptions;
  close(): Promise<void>;
}

/**
 * Starts a mock on a manual clock at {@link T0} (rate limits off unless asked), reached over HTTP
 * (`startServer({ port: 0 })`) or in-process (`fetch: (input, init) => app.request(input, init)`,
 * keeping the real vendor base URL, as MSW would).
 */
export async function mockTarget(transport: Transport, options: MockAppOptions = {}): Promise<MockTarget> {
  const clock = manualClock(T0);
  const common = { clock, env: {}, retryDelayMs: 1 } satisfies ClientOptions;
  if (transport === "http") {
    const server = await startServer({ port: 0, clock, rateLimits: false, ...options });
    return { app: server.app, clock, reach: { ...common, baseUrl: server.url }, close: () => server.close() };
  }
  const app = createMockApp({ clock, rateLimits: false, ...options });
  return { app, clock, reach: { ...common, fetch: (input, init) => app.request(input, init) }, close: async () => {} };
}

export const polyvClient = (target: MockTarget, extra: Parameters<typeof createPolyvClient>[0] = {}) => createPolyvClient({ ...target.reach, ...POLYV_DEMO, ...extra });
export const xiaoeClient = (target: MockTarget, extra: Parameters<typeof createXiaoeClient>[0] = {}) => createXiaoeClient({ ...target.reach, ...XIAOE_DEMO, ...extra });
export const volcClient = (target: MockTarget, extra: Parameters<typeof createVolcengineClient>[0] = {}) => createVolcengineClient({ ...target.reach, ...VOLC_DEMO, ...extra });

/** Awaits a promise that must reject, and returns what it rejected with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}
