/**
 * Clients that go away halfway through sending a body (a killed process, a dropped network): the
 * server must not crash, leak the half-read request into the store, or stop answering others.
 */
import { connect } from "node:net";
import { afterEach, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Sends the headers and `sent` of `declared` body bytes, then destroys the socket. */
function abandon(port: number, path: string, declared: number, sent: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n${"{".padEnd(sent, " ")}`, () => {
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 5);
      });
    });
    socket.on("error", reject);
  });
}

const PATHS = ["/live/v4/channel/task-reward-activity/save?appId=frlr1zazn3&timestamp=1&sign=x", "/xe.alive.marketing.task.create/1.0.0", "/?Action=CreateActivityRedPacket&Version=2023-08-01"];

it("survives 60 clients that abandon their bodies, journals them, and keeps answering", async () => {
  server = await startServer({ port: 0, rateLimits: false });
  const before = JSON.stringify(await server.app.livemock.context.store.snapshot());
  await Promise.all(Array.from({ length: 60 }, (_, i) => abandon(server!.port, PATHS[i % 3]!, 4096, 100)));
  // The server noticed each abandoned request (journaled as unreadable) and kept nothing of them.
  await expect.poll(() => server!.app.livemock.context.journal.entries().length, { timeout: 5000 }).toBe(60);
  for (const entry of server.app.livemock.context.journal.entries()) expect(entry.reason, JSON.stringify(entry)).toMatch(/could not be read.*aborted/);
  expect(JSON.stringify(await server.app.livemock.context.store.snapshot())).toBe(before);
  const health = await fetch(`${server.url}/__livemock/health`);
  expect(health.status).toBe(200);
});
