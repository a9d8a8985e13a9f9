import { describe, expect, it } from "vitest";
import { specValidator } from "../../../src/contracts/core/spec-validator.ts";
import {
  generateRequestId,
  liveTaskListSuccess,
  taskCreateSuccess,
  taskGetSuccess,
  taskUpdateSuccess,
  tokenSuccess,
  validators,
  xiaoeErrorEnvelope,
  xiaoeErrors,
  xiaoeFailure,
} from "../../../src/contracts/xiaoe/index.ts";

describe("Xiaoe success envelopes", () => {
  it("answers task.create like the seed 000 example, keys in the vendor's order", () => {
    const body = taskCreateSuccess({ task_id: 1975339, alive_id: "l_xxxxx" });
    expect(JSON.stringify(body)).toBe('{"code":0,"msg":"操作成功","data":{"task_id":1975339,"alive_id":"l_xxxxx"}}');
    expect(validators.createLiveTask.response.safeParse(body).success).toBe(true);
  });

  it("uses each endpoint's own msg", () => {
    expect(tokenSuccess({ access_token: "xe_5bbd78e51299f_TqVn8F", expires_in: 7200 }).msg).toBe("success");
    expect(liveTaskListSuccess({ is_open_task: 0, list: [] }).msg).toBe("ok");
    expect(taskUpdateSuccess({ task_id: 1, alive_id: "l_x" }).msg).toBe("操作成功");
  });

  it("puts task.get's request_id at the top level, between msg and data", () => {
    const liveTask = {
      id: 1381858,
      alive_id: "l_x",
      task_type: 1 as const,
      task_condition: "3",
      task_content: "",
      task_state: 1 as const,
      reward_type: 1 as const,
      reward_value: { value: "1" },
      reward_frequency: "1",
      start_at: "2026-03-01 00:00:00",
      end_at: "2026-03-03 00:00:00",
      reward_pay_type: 0,
      team_pay_config: "",
      task_module: 0 as const,
      task_is_major: 0 as const,
      task_title: "",
    };
    const body = taskGetSuccess(liveTask, "0123456789abcdef0123456789abcdef");
    expect(Object.keys(body)).toEqual(["code", "msg", "request_id", "data"]);
    expect(specValidator("xiaoe").validateResponse("getLiveTask", 200, body)).toEqual({ valid: true });
  });

  it("makes 32-hex request ids, deterministic for a fixed random source", () => {
    expect(generateRequestId()).toMatch(/^[0-9a-f]{32}$/);
    expect(generateRequestId(() => 0)).toBe("0".repeat(32));
    expect(generateRequestId(() => 0.99999)).toBe("f".repeat(32));
  });
});

describe("Xiaoe error catalogue", () => {
  it("builds {code, msg, data: null} in that key order", () => {
    expect(JSON.stringify(xiaoeErrorEnvelope("taskCreateFailed"))).toBe('{"code":1,"msg":"创建直播任务失败","data":null}');
  });

  it("covers the global codes, the task business errors and the user lookups' error", () => {
    const codes = Object.values(xiaoeErrors).map((e) => e.code);
    for (const code of [1001, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2017, 2020, 2051, 2052, 2053, 2054, 2055]) expect(codes).toContain(code);
    expect(
      Object.values(xiaoeErrors)
        .filter((e) => e.code === 1)
        .map((e) => e.msg)
        .sort(),
    ).toEqual(["创建直播任务失败", "编辑直播任务失败", "直播不存在", "直播任务不存在", "参数错误"].sort());
  });

  it("answers every error with HTTP 200 and a body the spec's error schema accepts", () => {
    const spec = specValidator("xiaoe");
    for (const entry of Object.values(xiaoeErrors)) {
      expect(entry.status).toBe(200);
      expect(spec.validateResponse("createLiveTask", 400, xiaoeErrorEnvelope(entry.id))).toEqual({ valid: true });
    }
  });

  it("keeps the reason out of the envelope", () => {
    const failure = xiaoeFailure("taskCreateFailed", "child_tasks: not valid JSON");
    expect(failure.envelope).toEqual({ code: 1, msg: "创建直播任务失败", data: null });
    expect(failure.reason).toBe("child_tasks: not valid JSON");
    expect(JSON.stringify(failure.envelope)).not.toContain("child_tasks");
  });
});
