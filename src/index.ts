/**
 * livemock's programmatic entry (`import { createMockApp, startServer } from "livemock"`).
 * Clients: `livemock/client`; in-process MSW handlers: `livemock/msw`.
 */
export { createMockApp, type MockApp, type MockAppOptions } from "./mock/app.ts";
export { type Clock, manualClock, systemClock } from "./mock/clock.ts";
export { DEMO_CREDENTIALS, type MockCredentials } from "./mock/credentials.ts";
export { type RunningServer, type ServeOptions, startServer } from "./mock/serve.ts";
export { createNodeListener } from "./mock/transports/node-listener.ts";
