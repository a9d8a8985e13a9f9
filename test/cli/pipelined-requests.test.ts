/**
 * HTTP/1.1 pipelining: several requests written at once on one connection are answered in the
 * order they were sent, each with its own vendor's answer (answers are written in batches per turn
 * of the event loop, see src/mock/transports/node-listener.ts).
 */
import { connect } from "node:net";
import { afterEach, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Writes `raw` on a fresh connection and collects what comes back until `count` answers have ended. */
function exchange(port: number, raw: string, count: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let got = "";
    const socket = connect(port, "127.0.0.1", () => socket.write(raw));
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      got += chunk;
      if ((got.match(/HTTP\/1\.1 \d{3}/g) ?? []).length === count && /\}$/.test(got)) {
        socket.destroy();
        resolve(got);
      }
    });
    socket.on("error", reject);
    setTimeout(() => reject(new Error(`no ${count} answers within 5 s: ${got}`)), 5000).unref();
  });
}

it("answers pipelined requests to three vendors in the order they were sent", async () => {
  server = await startServer({ port: 0, rateLimits: false });
  const get = (target: string) => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`;
  const raw = [
    get("/live/v4/channel/lottery-activity/list?channelId=1"), // Polyv: unsigned
    get("/xe.alive.marketing.task.get/1.0.0"), // Xiaoe: a POST-only API called with GET
    get("/?Action=GetActivityRedPacket&Version=2023-08-01"), // Volcengine: unsigned
    get("/__livemock/health"), // the control plane, through Hono
  ].join("");
  const answers = (await exchange(server.port, raw, 4)).split(/(?=HTTP\/1\.1 )/);
  expect(answers).toHaveLength(4);
  expect(answers[0]).toMatch(/^HTTP\/1\.1 400[\s\S]*"code":10002/);
  expect(answers[1]).toMatch(/^HTTP\/1\.1 200[\s\S]*"code":2055/);
  expect(answers[2]).toMatch(/^HTTP\/1\.1 401[\s\S]*MissingAuthenticationToken/);
  expect(answers[3]).toMatch(/^HTTP\/1\.1 200[\s\S]*"status":"ok"/);
});
