/**
 * The floor for `npm run bench`: the raw node:http server plus only what any mock that authenticates
 * as the vendor does must do on the signed create path, with livemock's own contract code, and
 * nothing else (no validation, no state, no journal, no envelope): read the body, check the
 * credentials, parse the JSON body, answer the fixed document. Its throughput is the most a faithful
 * mock can reach on this machine; the mock's distance to it is what livemock itself costs.
 *
 * - polyv: `verifyPolyvSign` over the query parameters with the demo app's secret, ±3 min timestamp;
 * - xiaoe: the JSON body's `access_token` compared with the token the mock issued (FLOOR_XIAOE_TOKEN);
 * - volcengine: `verifyRequest` (V4: body hash, canonical request, HMAC, ±900 s) with the demo key.
 *
 * Answers are written together once per event-loop turn, as livemock's node:http listener writes
 * them (`src/mock/transports/node-listener.ts`), so that the floor and the mock pay the same transport costs.
 * A request that fails the check is answered 403, so a broken scenario shows up as non-2xx.
 * Usage: FLOOR_VENDOR=volcengine RAW_PAYLOAD='{...}' tsx bench/floor-server.ts  (prints "listening on http://127.0.0.1:<port>")
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyPolyvSign } from "../src/contracts/polyv/signing.ts";
import { verifyRequest } from "../src/contracts/volcengine/signing/index.ts";
import { DEMO_CREDENTIALS } from "../src/mock/credentials.ts";
import { NodeInbound } from "../src/mock/transports/node-inbound.ts";
import { POLYV_TIMESTAMP_WINDOW_MS } from "../src/mock/vendors/polyv/auth.ts";
import { timingSafeEqual } from "../src/util/timing-safe-equal.ts";

const payload = process.env.RAW_PAYLOAD ?? "{}";
const vendor = process.env.FLOOR_VENDOR;
const xiaoeToken = process.env.FLOOR_XIAOE_TOKEN ?? "";

const polyvApp = DEMO_CREDENTIALS.polyv[0]!;
const volcKey = DEMO_CREDENTIALS.volcengine[0]!;

/** Path and raw query string of a request target. */
function splitTarget(req: IncomingMessage): { path: string; query: string } {
  const url = req.url ?? "/";
  const mark = url.indexOf("?");
  return mark === -1 ? { path: url, query: "" } : { path: url.slice(0, mark), query: url.slice(mark + 1) };
}

function polyvAuthenticates(req: IncomingMessage): boolean {
  const params = Object.fromEntries(new URLSearchParams(splitTarget(req).query));
  return params.appId === polyvApp.appId && Math.abs(Date.now() - Number(params.timestamp)) <= POLYV_TIMESTAMP_WINDOW_MS && verifyPolyvSign(params, polyvApp.appSecret);
}

function volcengineAuthenticates(req: IncomingMessage, body: Buffer): boolean {
  const { path, query } = splitTarget(req);
  const verdict = verifyRequest({
    method: req.method ?? "GET",
    path,
    query,
    headers: new NodeInbound(req).headerMap(),
    body,
    now: Date.now(),
    lookupSecret: (ak) => (ak === volcKey.accessKeyId ? volcKey.secretAccessKey : undefined),
  });
  return verdict.ok;
}

/** The vendor's authentication and the JSON body parse; false when either fails. */
function accepts(req: IncomingMessage, body: Buffer): boolean {
  try {
    if (vendor === "polyv" && !polyvAuthenticates(req)) return false;
    if (vendor === "volcengine" && !volcengineAuthenticates(req, body)) return false;
    const parsed = JSON.parse(body.toString("utf8")) as { access_token?: unknown };
    if (vendor === "xiaoe") return typeof parsed.access_token === "string" && timingSafeEqual(parsed.access_token, xiaoeToken);
    return true;
  } catch {
    return false;
  }
}

if (vendor !== "polyv" && vendor !== "xiaoe" && vendor !== "volcengine") {
  console.error(`FLOOR_VENDOR must be polyv, xiaoe or volcengine, got ${String(vendor)}`);
  process.exit(2);
}

let pending: [ServerResponse, boolean][] = [];

function flush(): void {
  const batch = pending;
  pending = [];
  for (const [res, ok] of batch) {
    const body = ok ? payload : "{}";
    res.writeHead(ok ? 200 : 403, { "content-type": "application/json; charset=utf-8", "content-length": String(Buffer.byteLength(body)) });
    res.end(body);
  }
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const ok = accepts(req, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    if (pending.push([res, ok]) === 1) setImmediate(flush);
  });
});
server.listen(0, "127.0.0.1", () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
