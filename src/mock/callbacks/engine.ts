/**
 * The delivery engine: room events in, vendor callbacks out. It never names a vendor: each mounted
 * vendor with `callbacks` (src/mock/callbacks/types.ts) says which deliveries an event calls for,
 * renders each attempt and judges the answer; the engine does the rest:
 *
 * - off the request path: room events are queued and turned into deliveries on a later turn of the
 *   event loop, attempts run in the background with bounded concurrency, so a slow, failing or
 *   hanging receiver never slows a vendor endpoint or a room;
 * - each attempt bounded (the vendor's timeout, a bounded answer, no redirects), every attempt logged
 *   (a bounded log), URLs checked against the allow-list;
 * - retries on the mock clock: a failed attempt's next one is due at the mock time it failed plus
 *   the vendor's delay, fired by the timeline when the clock reaches it (advance the clock to see
 *   them at once); the idempotency key stays;
 * - a {@link PersistedPart} named `callbacks`, so what is still owed survives a restart with --data-dir.
 */
import type { PersistedPart } from "../admin/control.ts";
import type { MockContext } from "../core/context.ts";
import type { RoomEvent } from "../rooms/types.ts";
import { sendOutbound } from "./outbound.ts";
import type { AttemptOutcome, AttemptRecord, NewDelivery, VendorCallbacks } from "./types.ts";
import type { UrlPolicy } from "./url-policy.ts";

type DeliveryState = "queued" | "sending" | "retry-scheduled" | "acked" | "failed" | "given-up";

/** A delivery the engine keeps. */
interface Delivery extends NewDelivery {
  id: string;
  vendor: string;
  createdAt: number;
  attempts: number;
  state: DeliveryState;
  /** Mock time the next attempt is due. */
  dueAt: number;
}

type Settings = Record<string, unknown>;

/** What {@link createCallbackEngine} needs. */
export interface CallbackEngineOptions {
  context: Pick<MockContext, "clock" | "timeline" | "roomEvents">;
  /** The mounted vendors; those with `callbacks` deliver. */
  vendors: readonly { readonly name: string; readonly callbacks?: VendorCallbacks | undefined }[];
  policy: UrlPolicy;
  /** Start-up registrations per vendor (flags, environment); reset goes back to them. */
  targets?: Readonly<Record<string, unknown>>;
  /** Overrides every vendor's timeout (tests). */
  timeoutMs?: number;
  /** Attempts in flight at once. Default 16. */
  concurrency?: number;
  /** Attempts the log keeps (and finished deliveries kept for redelivery). Default 2000. */
  logCapacity?: number;
  /** Largest answer read, in bytes. Default 64 KiB. */
  maxAnswerBytes?: number;
  /** Called when there is something new to persist (`control.changed`). */
  changed?: () => void;
}

/** A filter of the attempt log. */
export interface AttemptFilter {
  vendor?: string | undefined;
  event?: string | undefined;
  /** An outcome (`acked`, `failed`, `retry-scheduled`, `given-up`) or an HTTP status. */
  status?: string | undefined;
  roomId?: string | undefined;
}

/** The engine as the control plane uses it. */
export interface CallbackEngine {
  readonly policy: UrlPolicy;
  /** The vendors that deliver callbacks. */
  readonly vendorNames: readonly string[];
  /** Registers (replaces) a vendor's control-plane target: its view, or why not. */
  setTarget(vendor: string, input: unknown): { ok: true; view: Settings } | { ok: false; message: string };
  /** Removes a vendor's control-plane target; false when there was none. */
  clearTarget(vendor: string): boolean;
  /** The control-plane targets, secrets redacted. */
  targets(): Record<string, Settings>;
  /** Logged attempts, oldest first. */
  attempts(filter?: AttemptFilter): AttemptRecord[];
  /** Deliveries still owed: queued, sending or waiting for a retry. */
  pending(): { queued: number; sending: number; retryScheduled: number };
  /** Sends a delivery again now (by delivery or attempt id): the attempt, or undefined when unknown. */
  redeliver(id: string): Promise<AttemptRecord | undefined>;
  /** Resolves once no room event waits to be read and no attempt is due now or in flight. */
  idle(): Promise<void>;
  /** Saved with --data-dir, cleared by reset. */
  readonly part: PersistedPart;
  /** Stops listening (the app is closing). */
  stop(): void;
}

