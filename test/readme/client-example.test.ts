// The README's "Typed clients" example, verbatim: keep it in sync with README.md.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createVolcengineClient, createXiaoeClient, VolcengineError } from "livemock/client";
import { startServer, type RunningServer } from "livemock";

let mock: RunningServer;
beforeAll(async () => {
  mock = await startServer({ port: 0 });
});
afterAll(() => mock.close());

it("calls livemock, or the real vendor, by base URL alone", async () => {
  const xiaoe = createXiaoeClient({ baseUrl: mock.url, appId: "apptrfbbm2m8971", clientId: "livemock-client", secretKey: "livemock-xiaoe-secret" });
  const { task_id } = await xiaoe.createLiveTask({
    alive_id: "l_696ef6c1e4b0694c5b78ba7b",
    start_at: "2026-03-01 00:00:00",
    end_at: "2026-03-03 00:00:00",
    task_module: 0,
    task_is_major: 0,
    task_type: 1,
    task_condition: "3",
    reward_type: 1,
    reward_value: "10",
  }); // the client fetches, caches and refreshes the access_token
  expect(task_id).toBe(1975339);

  const volc = createVolcengineClient({ baseUrl: mock.url, accessKeyId: "AKLTlivemockdemo", secretKey: "not-the-secret" });
  const error = await volc.createActivityRedPacket({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(VolcengineError);
  expect(error).toMatchObject({ Code: "SignatureDoesNotMatch", CodeN: 100010, httpStatus: 401 });
});
