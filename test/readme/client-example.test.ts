// The README's "Typed clients" example, verbatim inside the test: keep it in sync with README.md
// (test/readme/examples-match-readme.test.ts checks it).
import { expect, it } from "vitest";
import { createVolcengineClient, createXiaoeClient, VendorApiError, VolcengineError } from "livemock/client";
import { startServer } from "livemock";

it("calls livemock, or the real vendor, by base URL alone", async () => {
  const logged: unknown[] = [];
  const console = { log: (value: unknown) => logged.push(value) };

  const mock = await startServer({ port: 0 }); // or `npm start` and baseUrl "http://127.0.0.1:4010"
  const xiaoe = createXiaoeClient({
    baseUrl: mock.url, // leave out to call https://api.xiaoe-tech.com
    appId: "apptrfbbm2m8971", clientId: "livemock-client", secretKey: "livemock-xiaoe-secret", // or XIAOE_* variables
  });
  const { task_id } = await xiaoe.createLiveTask({
    alive_id: "l_696ef6c1e4b0694c5b78ba7b", start_at: "2026-03-01 00:00:00", end_at: "2026-03-03 00:00:00",
    task_module: 0, task_is_major: 0, task_type: 1, task_condition: "3", reward_type: 1, reward_value: "10",
  }); // fetches, caches and refreshes the access_token; retries once on 2008
  console.log(task_id); // 1975339

  const volc = createVolcengineClient({ baseUrl: mock.url, accessKeyId: "AKLTlivemockdemo", secretKey: "not-the-secret" });
  const error = await volc.createActivityRedPacket({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 }).catch((e: unknown) => e);
  console.log(error instanceof VolcengineError && error.Code); // "SignatureDoesNotMatch" (CodeN 100010, httpStatus 401, RequestId, ...)
  console.log(error instanceof VendorApiError && [error.vendor, error.httpStatus, error.errorCode]); // ["volcengine", 401, "SignatureDoesNotMatch"]: the same fields for every vendor
  await mock.close();

  expect(logged).toEqual([1975339, "SignatureDoesNotMatch", ["volcengine", 401, "SignatureDoesNotMatch"]]);
  expect(error).toMatchObject({ Code: "SignatureDoesNotMatch", CodeN: 100010, httpStatus: 401 });
});
