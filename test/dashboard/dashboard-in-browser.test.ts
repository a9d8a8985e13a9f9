/**
 * The dashboard in a real headless Chromium (the system's, driven by playwright-core): it shows
 * objects created through the vendor API, and a fault applied from the page makes the next API call
 * fail. Saves the screenshot as a test artifact in tmp/artifacts/dashboard.png (and refreshes the one
 * README shows, docs/dashboard.png, when LIVEMOCK_UPDATE_DOCS=1). Skips when no Chromium is installed
 * (`apt-get install -y chromium`), except under CI, where a missing browser is a failure.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signPolyvQuery } from "../../src/contracts/polyv/index.ts";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";
import { LOTTERY_BODY, POLYV } from "../admin/support.ts";
import { CHROMIUM, launchBrowser, screenshot } from "./browser.ts";

const SEED = {
  polyv: {
    channels: [{ channelId: 3151318, name: "新品发布会" }],
    lotteries: [{ channelId: 3151318, ...LOTTERY_BODY, activityName: "开场抽奖" }],
  },
  xiaoe: {
    lives: [{ alive_id: "l_66a0c3e2e4b0d84d1c1f0a11", title: "春季新品直播" }],
    tasks: [
      {
        alive_id: "l_66a0c3e2e4b0d84d1c1f0a11",
        start_at: "2026-03-01 00:00:00",
        end_at: "2026-03-03 00:00:00",
        task_module: 0,
        task_is_major: 0,
        task_type: 1,
        task_condition: "3",
        reward_type: 1,
        reward_value: "10",
        rule_type: 0,
        rule_config: [],
      },
    ],
  },
  volcengine: { activities: [{ ActivityID: 1824920000300001, Name: "春季直播间" }], redPackets: [{ ActivityID: 1824920000300001, TotalAmount: 500, RedPacketNumber: 5 }] },
};

function createLottery(url: string, name: string, channelId = 2974342, extra: Record<string, unknown> = {}): Promise<Response> {
  const query = new URLSearchParams(signPolyvQuery({ channelId }, { appId: POLYV.appId, appSecret: POLYV.appSecret, timestamp: Date.now() }));
  return fetch(`${url}/live/v4/channel/lottery-activity/create?${query}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...LOTTERY_BODY, activityName: name, ...extra }),
  });
}

describe.skipIf(!CHROMIUM && !process.env.CI)("the dashboard at /__livemock/ in headless Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ port: 0, rateLimits: false, seedData: SEED });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows an activity created through the API, and a fault applied from the page fails the next call", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/__livemock/`);
    await page.locator("#store-table tbody tr", { hasText: "开场抽奖" }).waitFor();

    // Created through the vendor API: appears in the store table.
    expect((await createLottery(server.url, "直播间福袋抽奖")).status).toBe(200);
    await page.locator("#store-table tbody tr", { hasText: "直播间福袋抽奖" }).waitFor({ timeout: 5000 });
    // A call relying on what only an SDK sends (a leniency) shows its warning.
    expect((await createLottery(server.url, "SDK 字段抽奖", 2974342, { answerType: "pushQuestion" })).status).toBe(200);
    const warned = page.locator("#requests-table tbody tr .warning", { hasText: "polyv.lottery.sdk-field" });
    await warned.waitFor({ timeout: 5000 });
    expect(await warned.getAttribute("title")).toContain("answerType");
    // A rejected call shows its reason.
    await fetch(`${server.url}/live/v4/channel/lottery-activity/create?appId=${POLYV.appId}&timestamp=${Date.now()}&sign=BAD`, { method: "POST" });

    // A fault from the page: Polyv createLotteryActivity fails once with 429 (rate limited).
    const form = page.locator("#fault-form");
    await form.locator('select[name="vendor"]').selectOption("polyv");
    await form.locator('select[name="error"] option[value="rateLimited"]').waitFor({ state: "attached" });
    await form.locator('input[name="operation"]').fill("createLotteryActivity");
    await form.locator('select[name="kind"]').selectOption("fail-next");
    await form.locator('select[name="error"]').selectOption("rateLimited");
    await form.locator('input[name="count"]').fill("1");
    await page.click("#fault-add");
    await page.locator("#faults-table tbody tr", { hasText: "rateLimited" }).waitFor();

    const failed = await createLottery(server.url, "不会创建 never created");
    expect(failed.status).toBe(429);
    expect(((await failed.json()) as any).error.code).toBe(42900);
    await page.locator("#requests-table tbody tr", { hasText: "fault injected" }).waitFor({ timeout: 5000 });
    await page.locator("#faults-table tbody tr", { hasText: "none yet" }).waitFor({ timeout: 5000 }); // count 1: used up
    expect(await page.locator("#store-table tbody tr", { hasText: "不会创建" }).count()).toBe(0);

    // One more rule shown in the screenshot, then the screenshot itself.
    await form.locator('select[name="kind"]').selectOption("latency");
    await form.locator('input[name="operation"]').fill("");
    await form.locator('input[name="count"]').fill("");
    await page.click("#fault-add");
    await page.locator("#faults-table tbody tr", { hasText: "延迟" }).waitFor();
    await screenshot(page, "dashboard.png");
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
