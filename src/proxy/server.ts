/**
 * `livemock proxy`: a server the user points a client at instead of the vendor. Each request goes
 * to the upstream unchanged (forward.ts) and the upstream's answer back unchanged; meanwhile the
 * exchange is checked for drift (detect.ts) and, with a record dir, written redacted
 * (`exchanges/0001-<operation>.json`). An upstream without a usable answer (timeout, TLS, refused
 * connection, not JSON) is answered with a 502 JSON body naming the problem, and is drift too.
 */
import { writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";
import { specValidator } from "../contracts/core/spec-validator.ts";
import type { VendorName } from "../contracts/vendor-name.ts";
import { vendorWires } from "../contracts/vendor-wires.ts";
import { detectDrift, locate, type SeenExchange } from "./detect.ts";
import { endToEnd, forward, splitTarget } from "./forward.ts";
import { EXCHANGES_DIR, exchangeFileName, openRecordDir, summaryOf, writeDriftFiles } from "./record-dir.ts";
import { createRedactor } from "./redact.ts";
import { buildDriftReport, type ExchangeSummary } from "./report.ts";
import type { DriftReport, ExchangeRecord } from "./types.ts";

/** Options of {@link startProxy}. */
export interface ProxyOptions {
  vendor: VendorName;
  /** The upstream base URL; default the vendor's real one. */
  upstream?: string;
  /** Default 4020; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** A folder to record the exchanges in (redacted), and `drift.json` / `drift.junit.xml` at close. */
  record?: string;
  /** Limit per upstream answer, connect to last byte; default 30 000 ms. */
  timeoutMs?: number;
  /** Called with each exchange once it is checked (and written). */
  onExchange?: (record: ExchangeRecord) => void;
}

/** A running proxy. */
export interface RunningProxy {
  url: string;
  upstream: string;
  /** The report so far. */
  report(): DriftReport;
  /** Stops listening, waits for the exchanges in flight, writes the drift files (with a record dir) and gives the report. */
  close(): Promise<DriftReport>;
  /** Removes every secret value seen from a text (for printing the report). */
  scrub(text: string): string;
}

/** The most a request body may weigh. */
const MAX_REQUEST_BYTES = 32 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        reject(new Error(`the request body is larger than ${MAX_REQUEST_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Header pairs as a record by lower-case name (repeated ones joined by ", "). */
function headerRecord(raw: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    out[name] = out[name] === undefined ? raw[i + 1]! : `${out[name]}, ${raw[i + 1]!}`;
  }
  return out;
}

/** The answer's text, decoded from its content-encoding. */
function decode(body: Buffer, encoding: string | undefined): string {
  const codings = (encoding ?? "")
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity")
    .reverse();
  let bytes = body;
  for (const coding of codings) {
    if (coding === "gzip" || coding === "x-gzip") bytes = gunzipSync(bytes);
    else if (coding === "br") bytes = brotliDecompressSync(bytes);
    else if (coding === "deflate") {
      try {
        bytes = inflateSync(bytes);
      } catch {
        bytes = inflateRawSync(bytes);
      }
    } else throw new Error(`content-encoding ${coding} is not supported`);
  }
  return bytes.toString("utf8");
}

/** Why an answer is not one a vendor gives: not decodable, or not JSON; undefined when it is JSON. */
function unusable(status: number, headers: Record<string, string>, body: Buffer): { text?: string; problem?: string } {
  let text: string;
  try {
    text = decode(body, headers["content-encoding"]);
  } catch (error) {
    return { problem: `the upstream answered HTTP ${status} with a body that cannot be decoded: ${(error as Error).message}` };
  }
  try {
    JSON.parse(text);
    return { text };
  } catch {
    const type = headers["content-type"] ?? "no content-type";
    const start = text.slice(0, 80).replace(/\s+/gu, " ");
    return { problem: `the upstream answered HTTP ${status} with a body that is not JSON (${type}, ${body.length} bytes${start === "" ? "" : `: ${JSON.stringify(start)}`})` };
  }
}

/**
 * Starts the proxy.
 *
 * @example
 * const proxy = await startProxy({ vendor: "polyv", upstream: "https://api.polyv.net", port: 4020, record: "./drift" });
 * // point the client at proxy.url; later:
 * console.log(formatDriftReport(await proxy.close()));
 */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const wire = vendorWires[options.vendor];
  const upstreamText = options.upstream ?? wire.baseUrl;
  const upstream = new URL(upstreamText);
  if (upstream.protocol !== "http:" && upstream.protocol !== "https:") throw new Error(`--upstream must be an http(s) URL, got "${upstreamText}"`);
  const validator = specValidator(options.vendor);
  const redactor = createRedactor(wire.secretNames);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const startedAt = new Date().toISOString();
  const summaries: ExchangeSummary[] = [];
  const inFlight = new Set<Promise<void>>();
  let writes: Promise<void> = Promise.resolve();
  let seq = 0;
  if (options.record !== undefined) await openRecordDir(options.record, { vendor: options.vendor, upstream: upstream.href, startedAt });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const number = ++seq;
    const arrived = Date.now();
    const target = splitTarget(req.url ?? "/");
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (error) {
      res.writeHead(413, { "content-type": "application/json" }).end(JSON.stringify({ livemock: "proxy", error: "request-too-large", problem: (error as Error).message }));
      return;
    }
    const sent = await forward(upstream, { method: req.method ?? "GET", target: target.origin, rawHeaders: req.rawHeaders, body }, timeoutMs);
    const seen: SeenExchange = { method: req.method ?? "GET", path: target.path, rawQuery: target.rawQuery, headers: headerRecord(endToEnd(req.rawHeaders)), body: body.toString("utf8") };
    if (sent.ok) {
      const headers = headerRecord(sent.rawHeaders);
      const checked = unusable(sent.status, headers, sent.body);
      if (checked.problem === undefined) {
        seen.response = { status: sent.status, headers, text: checked.text! };
        res.sendDate = false;
        const back = endToEnd(sent.rawHeaders);
        if (!back.some((value, i) => i % 2 === 0 && value.toLowerCase() === "content-length")) back.push("Content-Length", String(sent.body.length));
        res.writeHead(sent.status, back).end(sent.body);
      } else seen.problem = checked.problem;
    } else seen.problem = sent.problem;
    if (seen.problem !== undefined) {
      res
        .writeHead(502, { "content-type": "application/json", "x-livemock-proxy": "upstream-error" })
        .end(JSON.stringify({ livemock: "proxy", error: "upstream-error", upstream: upstream.href, problem: seen.problem }));
    }

    const located = locate(wire, validator, seen);
    const drift = detectDrift(wire, validator, seen).map((violation) => ({ ...violation, exchange: number }));
    const record: ExchangeRecord = {
      seq: number,
      vendor: options.vendor,
      operation: located?.operation ?? null,
      at: new Date(arrived).toISOString(),
      durationMs: Date.now() - arrived,
      request: redactor.request(seen),
      response: redactor.response(seen),
      ...(seen.problem === undefined ? {} : { problem: seen.problem }),
      drift,
    };
    summaries.push(summaryOf(record));
    if (options.record !== undefined) {
      const file = join(options.record, EXCHANGES_DIR, exchangeFileName(record));
      const text = redactor.scrub(`${JSON.stringify(record, null, 2)}\n`);
      writes = writes.then(() => writeFile(file, text, "utf8"));
      await writes;
    }
    options.onExchange?.(record);
  };

  const server = createServer((req, res) => {
    const work = handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ livemock: "proxy", error: "internal", problem: String(error) }));
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4020, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const report = () =>
    buildDriftReport(
      { vendor: options.vendor, upstream: upstream.href, startedAt, endedAt: new Date().toISOString() },
      [...summaries].sort((a, b) => a.seq - b.seq),
    );

  return {
    url: `http://${host}:${address.port}`,
    upstream: upstream.href,
    report,
    scrub: (text) => redactor.scrub(text),
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.all([...inFlight]);
      // Keep-alive connections that served the last requests are idle now.
      server.closeIdleConnections();
      const late = setTimeout(() => server.closeAllConnections(), 1000);
      await closed;
      clearTimeout(late);
      await writes;
      const final = report();
      if (options.record !== undefined) await writeDriftFiles(options.record, final, (text) => redactor.scrub(text));
      return final;
    },
  };
}
