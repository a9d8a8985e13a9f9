import { describe, expect, it } from "vitest";
import { GUESTBOOK_DEMO } from "../support/guestbook-vendor.ts";
import { admin, guestbookApp } from "./support.ts";

describe("a room playing a long advance never holds up the vendor's endpoints", () => {
  it("answers a vendor call made during a two-hour advance before the advance is done", async () => {
    const app = await guestbookApp();
    await admin(app, "POST", "/rooms", { vendor: "guestbook", live: 501, viewers: 3000, durationMinutes: 120, likesPerHour: 30 });
    const order: string[] = [];
    const advance = admin(app, "POST", "/clock/advance", { minutes: 121 }).then(() => order.push("advance"));
    // Let the play start, then call the vendor.
    await new Promise((resolve) => setImmediate(resolve));
    const call = Promise.resolve(app.request("/guestbook/v1/notes", { headers: { "x-guestbook-key": GUESTBOOK_DEMO.key, "x-guestbook-secret": GUESTBOOK_DEMO.secret } })).then((res) => {
      order.push("vendor");
      return res.status;
    });
    expect(await call).toBe(200);
    await advance;
    expect(order).toEqual(["vendor", "advance"]);
    expect((await admin(app, "GET", "/rooms/room-1")).json.state).toBe("ended");
  });
});
