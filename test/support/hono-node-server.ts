/**
 * A livemock app served as the README's "Your own HTTP server" section offers besides
 * `createNodeListener`: `serve({ fetch: app.fetch })` from @hono/node-server, every request through Hono.
 */

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { MockApp } from "../../src/mock/app.ts";

/** A listening @hono/node-server server. */
export interface HonoNodeServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `app.fetch` with @hono/node-server on a free loopback port.
 *
 * @example
 * const served = await serveWithHonoNodeServer(createMockApp());
 * await fetch(`${served.url}/__livemock/health`);
 * await served.close();
 */
export function serveWithHonoNodeServer(app: MockApp): Promise<HonoNodeServer> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    ) as Server;
  });
}
