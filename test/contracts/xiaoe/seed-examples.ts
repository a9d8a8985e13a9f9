/**
 * The seed 000 examples as the spec carries them (verbatim), for the Xiaoe contract tests.
 */
import { specExamples } from "../../support/spec-walk.ts";

export type Body = Record<string, unknown>;

function example(operationId: string, name: string): Body {
  const found = specExamples("xiaoe").find((e) => e.operationId === operationId && e.where === "request" && e.name === name);
  if (!found) throw new Error(`specs/xiaoe.yaml has no ${operationId} request example "${name}"`);
  return structuredClone(found.value) as Body;
}

/** 单项任务示例: watch 3 minutes, custom-prize reward. */
export const singleTask = (): Body => example("createLiveTask", "singleTask");
/** 无序组合任务示例: reward on the main task, two children without rewards. */
export const unorderedCombo = (): Body => example("createLiveTask", "unorderedCombo");
/** 有序组合任务示例 as printed: app_id + live_task_id, no access_token. */
export const orderedComboDefect = (): Body => example("createLiveTask", "orderedComboDocDefect");

/** The children of a combo body, decoded. */
export function childrenOf(body: Body): Body[] {
  return JSON.parse(body.child_tasks as string) as Body[];
}

/** A copy of `body` whose `child_tasks` string is re-encoded from `children`. */
export function withChildren(body: Body, children: Body[]): Body {
  return { ...body, child_tasks: JSON.stringify(children) };
}
