import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createMockApp, type MockApp, type MockAppOptions } from "./app.ts";

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
  server: ServerType;
  close(): Promise<void>;
}

/**
 * Serves the mock app over HTTP with @hono/node-server and resolves once it listens.
 *
 * @example
 * const running = await startServer({ port: 0 });
 * await fetch(`${running.url}/__livemock/health`);
 * await running.close();
 */
export function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const app = createMockApp(options);
  const hostname = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 4010, hostname }, (info: AddressInfo) => {
      const shownHost = hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname.includes(":") ? `[${hostname}]` : hostname;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        app,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once("error", reject);
  });
}
