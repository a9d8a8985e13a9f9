/**
 * Xiaoe-tech scenarios: the token and the live-task lifecycle on a live, the user lookups a live-task
 * integration makes (read-only), and the documented token
 * errors (an unknown token 2008, no token 2007), provoked on a read-only call.
 */
import type { FetchLike, XiaoeParams } from "../../client/index.ts";
import { formatXiaoeDateTime, watchTaskSample } from "../../contracts/xiaoe/index.ts";
import { expectVendorError, xiaoeFields } from "../expect-error.ts";
import type { Scenario } from "../types.ts";
import { expectThat, expectValue } from "../violations.ts";

const DAY = 86_400_000;

/**
 * A fetch that rewrites the `access_token` of every JSON business body before it leaves (the
 * client's own record of the request keeps what it meant to send).
 *
 * @example
 * const noToken = withAccessToken(t.fetch, undefined);
 */
export function withAccessToken(fetchImpl: FetchLike, token: string | undefined): FetchLike {
  return (input, init) => {
    if (typeof init.body !== "string" || !init.body.includes("access_token")) return fetchImpl(input, init);
    const body = JSON.parse(init.body) as Record<string, unknown>;
    if (token === undefined) delete body.access_token;
    else body.access_token = token;
    return fetchImpl(input, { ...init, body: JSON.stringify(body) });
  };
}

const liveTaskLifecycle: Scenario = {
  vendor: "xiaoe",
  id: "xiaoe/live-task",
  title: "access token, then live task: create, get, list, update",
  creates: "1 live task (watch 3 minutes → 10 points, starting tomorrow) on the live; Xiaoe has no delete API, so it stays: use a test live",
  async run(t) {
    const xiaoe = t.clients.xiaoe();
    const aliveId = t.params.xiaoeAliveId;
    await t.step("get an access token", async () => {
      const token = await xiaoe.getAccessToken();
      expectThat("xiaoe", "getAccessToken", "$.data.expires_in", token.expires_in > 0, "a positive lifetime", String(token.expires_in));
    });
    const start = t.now() + DAY;
    const task: XiaoeParams<"createLiveTask"> = watchTaskSample(aliveId, { start_at: formatXiaoeDateTime(start), end_at: formatXiaoeDateTime(start + DAY) });
    const created = await t.step(`create a live task on ${aliveId}`, async () => {
      const data = await xiaoe.createLiveTask(task);
      expectValue("xiaoe", "createLiveTask", "$.data.alive_id", aliveId, data.alive_id);
      return data;
    });
    const taskId = created.task_id;
    await t.step("get it back", async () => {
      const { live_task } = await xiaoe.getLiveTask({ alive_id: aliveId, live_task_id: taskId });
      expectValue("xiaoe", "getLiveTask", "$.data.live_task.id", taskId, live_task.id);
      expectValue("xiaoe", "getLiveTask", "$.data.live_task.task_condition", "3", live_task.task_condition);
    });
    await t.step("find it in the live's task list", async () => {
      const { list } = await xiaoe.listLiveTasks({ alive_id: aliveId });
      expectThat(
        "xiaoe",
        "listLiveTasks",
        "$.data.list",
        list.some((item) => item.id === taskId),
        `a task with id ${taskId}`,
        `ids ${list.map((item) => item.id).join(", ") || "(none)"}`,
      );
    });
    await t.step("update its condition to 5 minutes watched", async () => {
      const data = await xiaoe.updateLiveTask({ ...task, live_task_id: taskId, task_condition: "5" });
      expectValue("xiaoe", "updateLiveTask", "$.data.task_id", taskId, data.task_id);
    });
    await t.step("get the update back", async () => {
      const { live_task } = await xiaoe.getLiveTask({ alive_id: aliveId, live_task_id: taskId });
      expectValue("xiaoe", "getLiveTask", "$.data.live_task.task_condition", "5", live_task.task_condition);
    });
  },
};

const userLookups: Scenario = {
  vendor: "xiaoe",
  id: "xiaoe/users",
  title: "user lookups: list users as the official SDK samples do, then look them up by user_id",
  creates: "",
  async run(t) {
    const xiaoe = t.clients.xiaoe();
    const page = await t.step("list the first 2 users (xe.user.batch.get, the SDK samples' call)", async () => {
      const data = await xiaoe.listUsers({ page: 1, page_size: 2 });
      expectThat("xiaoe", "listUsers", "$.data.list", data.list.length <= 2, "at most page_size users", `${data.list.length} users`);
      expectThat("xiaoe", "listUsers", "$.data.total", data.total >= data.list.length, "a total covering the page", String(data.total));
      return data;
    });
    const ids = page.list.map((user) => user.user_id);
    if (ids.length === 0) return;
    await t.step("look them up by user_id, an unknown id left out", async () => {
      const data = await xiaoe.getUsersByIds({ user_id_list: [...ids, "u_livemock_contract_nobody"], page: 1, page_size: 50 });
      const found = data.list.map((user) => user.user_id);
      expectThat("xiaoe", "getUsersByIds", "$.data.list", ids.every((id, i) => found[i] === id) && found.length === ids.length, `users ${ids.join(", ")}`, found.join(", ") || "(none)");
    });
  },
};

const tokenErrors: Scenario = {
  vendor: "xiaoe",
  id: "xiaoe/errors",
  title: "documented errors: unknown access_token 2008, missing access_token 2007",
  creates: "",
  async run(t) {
    const aliveId = t.params.xiaoeAliveId;
    await t.probe("an unknown access_token is refused: 2008 (the client refreshes once, then gives up)", () =>
      expectVendorError(
        "xiaoe",
        "listLiveTasks",
        t.clients.xiaoe({ fetch: withAccessToken(t.fetch, "xe_0000000000000_livemockContractBogus") }).listLiveTasks({ alive_id: aliveId }),
        xiaoeFields(2008),
      ),
    );
    await t.probe("a call without access_token is refused: 2007", () =>
      expectVendorError("xiaoe", "listLiveTasks", t.clients.xiaoe({ fetch: withAccessToken(t.fetch, undefined) }).listLiveTasks({ alive_id: aliveId }), xiaoeFields(2007)),
    );
  },
};

/** Every Xiaoe scenario, in run order. */
export const xiaoeScenarios: readonly Scenario[] = [liveTaskLifecycle, userLookups, tokenErrors];
