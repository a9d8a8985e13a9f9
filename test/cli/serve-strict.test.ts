/**
 * `livemock serve --strict` and `LIVEMOCK_STRICT=1`: the served mock answers the documented rules
 * only. A Polyv sign that keeps an empty parameter (what polyv-live-cli sends) is refused with
 * 20002, the documented sign still works; without the switch the same request is accepted with an
 * `x-livemock-warning`.
 */
import { afterEach, describe, expect, it } from "vitest";
import { independentSign } from "../polyv/support.ts";
import { type CliServer, startCli } from "../support/cli.ts";

const APP = { appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" };

let running: CliServer | undefined;
afterEach(async () => {
  await running?.stop("SIGKILL");
  running = undefined;
});

/** The task-reward page, signed the documented way or keeping the empty pageSize as polyv-live-cli does. */
function page(url: string, keepEmpty: boolean): Promise<Response> {
  const params = { channelId: "4854808", pageSize: "", appId: APP.appId, timestamp: String(Date.now()) };
  const sign = independentSign(params, APP.appSecret, { keepEmpty });
  return fetch(`${url}/live/v4/channel/task-reward-activity/page?${new URLSearchParams({ ...params, sign })}`);
}

async function expectStrict(server: CliServer): Promise<void> {
  expect(server.output()).toContain("Strict: documented rules only");
  const health = (await (await fetch(`${server.url}/__livemock/health`)).json()) as { strict: boolean };
  expect(health.strict).toBe(true);
  const sdk = await page(server.url, true);
  expect(sdk.status).toBe(400);
  expect(((await sdk.json()) as { error: { code: number } }).error.code).toBe(20002);
  expect(decodeURIComponent(sdk.headers.get("x-livemock-reason") ?? "")).toContain("polyv.sign.empty-param-included");
  const documented = await page(server.url, false);
  expect(documented.status).toBe(200);
  expect(documented.headers.get("x-livemock-warning")).toBeNull();
}

describe("livemock serve --strict", () => {
  it("refuses what only an SDK sends with the vendor's error, and serves the documented request", async () => {
    running = await startCli(["--port", "0", "--vendors", "polyv", "--strict"]);
    await expectStrict(running);
  });

  it("is switched on by LIVEMOCK_STRICT=1 too", async () => {
    running = await startCli(["--port", "0", "--vendors", "polyv"], { LIVEMOCK_STRICT: "1" });
    await expectStrict(running);
  });

  it("is off by default: the SDK's request is accepted with an x-livemock-warning", async () => {
    running = await startCli(["--port", "0", "--vendors", "polyv"], { LIVEMOCK_STRICT: "" });
    expect(running.output()).toContain("Lenient:");
    const sdk = await page(running.url, true);
    expect(sdk.status).toBe(200);
    expect(decodeURIComponent(sdk.headers.get("x-livemock-warning") ?? "")).toBe(
      "polyv.sign.empty-param-included: the sign includes the empty parameter pageSize; the doc drops empty parameters before signing",
    );
    const health = (await (await fetch(`${running.url}/__livemock/health`)).json()) as { strict: boolean };
    expect(health.strict).toBe(false);
  });
});
