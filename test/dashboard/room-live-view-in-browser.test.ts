/**
 * A live room's view on the dashboard, in headless Chromium: a room started from the page's form
 * plays as the page's clock buttons advance the mock clock; the online-viewers chart, the event feed
 * (bilingual labels), the vendor view's progress bars and winners table, and the winners of a host
 * action posted from the page appear. Uses the test-only Guestbook vendor, its room view widened
 * here with tasks and winners shaped as the built-in vendors show theirs. Saves
 * tmp/artifacts/dashboard-room.png (docs/dashboard-room.png with LIVEMOCK_UPDATE_DOCS=1).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/mock/clock.ts";
import type { VendorDefinition } from "../../src/mock/core/vendor.ts";
import type { RoomHandle } from "../../src/mock/rooms/types.ts";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";
import { T0 } from "../admin/support.ts";
import { type GuestbookKey, guestbookVendor } from "../support/guestbook-vendor.ts";
import { CHROMIUM, launchBrowser, screenshot } from "./browser.ts";

/** Markup in the vendor view: the page must show it as text. */
const HALL = "<u>主会场</u> main hall";

/** Each test drives a page through several polls and a full-page screenshot: slow on a loaded machine. */
const BROWSER_TIMEOUT_MS = 60_000;

/** The Guestbook vendor with a room view like a real vendor's: tasks with progress, winners with prizes. */
const guestbookWithView: VendorDefinition<GuestbookKey> = {
  ...guestbookVendor,
  create(context) {
    const behaviour = guestbookVendor.create(context);
    const rooms = behaviour.rooms!;
    const view = (room: RoomHandle) => {
      const memory = rooms.view!(room) as { signed: number; comments: number; picked: string[] };
      return {
        hall: HALL,
        tasks: [
          { taskId: 1, title: "签到 sign the book", completed: memory.signed, total: room.scenario.viewers },
          { taskId: 2, title: "留言 leave a comment", completed: memory.comments },
        ],
        winners: memory.picked.map((viewerId, i) => ({ rank: i + 1, viewerId, nickname: room.seen.get(viewerId)?.nickname ?? viewerId, prize: "福袋 lucky bag", at: context.clock.now() })),
      };
    };
    return { ...behaviour, rooms: { ...rooms, view } };
  },
};

