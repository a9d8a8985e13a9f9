// A TypeScript user's module: type-checked by test/package/install-from-tarball.test.ts against the
// installed package's declarations (moduleResolution node16 and bundler), never run.
import { createMockApp, type MockApp, type MockAppOptions, manualClock, type RunningServer, startServer } from "livemock";
import { createPolyvClient, createXiaoeClient, type PolyvData, VendorApiError, VolcengineError, type XiaoeParams } from "livemock/client";
import { createLivemockHandlers, type LivemockHandlers, VENDOR_ORIGINS } from "livemock/msw";
import { setupServer } from "msw/node";

// The declarations resolve: a type imported from a file or package they cannot find would be `any`,
// accept anything, and leave these directives unused (an error).
// @ts-expect-error a number is no app
export const notAnApp: MockApp = 0;
// @ts-expect-error a number is no server
export const notAServer: RunningServer = 0;
// @ts-expect-error a number is no lottery
export const notALottery: PolyvData<"createLotteryActivity"> = 0;
// @ts-expect-error a number is no MSW handler
export const notAHandler: LivemockHandlers[number] = 0;
// @ts-expect-error a number is no error
export const notAnError: VendorApiError = 0;

const options: MockAppOptions = { seed: 7, rateLimits: false, clock: manualClock(Date.parse("2026-03-01T00:00:00Z")) };
const app = createMockApp(options);
app.livemock.reset();
const handlers: LivemockHandlers = createLivemockHandlers({ app, origins: [...VENDOR_ORIGINS] });
setupServer(...handlers).listen({ onUnhandledRequest: "error" });

export async function useThem(): Promise<number> {
  const running: RunningServer = await startServer({ port: 0 });
  const polyv = createPolyvClient({ baseUrl: running.url, appId: "frlr1zazn3", appSecret: "livemock-polyv-secret", fetch: app.request });
  const created: PolyvData<"createLotteryActivity"> = await polyv.createLotteryActivity({ channelId: 2974342, activityName: "抽奖", lotteryCondition: "none", amount: 1, prizeName: "键盘" });
  const params: XiaoeParams<"getLiveTask"> = { alive_id: "l_696ef6c1e4b0694c5b78ba7b", live_task_id: 1 };
  await createXiaoeClient({ appId: "a", clientId: "b", secretKey: "c" })
    .getLiveTask(params)
    .catch((error: unknown) => (error instanceof VendorApiError ? error.httpStatus : 0));
  const wrong = new Error() as unknown;
  if (wrong instanceof VolcengineError) console.log(wrong.Code, wrong.CodeN);
  await running.close();
  return created.id;
}
