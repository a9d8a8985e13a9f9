/**
 * Fake vendors for the proxy tests: small node:http servers on 127.0.0.1 that check each request's
 * signature with livemock's own verify functions and the demo secrets (so a byte changed by the
 * proxy shows), keep what arrived, and answer like the vendor, with deliberate drifts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { firstQueryValues, verifyPolyvSign } from "../../src/contracts/polyv/index.ts";
import { verifyRequest } from "../../src/contracts/volcengine/index.ts";
import { createMockApp, type MockApp } from "../../src/mock/app.ts";

/** A request as the fake upstream received it. */
export interface Arrived {
  method: string;
  /** The request target, byte for byte. */
  url: string;
  headers: Record<string, string>;
  body: Buffer;
  /** Whether livemock's verify function accepted its signature (or token) with the demo secret. */
  signatureOk: boolean;
}

/** An answer the fake gives: status and JSON (or raw text). */
export interface FakeAnswer {
  status: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export interface FakeUpstream {
  url: string;
  /** `127.0.0.1:<port>`: what a Volcengine client signs as Host. */
  host: string;
  arrived: Arrived[];
  close(): Promise<void>;
}

export const DEMO = {
  polyv: { appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" },
  xiaoe: { appId: "apptrfbbm2m8971", clientId: "livemock-client", secretKey: "livemock-xiaoe-secret" },
  volcengine: { accessKeyId: "AKLTlivemockdemo", secretKey: "livemock-volc-secret" },
} as const;

/** Starts a server on 127.0.0.1 with a free port. */
export function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; url: string; host: string; close(): Promise<void> }> {
  const server = createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({
        server,
        url: `http://${host}`,
        host,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    }),
  );
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function headerMap(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) out[req.rawHeaders[i]!.toLowerCase()] = req.rawHeaders[i + 1]!;
  return out;
}

/** What each vendor's fake checks: Polyv's sign and Volcengine's V4 signature with livemock's verifiers; Xiaoe's secret_key (its token is checked by the mock underneath). */
export const verifiers = {
  polyv: (arrived: Omit<Arrived, "signatureOk">) => verifyPolyvSign(firstQueryValues(new URL(arrived.url, "http://x").searchParams), DEMO.polyv.appSecret),
  xiaoe: (arrived: Omit<Arrived, "signatureOk">) => {
    const url = new URL(arrived.url, "http://x");
    return url.pathname !== "/token" || url.searchParams.get("secret_key") === DEMO.xiaoe.secretKey;
  },
  volcengine: (arrived: Omit<Arrived, "signatureOk">) => {
    const mark = arrived.url.indexOf("?");
    const verdict = verifyRequest({
      method: arrived.method,
      path: mark === -1 ? arrived.url : arrived.url.slice(0, mark),
      query: mark === -1 ? "" : arrived.url.slice(mark + 1),
      headers: arrived.headers,
      body: new Uint8Array(arrived.body),
      now: Date.now(),
      lookupSecret: (ak) => (ak === DEMO.volcengine.accessKeyId ? DEMO.volcengine.secretKey : undefined),
    });
    return verdict.ok;
  },
};

/**
 * A fake vendor: checks the signature, then answers with `answer` (given what livemock's mock
 * answers the same request, when `mock` is given, so most answers are real-shaped).
 */
export async function fakeUpstream(
  verify: (arrived: Omit<Arrived, "signatureOk">) => boolean,
  answer: (arrived: Arrived, mocked: FakeAnswer | undefined) => FakeAnswer | Promise<FakeAnswer>,
  mock?: MockApp,
): Promise<FakeUpstream> {
  const arrived: Arrived[] = [];
  const server = await listen(async (req, res) => {
    const body = await bodyOf(req);
    const seen = { method: req.method ?? "GET", url: req.url ?? "/", headers: headerMap(req), body };
    const entry: Arrived = { ...seen, signatureOk: verify(seen) };
    arrived.push(entry);
    let mocked: FakeAnswer | undefined;
    if (mock) {
      const headers = { ...entry.headers };
      delete headers.host;
      const response = await mock.fetch(new Request(`http://upstream${entry.url}`, { method: entry.method, headers, ...(body.length > 0 ? { body: new Uint8Array(body) } : {}) }));
      mocked = { status: response.status, json: await response.json() };
    }
    const out = await answer(entry, mocked);
    res.writeHead(out.status, { "content-type": out.text === undefined ? "application/json" : "text/html", ...out.headers });
    res.end(out.text ?? JSON.stringify(out.json));
  });
  return { url: server.url, host: server.host, arrived, close: server.close };
}

/** A fresh mock app for a fake upstream to answer from (rate limits off). */
export const mockApp = () => createMockApp({ rateLimits: false });
