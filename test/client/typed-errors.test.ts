/**
 * A user whose call is rejected gets the vendor's error as a typed object (never a bare string),
 * with the vendor's code, message and request id, and livemock's precise reason.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ClientExchange, PolyvError, VendorApiError, VolcengineError, XiaoeError } from "../../src/client/index.ts";
import { type MockTarget, mockTarget, polyvClient, rejectionOf, T0, volcClient, xiaoeClient } from "./support.ts";

describe("typed vendor errors", () => {
  let target: MockTarget;
  beforeEach(async () => {
    target = await mockTarget("http");
  });
  afterEach(() => target.close());

  it("Polyv: a wrong app secret gives PolyvError 20002 invalid signature", async () => {
    const polyv = polyvClient(target, { appSecret: "not-the-secret" });
    const error = await rejectionOf(polyv.listLotteryActivities({ channelId: 4854808 }));
    expect(error).toBeInstanceOf(PolyvError);
    expect(error).toMatchObject({ code: 400, errorCode: 20002, desc: "invalid signature.", status: 400, operation: "listLotteryActivities", attempts: 1 });
    expect((error as PolyvError).requestId).not.toBe("");
    expect((error as PolyvError).envelope).toMatchObject({ status: "error", success: false });
  });

  it("Polyv: an unknown app id gives PolyvError 20001", async () => {
    const polyv = polyvClient(target, { appId: "zzzzzzzzzz" });
    await expect(polyv.listLotteryActivities({ channelId: 4854808 })).rejects.toMatchObject({ name: "PolyvError", errorCode: 20001, desc: "application not found." });
  });

  it("Polyv: a clock four minutes off gives the expired-timestamp error, not a retry", async () => {
    const polyv = polyvClient(target, { clock: () => T0 - 4 * 60_000 });
    await expect(polyv.listLotteryActivities({ channelId: 4854808 })).rejects.toMatchObject({ name: "PolyvError", errorCode: 20003, attempts: 1 });
  });

  it("Polyv: an invalid body gives a PolyvError naming the field in reason", async () => {
    const polyv = polyvClient(target);
    const error = (await rejectionOf(polyv.saveTaskRewardActivity({ channelId: 4854808, activityName: "x", taskRule: 1, startTime: T0 + 2, endTime: T0 + 1, tasks: [] }))) as PolyvError;
    expect(error).toBeInstanceOf(PolyvError);
    expect(error.code).toBe(400);
    expect(error.reason).toMatch(/tasks/);
  });

  it("Xiaoe: a wrong secret key gives XiaoeError 2004 from /token", async () => {
    const xiaoe = xiaoeClient(target, { secretKey: "not-the-secret" });
    const error = await rejectionOf(xiaoe.listLiveTasks({ alive_id: "l_696ef6c1e4b0694c5b78ba7b" }));
    expect(error).toBeInstanceOf(XiaoeError);
    expect(error).toMatchObject({ code: 2004, msg: "secret_key 错误，或者 app_id 无效", operation: "getAccessToken", status: 200 });
    expect((error as Error).message).not.toContain("not-the-secret");
  });

  it("Xiaoe: a task failure gives XiaoeError code 1 with the precise reason from x-livemock-reason", async () => {
    const xiaoe = xiaoeClient(target);
    const error = (await rejectionOf(xiaoe.getLiveTask({ alive_id: "l_696ef6c1e4b0694c5b78ba7b", live_task_id: 999999999 }))) as XiaoeError;
    expect(error).toBeInstanceOf(XiaoeError);
    expect(error).toMatchObject({ code: 1, msg: "直播任务不存在" });
    expect(error.reason).toMatch(/live_task_id/);
  });

  it("Volcengine: a wrong secret key gives VolcengineError SignatureDoesNotMatch", async () => {
    const volc = volcClient(target, { secretKey: "not-the-secret" });
    const error = await rejectionOf(volc.getActivityRedPacket({ ActivityID: 1824920000234844, RedPacketID: 1 }));
    expect(error).toBeInstanceOf(VolcengineError);
    expect(error).toMatchObject({ Code: "SignatureDoesNotMatch", CodeN: 100010, httpStatus: 401, attempts: 1 });
    expect((error as VolcengineError).RequestId).not.toBe("");
  });

  it("Volcengine: an unknown access key gives InvalidAccessKey, and a bad body InvalidParameter naming the field", async () => {
    const stranger = volcClient(target, { accessKeyId: "AKLTnobody" });
    await expect(stranger.listActivityRedPacket({ ActivityID: 1824920000234844 })).rejects.toMatchObject({ Code: "InvalidAccessKey", httpStatus: 401 });
    const volc = volcClient(target);
    const error = (await rejectionOf(volc.createActivityRedPacket({ ActivityID: 1824920000234844, TotalAmount: 0, RedPacketNumber: 1 }))) as VolcengineError;
    expect(error).toMatchObject({ Code: "InvalidParameter", CodeN: 400001, httpStatus: 400 });
    expect(error.Message).toMatch(/TotalAmount/);
  });

  it("all three share VendorApiError's fields: vendor, operation, httpStatus, errorCode, message, requestId, reason", async () => {
    const reasonHeaders = new Map<string, string | undefined>();
    const onExchange = (exchange: ClientExchange) => reasonHeaders.set(exchange.vendor, exchange.response?.headers["x-livemock-reason"]);
    const errors = [
      await rejectionOf(polyvClient(target, { onExchange }).saveTaskRewardActivity({ channelId: 4854808, activityName: "x", taskRule: 1, startTime: T0 + 2, endTime: T0 + 1, tasks: [] })),
      await rejectionOf(xiaoeClient(target, { onExchange }).getLiveTask({ alive_id: "l_696ef6c1e4b0694c5b78ba7b", live_task_id: 999999999 })),
      await rejectionOf(volcClient(target, { onExchange }).createActivityRedPacket({ ActivityID: 1824920000234844, TotalAmount: 0, RedPacketNumber: 1 })),
    ] as VendorApiError[];
    for (const error of errors) expect(error).toBeInstanceOf(VendorApiError);
    const shared = errors.map(({ vendor, operation, httpStatus, errorCode, requestId, reason, attempts }) => ({ vendor, operation, httpStatus, errorCode, requestId, reason, attempts }));
    expect(shared).toEqual([
      { vendor: "polyv", operation: "saveTaskRewardActivity", httpStatus: 400, errorCode: 10002, requestId: expect.stringMatching(/^\S+$/), reason: expect.stringMatching(/tasks/), attempts: 1 },
      { vendor: "xiaoe", operation: "getLiveTask", httpStatus: 200, errorCode: 1, requestId: "", reason: expect.stringMatching(/live_task_id/), attempts: 1 },
      {
        vendor: "volcengine",
        operation: "createActivityRedPacket",
        httpStatus: 400,
        errorCode: "InvalidParameter",
        requestId: expect.stringMatching(/^\S+$/),
        reason: expect.stringMatching(/TotalAmount/),
        attempts: 1,
      },
    ]);
    for (const error of errors) {
      // `reason` is livemock's header, decoded; `message` names the operation and the vendor's code.
      expect(error.reason).toBe(decodeURIComponent(reasonHeaders.get(error.vendor)!));
      expect(error.message).toContain(`${error.operation} failed: ${error.errorCode}`);
      expect(error.rateLimited).toBe(false);
    }
    // The vendor-specific fields carry the same values under the vendor's own names.
    const [polyv, xiaoe, volc] = errors as [PolyvError, XiaoeError, VolcengineError];
    expect([polyv.errorCode, polyv.requestId]).toEqual([polyv.envelope.error.code, polyv.envelope.requestId]);
    expect([xiaoe.errorCode, xiaoe.code]).toEqual([xiaoe.envelope.code, xiaoe.envelope.code]);
    expect([volc.errorCode, volc.Code, volc.RequestId]).toEqual([volc.envelope.ResponseMetadata.Error.Code, volc.envelope.ResponseMetadata.Error.Code, volc.requestId]);
  });

  it("keeps the old name `status` as an alias of httpStatus on PolyvError and XiaoeError", async () => {
    const polyv = (await rejectionOf(polyvClient(target, { appSecret: "not-the-secret" }).listLotteryActivities({ channelId: 4854808 }))) as PolyvError;
    const xiaoe = (await rejectionOf(xiaoeClient(target, { secretKey: "not-the-secret" }).listLiveTasks({ alive_id: "l_696ef6c1e4b0694c5b78ba7b" }))) as XiaoeError;
    expect([polyv.status, polyv.httpStatus]).toEqual([400, 400]);
    expect([xiaoe.status, xiaoe.httpStatus]).toEqual([200, 200]);
  });
});
