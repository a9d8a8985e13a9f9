// A user's CommonJS script (Jest without its ESM mode loads modules this way), run by
// test/package/install-from-tarball.test.ts in the fresh project. Prints one JSON line.
const { startServer } = require("livemock");
const { createPolyvClient, createVolcengineClient, PolyvError } = require("livemock/client");
const { verifyVolcengineCallback } = require("livemock/callbacks");
const { createLivemockHandlers } = require("livemock/msw");
const { setupServer } = require("msw/node");

async function main() {
  const result = {};
  const intercept = setupServer(...createLivemockHandlers());
  intercept.listen({ onUnhandledRequest: "error" });
  try {
    const polyv = createPolyvClient({ appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" });
    const created = await polyv.createLotteryActivity({ channelId: 2974342, activityName: "无条件抽奖", lotteryCondition: "none", amount: 1, prizeName: "键盘" });
    result.polyv = { id: created.id };
    const wrong = await createPolyvClient({ appId: "frlr1zazn3", appSecret: "wrong" })
      .getLotteryActivity({ channelId: 2974342, id: created.id })
      .catch((e) => e);
    result.polyvError = { errorClass: wrong instanceof PolyvError, errorCode: wrong.errorCode };
  } finally {
    intercept.close();
  }
  const mock = await startServer({ port: 0 });
  try {
    const volc = createVolcengineClient({ baseUrl: mock.url, accessKeyId: "AKLTlivemockdemo", secretKey: "livemock-volc-secret" });
    const packet = await volc.createActivityRedPacket({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 });
    result.server = { id: packet.ID };
    const seeded = await fetch(`${mock.url}/__livemock/seed`, { method: "POST", body: "polyv:\n  channels:\n    - { channelId: 3151318 }\n" });
    result.seed = seeded.status;
    result.faker = typeof mock.app.livemock.context.random.faker.person.firstName() === "string";
  } finally {
    await mock.close();
  }
  result.spec = require.resolve("livemock/specs/volcengine.yaml").endsWith("/specs/volcengine.yaml");
  // The fact sheet's computed vector for ActivityStatusModifyCallBack.
  const status = { ActivityID: "123", EventType: "ActivityStatusModifyCallBack", Status: "1", Timestamp: "1582518318", Sign: "3d5fc13702c89c3c34c811ba8ac8fbbc" };
  result.callbacks = verifyVolcengineCallback(status, "abc").ok;
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
