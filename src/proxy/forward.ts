/**
 * Forwards one request to the upstream unchanged, as a client signed it: method, path, the raw
 * query string's bytes, the body's bytes and every header but the hop-by-hop ones. The Host header
 * is passed on as sent when it names the upstream (Volcengine signs it), and set to the upstream's
 * host otherwise. Failures (timeouts, TLS, refused connections) come back as a problem, never thrown.
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";

/** Headers that belong to one connection, not to the request (RFC 9110 §7.6.1), plus the proxy's own. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade"]);

/**
 * The headers of a raw header list (`[name, value, name, value, ...]`) without the hop-by-hop ones,
 * including those the `Connection` header names.
 *
 * @example
 * endToEnd(["Host", "a", "Connection", "close, X-Trace", "X-Trace", "1", "Sign", "S"]) // ["Host", "a", "Sign", "S"]
 */
export function endToEnd(raw: readonly string[]): string[] {
  const named = new Set<string>();
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]!.toLowerCase() === "connection") for (const token of raw[i + 1]!.split(",")) named.add(token.trim().toLowerCase());
  }
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    if (!HOP_BY_HOP.has(name) && !named.has(name)) out.push(raw[i]!, raw[i + 1]!);
  }
  return out;
}

/** `host[:port]` lower-cased, without the scheme's default port. */
function normalHost(host: string, protocol: string): string {
  const lower = host.trim().toLowerCase();
  const port = protocol === "https:" ? ":443" : ":80";
  return lower.endsWith(port) ? lower.slice(0, -port.length) : lower;
}

/**
 * The request target in origin form (`/path?q`, byte for byte), its path and raw query string, from
 * an origin-form or absolute-form (`http://host/path?q`, when the proxy is used as an HTTP proxy)
 * target. The query is not decoded.
 *
 * @example
 * splitTarget("http://livesaas.volcengineapi.com/?Action=A&Version=V")
 * // { origin: "/?Action=A&Version=V", path: "/", rawQuery: "Action=A&Version=V", host: "livesaas.volcengineapi.com" }
 */
export function splitTarget(target: string): { origin: string; path: string; rawQuery: string; host?: string } {
  let rest = target;
  let host: string | undefined;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//iu.exec(target);
  if (scheme) {
    const afterScheme = target.slice(scheme[0].length);
    const slash = afterScheme.search(/[/?]/u);
    host = slash === -1 ? afterScheme : afterScheme.slice(0, slash);
    rest = slash === -1 ? "/" : afterScheme.slice(slash);
    if (rest.startsWith("?")) rest = `/${rest}`;
  }
  const mark = rest.indexOf("?");
  return { origin: rest, path: mark === -1 ? rest : rest.slice(0, mark), rawQuery: mark === -1 ? "" : rest.slice(mark + 1), ...(host === undefined ? {} : { host }) };
}

/** What went out. */
export interface ForwardRequest {
  method: string;
  /** The target in origin form, exactly as received (`/path?raw-query`). */
  target: string;
  /** The incoming raw headers (`IncomingMessage.rawHeaders`). */
  rawHeaders: readonly string[];
  body: Buffer;
}

/** The upstream's answer, or why there is none. */
export type ForwardResult = { ok: true; status: number; rawHeaders: string[]; body: Buffer } | { ok: false; problem: string };

/** The most an answer may weigh before the proxy gives up on it. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

/** A network error in words: what failed and its code. */
function describeError(error: NodeJS.ErrnoException, upstream: URL): string {
  const code = error.code ?? "";
  const where = `${upstream.protocol}//${upstream.host}`;
  if (code === "ECONNREFUSED") return `connection refused by ${where} (${error.message})`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `cannot resolve ${upstream.hostname} (${code})`;
  if (code === "ECONNRESET" || code === "EPIPE") return `${where} closed the connection (${code})`;
  if (/CERT|SSL|TLS|SELF_SIGNED|ERR_TLS/u.test(code) || /certificate|ssl|tls/iu.test(error.message)) return `TLS error talking to ${where}: ${code ? `${code} ` : ""}${error.message}`;
  return `${where}: ${code ? `${code} ` : ""}${error.message}`;
}

/**
 * Sends the request to `upstream` (its path prefix, if any, goes before the request's path) and
 * reads the whole answer within `timeoutMs` (connect to last byte).
 *
 * @example
 * const result = await forward(new URL("https://api.polyv.net"), { method: "GET", target: "/live/v4/channel/lottery-activity/list?appId=…", rawHeaders: req.rawHeaders, body }, 30_000);
 * if (!result.ok) console.log(result.problem); // "connection refused by https://api.polyv.net (...)"
 */
export function forward(upstream: URL, request: ForwardRequest, timeoutMs: number): Promise<ForwardResult> {
  const headers = endToEnd(request.rawHeaders);
  const hostIndex = headers.findIndex((value, i) => i % 2 === 0 && value.toLowerCase() === "host");
  const sentHost = hostIndex === -1 ? undefined : headers[hostIndex + 1]!;
  // The client's Host when it names the upstream (it may be signed); the upstream's otherwise.
  if (sentHost === undefined || normalHost(sentHost, upstream.protocol) !== normalHost(upstream.host, upstream.protocol)) {
    if (hostIndex !== -1) headers.splice(hostIndex, 2);
    headers.unshift("Host", upstream.host);
  }
  const hasLength = headers.some((value, i) => i % 2 === 0 && value.toLowerCase() === "content-length");
  // A chunked body was read whole: it goes out with its length.
  if (!hasLength && request.body.length > 0) headers.push("Content-Length", String(request.body.length));
  const prefix = upstream.pathname.replace(/\/+$/u, "");
  const path = `${prefix}${request.target}`;
  const send = upstream.protocol === "https:" ? httpsRequest : httpRequest;

  return new Promise((resolve) => {
    let settled = false;
    const done = (result: ForwardResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    let outgoing: ReturnType<typeof send>;
    try {
      outgoing = send({ protocol: upstream.protocol, hostname: upstream.hostname, port: upstream.port || undefined, method: request.method, path, headers, agent: false });
    } catch (error) {
      resolve({ ok: false, problem: `the request cannot be sent to ${upstream.host}: ${(error as Error).message}` });
      return;
    }
    const timer = setTimeout(() => {
      done({ ok: false, problem: `no complete answer from ${upstream.protocol}//${upstream.host} within ${timeoutMs} ms (timeout)` });
      outgoing.destroy();
    }, timeoutMs);
    outgoing.on("error", (error: NodeJS.ErrnoException) => done({ ok: false, problem: describeError(error, upstream) }));
    outgoing.on("response", (answer: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      answer.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) {
          done({ ok: false, problem: `the answer of ${upstream.host} is larger than ${MAX_ANSWER_BYTES} bytes` });
          answer.destroy();
          return;
        }
        chunks.push(chunk);
      });
      answer.on("error", (error: NodeJS.ErrnoException) => done({ ok: false, problem: describeError(error, upstream) }));
      answer.on("end", () => done({ ok: true, status: answer.statusCode ?? 0, rawHeaders: answer.rawHeaders, body: Buffer.concat(chunks) }));
    });
    outgoing.end(request.body.length > 0 ? request.body : undefined);
  });
}
