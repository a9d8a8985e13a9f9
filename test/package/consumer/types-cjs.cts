// The same from a CommonJS module (`require` through the package's "require" condition): type-checked
// by test/package/install-from-tarball.test.ts with moduleResolution node16, never run.
import livemock = require("livemock");
import client = require("livemock/client");
import msw = require("livemock/msw");

// The declarations resolve (see types.ts).
// @ts-expect-error a number is no app
const notAnApp: livemock.MockApp = 0;
// @ts-expect-error a number is no MSW handler
const notAHandler: msw.LivemockHandlers[number] = 0;
// @ts-expect-error a number is no error
const notAnError: client.VendorApiError = 0;

const handlers = msw.createLivemockHandlers({ app: livemock.createMockApp({ seed: 1 }) });

async function useThem(): Promise<string> {
  const running = await livemock.startServer({ port: 0 });
  const volc = client.createVolcengineClient({ baseUrl: running.url, accessKeyId: "AKLTlivemockdemo", secretKey: "livemock-volc-secret" });
  const answer = await volc
    .createActivityRedPacket({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 })
    .catch((error: unknown) => (error instanceof client.VendorApiError ? error.errorCode : undefined));
  await running.close();
  return `${handlers.length} ${JSON.stringify(answer)} ${[notAnApp, notAHandler, notAnError].length}`;
}
export = useThem;
