import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createMockApp, type MockApp, type MockAppOptions } from "./app.ts";
import { createNodeListener } from "./transports/node-listener.ts";

/** Options of {@link startServer}. */
export interface ServeOptions extends MockAppOptions {
  /** TCP port; 0 picks a free one. Default 4010. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
}

/** A listening livemock server. */
export interface RunningServer {
  url: string;
  port: number;
  app: MockApp;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves the mock app over HTTP (node:http; vendor calls and the fast admin routes, such as the
 * health check, on the fast path of `createNodeListener`, the rest through the Hono app with
 * @hono/node-server) and resolves once it listens.
 *
 * @example
 * const running = await startServer({ port: 0 });
 * await fetch(`${running.url}/__livemock/health`);
 * await running.close();
 */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const app = createMockApp(options);
  // Over the in-memory store this is already settled; a store that waits is loaded before the port opens.
  await app.livemock.ready;
  const hostname = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = createServer(createNodeListener(app));
    server.listen(options.port ?? 4010, hostname, () => {
      const info = server.address() as AddressInfo;
      const shownHost = hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname.includes(":") ? `[${hostname}]` : hostname;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        app,
        server,
        close: () =>
          new Promise<void>((done) => {
            app.livemock.context.timeline.stop();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
    server.once("error", reject);
  });
}
