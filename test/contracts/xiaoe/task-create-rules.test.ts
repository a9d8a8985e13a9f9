/**
 * Every rule of seed 000 (and the spec's x-livemock-rules) rejected by validateRequest with the
 * vendor envelope {code:1, msg:"创建直播任务失败", data:null} and a reason naming the field.
 */
import { describe, expect, it } from "vitest";
import { validateRequest, validators } from "../../../src/contracts/xiaoe/index.ts";
import { singleTask, unorderedCombo } from "./seed-examples.ts";
import { changeChild, orderedCombo, taskCreateRuleCases } from "./task-create-cases.ts";

describe("creating a live task: each seed 000 rule rejected with its reason", () => {
  it.each(taskCreateRuleCases)("%s", (_label, build, reason) => {
    const body = build();
    const result = validateRequest("createLiveTask", { body });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.envelope).toEqual({ code: 1, msg: "创建直播任务失败", data: null });
    expect(result.error.status).toBe(200);
    if (typeof reason === "string") expect(result.error.reason).toBe(reason);
    else expect(result.error.reason).toMatch(reason);
    // the exported validator agrees
    expect(validators.createLiveTask.body.safeParse(body).success).toBe(false);
  });

  it("names each refinement's rule on its zod issue", () => {
    const body = changeChild(unorderedCombo(), 1, (c) => ({ ...c, task_type: 2, task_condition: "99" }));
    const parsed = validators.createLiveTask.body.safeParse(body);
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.code).toBe("custom");
    expect(issue && "params" in issue ? issue.params : undefined).toEqual({ rule: "task-condition-matches-type" });
    expect(issue?.path).toEqual(["child_tasks"]);
  });

  it("accepts the documented interaction share conditions 2, 21 and 22", () => {
    for (const condition of ["2", "21", "22"]) {
      const result = validateRequest("createLiveTask", { body: { ...singleTask(), task_type: 2, task_condition: condition } });
      expect(result.ok ? condition : result.error.reason).toBe(condition);
    }
  });

  it("accepts an ordered combo whose children carry their own rewards", () => {
    const result = validateRequest("createLiveTask", { body: orderedCombo() });
    expect(result.ok ? "ok" : result.error.reason).toBe("ok");
  });

  it("ignores task_type and task_condition on a combo's main task", () => {
    const result = validateRequest("createLiveTask", { body: { ...unorderedCombo(), task_type: 1, task_condition: "3" } });
    expect(result.ok ? "ok" : result.error.reason).toBe("ok");
  });
});
