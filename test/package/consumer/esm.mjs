// A user's plain Node ESM script, run by test/package/install-from-tarball.test.ts in a fresh project
// where livemock is installed from its tarball and msw is installed as the peer. Prints one JSON line.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startServer } from "livemock";
import { verifyPolyvCallback } from "livemock/callbacks";
import { createPolyvClient, createVolcengineClient, createXiaoeClient, VolcengineError } from "livemock/client";
import { createLivemockHandlers } from "livemock/msw";
import { setupServer } from "msw/node";

const polyvApp = { appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" };
const xiaoeApp = { appId: "apptrfbbm2m8971", clientId: "livemock-client", secretKey: "livemock-xiaoe-secret" };
const volcKey = { accessKeyId: "AKLTlivemockdemo", secretKey: "livemock-volc-secret" };
const result = {};

// In process: the vendors' real URLs, answered by livemock through MSW.
const handlers = createLivemockHandlers();
const intercept = setupServer(...handlers);
intercept.listen({ onUnhandledRequest: "error" });
try {
  const lottery = await createPolyvClient(polyvApp).createLotteryActivity({ channelId: 2974342, activityName: "无条件抽奖", lotteryCondition: "none", amount: 1, prizeName: "键盘" });
  result.polyv = { id: lottery.id, prizeName: lottery.prizeName };
  const task = await createXiaoeClient(xiaoeApp).createLiveTask({
    alive_id: "l_696ef6c1e4b0694c5b78ba7b",
    start_at: "2026-03-01 00:00:00",
    end_at: "2026-03-03 00:00:00",
    task_module: 0,
    task_is_major: 0,
    task_type: 1,
    task_condition: "3",
    reward_type: 1,
    reward_value: "10",
  });
  result.xiaoe = { taskId: task.task_id };
  const packet = await createVolcengineClient(volcKey).createActivityRedPacket({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 });
  result.volcengine = { id: packet.ID };
  result.journal = handlers.app.livemock.context.journal.entries().map((entry) => `${entry.vendor} ${entry.status}`);
} finally {
  intercept.close();
}

// Over HTTP: a server on a free port, with a wrong Volcengine secret.
const mock = await startServer({ port: 0 });
try {
  const error = await createVolcengineClient({ ...volcKey, baseUrl: mock.url, secretKey: "not-the-secret" })
    .createActivityRedPacket({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 })
    .catch((e) => e);
  result.server = { errorClass: error instanceof VolcengineError, code: error.Code, httpStatus: error.httpStatus };
  const page = await fetch(`${mock.url}/__livemock/`);
  const script = await fetch(`${mock.url}/__livemock/dashboard.js`);
  result.dashboard = { page: page.status, html: (await page.text()).includes("<html"), script: script.status };
  // YAML seed data and faker are loaded on first use, through createRequire from the compiled module.
  const seeded = await fetch(`${mock.url}/__livemock/seed`, {
    method: "POST",
    body: "polyv:\n  lotteries:\n    - { channelId: 2974342, activityName: 开场抽奖, lotteryCondition: none, amount: 1, prizeName: 键盘 }\n",
  });
  result.seed = { status: seeded.status, created: (await seeded.json()).created.length };
  result.faker = typeof mock.app.livemock.context.random.faker.person.firstName() === "string";
} finally {
  await mock.close();
}

// A receiver checks a Polyv callback with livemock/callbacks (the fact sheet's computed vector).
const polyvQuery = { channelId: "123456", status: "live", timestamp: "1557976774000", sign: "f4df248df5afd8585c09450b1f7c327f", sessionId: "s", startTime: "1557976774000", endTime: "" };
result.callbacks = verifyPolyvCallback(polyvQuery, "6ef8d34c08f44e91a18428842ff0ba7e").ok;

// The specs ship as `livemock/specs/<vendor>.yaml`.
result.spec = readFileSync(fileURLToPath(import.meta.resolve("livemock/specs/polyv.yaml")), "utf8").startsWith("openapi:");
console.log(JSON.stringify(result));
