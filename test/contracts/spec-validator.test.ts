import { describe, expect, it } from "vitest";
import { specValidator } from "../../src/contracts/core/spec-validator.ts";

describe("checking a response against a spec", () => {
  it("accepts a Xiaoe error envelope sent with HTTP 200, as the vendor does, through the default response", () => {
    const verdict = specValidator("xiaoe").validateResponse("createLiveTask", 200, { code: 1, msg: "创建直播任务失败", data: null });
    expect(verdict).toEqual({ valid: true });
  });

  it("names the JSON path of a wrong field type in a success body", () => {
    const verdict = specValidator("xiaoe").validateResponse("createLiveTask", 200, { code: 0, msg: "操作成功", data: { task_id: "1975339", alive_id: "l_696ef6c1e4b0694c5b78ba7b" } });
    expect(verdict.valid).toBe(false);
    expect(verdict.valid ? [] : verdict.violations.map((v) => v.path)).toContain("data.task_id");
  });

  it("checks an undeclared status against the default response: an empty object is no Polyv error envelope", () => {
    const verdict = specValidator("polyv").validateResponse("saveTaskRewardActivity", 302, {});
    expect(verdict.valid ? [] : verdict.violations.map((v) => v.path)).toEqual(expect.arrayContaining(["code", "status", "requestId", "error", "success"]));
  });

  it("validates a request body with the spec's conditional rules kept", () => {
    const polyv = specValidator("polyv");
    const base = { activityName: "邀请抽奖", lotteryCondition: "invite", amount: 1, prizeName: "键盘", activityDuration: "10", acceptType: "form" };
    expect(polyv.validateBody("createLotteryActivity", base).valid).toBe(false);
    expect(polyv.validateBody("createLotteryActivity", { ...base, inviteType: "poster", inviteNum: 3 }).valid).toBe(true);
  });

  it("reads and checks the parameters of a templated path with the query ones", () => {
    const polyv = specValidator("polyv");
    expect(polyv.pathParams("deleteChannel", "/live/v2/channels/5300001/delete")).toEqual({ channelId: "5300001" });
    expect(polyv.pathParams("deleteChannel", "/live/v2/channels/5300001/get")).toBeUndefined();
    expect(polyv.pathParams("getChannelBasic", "/live/v4/channel/basic/get")).toEqual({});
    const auth = { appId: "frlr1zazn3", timestamp: 1, sign: "S" };
    expect(polyv.validateQuery("deleteChannel", { ...auth, channelId: 5300001, userId: "u" }).valid).toBe(true);
    const missing = polyv.validateQuery("deleteChannel", { ...auth, userId: "u" });
    expect(missing.valid ? [] : missing.violations.map((v) => v.path)).toEqual(["channelId"]);
  });
});
