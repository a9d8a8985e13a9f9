/**
 * The cross-field rules of a task.create / task.update body (spec: the `if`/`then`/`else` of
 * `TaskCreateRequest` and its `x-livemock-rules`), checked on a body that already passed the
 * generated schema.
 */
import type { z } from "zod";
import type { TaskCreateRequest } from "../generated/xiaoe.zod.ts";
import { parseChildTasks } from "./child-tasks.ts";
import { timeWindowViolations } from "./date-time.ts";
import { rewardValueViolations } from "./reward-value.ts";
import type { RuleViolation } from "./rule-violation.ts";
import { taskConditionProblem } from "./task-condition.ts";

/** The fields the rules read (task.update bodies have these plus `live_task_id`). */
export type TaskBody = z.output<typeof TaskCreateRequest>;

/**
 * Every rule broken by a task body, in a fixed order (module requirements, condition, reward, time
 * window, children), so the first one is a stable `x-livemock-reason`.
 *
 * @example
 * taskBodyViolations({ ...single, task_type: 2, task_condition: "99" })[0]?.reason
 * // "task_condition: \"99\" is not valid for task_type 2 (interaction: 1, 2, 21, 22, 3)"
 */
export function taskBodyViolations(body: TaskBody): RuleViolation[] {
  const out: RuleViolation[] = [];
  const combo = body.task_module === 1;
  if (combo) {
    const rule = "combo-requires-title-and-children";
    if (body.task_title === undefined) out.push({ rule, path: ["task_title"], reason: "task_title: required when task_module is 1 (combo task)" });
    if (body.child_tasks === undefined) out.push({ rule, path: ["child_tasks"], reason: "child_tasks: required when task_module is 1 (combo task)" });
    if (body.task_is_major !== 0) out.push({ rule, path: ["task_is_major"], reason: `task_is_major: must be 0 (main task) when task_module is 1, got ${body.task_is_major}` });
  } else {
    const rule = "single-requires-type-and-condition";
    if (body.task_type === undefined) out.push({ rule, path: ["task_type"], reason: "task_type: required when task_module is 0 (single task)" });
    if (body.task_condition === undefined) out.push({ rule, path: ["task_condition"], reason: "task_condition: required when task_module is 0 (single task)" });
    if (body.task_type !== undefined && body.task_condition !== undefined) {
      const problem = taskConditionProblem(body.task_type, body.task_condition);
      if (problem) out.push({ rule: "task-condition-matches-type", path: ["task_condition"], reason: `task_condition: ${problem}` });
    }
  }
  out.push(...rewardValueViolations(body.reward_type, body.reward_value));
  out.push(...timeWindowViolations(body.start_at, body.end_at, []));
  if (combo && body.child_tasks !== undefined) {
    const children = parseChildTasks(body.child_tasks, { alive_id: body.alive_id, is_order: body.is_order });
    if (!children.ok) out.push(...children.violations);
  }
  return out;
}

/**
 * The refinement layered on the generated task bodies: reports each violation as a zod custom issue
 * whose message is the complete reason and whose `params.rule` names the rule.
 *
 * @example
 * const createLiveTaskBody = TaskCreateRequest.superRefine(refineTaskBody);
 */
export function refineTaskBody(body: TaskBody, ctx: z.RefinementCtx): void {
  for (const violation of taskBodyViolations(body)) {
    ctx.addIssue({ code: "custom", path: [...violation.path], message: violation.reason, params: { rule: violation.rule } });
  }
}
