/** Helpers for the live-room tests: an app with the Guestbook test vendor and a note to play on. */
import { createMockApp, type MockApp, type MockAppOptions } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { admin, T0 } from "../admin/support.ts";
import { GUESTBOOK_DEMO, guestbookVendor } from "../support/guestbook-vendor.ts";

export { admin, T0 };

/** An app serving only the Guestbook vendor, on a stopped clock at T0, with note 501 to play a room on. */
export async function guestbookApp(options: MockAppOptions = {}): Promise<MockApp> {
  const app = createMockApp({ clock: manualClock(T0), vendors: [guestbookVendor], rateLimits: false, ...options });
  await app.livemock.ready;
  const notes = await app.request("/guestbook/v1/notes", { headers: { "x-guestbook-key": GUESTBOOK_DEMO.key, "x-guestbook-secret": GUESTBOOK_DEMO.secret } });
  if (((await notes.json()) as { notes: unknown[] }).notes.length === 0) {
    await app.request("/guestbook/v1/notes", {
      method: "POST",
      headers: { "content-type": "application/json", "x-guestbook-key": GUESTBOOK_DEMO.key, "x-guestbook-secret": GUESTBOOK_DEMO.secret },
      body: JSON.stringify({ text: "the hall" }),
    });
  }
  return app;
}

/** Every event of a room, oldest first. */
export async function allEvents(app: MockApp, id: string): Promise<any[]> {
  const out: any[] = [];
  for (;;) {
    const page = await admin(app, "GET", `/rooms/${id}/events?since=${out.at(-1)?.seq ?? 0}&limit=5000`);
    out.push(...page.json.events);
    if (page.json.events.length < 5000) return out;
  }
}
