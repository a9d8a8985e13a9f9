/**
 * The shape every Xiaoe cross-field rule reports, so the refinements, `validateRequest` and the mock
 * speak about a failure the same way.
 */

/** One broken rule. */
export interface RuleViolation {
  /** Name of the rule as listed in the spec's `x-livemock-rules` (e.g. `task-condition-matches-type`). */
  readonly rule: string;
  /** Path of the offending field in the parsed request (the top-level body field first). */
  readonly path: readonly PropertyKey[];
  /** Complete reason naming the field, e.g. `child_tasks[1].task_condition: "99" is not valid for task_type 2 (…)`. */
  readonly reason: string;
}
