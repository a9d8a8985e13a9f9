/**
 * `createLivemockHandlers({ strict: true })`: in-process mode answers the documented rules only, as
 * `livemock serve --strict` does. A Polyv sign that keeps an empty parameter (as polyv-live-cli signs)
 * sent to https://api.polyv.net is refused with 20002; the documented sign is served.
 */
import { createLivemockHandlers } from "livemock/msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { independentSign } from "../polyv/support.ts";

const handlers = createLivemockHandlers({ rateLimits: false, strict: true });
const server = setupServer(...handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const APP = { appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" };

function page(keepEmpty: boolean): Promise<Response> {
  const params = { channelId: "4854808", pageSize: "", appId: APP.appId, timestamp: String(Date.now()) };
  const sign = independentSign(params, APP.appSecret, { keepEmpty });
  return fetch(`https://api.polyv.net/live/v4/channel/task-reward-activity/page?${new URLSearchParams({ ...params, sign })}`);
}

describe("MSW handlers with strict", () => {
  it("refuse what only an SDK sends with the vendor's error, and serve the documented request", async () => {
    const sdk = await page(true);
    expect(sdk.status).toBe(400);
    expect(await sdk.json()).toMatchObject({ error: { code: 20002, desc: "invalid signature." } });
    expect(decodeURIComponent(sdk.headers.get("x-livemock-reason") ?? "")).toContain("polyv.sign.empty-param-included");
    const documented = await page(false);
    expect(documented.status).toBe(200);
    expect(documented.headers.get("x-livemock-warning")).toBeNull();
    expect(handlers.app.livemock.context.strict).toBe(true);
  });
});
