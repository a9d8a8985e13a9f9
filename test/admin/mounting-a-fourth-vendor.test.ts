/**
 * The vendor seam: a vendor written in the test tree, mounted beside a built-in one, gets every
 * core service (health, credentials, journal, faults, state view, seed files, rate-limit switches,
 * reset, MSW origins) without the core naming it.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMockApp, type MockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { createLivemockHandlers } from "../../src/mock/transports/msw.ts";
import { polyvVendor } from "../../src/mock/vendors/polyv/index.ts";
import { FIRST_NOTE_ID, GUESTBOOK_DEMO, GUESTBOOK_LIMIT, guestbookVendor } from "../support/guestbook-vendor.ts";
import { admin, T0 } from "./support.ts";

const headers = (key = GUESTBOOK_DEMO) => ({ "content-type": "application/json", "x-guestbook-key": key.key, "x-guestbook-secret": key.secret });
const addNote = (app: MockApp, text: string, key = GUESTBOOK_DEMO) => app.request("/guestbook/v1/notes", { method: "POST", headers: headers(key), body: JSON.stringify({ text }) });
const listNotes = async (app: MockApp, key = GUESTBOOK_DEMO) =>
  (await (await app.request("/guestbook/v1/notes", { headers: headers(key) })).json()) as { ok: boolean; notes: { id: number; text: string }[] };

let app: MockApp;
let clock: ReturnType<typeof manualClock>;
beforeEach(() => {
  clock = manualClock(T0);
  app = createMockApp({ clock, vendors: [polyvVendor, guestbookVendor] });
});

describe("a vendor the core has never heard of", () => {
  it("is served on its own paths, and health lists exactly the mounted vendors", async () => {
    const created = await addNote(app, "hello");
    expect(created.status).toBe(200);
    expect(await created.json()).toEqual({ ok: true, id: FIRST_NOTE_ID });
    expect((await listNotes(app)).notes.map((n) => n.text)).toEqual(["hello"]);
    expect((await admin(app, "GET", "/health")).json.vendors).toEqual(["polyv", "guestbook"]);
  });

  it("answers its own paths only while mounted: without it they are livemock's unknown paths", async () => {
    const without = createMockApp({ clock, vendors: [polyvVendor] });
    const res = await addNote(without, "hello");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: "not_found" });
  });

  it("is journaled with its name, operation and owner", async () => {
    await addNote(app, "hello");
    const { json } = await admin(app, "GET", "/requests?vendor=guestbook");
    expect(json.requests).toHaveLength(1);
    expect(json.requests[0]).toMatchObject({ vendor: "guestbook", operation: "createNote", owner: GUESTBOOK_DEMO.key, status: 200, body: { text: "hello" } });
    expect((await admin(app, "GET", "/requests?vendor=volcengine")).status).toBe(400);
  });

  it("takes credentials at runtime in its own shape, and lists them without secrets", async () => {
    const other = { key: "gb-other", secret: "s2" };
    expect((await addNote(app, "x", other)).status).toBe(401);
    const added = await admin(app, "POST", "/credentials", { vendor: "guestbook", ...other });
    expect(added.status).toBe(201);
    expect((await addNote(app, "x", other)).status).toBe(200);
    const listed = (await admin(app, "GET", "/credentials")).json;
    expect(listed.guestbook).toEqual([
      { key: "gb-demo", addedAtRuntime: false },
      { key: "gb-other", addedAtRuntime: true },
    ]);
    expect(JSON.stringify(listed)).not.toContain("gb-secret");
    expect((await admin(app, "POST", "/credentials", { vendor: "guestbook", key: "k" })).status).toBe(400);
    expect((await admin(app, "POST", "/credentials", { vendor: "xiaoe", appId: "a", clientId: "c", secretKey: "s" })).json.message).toMatch(/polyv, guestbook/);
  });
});

describe("faults for the fourth vendor", () => {
  it("lists its catalogue and forces its own error envelope, before any state changes", async () => {
    const catalogue = (await admin(app, "GET", "/faults/errors?vendor=guestbook")).json.guestbook;
    expect(catalogue.map((e: { id: string }) => e.id)).toContain("tooMany");
    expect((await admin(app, "POST", "/faults", { vendor: "guestbook", operation: "createNote", kind: "error", error: "tooMany", count: 1 })).status).toBe(201);
    const forced = await addNote(app, "lost");
    expect(forced.status).toBe(429);
    expect(await forced.json()).toEqual({ ok: false, error: { code: "E_RATE", message: "slow down" } });
    expect(forced.headers.get("x-livemock-fault")).toBeTruthy();
    expect(decodeURIComponent(forced.headers.get("x-livemock-reason") ?? "")).toMatch(/forced guestbook error tooMany/);
    expect((await listNotes(app)).notes).toEqual([]);
    expect((await addNote(app, "kept")).status).toBe(200);
  });

  it("fails the next call with its generic error when a rule names none, and refuses ids outside its catalogue", async () => {
    await admin(app, "POST", "/faults", { vendor: "guestbook", kind: "fail-next", count: 1 });
    expect((await addNote(app, "x")).status).toBe(503);
    const refused = await admin(app, "POST", "/faults", { vendor: "guestbook", kind: "error", error: "rateLimited" });
    expect(refused.status).toBe(400);
    expect(refused.json.message).toMatch(/not in the guestbook catalogue/);
    expect((await admin(app, "POST", "/faults", { vendor: "xiaoe", kind: "fail-next", count: 1 })).status).toBe(400);
  });
});

describe("the state view, seed files and rate limits of the fourth vendor", () => {
  it("shows its objects with its own titles, statuses and kind labels", async () => {
    await addNote(app, "first note");
    const { json } = await admin(app, "GET", "/state?vendor=guestbook");
    expect(json.kinds.note).toBe("留言 note");
    expect(json.kinds.lottery).toBe("抽奖 lottery");
    expect(json.vendors.guestbook[GUESTBOOK_DEMO.key].note).toEqual([
      { id: String(FIRST_NOTE_ID), title: "first note", status: "open", statusLabel: "开放 open", value: { id: FIRST_NOTE_ID, text: "first note", pinned: false } },
    ]);
  });

  it("loads its seed-file section through its own handler, all or nothing, and reset keeps it", async () => {
    const loaded = await admin(app, "POST", "/seed", { guestbook: { notes: [{ text: "a" }, { text: "b" }] } });
    expect(loaded.status).toBe(200);
    expect(loaded.json.created).toEqual([
      { path: "guestbook.notes[0]", id: FIRST_NOTE_ID },
      { path: "guestbook.notes[1]", id: FIRST_NOTE_ID + 1 },
    ]);
    const rejected = await admin(app, "POST", "/seed", { guestbook: { notes: [{ text: "c" }, { text: "" }] } });
    expect(rejected.status).toBe(400);
    expect(rejected.json.errors).toEqual([expect.stringMatching(/^guestbook\.notes\[1\]: Guestbook rejected it \(E_NOTE\)/)]);
    expect((await listNotes(app)).notes.map((n) => n.text)).toEqual(["a", "b"]);
    expect((await admin(app, "POST", "/seed", { volcengine: { activities: [] } })).status).toBe(400);
    const unknownOwner = await admin(app, "POST", "/seed", { guestbook: { key: "nobody", notes: [{ text: "d" }] } });
    expect(unknownOwner.json.errors).toEqual(["guestbook.key: nobody is not an accepted Guestbook credential (add it under credentials)"]);

    const seeded = createMockApp({ clock, vendors: [guestbookVendor], seedData: { guestbook: { notes: [{ text: "at start" }] } } });
    await addNote(seeded, "later");
    await admin(seeded, "POST", "/reset");
    expect((await listNotes(seeded)).notes.map((n) => n.text)).toEqual(["at start"]);
  });

  it("has a rate-limit switch of its own", async () => {
    expect((await admin(app, "GET", "/rate-limits")).json).toEqual({ polyv: true, guestbook: true });
    const statuses = [];
    for (let i = 0; i <= GUESTBOOK_LIMIT; i++) statuses.push((await addNote(app, `n${i}`)).status);
    expect(statuses.at(-1)).toBe(429);
    expect((await admin(app, "PUT", "/rate-limits", { guestbook: false })).json).toEqual({ polyv: true, guestbook: false });
    expect((await addNote(app, "free")).status).toBe(200);
    expect((await admin(app, "PUT", "/rate-limits", { volcengine: false })).status).toBe(400);
  });
});

describe("the fourth vendor in process, through MSW", () => {
  const handlers = createLivemockHandlers({ vendors: [guestbookVendor] });
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());

  it("intercepts the origins the vendor declares", async () => {
    const res = await fetch("https://guestbook.example/guestbook/v1/notes", { method: "POST", headers: headers(), body: JSON.stringify({ text: "via msw" }) });
    expect(await res.json()).toEqual({ ok: true, id: FIRST_NOTE_ID });
  });
});
