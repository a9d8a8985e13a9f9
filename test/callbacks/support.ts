/**
 * Helpers for the callback tests: a real HTTP receiver on 127.0.0.1 that records what it gets and
 * answers as told (status, body, delay, hang), room events published on the app's bus as the rooms
 * engine publishes them, the catalogue's payload schemas, and hash helpers written here (with
 * node:crypto) rather than taken from src/, so a signing bug cannot hide by being symmetric.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import type { MockApp } from "../../src/mock/app.ts";
import type { RoomEvent } from "../../src/mock/rooms/types.ts";
import { repoPath } from "../support/vendors.ts";

/** One request the receiver got. */
export interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
  /** Real time it arrived (ms). */
  at: number;
}

/** What the receiver answers to its n-th request (from 1). */
export interface Answer {
  status?: number;
  body?: string;
  /** Real milliseconds before answering. */
  delayMs?: number;
  /** Never answer (the connection stays open until livemock gives up). */
  hang?: boolean;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Changes the answers from now on. */
  answer(next: (request: Received, n: number) => Answer): void;
  close(): Promise<void>;
}

/**
 * A receiver answering 200 `success` unless told otherwise.
 *
 * @example
 * const receiver = await startReceiver((_, n) => (n === 1 ? { status: 500 } : {}));
 */
export async function startReceiver(answer: (request: Received, n: number) => Answer = () => ({})): Promise<Receiver> {
  let decide = answer;
  const received: Received[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://receiver");
      const request: Received = { method: req.method ?? "", path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() };
      received.push(request);
      const { status = 200, body = "success", delayMs = 0, hang = false } = decide(request, received.length);
      if (hang) {
        open.add(res);
        return;
      }
      setTimeout(() => {
        res.writeHead(status, { "content-type": "text/plain" });
        res.end(body);
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    answer: (next) => {
      decide = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

let seq = 0;

/**
 * Publishes a room event on the app's bus, as the rooms engine does when a room records one.
 *
 * @example
 * publish(app, { type: "room.started", vendor: "polyv", live: "4854808", owner: "frlr1zazn3" });
 */
export function publish(app: MockApp, event: Partial<RoomEvent> & Pick<RoomEvent, "type" | "vendor" | "live" | "owner">): RoomEvent {
  const full: RoomEvent = { seq: ++seq, at: app.livemock.context.clock.now(), roomId: `room-${event.vendor}-1`, ...event };
  app.livemock.context.roomEvents.publish(full);
  return full;
}

/** Waits until `check` returns a value other than undefined/false (polling real time). */
export async function waitFor<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const md5 = (text: string) => createHash("md5").update(text, "utf8").digest("hex");
export const sha1 = (text: string) => createHash("sha1").update(text, "utf8").digest("hex");

const catalogue = parse(readFileSync(repoPath("specs/callbacks.yaml"), "utf8")) as { vendors: Record<string, { events: Record<string, { schema: object }> }> };
const ajv = new Ajv2020({ allErrors: true, strict: false, coerceTypes: false });
const ajvCoercing = new Ajv2020({ allErrors: true, strict: false, coerceTypes: true });

/**
 * The errors of a payload against the catalogue's schema of the event (empty when it conforms).
 * `coerce` reads XML text as the schema's numbers (Xiaoe's decrypted XML carries text only).
 */
export function schemaErrors(vendor: string, event: string, payload: unknown, coerce = false): string[] {
  const schema = catalogue.vendors[vendor]?.events[event]?.schema;
  if (!schema) return [`no schema for ${vendor} ${event}`];
  const validate = (coerce ? ajvCoercing : ajv).compile(schema);
  const copy = structuredClone(payload);
  return validate(copy) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** GET /__livemock/callbacks/deliveries through the app. */
export async function deliveries(app: MockApp, query = ""): Promise<{ total: number; deliveries: Record<string, any>[]; pending: Record<string, number> }> {
  const res = await app.request(`/__livemock/callbacks/deliveries${query}`);
  return (await res.json()) as never;
}

/** Moves the mock clock through the control plane (as a user does), which fires the retries that fall due. */
export async function advance(app: MockApp, ms: number): Promise<void> {
  const res = await app.request("/__livemock/clock/advance", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ms }) });
  if (res.status !== 200) throw new Error(`clock advance: ${res.status} ${await res.text()}`);
}

/** PUT /__livemock/callbacks/{vendor}. */
export async function register(app: MockApp, vendor: string, body: Record<string, unknown>): Promise<Response> {
  return app.request(`/__livemock/callbacks/${vendor}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

/** The tests' own reading of element-only XML (Xiaoe's messages), independent of src/: text leaves stay text. */
export function xmlToObject(xml: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const element = /<([A-Za-z_]\w*)>([\s\S]*?)<\/\1>/g;
  for (let m = element.exec(xml); m; m = element.exec(xml)) {
    const inner = m[2]!;
    out[m[1]!] = /^<[A-Za-z_]/.test(inner) ? xmlToObject(inner) : inner.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  }
  return out;
}
