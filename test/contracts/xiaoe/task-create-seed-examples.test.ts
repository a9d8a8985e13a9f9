import { describe, expect, it } from "vitest";
import { validateRequest, validators } from "../../../src/contracts/xiaoe/index.ts";
import { orderedComboDefect, singleTask, unorderedCombo } from "./seed-examples.ts";

describe("creating a live task with the seed 000 examples", () => {
  it("accepts the single-task example verbatim", () => {
    const result = validateRequest("createLiveTask", { body: singleTask() });
    expect(result.ok ? result.body : result.error.reason).toMatchObject({ task_module: 0, task_type: 1, task_condition: "3", reward_type: 5 });
  });

  it("accepts the unordered-combo example verbatim", () => {
    const result = validateRequest("createLiveTask", { body: unorderedCombo() });
    expect(result.ok ? result.body : result.error.reason).toMatchObject({ task_module: 1, is_order: 0, task_title: "任务包" });
  });

  it("rejects the ordered-combo doc example because it has no access_token, with 2007", () => {
    const body = orderedComboDefect();
    expect(body.access_token).toBeUndefined();
    const result = validateRequest("createLiveTask", { body });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.envelope).toEqual({ code: 2007, msg: "缺失 凭证access_token", data: null });
    expect(result.error.reason).toMatch(/^access_token: required/);
    expect(validators.createLiveTask.body.safeParse(body).success).toBe(false);
  });

  it("accepts the ordered-combo example once the access_token is added (children carry their own rewards)", () => {
    const result = validateRequest("createLiveTask", { body: { ...orderedComboDefect(), access_token: "xe_xxxxx" } });
    expect(result.ok ? "ok" : result.error.reason).toBe("ok");
    if (!result.ok) return;
    // update-style fields the create table does not list are dropped, not stored
    expect(result.body).not.toHaveProperty("app_id");
    expect(result.body).not.toHaveProperty("live_task_id");
  });

  it("takes the access_token from the query string when the body lacks it", () => {
    const { access_token, ...rest } = singleTask();
    const result = validateRequest("createLiveTask", { body: rest, query: { access_token: access_token as string } });
    expect(result.ok ? result.body.access_token : result.error.reason).toBe("xe_xxxxx");
  });
});
