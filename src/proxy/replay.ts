/**
 * Replays a record dir: a node:http listener that answers each request with the recorded answer of
 * the matching exchange, so a test runs against what the real vendor said, offline. A request
 * matches an exchange with the same method, path, query and JSON body, leaving out what changes on
 * every call (timestamps, signatures, tokens: `VendorWire.volatileNames` and the secret names);
 * failing that, the next unused exchange with the same method, path and Action. Exchanges are used
 * in recorded order; once all of a kind are used, the last one answers again.
 */
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { vendorWires } from "../contracts/vendor-wires.ts";
import { secretNameTest } from "../mock/core/redact.ts";
import { endToEnd, splitTarget } from "./forward.ts";
import { readRecording } from "./record-dir.ts";
import { createRedactor } from "./redact.ts";
import type { ExchangeRecord, RecordedRequest } from "./types.ts";

/** JSON with object keys sorted, so equal values print alike. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
    .join(",")}}`;
}

/** The recorded answer of an exchange, or the proxy's 502 for one without. */
function answer(res: ServerResponse, record: ExchangeRecord): void {
  if (record.response === null) {
    res.writeHead(502, { "content-type": "application/json", "x-livemock-proxy": "upstream-error", "x-livemock-replay": String(record.seq) });
    res.end(JSON.stringify({ livemock: "proxy", error: "upstream-error", problem: record.problem ?? "no answer" }));
    return;
  }
  const headers: Record<string, string> = { ...record.response.headers, "x-livemock-replay": String(record.seq) };
  res.writeHead(record.response.status, headers).end(JSON.stringify(record.response.body));
}

/**
 * A listener that answers from recorded exchanges (read them with `readRecording`).
 *
 * @example
 * const { records } = await readRecording("./drift");
 * http.createServer(createReplayListener(records)).listen(4030);
 */
export function createReplayListener(records: readonly ExchangeRecord[]): RequestListener {
  const byExact = new Map<string, ExchangeRecord[]>();
  const byRoute = new Map<string, ExchangeRecord[]>();
  const used = new Set<number>();
  const vendor = records[0]?.vendor;
  const wire = vendor === undefined ? undefined : vendorWires[vendor];
  const ignored = secretNameTest(wire?.volatileNames ?? []);
  const redactor = createRedactor(wire?.secretNames ?? []);
  const route = (request: RecordedRequest) => `${request.method} ${request.path} ${request.query.find(([key]) => key === "Action")?.[1] ?? ""}`;
  const exact = (request: RecordedRequest) => {
    const query = request.query.filter(([key]) => !ignored(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `${route(request)} ${canonical(query)} ${canonical(request.body ?? request.bodyText ?? null)}`;
  };
  for (const record of records) {
    for (const [map, key] of [
      [byExact, exact(record.request)],
      [byRoute, route(record.request)],
    ] as const) {
      map.set(key, [...(map.get(key) ?? []), record]);
    }
  }
  const pick = (candidates: readonly ExchangeRecord[] | undefined) => candidates?.find((r) => !used.has(r.seq)) ?? candidates?.at(-1);

  return (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const target = splitTarget(req.url ?? "/");
      const headers: Record<string, string> = {};
      const raw = endToEnd(req.rawHeaders);
      for (let i = 0; i < raw.length; i += 2) headers[raw[i]!.toLowerCase()] = raw[i + 1]!;
      const request = redactor.request({ method: req.method ?? "GET", path: target.path, rawQuery: target.rawQuery, headers, body: Buffer.concat(chunks).toString("utf8") });
      const record = pick(byExact.get(exact(request))) ?? pick(byRoute.get(route(request)));
      if (record === undefined) {
        res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ livemock: "replay", error: "no recorded exchange matches", method: request.method, path: request.path }));
        return;
      }
      used.add(record.seq);
      answer(res, record);
    });
  };
}

/** A running replay server. */
export interface ReplayServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a record dir's answers (`livemock replay <dir>`).
 *
 * @example
 * const replay = await startReplayServer({ dir: "./drift", port: 0 });
 * const polyv = createPolyvClient({ baseUrl: replay.url, appId, appSecret });
 */
export async function startReplayServer(options: { dir: string; port?: number; host?: string }): Promise<ReplayServer> {
  const { records } = await readRecording(options.dir);
  const server = createServer(createReplayListener(records));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4030, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
