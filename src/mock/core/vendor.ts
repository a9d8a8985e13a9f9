/**
 * The contract between the mock core and a vendor module. The core owns transport (body limits,
 * journal, error safety net, rendering), the control plane, faults, seed files and rate-limit
 * switches; a vendor module owns everything vendor-specific (auth, routing inside its paths,
 * validation, state, envelopes, its error catalogue, how its objects look in the state view, its
 * seed-file section) and hands it to the core through this one interface. The core never names a vendor.
 */
import type { z } from "zod";
import type { Awaitable } from "../../util/awaitable.ts";
import type { RoomDriver } from "../rooms/types.ts";
import type { MockContext } from "./context.ts";
import type { CredentialKind } from "./credentials.ts";

/** A request as the core hands it to a vendor: body already read (within the size limit). */
export interface VendorRequest {
  method: string;
  /** Path name, e.g. `/live/v4/channel/task-reward-activity/save`. */
  path: string;
  query: URLSearchParams;
  /** The query string as sent, without the `?` (`""` when there is none): for signatures over the exact bytes. */
  rawQuery: string;
  /** Every header by lower-case name, repeated ones joined by ", " as `Headers.get` gives them (built on first use). */
  headerMap: ReadonlyMap<string, string>;
  /** The raw body as UTF-8 text (`""` when there is none). */
  rawBody: string;
  /** The body bytes as received, when there is a body (Volcengine's X-Content-Sha256 covers bytes, not text). */
  rawBytes?: Uint8Array;
  /** Lower-cased media type without parameters (`application/json`), `""` when absent. */
  contentType: string;
  /** Remote address as seen by the server (`127.0.0.1` for in-process calls). */
  clientIp: string;
  /** `context.clock.now()` when the request arrived. */
  receivedAt: number;
}

/**
 * A behaviour outside the vendor's documented rule that a request relied on and livemock accepted
 * (a leniency: see each vendor's `src/contracts/<vendor>/leniencies.ts`).
 */
export interface VendorWarning {
  /** The leniency's id in its vendor's table (`polyv.sign.empty-param-included`). */
  readonly id: string;
  /** What the request did and what the doc says: `the sign includes the empty parameter pageSize; the doc drops empty parameters before signing`. */
  readonly message: string;
}

/** What a vendor answers; the core turns it into an HTTP response and a journal entry. */
export interface VendorResponse {
  status: number;
  /** JSON-serialisable envelope, exactly the vendor's. */
  body: unknown;
  headers?: Record<string, string>;
  /** The spec operationId served, when known (for the journal and the dashboard). */
  operation?: string;
  /** The vendor error code, when the answer is an error (`20002`, `2008`, `SignatureDoesNotMatch`). */
  errorCode?: string | number;
  /** Precise human reason for a rejection; sent as `x-livemock-reason` and kept in the journal. */
  reason?: string;
  /** Owner (app id / access key) the request was authenticated as, for the journal. */
  owner?: string;
  /**
   * The leniencies the request relied on (absent when it followed the documented rule); sent as
   * `x-livemock-warning` and kept in the journal. Under `context.strict` a vendor refuses such a
   * request instead, with the error a server holding to the doc answers.
   */
  warnings?: readonly VendorWarning[];
}

/** Failures the core detects before or around the vendor's own handling. */
export type CoreFailure = { kind: "payload-too-large"; limitBytes: number } | { kind: "unreadable-body"; message: string } | { kind: "internal"; error: unknown };

/** One error a fault rule can force, as `GET /__livemock/faults/errors` lists it. */
export interface ForcedErrorOption {
  /** The id a rule names in `error`. */
  id: string;
  /** HTTP status of the answer. */
  status: number;
  /** The envelope's code (`50001`, `1001`, `InternalError`). */
  code: string | number;
  message: string;
}

/** A vendor's error catalogue, as fault rules use it. */
export interface VendorErrors {
  /** Every error a rule may force: the vendor's whole catalogue. */
  readonly catalogue: readonly ForcedErrorOption[];
  /** The error a rule forces when it names none (fail-next): the vendor's generic server-side error. */
  readonly fallback: string;
  /**
   * The vendor's answer for a forced error: its envelope and HTTP status, exactly as the vendor module
   * would answer that error. `reason` names the rule; `params` fill the message's placeholders.
   */
  forced(id: string, request: VendorRequest, fault: { reason: string; params: Readonly<Record<string, string>> }): VendorResponse;
}

