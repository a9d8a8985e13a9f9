/**
 * A user drives every Xiaoe-tech operation through the typed client against the mock, over real HTTP
 * and in-process: the client fetches the token itself and puts it in each JSON body.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { XiaoeClient, XiaoeParams } from "../../src/client/index.ts";
import { watchTaskSample } from "../../src/contracts/xiaoe/index.ts";
import { type MockTarget, mockTarget, TRANSPORTS, xiaoeClient } from "./support.ts";

const LIVE = "l_696ef6c1e4b0694c5b78ba7b";

const singleTask: XiaoeParams<"createLiveTask"> = watchTaskSample(LIVE);

describe.each(TRANSPORTS)("Xiaoe client against the mock (%s)", (transport) => {
  let target: MockTarget;
  let xiaoe: XiaoeClient;
  beforeEach(async () => {
    target = await mockTarget(transport);
    xiaoe = xiaoeClient(target);
  });
  afterEach(() => target.close());

  it("gets an access token in Xiaoe's format", async () => {
    const token = await xiaoe.getAccessToken();
    expect(token.access_token).toMatch(/^xe_[0-9a-f]{13}_[0-9A-Za-z]+$/);
    expect(token.expires_in).toBe(7200);
  });

  it("creates, gets, lists and updates a live task", async () => {
    const created = await xiaoe.createLiveTask(singleTask);
    expect(created).toMatchObject({ alive_id: LIVE });
    expect(typeof created.task_id).toBe("number");

    const got = await xiaoe.getLiveTask({ alive_id: LIVE, live_task_id: created.task_id });
    expect(got.live_task).toMatchObject({ id: created.task_id, alive_id: LIVE, task_type: 1, task_condition: "3" });

    const list = await xiaoe.listLiveTasks({ alive_id: LIVE });
    expect(list.list.some((task) => task.id === created.task_id)).toBe(true);

    const updated = await xiaoe.updateLiveTask({ ...singleTask, live_task_id: created.task_id, task_condition: "5" });
    expect(updated).toMatchObject({ task_id: created.task_id, alive_id: LIVE });
    expect((await xiaoe.getLiveTask({ alive_id: LIVE, live_task_id: created.task_id })).live_task.task_condition).toBe("5");
  });

  it("returns the envelope through request(), including get's top-level request_id", async () => {
    const { task_id } = await xiaoe.createLiveTask(singleTask);
    const result = await xiaoe.request("getLiveTask", { alive_id: LIVE, live_task_id: task_id });
    expect(result.envelope.code).toBe(0);
    expect(typeof result.envelope.request_id).toBe("string");
    const token = await xiaoe.request("getAccessToken");
    expect(token.envelope).toMatchObject({ code: 0, msg: "success" });
  });

  it("lists the shop's users as the official SDK samples do, then looks the first two up by id", async () => {
    const page = await xiaoe.listUsers({ page: 1, page_size: 2 });
    expect(page.list).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(2);
    const ids = page.list.map((user) => user.user_id);
    const found = await xiaoe.getUsersByIds({ user_id_list: [...ids, "u_unknown"], page: 1, page_size: 50 });
    expect(found.list.map((user) => user.user_id)).toEqual(ids);
    expect(found.list[0]).toMatchObject({ user_nickname: page.list[0]!.user_nickname, wx_open_id: expect.any(String) });
  });

  it("throws XiaoeError 参数错误 with the reason for a page_size over 50", async () => {
    const error = await xiaoe.listUsers({ page: 1, page_size: 51 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 1, msg: "参数错误", reason: expect.stringMatching(/^page_size/) });
  });

  it("keeps the secret key and tokens out of what onExchange observers see", async () => {
    const seen: string[] = [];
    const observed = xiaoeClient(target, { onExchange: (x) => seen.push(`${x.request.url} ${x.request.body ?? ""} ${x.response?.body ?? ""}`) });
    const token = await observed.getAccessToken();
    await observed.listLiveTasks({ alive_id: LIVE });
    expect(seen).toHaveLength(2);
    for (const line of seen) {
      expect(line).not.toContain("livemock-xiaoe-secret");
      expect(line).not.toContain(token.access_token);
    }
  });
});
