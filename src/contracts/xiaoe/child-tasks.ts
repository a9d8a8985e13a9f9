/**
 * A combo task's `child_tasks`: a JSON string of an array of child tasks. Each child is checked with
 * the generated `ChildTask` schema and the child rules of the spec.
 */
import type { z } from "zod";
import { ChildTask } from "../generated/xiaoe.zod.ts";
import { timeWindowViolations } from "./date-time.ts";
import { describeIssue } from "./describe-issue.ts";
import { rewardValueViolations } from "./reward-value.ts";
import type { RuleViolation } from "./rule-violation.ts";
import { taskConditionProblem } from "./task-condition.ts";

/** A decoded child task. */
export type ChildTaskValue = z.output<typeof ChildTask>;

/** What the children must agree with on their main task. */
export interface MainTaskContext {
  alive_id: string;
  /** The main task's `is_order` (absent = unordered). */
  is_order?: 0 | 1 | undefined;
}

/** Outcome of {@link parseChildTasks}. */
export type ChildTasksResult = { ok: true; children: ChildTaskValue[] } | { ok: false; violations: RuleViolation[] };

const PATH = ["child_tasks"] as const;

/** Rules for one child that the generated schema cannot express. */
function childRuleViolations(child: ChildTaskValue, index: number, main: MainTaskContext): RuleViolation[] {
  const label = `child_tasks[${index}].`;
  const out: RuleViolation[] = [];
  const problem = taskConditionProblem(child.task_type, child.task_condition);
  if (problem) out.push({ rule: "task-condition-matches-type", path: PATH, reason: `${label}task_condition: ${problem}` });
  const ordered = main.is_order === 1;
  if (!ordered) {
    for (const key of ["reward_type", "reward_value"] as const) {
      if (child[key] !== undefined) {
        out.push({ rule: "unordered-children-no-reward", path: PATH, reason: `${label}${key}: not allowed in an unordered combo (is_order 0): the main task carries the single reward` });
      }
    }
  } else {
    if (child.reward_type !== undefined && child.reward_value === undefined) {
      out.push({ rule: "child-reward-pair", path: PATH, reason: `${label}reward_value: required when reward_type is given` });
    }
    if (child.reward_value !== undefined && child.reward_type === undefined) {
      out.push({ rule: "child-reward-pair", path: PATH, reason: `${label}reward_type: required when reward_value is given` });
    }
    if (child.reward_type !== undefined && child.reward_value !== undefined) out.push(...rewardValueViolations(child.reward_type, child.reward_value, PATH, label));
  }
  if (child.alive_id !== undefined && child.alive_id !== main.alive_id) {
    out.push({ rule: "child-matches-main", path: PATH, reason: `${label}alive_id: ${JSON.stringify(child.alive_id)} differs from the main task's alive_id ${JSON.stringify(main.alive_id)}` });
  }
  out.push(...timeWindowViolations(child.start_at, child.end_at, PATH, label));
  return out;
}

/**
 * Decodes a combo's `child_tasks` string and checks every child against `ChildTask` and the child rules
 * (condition fits type, rewards only in ordered combos and in pairs, each reward_value fit for its
 * reward_type, same live, time window).
 *
 * @example
 * parseChildTasks('[{"task_type":2,"task_condition":"99"}]', { alive_id: "l_x", is_order: 0 })
 * // { ok: false, violations: [{ rule: "task-condition-matches-type",
 * //   reason: "child_tasks[0].task_condition: \"99\" is not valid for task_type 2 (interaction: 1, 2, 21, 22, 3)" }] }
 */
export function parseChildTasks(childTasks: string, main: MainTaskContext): ChildTasksResult {
  const rule = "child-tasks-json-array";
  let decoded: unknown;
  try {
    decoded = JSON.parse(childTasks);
  } catch {
    return { ok: false, violations: [{ rule, path: PATH, reason: "child_tasks: not valid JSON (a JSON string of an array of child tasks is required)" }] };
  }
  if (!Array.isArray(decoded)) {
    return {
      ok: false,
      violations: [
        { rule, path: PATH, reason: `child_tasks: must encode a JSON array of child tasks, got ${decoded !== null && typeof decoded === "object" ? "an object" : JSON.stringify(decoded)}` },
      ],
    };
  }
  if (decoded.length === 0) {
    return { ok: false, violations: [{ rule, path: PATH, reason: "child_tasks: must encode at least one child task" }] };
  }
  const children: ChildTaskValue[] = [];
  const violations: RuleViolation[] = [];
  decoded.forEach((element: unknown, index) => {
    if (element === null || typeof element !== "object" || Array.isArray(element)) {
      violations.push({ rule, path: PATH, reason: `child_tasks[${index}]: must be an object` });
      return;
    }
    const parsed = ChildTask.safeParse(element);
    if (!parsed.success) {
      violations.push(...parsed.error.issues.map((issue) => ({ rule: "child-task-schema", path: PATH, reason: describeIssue(issue, element, ["child_tasks", index]) })));
      return;
    }
    children.push(parsed.data);
    violations.push(...childRuleViolations(parsed.data, index, main));
  });
  return violations.length ? { ok: false, violations } : { ok: true, children };
}
