/**
 * Which `task_condition` values each `task_type` accepts (seed 000, "单项任务/子任务参数说明").
 */

/** The condition table: a kind name and its accepted values (`null` = any positive integer of minutes). */
export const TASK_CONDITIONS = {
  1: { kind: "watch", values: null },
  2: { kind: "interaction", values: ["1", "2", "21", "22", "3"] },
  3: { kind: "consumption", values: ["4", "5"] },
  4: { kind: "activity", values: ["6", "7", "8", "9", "10"] },
} as const satisfies Record<number, { kind: string; values: readonly string[] | null }>;

/** A documented task type. */
export type TaskType = keyof typeof TASK_CONDITIONS;

/** A watch task's condition: minutes as a positive integer. */
const MINUTES = /^[1-9][0-9]*$/;

function isTaskType(value: number): value is TaskType {
  return Object.hasOwn(TASK_CONDITIONS, value);
}

/**
 * Explains why a condition does not fit a task type, or returns undefined when it fits.
 * (An unknown task type is the schema's business, not this rule's, and returns undefined.)
 *
 * @example
 * taskConditionProblem(2, "99") // "\"99\" is not valid for task_type 2 (interaction: 1, 2, 21, 22, 3)"
 * taskConditionProblem(1, "3") // undefined (watch 3 minutes)
 */
export function taskConditionProblem(taskType: number, condition: string): string | undefined {
  if (!isTaskType(taskType)) return undefined;
  const entry = TASK_CONDITIONS[taskType];
  if (entry.values === null) {
    return MINUTES.test(condition) ? undefined : `${JSON.stringify(condition)} is not valid for task_type ${taskType} (${entry.kind}: minutes as a positive integer)`;
  }
  return (entry.values as readonly string[]).includes(condition) ? undefined : `${JSON.stringify(condition)} is not valid for task_type ${taskType} (${entry.kind}: ${entry.values.join(", ")})`;
}
