/**
 * A bad upstream is reported, not fatal: a refused connection, a timeout, a TLS error and a body
 * that is not JSON each get a 502 JSON answer naming the problem, and an `upstream-error` drift;
 * the proxy keeps serving.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signPolyvQuery } from "../../src/contracts/polyv/index.ts";
import { startProxy } from "../../src/proxy/server.ts";
import { DEMO, listen } from "./support.ts";

const servers: { close(): Promise<void> }[] = [];
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "livemock-bad-upstream-"));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

/** A free port nothing listens on. */
async function closedPort(): Promise<string> {
  const server = await listen(() => {});
  await server.close();
  return server.url;
}

/** Sends one signed Polyv list call through a proxy to `upstream`; gives the client's answer and the session's report. */
async function through(upstream: string, timeoutMs = 2000) {
  const proxy = await startProxy({ vendor: "polyv", upstream, port: 0, timeoutMs, record: join(dir, String(servers.length)) });
  const query = new URLSearchParams(signPolyvQuery({ channelId: 2974342 }, { ...DEMO.polyv, timestamp: Date.now() }));
  const response = await fetch(`${proxy.url}/live/v4/channel/lottery-activity/list?${query}`);
  const answer = { status: response.status, json: (await response.json()) as { error: string; problem: string }, marker: response.headers.get("x-livemock-proxy") };
  const report = await proxy.close();
  return { answer, report };
}

describe("a bad upstream is answered with 502 and recorded as upstream-error", () => {
  it.each([
    ["a refused connection", async () => closedPort(), /^connection refused by http:\/\/127\.0\.0\.1:\d+/],
    [
      "a timeout",
      async () => {
        const silent = await listen(() => {}); // never answers
        servers.push(silent);
        return silent.url;
      },
      /^no complete answer from http:\/\/127\.0\.0\.1:\d+ within 300 ms \(timeout\)$/,
    ],
    [
      "a TLS error (https to a plain HTTP server)",
      async () => {
        const plain = await listen((_req, res) => res.end("{}"));
        servers.push(plain);
        return plain.url.replace("http:", "https:");
      },
      /^TLS error talking to https:\/\/127\.0\.0\.1:\d+/,
    ],
    [
      "an HTML page",
      async () => {
        const html = await listen((_req, res) => res.writeHead(502, { "content-type": "text/html" }).end("<html><body>Bad Gateway</body></html>"));
        servers.push(html);
        return html.url;
      },
      /^the upstream answered HTTP 502 with a body that is not JSON \(text\/html, 37 bytes: "<html><body>Bad Gateway<\/body><\/html>"\)$/,
    ],
  ])("%s", async (_name, upstream, problem) => {
    const { answer, report } = await through(await upstream(), 300);
    expect(answer.status).toBe(502);
    expect(answer.marker).toBe("upstream-error");
    expect(answer.json).toMatchObject({ error: "upstream-error" });
    expect(answer.json.problem).toMatch(problem);
    expect(report.drift).toEqual([expect.objectContaining({ exchange: 1, operation: "listLotteryActivities", kind: "upstream-error", path: "$", actual: answer.json.problem })]);
  });

  it("records the exchange without an answer, and keeps serving", async () => {
    const upstream = await closedPort();
    const record = join(dir, "kept");
    const proxy = await startProxy({ vendor: "polyv", upstream, port: 0, record });
    const first = await fetch(`${proxy.url}/live/v4/channel/lottery-activity/list?channelId=1`);
    const second = await fetch(`${proxy.url}/live/v4/channel/lottery-activity/list?channelId=2`);
    expect([first.status, second.status]).toEqual([502, 502]);
    await proxy.close();
    const recorded = JSON.parse(await readFile(join(record, "exchanges", "0002-listLotteryActivities.json"), "utf8"));
    expect(recorded).toMatchObject({ seq: 2, response: null, problem: expect.stringMatching(/^connection refused/), drift: [expect.objectContaining({ kind: "upstream-error" })] });
  });
});
