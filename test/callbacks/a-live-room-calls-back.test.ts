/**
 * End to end through a real live room: a room started on the control plane plays on the mock clock,
 * and the merchant's receiver hears it start and end in each vendor's form (Volcengine type 1 GET,
 * Xiaoe `alive_state_change`, Polyv `live_status`), signatures checked with node:crypto here.
 * Each vendor's case runs once its room driver is mounted (VendorBehaviour.rooms).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockApp, type MockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { advance, md5, type Receiver, register, schemaErrors, startReceiver, waitFor, xmlToObject } from "./support.ts";

const T0 = Date.parse("2026-03-01T02:00:00Z");
let app: MockApp;
let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
  app = createMockApp({ clock: manualClock(T0), rateLimits: false });
  await app.livemock.ready;
  for (const vendor of ["polyv", "xiaoe", "volcengine"])
    expect((await register(app, vendor, vendor === "xiaoe" ? { url: `${receiver.url}/xiaoe`, mode: "plain" } : { url: `${receiver.url}/${vendor}` })).status).toBe(200);
});
afterAll(() => receiver.close());

const hasDriver = (vendor: string) => createMockApp().livemock.vendors.some((v) => v.name === vendor && v.rooms !== undefined);
const LIVES: Record<string, string> = { polyv: "4854808", xiaoe: "l_696ef6c1e4b0694c5b78ba7b", volcengine: "1824920000234844" };

async function playRoom(vendor: string): Promise<void> {
  const res = await app.request("/__livemock/rooms", { method: "POST", body: JSON.stringify({ vendor, live: LIVES[vendor], viewers: 10, durationMinutes: 5 }) });
  expect(res.status, await res.clone().text()).toBe(201);
  await advance(app, 6 * 60_000);
  await app.livemock.control.callbacks!.idle();
}

const of = (path: string) => receiver.received.filter((r) => r.path === path);

describe("a live room calls the merchant back", () => {
  it.skipIf(!hasDriver("polyv"))("Polyv: live_status live, then end", async () => {
    await playRoom("polyv");
    const statuses = of("/hook/polyv").map((r) => {
      expect(r.query.get("sign")).toBe(md5(`livemock-polyv-secret${r.query.get("timestamp")}`));
      return r.query.get("status");
    });
    expect(statuses).toEqual(["live", "end"]);
  });

  it.skipIf(!hasDriver("xiaoe"))("Xiaoe: alive_state_change 1, then 2", async () => {
    await playRoom("xiaoe");
    await waitFor(() => of("/hook/xiaoe").some((r) => r.body.includes("<alive_state>2</alive_state>")));
    const states = of("/hook/xiaoe")
      .filter((r) => r.body.includes("<type>alive_state_change</type>"))
      .map((r) => /<alive_state>(\d)<\/alive_state>/.exec(r.body)?.[1]);
    expect(states).toEqual(["1", "2"]);
    // Every push the room caused (viewers leaving, tasks completed) is in the catalogue's form.
    const pushes = of("/hook/xiaoe").map((r) => xmlToObject(r.body).doc as Record<string, unknown>);
    expect(pushes.some((m) => m.type === "alive_user_data")).toBe(true);
    for (const message of pushes) expect(schemaErrors("xiaoe", String(message.type), message, true)).toEqual([]);
  });

  it.skipIf(!hasDriver("volcengine"))("Volcengine: ActivityStatusModifyCallBack Status 1, then 4", async () => {
    await playRoom("volcengine");
    const statuses = of("/hook/volcengine")
      .filter((r) => r.method === "GET")
      .map((r) => {
        const q = Object.fromEntries(r.query);
        expect(q.Sign).toBe(md5(`livemock-volc-callback-secret${q.ActivityID}${q.EventType}${q.Status}${q.Timestamp}`));
        return q.Status;
      });
    expect(statuses).toEqual(["1", "4"]);
  });
});
