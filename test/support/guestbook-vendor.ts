/**
 * A fourth vendor that exists only in the test tree: "Guestbook", a tiny API of notes under
 * `/guestbook/v1/`. It proves the seam: mounted next to (or instead of) the built-in vendors, it
 * gets faults, the journal, the state view, seed files, credentials and a rate-limit switch from the
 * core, without a line of the core naming it.
 *
 * Wire form: `x-guestbook-key` + `x-guestbook-secret` headers; `POST /guestbook/v1/notes` with
 * `{"text": "..."}` answers `{ ok: true, id }`; `GET /guestbook/v1/notes` answers `{ ok: true, notes }`.
 * Errors: `{ ok: false, error: { code, message } }` with the catalogue's HTTP status. At most
 * {@link GUESTBOOK_LIMIT} calls per key per second while its rate-limit switch is on.
 */
import { z } from "zod";
import type { MockContext } from "../../src/mock/core/context.ts";
import type { CredentialKind } from "../../src/mock/core/credentials.ts";
import { createRateLimiter } from "../../src/mock/core/rate-limiter.ts";
import type { VendorBehaviour, VendorDefinition, VendorRequest, VendorResponse } from "../../src/mock/core/vendor.ts";
import { directVendorRequest } from "../../src/mock/core/vendor-request.ts";
import { reportSeedAnswer } from "../../src/mock/seed-file.ts";
import type { Scope } from "../../src/mock/store/index.ts";
import { andThen, inOrder } from "../../src/util/awaitable.ts";
import { guestbookRooms } from "./guestbook-rooms.ts";

export interface GuestbookKey {
  key: string;
  secret: string;
}

export const GUESTBOOK_DEMO: GuestbookKey = { key: "gb-demo", secret: "gb-secret" };
export const GUESTBOOK_LIMIT = 3;
export const FIRST_NOTE_ID = 501;

const CATALOGUE = {
  unauthorized: { status: 401, code: "E_AUTH", message: "bad key or secret" },
  notFound: { status: 404, code: "E_PATH", message: "no such endpoint" },
  badNote: { status: 400, code: "E_NOTE", message: "text must be a non-empty string" },
  tooMany: { status: 429, code: "E_RATE", message: "slow down" },
  busy: { status: 503, code: "E_BUSY", message: "the guestbook is busy" },
} as const;
type ErrorId = keyof typeof CATALOGUE;

const credentials: CredentialKind<GuestbookKey> = {
  demo: [GUESTBOOK_DEMO],
  schema: z.object({ key: z.string().min(1), secret: z.string().min(1) }).strict(),
  id: (k) => k.key,
  view: (k) => ({ key: k.key }),
  env: ["GUESTBOOK_KEY", "GUESTBOOK_SECRET"],
  fromEnv: (env) => (env.GUESTBOOK_KEY && env.GUESTBOOK_SECRET ? { key: env.GUESTBOOK_KEY, secret: env.GUESTBOOK_SECRET } : undefined),
};

const notes = (owner: string): Scope => ({ vendor: "guestbook", owner, kind: "note" });

function failure(id: ErrorId, reason: string, extra: Partial<VendorResponse> = {}): VendorResponse {
  const entry = CATALOGUE[id];
  return { status: entry.status, body: { ok: false, error: { code: entry.code, message: entry.message } }, errorCode: entry.code, reason, ...extra };
}

