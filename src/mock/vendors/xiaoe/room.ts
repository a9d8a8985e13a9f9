/**
 * Xiaoe's part of live rooms (src/mock/rooms/types.ts): a room plays one live (`alive_id`) of an app.
 * Its viewers are WeChat users of the shop (`u_…` ids); what they do completes the live's tasks
 * (room-progress.ts), and each step writes to the store what the vendor's APIs show:
 *
 * - `task-completion`: one record per viewer and task completed, with its reward (the `live_task` push's fields);
 * - `live-user`: each viewer's watch time and comments on the live (the `alive_user_data` push's fields);
 * - `user`: each viewer as a user of the shop, so xe.user.batch.get and batch_by_user_id.get find them.
 *
 * Events: the core records the crowd's moves and the start and end; the driver adds `task.completed` on
 * `{kind: "live-task", id}` with the user, the task, the completion time and the reward (the `live_task`
 * push's fields). {@link xiaoeCrowdData} is what the crowd's events should carry for Xiaoe (the
 * `alive_user_data` push's watch data on `viewer.left`), once the core asks drivers for it.
 */
import { parseXiaoeDateTime } from "../../../contracts/xiaoe/index.ts";
import { type Awaitable, andThen } from "../../../util/awaitable.ts";
import type { MockContext } from "../../core/context.ts";
import type { CrowdEventType, RoomDriver, RoomHandle, RoomInput, RoomViewer } from "../../rooms/types.ts";
import { checkWatch, onAction, refreshWatchTimers, roomMemory, type WatchTimer, type XiaoeRoomMemory } from "./room-progress.ts";
import { type CountedAction, describeNeed, loadRoomTasks, type RoomTask } from "./room-tasks.ts";
import { liveUserRecord, newViewerState, shopUserRecord, type ViewerState, xiaoeViewer } from "./room-viewers.ts";
import { DEMO_LIVE_ID, findLive } from "./task-state.ts";
import { completionsOf, findUser, putLiveUser, putTaskCompletion, putUser } from "./user-state.ts";

const COUNTED: ReadonlySet<CrowdEventType> = new Set<CrowdEventType>(["comment", "like", "sign-in", "share"]);

/** The first app (in the order the mock accepts them) that owns the live. */
function ownerOf(context: MockContext, aliveId: string, index = 0): Awaitable<{ owner: string; live: string; title?: string } | undefined> {
  const app = context.credentials.xiaoe[index];
  if (!app) return undefined;
  const found = context.store.transact({ vendor: "xiaoe", owner: app.appId }, (state) => findLive(state, app.appId, aliveId));
  return andThen(found, (live) => (live ? { owner: app.appId, live: live.alive_id, title: live.title } : ownerOf(context, aliveId, index + 1)));
}

function leave(memory: XiaoeRoomMemory, room: RoomHandle, viewer: ViewerState, now: number): void {
  if (viewer.since === null) return;
  checkWatch(memory, room, viewer, now);
  viewer.visits.push([viewer.since, now]);
  viewer.since = null;
  memory.dirty[viewer.id] = true;
}

function join(memory: XiaoeRoomMemory, room: RoomHandle, who: RoomViewer, now: number): ViewerState {
  let viewer = memory.viewers[who.id];
  if (viewer === undefined) {
    viewer = newViewerState(who, now);
    memory.viewers[who.id] = viewer;
  } else if (viewer.since === null) {
    viewer.since = now;
    viewer.lastIn = now;
  } else {
    return viewer;
  }
  memory.dirty[viewer.id] = true;
  refreshWatchTimers(memory, room, viewer, now);
  return viewer;
}

function counted(memory: XiaoeRoomMemory, room: RoomHandle, viewer: ViewerState, action: CountedAction, now: number): void {
  if (action === "comment") viewer.comments += 1;
  else if (action === "like") viewer.likes += 1;
  else if (action === "sign-in") viewer.signIns += 1;
  else viewer.shares += 1;
  memory.dirty[viewer.id] = true;
  onAction(memory, room, viewer, action, now);
}

function handleCrowd(memory: XiaoeRoomMemory, room: RoomHandle, input: Extract<RoomInput, { kind: "crowd" }>): void {
  if (input.type === "viewer.joined") {
    join(memory, room, input.viewer, input.at);
    return;
  }
  const known = memory.viewers[input.viewer.id];
  if (input.type === "viewer.left") {
    if (known) leave(memory, room, known, input.at);
    return;
  }
  // A move from someone not in the room: they are in it now [inferred: the crowd joins viewers first].
  const viewer = known?.since != null ? known : join(memory, room, input.viewer, input.at);
  if (COUNTED.has(input.type)) counted(memory, room, viewer, input.type as CountedAction, input.at);
}

function isWatchTimer(payload: unknown): payload is WatchTimer {
  return typeof payload === "object" && payload !== null && typeof (payload as WatchTimer).watch === "number" && typeof (payload as WatchTimer).viewer === "string";
}

/** One task's progress for the dashboard. */
function taskProgress(memory: XiaoeRoomMemory, task: RoomTask): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: task.id,
    title: task.taskTitle || describeNeed(task.need),
    condition: describeNeed(task.need),
    task_state: task.state,
    window: [task.startAt, task.endAt],
    reward: task.rewardType === 0 ? null : { reward_type: task.rewardType, reward_value: task.rewardValue },
    completed: Object.keys(memory.done[task.id] ?? {}).length,
  };
  if (task.childIds.length > 0) {
    view.is_order = task.ordered ? 1 : 0;
    view.children = task.childIds.flatMap((id) => (memory.tasks.byId[id] ? [taskProgress(memory, memory.tasks.byId[id]!)] : []));
  }
  return view;
}

