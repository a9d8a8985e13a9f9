/**
 * Xiaoe live rooms and live tasks in the shared store, scoped by the app that owns them.
 *
 * A combo task is stored as one main task plus one record per child (each with its own numeric id,
 * `parent_id` pointing at the main task). Task ids come from one sequence starting at 1975339 (the id
 * of seed 000's example), main task first, then its children in order.
 */
import { type ChildTaskValue, formatXiaoeDateTime, type XiaoeRequestBody } from "../../../contracts/xiaoe/index.ts";
import { type Awaitable, inOrder } from "../../../util/awaitable.ts";
import type { MockContext } from "../../core/context.ts";
import type { Scope, StoreState } from "../../store/index.ts";

/** The live id of the Xiaoe docs' examples, owned by every configured app. */
export const DEMO_LIVE_ID = "l_696ef6c1e4b0694c5b78ba7b";

/** First task id handed out (seed 000's example `task_id`). */
export const FIRST_TASK_ID = 1975339;

const TASK_SEQUENCE = "xiaoe:live-task";

/** A live room an app owns. */
export interface StoredLive {
  alive_id: string;
  title: string;
}

/** One task (a single task, a combo's main task, or a combo's child) as livemock keeps it. */
export interface StoredTask {
  id: number;
  app_id: string;
  alive_id: string;
  /** The main task's id for a combo child, null otherwise. */
  parent_id: number | null;
  /** Children of a combo main task, in order. */
  child_ids: number[];
  task_module: 0 | 1;
  task_is_major: 0 | 1;
  is_order: 0 | 1;
  /** 0 on a combo's main task (it has no type). */
  task_type: 0 | 1 | 2 | 3 | 4;
  /** "" on a combo's main task. */
  task_condition: string;
  task_title: string;
  /** 0 when the task carries no reward (children of an unordered combo). */
  reward_type: 0 | 1 | 2 | 3 | 4 | 5;
  reward_value: string;
  reward_frequency: string;
  level_member_rank: (string | number)[];
  rule_type: number;
  rule_config: Record<string, string | number>[];
  start_at: string;
  end_at: string;
  /** 0 deleted, 1 normal, 2 stopped. */
  task_state: 0 | 1 | 2;
  created_at: string;
  updated_at: string;
}

/** A validated create or update body (update adds `live_task_id`, which is not stored). */
export type TaskInput = XiaoeRequestBody<"createLiveTask">;

const liveScope = (appId: string): Scope => ({ vendor: "xiaoe", owner: appId, kind: "live" });
const taskScope = (appId: string): Scope => ({ vendor: "xiaoe", owner: appId, kind: "live-task" });

/**
 * Gives each app the demo live room (so the docs' examples work for the demo app and for any app
 * configured through XIAOE_APP_ID or the options).
 *
 * @example
 * seedDemoLives(context);
 */
export function seedDemoLives(context: MockContext): Awaitable<void> {
  return inOrder(context.credentials.xiaoe, (app) =>
    context.store.transact({ vendor: "xiaoe", owner: app.appId }, (state) => putLive(state, app.appId, { alive_id: DEMO_LIVE_ID, title: "livemock demo live" })),
  );
}

/**
 * Stores a live room of an app (a seed file's `lives`).
 *
 * @example
 * putLive(state, "apptrfbbm2m8971", { alive_id: "l_66a0c3e2e4b0d84d1c1f0a11", title: "春季新品直播" });
 */
export function putLive(state: StoreState, appId: string, live: StoredLive): void {
  state.put<StoredLive>(liveScope(appId), live.alive_id, live);
}

/**
 * The app's live room with that id, if it owns one.
 *
 * @example
 * findLive(store, "apptrfbbm2m8971", "l_696ef6c1e4b0694c5b78ba7b")?.title
 */
export function findLive(store: StoreState, appId: string, aliveId: string): StoredLive | undefined {
  return store.get<StoredLive>(liveScope(appId), aliveId);
}

/**
 * The app's task with that id (main task or child), if it owns one.
 *
 * @example
 * findTask(store, appId, 1975339)?.child_ids // [1975340, 1975341]
 */
export function findTask(store: StoreState, appId: string, id: number): StoredTask | undefined {
  return store.get<StoredTask>(taskScope(appId), id);
}

/**
 * The app's top-level tasks of a live room (single tasks and combo main tasks), oldest first.
 *
 * @example
 * mainTasksOf(store, appId, DEMO_LIVE_ID).map((t) => t.id)
 */