/** How the state view and the dashboard show a vendor's stored objects. */
export interface VendorStateView {
  /** The kinds the vendor stores, each with a bilingual label (`抽奖 lottery`). */
  readonly kinds: Readonly<Record<string, string>>;
  /** Title and status of one stored object, at `now` (statuses that move with time are shown as a read would answer them). */
  describe(kind: string, value: unknown, now: number): { title?: string | undefined; status?: number | string | undefined; statusLabel?: string | undefined };
}

/** What a vendor's seed-file loader reports. */
export interface SeedReport {
  /** An object the vendor created (its id as the vendor answered it). */
  created(where: string, id: unknown): void;
  /** Something in the section that could not be loaded, and why. */
  rejected(where: string, reason: string): void;
}

/** A vendor's section of a seed file (`polyv:`, `xiaoe:`, ... ). */
export interface VendorSeedSection {
  /** The section's shape, validated before anything is loaded. */
  readonly schema: z.ZodType;
  /** One line of the seed file's documentation (shown in errors and the README). */
  readonly summary: string;
  /** The section's field naming the credential that owns what it creates (`appId`); absent: the vendor's first accepted credential. */
  readonly ownerField: string;
  /** Loads the validated section as `owner` (one of the vendor's accepted credentials), creating objects through the vendor's own handlers. */
  load(section: unknown, report: SeedReport, owner: unknown): Awaitable<void>;
}

/** How `livemock serve` introduces a vendor at start: its demo credentials and a request that works. */
export interface VendorDemo {
  /** `Polyv       appId frlr1zazn3  appSecret ...` */
  credentials: string;
  /** A curl command line signed at `now` for the server at `url`. */
  example: string;
}

/** Who a vendor is: known before the app is built (the context carries the credentials). */
export interface VendorIdentity<Credential = unknown> {
  /** The name every part uses (`polyv`): the control plane, journal entries, fault rules, `--vendors`. */
  readonly name: string;
  /** The name people read (`Polyv`). */
  readonly label: string;
  /** The vendor's own name in its own language, shown before the label in the dashboard (`保利威`). Optional. */
  readonly nativeName?: string;
  /** The real vendor's origins, which the MSW handlers intercept (`https://api.polyv.net`). */
  readonly origins: readonly string[];
  /** Its kind of credential: demo ones, environment variables, the shape runtime additions take. */
  readonly credentials: CredentialKind<Credential>;
}

/** What a vendor does, built over the app's context. */
export interface VendorBehaviour {
  /** True when the request is addressed to this vendor (by path; for Volcengine also by query and auth headers). */
  matches(path: string, query: URLSearchParams, headers: Pick<Headers, "get">): boolean;
  /**
   * Answers the call: the core has read the body already. A vendor over the in-memory store answers
   * synchronously; over a store that waits (a shared backend) it returns a promise, which the core awaits.
   */
  handle(request: VendorRequest): Awaitable<VendorResponse>;
  /**
   * Renders a core-detected failure in the vendor's own envelope. An internal failure is answered at
   * once; an unreadable body may wait when the vendor still authenticates the call against a shared store.
   */
  reject(request: VendorRequest, failure: CoreFailure): Awaitable<VendorResponse>;
  /** Its error catalogue, for fault rules. */
  readonly errors: VendorErrors;
  /** Its stored kinds, for the state view and the dashboard. */
  readonly state: VendorStateView;
  /** Its section of seed files. */
  readonly seed: VendorSeedSection;
  /** Its demo credentials and a working request, for the start-up banner. */
  demo(url: string, now: number): VendorDemo;
  /** Seeds the vendor's own rooms (doc channels, demo lives, activities) for every accepted credential: at start, after a reset, when credentials are added. */
  seedRooms(): Awaitable<void>;
  /** Forgets what the vendor keeps outside the store (tokens, rate-limit counters) on `POST /__livemock/reset`. Optional. */
  reset?(): void;
  /** The spec operationId a request addresses, without handling it (fault rules per operation). Optional. */
  operationOf?(request: VendorRequest): string | undefined;
  /** Its part of live rooms (src/mock/rooms/types.ts): which lives exist and what the crowd does to its objects. Optional. */
  readonly rooms?: RoomDriver;
}

/** One vendor plugged into the core: who it is and what it does. */
export interface VendorModule extends VendorIdentity<unknown>, VendorBehaviour {}

/**
 * A vendor as the app mounts it: its identity and the factory of its behaviour over the app's
 * context. Adding a vendor is writing one of these and listing it in src/mock/vendors/index.ts.
 *
 * @example
 * const app = createMockApp({ vendors: [xiaoeVendor] });
 */
export interface VendorDefinition<Credential = unknown> extends VendorIdentity<Credential> {
  create(context: MockContext): VendorBehaviour;
}
