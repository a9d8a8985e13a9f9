/**
 * Outbound callbacks: the seam between the delivery engine (src/mock/callbacks/, which never names a
 * vendor) and each vendor's callbacks (src/mock/vendors/<vendor>/callbacks.ts, handed to the core as
 * `VendorBehaviour.callbacks`). The engine turns room events into deliveries through the vendor,
 * sends each attempt off the request path with a timeout, keeps the vendor's retry schedule on the
 * mock clock, logs every attempt, and persists what is still owed.
 */
import type { z } from "zod";
import type { Awaitable } from "../../util/awaitable.ts";
import type { RoomEvent } from "../rooms/types.ts";

/** One HTTP request of an attempt, as the vendor renders it. */
export interface OutboundRequest {
  method: "GET" | "POST";
  /** The full URL, query included. */
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A delivery a vendor asks for (one message to one URL). JSON-serialisable, no secrets. */
export interface NewDelivery {
  /** The vendor's name of the event (`ActivityRedPacketInfoCallBack`, `live_task`, `live_status`). */
  event: string;
  /** The receiver's URL as registered. */
  url: string;
  /** The idempotency key, the same on every attempt (`RequestUuid`, `message_id`). */
  key: string;
  /** The credential whose objects the event is about (app id, access key). */
  owner: string;
  roomId?: string;
  live?: string;
  /** What the vendor needs to render each attempt (the payload without its signature). */
  message: Record<string, unknown>;
  /**
   * Deliveries with the same batch key that are still waiting for their first attempt merge: the
   * arrays at `message[field]` concatenate, up to `max` items per delivery (Volcengine's batch callbacks).
   */
  batch?: { key: string; field: string; max: number };
}

/** What the vendor sees of a delivery when it renders an attempt. */
export interface DeliveryView {
  readonly event: string;
  readonly url: string;
  readonly key: string;
  readonly owner: string;
  readonly message: Readonly<Record<string, unknown>>;
  /** 1 for the first attempt. */
  readonly attempt: number;
}

/** A vendor's callbacks: its wire, its schedule, its registration through the control plane. */
export interface VendorCallbacks {
  /** How long a receiver has to answer an attempt (real time), in ms. */
  readonly timeoutMs: number;
  /** The delay before each retry, timed from the attempt that failed (mock time); empty: no retries. */
  readonly retryDelaysMs: readonly number[];
  /** What `PUT /__livemock/callbacks/{vendor}` accepts (and start-up flags give). */
  readonly settings: z.ZodType<Record<string, unknown>>;
  /** The URLs of validated settings (checked against the allow-list). */
  settingsUrls(settings: Readonly<Record<string, unknown>>): string[];
  /** Settings as the control plane shows them: secrets replaced by their length or id. */
  viewSettings(settings: Readonly<Record<string, unknown>>): Record<string, unknown>;
  /**
   * The deliveries a room event calls for (none for most). `settings` are the control plane's for
   * this vendor, when set; `nextSeq` numbers idempotency keys (persisted, never reused).
   */
  fromRoomEvent(event: RoomEvent, tools: { settings: Readonly<Record<string, unknown>> | undefined; nextSeq(): number }): Awaitable<NewDelivery[]>;
  /** The request of one attempt (signed, encrypted), at mock time `now`; a string says why it cannot be sent. */
  request(delivery: DeliveryView, settings: Readonly<Record<string, unknown>> | undefined, now: number): OutboundRequest | string;
  /** Whether an answer acknowledges the delivery. */
  acked(status: number, body: string): boolean;
}

/** What became of one attempt. */
export type AttemptOutcome = "acked" | "failed" | "retry-scheduled" | "given-up";

/** One attempt as `GET /__livemock/callbacks/deliveries` lists it. */
export interface AttemptRecord {
  id: string;
  deliveryId: string;
  vendor: string;
  event: string;
  /** The receiver's URL as registered (the signed query is not repeated here). */
  url: string;
  method: string;
  attempt: number;
  key: string;
  owner: string;
  roomId?: string;
  live?: string;
  /** Mock time the attempt started. */
  at: number;
  /** HTTP status of the answer, when there was one. */
  status?: number;
  /** The answer's first bytes. */
  answer?: string;
  /** Why there was no usable answer (timeout, refused connection, redirect, not allowed). */
  error?: string;
  /** Real milliseconds the attempt took. */
  durationMs: number;
  outcome: AttemptOutcome;
  /** Mock time of the next attempt, when one is scheduled. */
  nextRetryAt?: number;
  /** True for `POST /__livemock/callbacks/deliveries/{id}/redeliver`. */
  manual?: boolean;
}