/**
 * What a crowd event should carry for Xiaoe, computed before the driver handles the move (the core
 * records the event first): on `viewer.left` the viewer's `alive_user_data` counters (watch times in
 * seconds, first/last entry, comments), on `viewer.joined` the user, on `comment` the comment count.
 * The core calls it as `RoomDriver.crowdData` and merges the result into the crowd event's data.
 *
 * @example
 * xiaoeCrowdData({ kind: "crowd", type: "viewer.left", at, viewer }, room) // { user_id, his_learning_time: 1800, ... }
 */
export function xiaoeCrowdData(input: Extract<RoomInput, { kind: "crowd" }>, room: RoomHandle): Record<string, unknown> | undefined {
  const memory = roomMemory(room);
  const viewer = memory.viewers[input.viewer.id];
  if (input.type === "viewer.joined") return { user_id: input.viewer.id, nickname: input.viewer.nickname, avatar: input.viewer.avatar, alive_id: room.live };
  if (!viewer) return undefined;
  if (input.type === "viewer.left") {
    return { ...liveUserRecord(viewer, room.live, input.at), visit_seconds: viewer.since === null ? 0 : Math.floor((input.at - viewer.since) / 1000) };
  }
  if (input.type === "comment") return { user_id: viewer.id, comment_num: viewer.comments + 1 };
  return { user_id: viewer.id };
}

/** Xiaoe's room driver, with the data it proposes for the core's crowd events. */
export type XiaoeRoomDriver = RoomDriver & { crowdData: typeof xiaoeCrowdData };

/**
 * Xiaoe's room driver.
 *
 * @example
 * const rooms = createXiaoeRoomDriver(context);
 * await rooms.findLive("l_696ef6c1e4b0694c5b78ba7b"); // { owner: "apptrfbbm2m8971", live: "l_696ef6c1e4b0694c5b78ba7b", title: "livemock demo live" }
 */
export function createXiaoeRoomDriver(context: MockContext): XiaoeRoomDriver {
  return {
    liveField: "alive_id",
    demoLives: [DEMO_LIVE_ID],
    actions: {},
    crowdData: xiaoeCrowdData,
    findLive: (live) => ownerOf(context, live),
    viewer: xiaoeViewer,

    prepare(room) {
      const memory = roomMemory(room);
      return context.store.transact({ vendor: "xiaoe", owner: room.owner }, (state) => {
        const tasks = loadRoomTasks(state, room.owner, room.live);
        if (JSON.stringify(tasks) !== JSON.stringify(memory.tasks)) {
          memory.tasks = tasks;
          // Set every online viewer's watch timers again as of the last input (what they watched
          // since then counts from there), whatever input comes next.
          if (!memory.refreshAll && Object.values(memory.viewers).some((viewer) => viewer.since !== null)) room.schedule(memory.now, { refresh: true });
          memory.refreshAll = true;
        }
        // Completions written by earlier rooms on the live count too (once per viewer and task).
        for (const completion of completionsOf(state, room.owner, room.live)) {
          memory.done[completion.task_id] ??= {};
          memory.done[completion.task_id]![completion.user_id] ??= { at: parseXiaoeDateTime(completion.completed_at) ?? 0, input: -1 };
        }
      });
    },

    handle(input, room) {
      const memory = roomMemory(room);
      memory.input += 1;
      memory.now = input.at;
      if (memory.refreshAll) {
        memory.refreshAll = false;
        for (const viewer of Object.values(memory.viewers)) refreshWatchTimers(memory, room, viewer, input.at);
      }
      if (input.kind === "crowd") handleCrowd(memory, room, input);
      else if (input.kind === "timer") {
        if (!isWatchTimer(input.payload)) return;
        const viewer = memory.viewers[input.payload.viewer];
        if (memory.timers[`${input.payload.viewer}:${input.payload.watch}`] === input.at) delete memory.timers[`${input.payload.viewer}:${input.payload.watch}`];
        if (viewer) checkWatch(memory, room, viewer, input.at);
      } else if (input.kind === "end") {
        // The core has let everyone leave; a viewer it did not tell about leaves now.
        for (const viewer of Object.values(memory.viewers)) leave(memory, room, viewer, input.at);
      }
    },

    commit(room) {
      const memory = roomMemory(room);
      const pending = memory.pending;
      // Online viewers' watch time grows without a move: their records are written on every step.
      const dirty = Object.values(memory.viewers)
        .filter((viewer) => viewer.since !== null || memory.dirty[viewer.id])
        .map((viewer) => viewer.id);
      if (pending.length === 0 && dirty.length === 0) return;
      memory.pending = [];
      memory.dirty = {};
      return context.store.transact({ vendor: "xiaoe", owner: room.owner }, (state) => {
        for (const completion of pending) putTaskCompletion(state, room.owner, completion);
        for (const id of dirty) {
          const viewer = memory.viewers[id]!;
          putLiveUser(state, room.owner, liveUserRecord(viewer, room.live, memory.now));
          if (!findUser(state, room.owner, id)) putUser(state, room.owner, shopUserRecord(viewer));
        }
      });
    },

    view(room) {
      const memory = roomMemory(room);
      const viewers = Object.values(memory.viewers);
      return {
        alive_id: room.live,
        viewers: { seen: viewers.length, online: viewers.filter((v) => v.since !== null).length },
        tasks: memory.tasks.topIds.flatMap((id) => (memory.tasks.byId[id] ? [taskProgress(memory, memory.tasks.byId[id]!)] : [])),
      };
    },
  };
}