describe.skipIf(!CHROMIUM && !process.env.CI)("a live room's view on the dashboard, in headless Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ port: 0, rateLimits: false, clock: manualClock(T0), vendors: [guestbookWithView], seedData: { guestbook: { notes: [{ text: "the hall" }] } } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    "starts a room from the page, plays it with the clock buttons, and shows the feed, chart and winners",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      const pageErrors: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await page.goto(`${server.url}/__livemock/`);

      // Start a room from the form (vendors from /__livemock/health).
      const form = page.locator("#room-form");
      await form.locator('select[name="vendor"] option[value="guestbook"]').waitFor({ state: "attached" });
      await form.locator('input[name="live"]').fill("501");
      await form.locator('input[name="viewers"]').fill("80");
      await form.locator('input[name="durationMinutes"]').fill("60");
      await page.click("#room-start");
      await page.locator("#rooms-table tbody tr", { hasText: "room-1" }).waitFor();
      await page.locator("#room-view").waitFor({ state: "visible" });
      await page.locator("#room-state", { hasText: "直播中 playing" }).waitFor();
      await page.locator("#room-feed tbody tr", { hasText: "直播开始 room started" }).waitFor();

      // Advance the mock clock from the room view: viewers arrive, the chart draws them, the feed scrolls.
      await page.click("#room-advance-5");
      await page.locator("#room-feed tbody tr", { hasText: "观众进入 viewer joined" }).first().waitFor();
      await page.click("#room-advance-5");
      await page.locator("#room-feed tbody tr", { hasText: "签到 sign-in" }).first().waitFor();
      // The chart is redrawn from the next poll of the room (once a second): wait for ten minutes of it.
      const chartPoints = async () => (await page.locator("#room-chart polyline.online-line").getAttribute("points"))?.split(" ").length ?? 0;
      await expect.poll(chartPoints, { timeout: 15_000 }).toBeGreaterThanOrEqual(10);
      expect(Number(await page.locator("#room-online").textContent())).toBeGreaterThan(0);
      await page.locator("#room-vendor-view .bar i").first().waitFor();

      // A host action from the page: the Guestbook's pick draws three winners among the viewers online.
      await page.locator('#room-action input[name="action"]').fill("pick");
      await page.locator('#room-action input[name="params"]').fill('{"count": 3}');
      await page.click('#room-action button[type="submit"]');
      await expect.poll(() => page.locator("#room-feed tbody tr", { hasText: "中奖 lottery won" }).count(), { timeout: 5000 }).toBe(3);
      await page.locator("#room-feed tbody tr", { hasText: "开奖 lottery drawn" }).waitFor();
      const winners = page.locator("#room-vendor-view .view-block", { hasText: "winners" }).locator("tbody tr");
      await expect.poll(() => winners.count(), { timeout: 5000 }).toBe(3);
      expect(await winners.first().textContent()).toContain("福袋 lucky bag");
      await page.click("#room-advance-30");
      await page.locator("#rooms-table tbody tr", { hasText: "room-1" }).waitFor();

      // The feed stays bounded; data is shown as text, never as markup.
      expect(await page.locator("#room-feed tbody tr").count()).toBeLessThanOrEqual(201);
      await page.locator("#room-vendor-view", { hasText: HALL }).waitFor();
      expect(await page.locator("#room-vendor-view u").count()).toBe(0);
      // The callbacks endpoint answers: the section shows this room's deliveries (none: no receiver is registered).
      await page.locator("#room-callbacks").waitFor({ state: "visible" });

      // The feed's filter: only tasks, lotteries and red packets, read again from the room's start.
      await page.locator("#room-feed-filter").selectOption("highlights");
      await expect.poll(() => page.locator("#room-feed tbody tr", { hasText: "中奖 lottery won" }).count(), { timeout: 5000 }).toBe(3);
      expect(await page.locator("#room-feed tbody tr", { hasText: "点赞 like" }).count()).toBe(0);
      await page.locator("#room-feed tbody tr", { hasText: "直播开始 room started" }).waitFor();

      await screenshot(page, "dashboard-room.png");
      expect(pageErrors).toEqual([]);
      await page.close();
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    "opens on the room playing, shows its callbacks when that endpoint answers, ends it, and shows a failed room's reason",
    async () => {
      const pageErrors: string[] = [];
      // The callbacks endpoint is stubbed in the browser: this build has none.
      const later = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      later.on("pageerror", (error) => pageErrors.push(error.message));
      await later.route("**/__livemock/callbacks/deliveries?room=room-1", (route) =>
        route.fulfill({ json: { deliveries: [{ id: "d-1", event: "lottery.won", state: "delivered", attempts: 1, status: 200 }] } }),
      );
      await later.goto(`${server.url}/__livemock/`);
      await later.locator("#room-title", { hasText: "room-1" }).waitFor();
      await later.locator("#room-callbacks tbody tr", { hasText: "delivered" }).waitFor();

      // Ending the room from the page.
      await later.click("#room-end");
      await later.locator("#room-state", { hasText: "已结束 ended" }).waitFor();
      await later.locator("#room-feed tbody tr", { hasText: "直播结束 room ended" }).waitFor();
      await later.locator("#rooms-table tbody tr", { hasText: "已结束 ended" }).waitFor();

      // A room whose driver fails ends with the reason, shown in red in the feed.
      await later.locator('#room-form input[name="live"]').fill("501");
      await later.click("#room-start");
      await later.locator("#room-title", { hasText: "room-2" }).waitFor();
      await later.locator('#room-action input[name="action"]').fill("fail");
      await later.click('#room-action button[type="submit"]');
      await later.locator("#room-feed td.failed", { hasText: "the guestbook driver broke" }).waitFor();
      expect(pageErrors).toEqual([]);
      await later.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