interface SavedState {
  seq: number;
  nextId: number;
  deliveries: Delivery[];
  attempts: AttemptRecord[];
  targets: Record<string, Settings>;
}

/** Characters of an answer the log keeps. */
const ANSWER_EXCERPT = 256;

/**
 * Creates the engine of one app and subscribes it to the room events and the timeline.
 *
 * @example
 * const callbacks = createCallbackEngine({ context, vendors, policy: createUrlPolicy({}) });
 * createControl({ ..., parts: [callbacks.part] });
 */
export function createCallbackEngine(options: CallbackEngineOptions): CallbackEngine {
  const { context, policy } = options;
  const byVendor = new Map<string, VendorCallbacks>();
  for (const vendor of options.vendors) if (vendor.callbacks) byVendor.set(vendor.name, vendor.callbacks);
  const concurrency = options.concurrency ?? 16;
  const capacity = options.logCapacity ?? 2000;
  const maxAnswerBytes = options.maxAnswerBytes ?? 64 * 1024;

  const parseTargets = (input: Readonly<Record<string, unknown>> | undefined): Map<string, Settings> => {
    const out = new Map<string, Settings>();
    for (const [vendor, settings] of Object.entries(input ?? {})) {
      const checked = checkTarget(vendor, settings);
      if (!checked.ok) throw new Error(`livemock: callback target of ${vendor}: ${checked.message}`);
      out.set(vendor, checked.settings);
    }
    return out;
  };
  const checkTarget = (vendor: string, input: unknown): { ok: true; settings: Settings } | { ok: false; message: string } => {
    const callbacks = byVendor.get(vendor);
    if (!callbacks) return { ok: false, message: `vendor must be one of ${[...byVendor.keys()].join(", ")}, got ${JSON.stringify(vendor)}` };
    const parsed = callbacks.settings.safeParse(input);
    if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ") };
    for (const url of callbacks.settingsUrls(parsed.data)) {
      const refused = policy.check(url);
      if (refused) return { ok: false, message: `url: ${refused}` };
    }
    return { ok: true, settings: parsed.data };
  };

  const initialTargets = parseTargets(options.targets);
  let targets = new Map(initialTargets);
  let seq = 0;
  let nextId = 1;
  let generation = 0;
  const deliveries = new Map<string, Delivery>();
  const openBatches = new Map<string, Delivery>();
  let ready: Delivery[] = [];
  let scheduled: Delivery[] = [];
  let log: AttemptRecord[] = [];
  let inFlight = 0;
  const controllers = new Set<AbortController>();
  let intake: RoomEvent[] = [];
  let reading = false;
  let waiters: (() => void)[] = [];
  let changeQueued = false;

  const changed = () => {
    if (!options.changed || changeQueued) return;
    changeQueued = true;
    setImmediate(() => {
      changeQueued = false;
      options.changed?.();
    });
  };

  const settle = () => {
    if (intake.length > 0 || reading || inFlight > 0) return;
    const now = context.clock.now();
    if (ready.length > 0 || scheduled.some((d) => d.dueAt <= now)) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  const forget = () => {
    // Finished deliveries are kept for redelivery, as many as the log keeps attempts.
    if (deliveries.size <= capacity) return;
    for (const [id, delivery] of deliveries) {
      if (deliveries.size <= capacity) break;
      if (delivery.state === "acked" || delivery.state === "failed" || delivery.state === "given-up") deliveries.delete(id);
    }
  };

  const record = (attempt: AttemptRecord) => {
    log.push(attempt);
    if (log.length > capacity * 1.25) log = log.slice(-capacity);
  };

  const enqueue = (delivery: Delivery) => {
    if (delivery.dueAt <= context.clock.now()) ready.push(delivery);
    else {
      scheduled.push(delivery);
      context.timeline.wake();
    }
  };

  const add = (vendor: string, wanted: NewDelivery, now: number) => {
    const batch = wanted.batch;
    if (batch) {
      const open = openBatches.get(batch.key);
      const items = wanted.message[batch.field];
      const have = open?.message[batch.field];
      if (open && open.state === "queued" && open.attempts === 0 && Array.isArray(items) && Array.isArray(have) && have.length + items.length <= batch.max) {
        have.push(...items);
        return;
      }
    }
    const delivery: Delivery = { ...wanted, id: `d${nextId++}`, vendor, createdAt: now, attempts: 0, state: "queued", dueAt: now };
    deliveries.set(delivery.id, delivery);
    if (batch) openBatches.set(batch.key, delivery);
    enqueue(delivery);
  };

  const readIntake = async () => {
    if (reading) return;
    reading = true;
    const started = generation;
    try {
      while (intake.length > 0 && started === generation) {
        const event = intake.shift()!;
        const callbacks = byVendor.get(event.vendor);
        if (!callbacks) continue;
        let wanted: NewDelivery[] = [];
        try {
          wanted = await callbacks.fromRoomEvent(event, { settings: targets.get(event.vendor), nextSeq: () => ++seq });
        } catch (error) {
          process.emitWarning(`livemock callbacks: ${event.vendor} ${event.type}: ${(error as Error)?.message ?? String(error)}`);
        }
        if (started !== generation) break;
        const now = context.clock.now();
        for (const delivery of wanted) add(event.vendor, delivery, now);
      }
    } finally {
      reading = false;
    }
    if (wantedSomething()) changed();
    pump();
  };
  const wantedSomething = () => ready.length > 0 || scheduled.length > 0;

  const outcomeOf = (delivery: Delivery, acked: boolean, manual: boolean, delays: readonly number[]): AttemptOutcome => {
    if (acked) return "acked";
    if (manual) return "failed";
    if (delivery.attempts <= delays.length) return "retry-scheduled";
    return delays.length === 0 ? "failed" : "given-up";
  };

  const attempt = async (delivery: Delivery, manual: boolean): Promise<AttemptRecord> => {
    const callbacks = byVendor.get(delivery.vendor)!;
    const mine = generation;
    const number = delivery.attempts + 1;
    const at = context.clock.now();
    if (!manual) delivery.state = "sending";
    if (openBatches.get(delivery.batch?.key ?? "") === delivery) openBatches.delete(delivery.batch!.key);
    const refused = policy.check(delivery.url);
    const request =
      refused ??
      callbacks.request({ event: delivery.event, url: delivery.url, key: delivery.key, owner: delivery.owner, message: delivery.message, attempt: number }, targets.get(delivery.vendor), at);
    const controller = new AbortController();
    controllers.add(controller);
    const result =
      typeof request === "string"
        ? { body: "", error: request, durationMs: 0 }
        : await sendOutbound(request, { timeoutMs: options.timeoutMs ?? callbacks.timeoutMs, maxBytes: maxAnswerBytes, signal: controller.signal });
    controllers.delete(controller);
    const acked = result.status !== undefined && result.error === undefined && callbacks.acked(result.status, result.body);
    const entry: AttemptRecord = {
      id: `a${nextId++}`,
      deliveryId: delivery.id,
      vendor: delivery.vendor,
      event: delivery.event,
      url: delivery.url,
      method: typeof request === "string" ? "" : request.method,
      attempt: number,
      key: delivery.key,
      owner: delivery.owner,
      ...(delivery.roomId === undefined ? {} : { roomId: delivery.roomId }),
      ...(delivery.live === undefined ? {} : { live: delivery.live }),
      at,
      ...(result.status === undefined ? {} : { status: result.status }),
      ...(result.body === "" ? {} : { answer: result.body.slice(0, ANSWER_EXCERPT) }),
      ...(result.error === undefined ? {} : { error: result.error }),
      durationMs: result.durationMs,
      outcome: "failed",
      ...(manual ? { manual: true } : {}),
    };
    if (mine !== generation) return entry;
    delivery.attempts = number;
    const outcome = outcomeOf(delivery, acked, manual, callbacks.retryDelaysMs);
    entry.outcome = outcome;
    if (outcome === "acked") {
      delivery.state = "acked";
      scheduled = scheduled.filter((d) => d !== delivery);
    } else if (outcome === "retry-scheduled") {
      delivery.state = "retry-scheduled";
      delivery.dueAt = context.clock.now() + callbacks.retryDelaysMs[number - 1]!;
      entry.nextRetryAt = delivery.dueAt;
      enqueue(delivery);
    } else if (!manual) delivery.state = outcome;
    else if (delivery.state === "retry-scheduled") entry.nextRetryAt = delivery.dueAt;
    record(entry);
    forget();
    changed();
    return entry;
  };

  const pump = () => {
    const now = context.clock.now();
    if (scheduled.length > 0) {
      const due = scheduled.filter((d) => d.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt);
      if (due.length > 0) {
        scheduled = scheduled.filter((d) => d.dueAt > now);
        ready.push(...due);
      }
    }
    while (inFlight < concurrency && ready.length > 0) {
      const delivery = ready.shift()!;
      if (delivery.state !== "queued" && delivery.state !== "retry-scheduled") continue;
      inFlight++;
      const mine = generation;
      void attempt(delivery, false).finally(() => {
        if (mine !== generation) return;
        inFlight--;
        pump();
      });
    }
    settle();
  };

  const follower = (): boolean => {
    pump();
    return scheduled.length > 0;
  };
  const unfollow = context.timeline.follow(follower);
  const unsubscribe = context.roomEvents.subscribe((event) => {
    if (!byVendor.has(event.vendor)) return;
    intake.push(event);
    if (!reading) setImmediate(() => void readIntake());
  });

  const matchesFilter = (a: AttemptRecord, filter: AttemptFilter) =>
    (filter.vendor === undefined || a.vendor === filter.vendor) &&
    (filter.event === undefined || a.event === filter.event) &&
    (filter.roomId === undefined || a.roomId === filter.roomId) &&
    (filter.status === undefined || a.outcome === filter.status || String(a.status) === filter.status);

  const part: PersistedPart = {
    name: "callbacks",
    save(): SavedState {
      return { seq, nextId, deliveries: [...deliveries.values()].map((d) => structuredClone(d)), attempts: log.slice(-capacity), targets: Object.fromEntries(targets) };
    },
    load(saved) {
      const state = saved as Partial<SavedState>;
      seq = state.seq ?? 0;
      nextId = state.nextId ?? 1;
      log = state.attempts ?? [];
      targets = new Map(Object.entries(state.targets ?? {}));
      deliveries.clear();
      ready = [];
      scheduled = [];
      for (const delivery of state.deliveries ?? []) {
        // An attempt cut short by the restart is owed again, at once.
        if (delivery.state === "sending") delivery.state = delivery.attempts === 0 ? "queued" : "retry-scheduled";
        deliveries.set(delivery.id, delivery);
        if (delivery.state === "queued" || delivery.state === "retry-scheduled") enqueue(delivery);
      }
      setImmediate(pump);
    },
    reset() {
      generation++;
      for (const controller of controllers) controller.abort();
      controllers.clear();
      intake = [];
      deliveries.clear();
      openBatches.clear();
      ready = [];
      scheduled = [];
      log = [];
      inFlight = 0;
      seq = 0;
      nextId = 1;
      targets = new Map(initialTargets);
      settle();
    },
  };

  return {
    policy,
    vendorNames: [...byVendor.keys()],
    setTarget(vendor, input) {
      const checked = checkTarget(vendor, input);
      if (!checked.ok) return checked;
      targets.set(vendor, checked.settings);
      changed();
      return { ok: true, view: byVendor.get(vendor)!.viewSettings(checked.settings) };
    },
    clearTarget(vendor) {
      const had = targets.delete(vendor);
      if (had) changed();
      return had;
    },
    targets: () => Object.fromEntries([...targets].map(([vendor, settings]) => [vendor, byVendor.get(vendor)?.viewSettings(settings) ?? {}])),
    attempts: (filter = {}) => log.filter((a) => matchesFilter(a, filter)),
    pending() {
      let queued = 0;
      let sending = 0;
      let retryScheduled = 0;
      for (const d of deliveries.values()) {
        if (d.state === "queued") queued++;
        else if (d.state === "sending") sending++;
        else if (d.state === "retry-scheduled") retryScheduled++;
      }
      return { queued, sending, retryScheduled };
    },
    async redeliver(id) {
      const delivery = deliveries.get(id) ?? deliveries.get(log.find((a) => a.id === id)?.deliveryId ?? "");
      if (!delivery) return undefined;
      return attempt(delivery, true);
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
    part,
    stop() {
      unsubscribe();
      unfollow();
    },
  };
}
