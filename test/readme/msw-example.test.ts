// The README's "In-process mode (MSW)" example, verbatim: keep it in sync with README.md.
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { setupServer } from "msw/node";
import { createLivemockHandlers } from "livemock/msw";
import { createPolyvClient } from "livemock/client";

const livemock = createLivemockHandlers(); // same options as createMockApp: seed, clock, credentials, rateLimits…
const server = setupServer(...livemock);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => livemock.app.livemock.reset()); // seeded state again, journal cleared
afterAll(() => server.close());

it("creates a lottery on the real Polyv URL, served in-process", async () => {
  const polyv = createPolyvClient({ appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" }); // base URL: https://api.polyv.net
  const created = await polyv.createLotteryActivity({ channelId: 2974342, activityName: "无条件抽奖", lotteryCondition: "none", amount: 1, prizeName: "键盘" });
  const read = await polyv.getLotteryActivity({ channelId: 2974342, id: created.id });
  expect(read.prizeName).toBe("键盘");
});
