/**
 * The Polyv leniencies a validated body can rely on (./leniencies.ts): tasks without `sort`, the
 * official TS SDK's wider task enums, and lottery fields only its types know. Each comes with the
 * error a server holding to the doc answers instead (`--strict`).
 */
import { strictReason } from "../core/leniency.ts";
import { type PolyvError, polyvError } from "./errors.ts";
import { type PolyvLeniencyId, type PolyvWarning, polyvWarning } from "./leniencies.ts";
import type { PolyvOperationId } from "./validators.ts";

/** A leniency a body relied on, and the answer of a server that holds to the doc. */
export interface PolyvBodyLeniency {
  warning: PolyvWarning;
  error: PolyvError;
}

/** The reach types and reward types seed 001 documents (the spec also has the SDK's). */
const DOC_REACH_TYPES = ["sign", "online"] as const;
const DOC_REWARD_TYPES = ["cash", "custom", "nothing"] as const;

/** Lottery fields the TS SDK's types add to seed 003's table. */
const SDK_LOTTERY_FIELDS = ["activityDurationType", "lotteryOnlineEnabled", "answerType", "showWinnerCode", "showWinners"] as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

function found(out: PolyvBodyLeniency[] | undefined, id: PolyvLeniencyId, detail: string, error: (reason: string) => PolyvError): PolyvBodyLeniency[] {
  const warning = polyvWarning(id, detail);
  const list = out ?? [];
  list.push({ warning, error: error(strictReason(warning)) });
  return list;
}

function enumError(name: string, allowed: readonly string[]) {
  return (reason: string) => polyvError("paramInvalid", { name, reason: `body field ${name}: must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")} (${reason})` });
}

/** The positions (`tasks[0]`) and values of the tasks that rely on one leniency. */
interface Where {
  at: string[];
  values: string[];
}

const push = (where: Where | undefined, at: string, value = ""): Where => {
  const w = where ?? { at: [], values: [] };
  w.at.push(at);
  if (value !== "" && !w.values.includes(value)) w.values.push(value);
  return w;
};

/** The tasks' leniencies, one per id (its positions listed), in the order sort, reach type, reward type. */
function taskLeniencies(tasks: unknown): PolyvBodyLeniency[] | undefined {
  if (!Array.isArray(tasks)) return undefined;
  let noSort: Where | undefined;
  let reach: Where | undefined;
  let reward: Where | undefined;
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i] as unknown;
    if (!isObject(task)) continue;
    if (task.sort === undefined) noSort = push(noSort, `tasks[${i}]`);
    const reachType = isObject(task.reachCondition) ? task.reachCondition.type : undefined;
    if (typeof reachType === "string" && !(DOC_REACH_TYPES as readonly string[]).includes(reachType)) reach = push(reach, `tasks[${i}]`, reachType);
    const rewardType = isObject(task.rewardSetting) ? task.rewardSetting.type : undefined;
    if (typeof rewardType === "string" && !(DOC_REWARD_TYPES as readonly string[]).includes(rewardType)) reward = push(reward, `tasks[${i}]`, rewardType);
  }
  let out: PolyvBodyLeniency[] | undefined;
  if (noSort) {
    const first = `${noSort.at[0]}.sort`;
    out = found(out, "polyv.task.sort-missing", `${noSort.at.join(", ")} ${noSort.at.length === 1 ? "has" : "have"} no sort`, (reason) =>
      polyvError("paramEmpty", { name: first, reason: `body field ${first}: required (${reason})` }),
    );
  }
  if (reach) {
    out = found(out, "polyv.task.sdk-reach-type", `reachCondition.type ${reach.values.join(", ")} in ${reach.at.join(", ")}`, enumError(`${reach.at[0]}.reachCondition.type`, DOC_REACH_TYPES));
  }
  if (reward) {
    out = found(out, "polyv.task.sdk-reward-type", `rewardSetting.type ${reward.values.join(", ")} in ${reward.at.join(", ")}`, enumError(`${reward.at[0]}.rewardSetting.type`, DOC_REWARD_TYPES));
  }
  return out;
}

/** The lottery's SDK-only fields, as one leniency naming them all. */
function lotteryLeniencies(body: Json): PolyvBodyLeniency[] | undefined {
  let set: string[] | undefined;
  for (const field of SDK_LOTTERY_FIELDS) {
    const value = body[field];
    if (value === undefined || value === null) continue;
    set ??= [];
    set.push(`${field}=${JSON.stringify(value)}`);
  }
  if (set === undefined) return undefined;
  const first = set[0]!.slice(0, set[0]!.indexOf("="));
  return found(undefined, "polyv.lottery.sdk-field", `the body sets ${set.join(", ")}, which only the official TS SDK's types know`, (reason) =>
    polyvError("paramInvalid", { name: first, reason: `body field ${first}: not a parameter of the doc (${reason})` }),
  );
}

/**
 * The leniencies a body (already valid against the spec) relies on, in body order; `undefined`
 * when it follows the doc (no list is built then).
 *
 * @example
 * const lenient = polyvBodyLeniencies("saveTaskRewardActivity", { ...body, tasks: [{ reachCondition: { type: "online", amount: 1 }, rewardSetting: { type: "cash", amount: 1 } }] });
 * lenient?.[0]?.warning.id // "polyv.task.sort-missing"
 * lenient?.[0]?.error.desc // "param should not be empty: tasks[0].sort"
 */
export function polyvBodyLeniencies(operation: PolyvOperationId, body: unknown): PolyvBodyLeniency[] | undefined {
  if (!isObject(body)) return undefined;
  switch (operation) {
    case "saveTaskRewardActivity":
    case "updateTaskRewardActivity":
      return taskLeniencies(body.tasks);
    case "createLotteryActivity":
    case "updateLotteryActivity":
      return lotteryLeniencies(body);
    default:
      return undefined;
  }
}
