// README "Install in your project": run verbatim by test/package/install-from-tarball.test.ts in a
// project where livemock and msw are installed from the packed tarball.
import { startServer } from "livemock";
import { createPolyvClient, createVolcengineClient } from "livemock/client";
import { createLivemockHandlers } from "livemock/msw"; // needs msw installed
import { setupServer } from "msw/node";

// A mock server on a free port: point a client, or your own code, at its URL.
const mock = await startServer({ port: 0 });
const polyv = createPolyvClient({ baseUrl: mock.url, appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" });
const lottery = await polyv.createLotteryActivity({ channelId: 2974342, activityName: "开场抽奖", lotteryCondition: "none", amount: 1, prizeName: "键盘" });
console.log(lottery.id); // 20521
await mock.close();

// Or no server: the vendor's real URL, answered in process through MSW.
const msw = setupServer(...createLivemockHandlers());
msw.listen({ onUnhandledRequest: "error" });
const volc = createVolcengineClient({ accessKeyId: "AKLTlivemockdemo", secretKey: "livemock-volc-secret" }); // calls https://livesaas.volcengineapi.com
const packet = await volc.createActivityRedPacket({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 });
console.log(packet.ID); // 1825100000340169
msw.close();