function create(context: MockContext): VendorBehaviour {
  const limiter = createRateLimiter({ limit: GUESTBOOK_LIMIT, windowMs: 1000 });
  const keys = () => context.credentials.guestbook as GuestbookKey[];
  const operationOf = (request: VendorRequest) =>
    request.path === "/guestbook/v1/notes" ? (request.method === "POST" ? "createNote" : request.method === "GET" ? "listNotes" : undefined) : undefined;

  const handle = (request: VendorRequest) => {
    const operation = operationOf(request);
    if (!operation) return failure("notFound", `Guestbook has no ${request.method} ${request.path}`);
    const key = keys().find((k) => k.key === request.headerMap.get("x-guestbook-key") && k.secret === request.headerMap.get("x-guestbook-secret"));
    if (!key) return failure("unauthorized", "x-guestbook-key / x-guestbook-secret do not match an accepted key", { operation });
    const served = { operation, owner: key.key };
    if (context.rateLimitsByVendor.guestbook && !limiter.hit(key.key, request.receivedAt).allowed) {
      return failure("tooMany", `more than ${GUESTBOOK_LIMIT} calls in one second for ${key.key}`, served);
    }
    if (operation === "listNotes") {
      return andThen(
        context.store.transact({ vendor: "guestbook", owner: key.key }, (state) => state.list(notes(key.key))),
        (list): VendorResponse => ({ status: 200, body: { ok: true, notes: list }, ...served }),
      );
    }
    let text: unknown;
    try {
      text = (JSON.parse(request.rawBody) as { text?: unknown }).text;
    } catch {
      text = undefined;
    }
    if (typeof text !== "string" || text === "") return failure("badNote", "text: required, a non-empty string", served);
    return andThen(
      context.store.transact({ vendor: "guestbook", owner: key.key }, (state) => {
        const id = state.nextId("guestbook:note", FIRST_NOTE_ID);
        state.put(notes(key.key), id, { id, text, pinned: false });
        return id;
      }),
      (id): VendorResponse => ({ status: 200, body: { ok: true, id }, ...served }),
    );
  };

  return {
    matches: (path) => path.startsWith("/guestbook/"),
    handle,
    reject: (_request, coreFailure) => failure("busy", `core failure: ${coreFailure.kind}`),
    errors: {
      catalogue: Object.entries(CATALOGUE).map(([id, e]) => ({ id, status: e.status, code: e.code, message: e.message })),
      fallback: "busy",
      forced: (id, _request, { reason }) => failure(id as ErrorId, reason),
    },
    state: {
      kinds: { note: "留言 note" },
      describe: (kind, value: any) => (kind === "note" ? { title: value.text, status: value.pinned ? "pinned" : "open", statusLabel: value.pinned ? "置顶 pinned" : "开放 open" } : {}),
    },
    seed: {
      schema: z.object({ key: z.string().optional(), notes: z.array(z.object({ text: z.string() }).strict()).default([]) }).strict(),
      summary: "guestbook: { key?, notes: [{ text }] }",
      ownerField: "key",
      load(input, report, owner) {
        const section = input as { key?: string; notes: { text: string }[] };
        const key = owner as GuestbookKey;
        return inOrder(section.notes, (note, i) => {
          const request = directVendorRequest({
            method: "POST",
            target: "/guestbook/v1/notes",
            headers: { "content-type": "application/json", "x-guestbook-key": key.key, "x-guestbook-secret": key.secret },
            rawBody: JSON.stringify(note),
            receivedAt: context.clock.now(),
          });
          return andThen(handle(request), (response) => reportSeedAnswer(report, `guestbook.notes[${i}]`, "Guestbook", response, (b) => (b as { id?: number }).id));
        });
      },
    },
    demo: (url) => ({
      credentials: `key ${GUESTBOOK_DEMO.key}  secret ${GUESTBOOK_DEMO.secret}`,
      example: `curl -H 'x-guestbook-key: ${GUESTBOOK_DEMO.key}' -H 'x-guestbook-secret: ${GUESTBOOK_DEMO.secret}' '${url}/guestbook/v1/notes'`,
    }),
    seedRooms: () => undefined,
    reset: () => limiter.reset(),
    operationOf,
    rooms: guestbookRooms(context, keys),
  };
}

/** The Guestbook vendor, as a test mounts it: `createMockApp({ vendors: [polyvVendor, guestbookVendor] })`. */
export const guestbookVendor: VendorDefinition<GuestbookKey> = {
  name: "guestbook",
  label: "Guestbook",
  origins: ["https://guestbook.example"],
  credentials,
  create,
};
