/**
 * The request a vendor module is handed ({@link VendorRequest}), built over what a transport
 * provides ({@link InboundRequest}): the header map is built only if a vendor reads it. `directVendorRequest` builds one from plain parts (seed files, tests, benchmarks).
 */
import type { VendorRequest } from "./vendor.ts";

/** Outcome of reading a request body within a size limit ({@link InboundRequest.readBody}). */
export type BodyResult = { ok: true; text: string; bytes?: Uint8Array } | { ok: false; tooLarge: true } | { ok: false; tooLarge: false; message: string };

/**
 * A request as a transport hands it to the dispatcher: read lazily, so that what a vendor never
 * asks for (the map of all headers) is never built. Each transport under `src/mock/transports/`
 * provides one: `NodeInbound` over a Node request, `webInbound` over a web `Request`.
 */
export interface InboundRequest {
  method: string;
  /** `/path?query` as on the request line; an absolute-form target is read as its {@link originForm}. */
  target: string;
  /** One header by lower-case name, as `Headers.get` gives it (repeated headers joined by ", "). */
  header(name: string): string | null;
  /** All headers by lower-case name, repeated ones joined by ", " (built on first use). */
  headerMap(): ReadonlyMap<string, string>;
  /** Reads the body within `limitBytes`; a request that announces no body resolves to `""`. */
  readBody(limitBytes: number): Promise<BodyResult>;
  /** Remote address (`127.0.0.1` in-process). */
  clientIp: string;
}

/** `scheme://` at the start of an absolute-form request target. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/**
 * The origin form (`/path?query`) of a request target. An absolute-form target
 * (`http://host:4010/live/v4/...?a=1`), which clients send through an HTTP proxy and HTTP/1.1
 * servers must accept (RFC 9112 §3.2.2), loses its scheme and authority, and an empty path becomes
 * `/` (`http://host?Action=X` is `/?Action=X`). Any other target is returned as it is: an
 * origin-form one at no cost, and the asterisk and authority forms (`*`, `host:443` of CONNECT),
 * which no vendor serves.
 *
 * @example
 * originForm("http://127.0.0.1:4010/live/v4/channel/lottery-activity/list?channelId=1") // "/live/v4/channel/lottery-activity/list?channelId=1"
 * originForm("http://localhost:4010?Action=GetActivityRedPacket") // "/?Action=GetActivityRedPacket"
 * originForm("/__livemock/health") // "/__livemock/health"
 */
export function originForm(target: string): string {
  if (target.charCodeAt(0) === 47 /* "/" */) return target;
  const scheme = SCHEME.exec(target);
  if (scheme === null) return target;
  let start = scheme[0].length;
  while (start < target.length && target[start] !== "/" && target[start] !== "?" && target[start] !== "#") start++;
  if (start === target.length) return "/";
  return target[start] === "/" ? target.slice(start) : `/${target.slice(start)}`;
}

function mediaType(raw: string | null | undefined): string {
  if (!raw) return "";
  const semi = raw.indexOf(";");
  return (semi === -1 ? raw : raw.slice(0, semi)).trim().toLowerCase();
}

/** A {@link VendorRequest} over an inbound request: the header map is built only if a vendor reads it. */
export class InboundVendorRequest implements VendorRequest {
  readonly method: string;
  readonly contentType: string;
  readonly clientIp: string;
  rawBody = "";
  rawBytes: Uint8Array | undefined = undefined;
  #headerMap: ReadonlyMap<string, string> | undefined = undefined;

  constructor(
    private readonly inbound: InboundRequest,
    readonly path: string,
    readonly query: URLSearchParams,
    readonly rawQuery: string,
    readonly receivedAt: number,
  ) {
    this.method = inbound.method;
    this.contentType = mediaType(inbound.header("content-type"));
    this.clientIp = inbound.clientIp;
  }

  get headerMap(): ReadonlyMap<string, string> {
    if (this.#headerMap === undefined) this.#headerMap = this.inbound.headerMap();
    return this.#headerMap;
  }
}

/** The parts of a request built without any transport. */
export interface DirectRequestInit {
  method: string;
  /** `/path?query`. */
  target: string;
  headers?: Record<string, string>;
  rawBody?: string;
  clientIp?: string;
  receivedAt: number;
}

/**
 * A vendor request from plain parts, as if it had arrived over HTTP with this body already read.
 *
 * @example
 * vendor.handle(directVendorRequest({ method: "GET", target: "/live/v4/channel/lottery-activity/list?channelId=1", receivedAt: Date.now() }));
 */
export function directVendorRequest(init: DirectRequestInit): VendorRequest {
  const map = new Map<string, string>();
  for (const [name, value] of Object.entries(init.headers ?? {})) map.set(name.toLowerCase(), value);
  const rawBody = init.rawBody ?? "";
  const inbound: InboundRequest = {
    method: init.method,
    target: init.target,
    header: (name) => map.get(name) ?? null,
    headerMap: () => map,
    readBody: () => Promise.resolve({ ok: true, text: rawBody }),
    clientIp: init.clientIp ?? "127.0.0.1",
  };
  const mark = init.target.indexOf("?");
  const path = mark === -1 ? init.target : init.target.slice(0, mark);
  const rawQuery = mark === -1 ? "" : init.target.slice(mark + 1);
  const request = new InboundVendorRequest(inbound, path, new URLSearchParams(rawQuery), rawQuery, init.receivedAt);
  request.rawBody = rawBody;
  if (rawBody !== "") request.rawBytes = Buffer.from(rawBody);
  return request;
}