export function mainTasksOf(store: StoreState, appId: string, aliveId: string): StoredTask[] {
  return store.list<StoredTask>(taskScope(appId)).filter((t) => t.alive_id === aliveId && t.parent_id === null && t.task_state !== 0);
}

function mainRecord(id: number, appId: string, input: TaskInput, createdAt: string, now: string, childIds: number[]): StoredTask {
  const combo = input.task_module === 1;
  return {
    id,
    app_id: appId,
    alive_id: input.alive_id,
    parent_id: null,
    child_ids: childIds,
    task_module: input.task_module,
    task_is_major: input.task_is_major,
    is_order: input.is_order ?? 0,
    task_type: combo ? 0 : (input.task_type ?? 0),
    task_condition: combo ? "" : (input.task_condition ?? ""),
    task_title: combo ? (input.task_title ?? "") : "",
    reward_type: input.reward_type,
    reward_value: input.reward_value,
    reward_frequency: input.reward_frequency ?? "",
    level_member_rank: input.level_member_rank ?? [],
    rule_type: input.rule_type ?? 0,
    rule_config: input.rule_config ?? [],
    start_at: input.start_at,
    end_at: input.end_at,
    task_state: 1,
    created_at: createdAt,
    updated_at: now,
  };
}

function childRecord(id: number, parent: StoredTask, child: ChildTaskValue, createdAt: string, now: string): StoredTask {
  return {
    id,
    app_id: parent.app_id,
    alive_id: parent.alive_id,
    parent_id: parent.id,
    child_ids: [],
    task_module: 1,
    task_is_major: 1,
    is_order: parent.is_order,
    task_type: child.task_type,
    task_condition: child.task_condition,
    task_title: "",
    reward_type: child.reward_type ?? 0,
    reward_value: child.reward_value ?? "",
    reward_frequency: child.reward_frequency ?? "",
    level_member_rank: [],
    rule_type: child.rule_type ?? 0,
    rule_config: child.rule_config ?? [],
    start_at: child.start_at ?? parent.start_at,
    end_at: child.end_at ?? parent.end_at,
    task_state: 1,
    created_at: createdAt,
    updated_at: now,
  };
}

/**
 * Stores a new task (and, for a combo, its children) and returns the main task.
 *
 * @example
 * const main = createTask(store, appId, body, children, clock.now());
 * main.id // 1975339 on a fresh store
 */
export function createTask(store: StoreState, appId: string, input: TaskInput, children: readonly ChildTaskValue[], now: number): StoredTask {
  const stamp = formatXiaoeDateTime(now);
  const scope = taskScope(appId);
  const id = store.nextId(TASK_SEQUENCE, FIRST_TASK_ID);
  // Plain loops: a single task (no children) then allocates no callback and no extra array.
  const childIds: number[] = [];
  for (let i = 0; i < children.length; i++) childIds.push(store.nextId(TASK_SEQUENCE, FIRST_TASK_ID));
  const main = mainRecord(id, appId, input, stamp, stamp, childIds);
  store.put(scope, id, main);
  for (let i = 0; i < children.length; i++) store.put(scope, childIds[i]!, childRecord(childIds[i]!, main, children[i]!, stamp, stamp));
  return main;
}

/**
 * Replaces a top-level task with a full new parameter set (task.update). The main task keeps its id
 * and creation time; existing children keep their ids by position, extra children get new ids, and
 * children no longer sent are removed.
 *
 * @example
 * replaceTask(store, appId, existing, body, children, clock.now()).child_ids
 */
export function replaceTask(store: StoreState, appId: string, existing: StoredTask, input: TaskInput, children: readonly ChildTaskValue[], now: number): StoredTask {
  const stamp = formatXiaoeDateTime(now);
  const childIds = children.map((_, index) => existing.child_ids[index] ?? store.nextId(TASK_SEQUENCE, FIRST_TASK_ID));
  for (const stale of existing.child_ids.slice(children.length)) store.delete(taskScope(appId), stale);
  const main = mainRecord(existing.id, appId, input, existing.created_at, stamp, childIds);
  store.put(taskScope(appId), main.id, main);
  children.forEach((child, index) => {
    const id = childIds[index]!;
    const createdAt = findTask(store, appId, id)?.created_at ?? stamp;
    store.put(taskScope(appId), id, childRecord(id, main, child, createdAt, stamp));
  });
  return main;
}
