/**
 * The live-task operations over validated bodies: create, update (full replace), get, and the 2.0 list.
 * Auth, rate limits and body validation happened before these run.
 */
import {
  type ChildTaskValue,
  generateRequestId,
  liveTaskListSuccess,
  parseChildTasks,
  taskCreateSuccess,
  taskGetSuccess,
  taskUpdateSuccess,
  type XiaoeRequestBody,
} from "../../../contracts/xiaoe/index.ts";
import type { MockContext } from "../../core/context.ts";
import type { VendorResponse } from "../../core/vendor.ts";
import type { StoreState } from "../../store/index.ts";
import { fail, succeeded } from "./respond.ts";
import { createTask, findLive, findTask, mainTasksOf, replaceTask, type TaskInput } from "./task-state.ts";
import { listItemView, liveTaskView } from "./task-views.ts";

/** The children of a validated combo body (none for a single task). */
function childrenOf(input: TaskInput): ChildTaskValue[] | string {
  if (input.task_module !== 1 || input.child_tasks === undefined) return [];
  const parsed = parseChildTasks(input.child_tasks, { alive_id: input.alive_id, is_order: input.is_order });
  return parsed.ok ? parsed.children : (parsed.violations[0]?.reason ?? "child_tasks: invalid");
}

const noLive = (aliveId: string, appId: string) => `alive_id: live ${aliveId} does not exist for app ${appId}`;

/**
 * task.create: stores the task (and a combo's children) and answers the main task's id.
 * An unknown live keeps the create failure message (创建直播任务失败); the reason says why.
 *
 * @example
 * createLiveTask(context, state, appId, body) // { status: 200, body: { code: 0, msg: "操作成功", data: { task_id: 1975339, alive_id } } }
 */
export function createLiveTask(context: MockContext, state: StoreState, appId: string, body: XiaoeRequestBody<"createLiveTask">): VendorResponse {
  const served = { operation: "createLiveTask", owner: appId };
  if (!findLive(state, appId, body.alive_id)) return fail("taskCreateFailed", noLive(body.alive_id, appId), served);
  const children = childrenOf(body);
  if (typeof children === "string") return fail("taskCreateFailed", children, served);
  const main = createTask(state, appId, body, children, context.clock.now());
  return succeeded(taskCreateSuccess({ task_id: main.id, alive_id: main.alive_id }), served);
}

/**
 * task.update: replaces a top-level task (single or combo main) with the full new parameter set.
 * Unknown live → 编辑直播任务失败; unknown task, another live's or another app's → 直播任务不存在;
 * a combo child's id → 编辑直播任务失败 (update the main task).
 *
 * @example
 * updateLiveTask(context, state, appId, { ...body, live_task_id: 1975339 })
 */
export function updateLiveTask(context: MockContext, state: StoreState, appId: string, body: XiaoeRequestBody<"updateLiveTask">): VendorResponse {
  const served = { operation: "updateLiveTask", owner: appId };
  if (!findLive(state, appId, body.alive_id)) return fail("taskUpdateFailed", noLive(body.alive_id, appId), served);
  const existing = findTask(state, appId, body.live_task_id);
  if (!existing || existing.alive_id !== body.alive_id || existing.task_state === 0) {
    return fail("liveTaskNotFound", `live_task_id: no task ${body.live_task_id} in live ${body.alive_id} for app ${appId}`, served);
  }
  if (existing.parent_id !== null) {
    return fail("taskUpdateFailed", `live_task_id: ${existing.id} is a child of combo task ${existing.parent_id}; update the main task with the full child_tasks`, served);
  }
  const { live_task_id: _id, ...input } = body;
  const children = childrenOf(input);
  if (typeof children === "string") return fail("taskUpdateFailed", children, served);
  const main = replaceTask(state, appId, existing, input, children, context.clock.now());
  return succeeded(taskUpdateSuccess({ task_id: main.id, alive_id: main.alive_id }), served);
}

/**
 * task.get: one task (a top-level task or a combo child) with a fresh `request_id`.
 *
 * @example
 * getLiveTask(context, state, appId, { access_token, alive_id, live_task_id: 1975339 })
 */
export function getLiveTask(context: MockContext, state: StoreState, appId: string, body: XiaoeRequestBody<"getLiveTask">): VendorResponse {
  const served = { operation: "getLiveTask", owner: appId };
  if (!findLive(state, appId, body.alive_id)) return fail("liveNotFound", noLive(body.alive_id, appId), served);
  const task = findTask(state, appId, body.live_task_id);
  if (!task || task.alive_id !== body.alive_id) {
    return fail("liveTaskNotFound", `live_task_id: no task ${body.live_task_id} in live ${body.alive_id} for app ${appId}`, served);
  }
  return succeeded(
    taskGetSuccess(
      liveTaskView(task),
      generateRequestId(() => context.random.next()),
    ),
    served,
  );
}

/**
 * live_task_by_id 2.0: the live room's top-level tasks, oldest first, combo children nested;
 * `is_open_task` is 1 once the live has a task.
 *
 * @example
 * listLiveTasks(context, state, appId, { access_token, alive_id: "l_696ef6c1e4b0694c5b78ba7b" })
 */
export function listLiveTasks(_context: MockContext, state: StoreState, appId: string, body: XiaoeRequestBody<"listLiveTasks">): VendorResponse {
  const served = { operation: "listLiveTasks", owner: appId };
  if (!findLive(state, appId, body.alive_id)) return fail("liveNotFound", noLive(body.alive_id, appId), served);
  const list = mainTasksOf(state, appId, body.alive_id).map((task) => listItemView(task, (id) => findTask(state, appId, id)));
  return succeeded(liveTaskListSuccess({ is_open_task: list.length > 0 ? 1 : 0, list }), served);
}
