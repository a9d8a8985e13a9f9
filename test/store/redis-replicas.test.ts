/**
 * Several `livemock serve --store redis://...` replicas sharing one Redis behave as one environment:
 * what one creates the others read, update and delete; a token from one works on another; ids stay
 * unique under concurrent creates; a vendor's rate limit counts across replicas; reset, fault rules
 * and the clock apply to all; a replica killed mid-burst loses no acknowledged write.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPolyvClient } from "../../src/client/index.ts";
import type { CliServer } from "../support/cli.ts";
import { DEMO_LIVE, flushRedis, startReplica, taskBody, testRedisUrl, XIAOE, xiaoePost, xiaoeToken } from "./support.ts";

const url = testRedisUrl(1);
let replicas: CliServer[] = [];

async function start(count: number, args: string[] = []): Promise<CliServer[]> {
  // The first replica seeds the environment; starting them together exercises the init lease.
  replicas = await Promise.all(Array.from({ length: count }, () => startReplica(url, args)));
  return replicas;
}

beforeEach(async () => flushRedis(url));
afterEach(async () => {
  await Promise.all(replicas.map((r) => r.stop("SIGKILL")));
  replicas = [];
});

// Replicas start through tsx (a few seconds each on a loaded machine): room for that in every test.
describe("replicas over one Redis", { timeout: 120_000 }, () => {
  it("share objects and tokens: create on one, read, update and delete on another", async () => {
    const [a, b, c] = await start(3);
    const token = await xiaoeToken(a!.url);
    const created = await xiaoePost(a!.url, XIAOE.create, taskBody(token, "3"));
    expect(created.json.code, created.reason ?? "").toBe(0);
    const id = created.json.data.task_id as number;

    const read = await xiaoePost(b!.url, XIAOE.get, { access_token: token, alive_id: DEMO_LIVE, live_task_id: id });
    expect(read.json.code, read.reason ?? "").toBe(0);
    expect(read.json.data.live_task).toMatchObject({ id, task_condition: "3" });

    const updated = await xiaoePost(c!.url, XIAOE.update, { ...taskBody(token, "7"), live_task_id: id });
    expect(updated.json.code, updated.reason ?? "").toBe(0);
    const again = await xiaoePost(a!.url, XIAOE.get, { access_token: token, alive_id: DEMO_LIVE, live_task_id: id });
    expect(again.json.data.live_task.task_condition).toBe("7");

    // Polyv through the typed client: save on A, page on B, delete on C, gone on A.
    const polyvOn = (replica: CliServer) => createPolyvClient({ baseUrl: replica.url, appId: "frlr1zazn3", appSecret: "livemock-polyv-secret", env: {} });
    const from = Date.now() + 3_600_000;
    const activity = {
      channelId: 4854808,
      activityName: "签到有礼",
      taskRule: 2 as const,
      startTime: from,
      endTime: from + 3_600_000,
      tasks: [{ sort: 1, reachCondition: { type: "online" as const, amount: 30 }, rewardSetting: { type: "custom" as const, amount: 1, customReward: "优惠券" } }],
    };
    const activityId = await polyvOn(a!).saveTaskRewardActivity(activity);
    expect((await polyvOn(b!).pageTaskRewardActivities({ channelId: 4854808 })).contents.map((x) => x.activityId)).toContain(activityId);
    expect(await polyvOn(c!).deleteTaskRewardActivity({ activityId })).toBeNull();
    expect((await polyvOn(a!).pageTaskRewardActivities({ channelId: 4854808 })).contents.map((x) => x.activityId)).not.toContain(activityId);
  });

  it("gives 1,000 concurrent creates spread over three replicas unique ids, all read back", async () => {
    const all = await start(3, ["--no-rate-limits"]);
    const token = await xiaoeToken(all[0]!.url);
    const answers = await Promise.all(Array.from({ length: 1000 }, (_, i) => xiaoePost(all[i % 3]!.url, XIAOE.create, taskBody(token, String(1 + (i % 50))))));
    const failed = answers.filter((a) => a.json.code !== 0);
    expect(failed.map((f) => f.reason)).toEqual([]);
    const ids = answers.map((a) => a.json.data.task_id as number);
    expect(new Set(ids).size).toBe(1000);
    const listed = await xiaoePost(all[1]!.url, XIAOE.list, { access_token: token, alive_id: DEMO_LIVE });
    expect(listed.json.code, listed.reason ?? "").toBe(0);
    const listedIds = new Set((listed.json.data.list as { id: number }[]).map((t) => t.id));
    expect(ids.filter((id) => !listedIds.has(id))).toEqual([]);
  });

  it("counts a vendor's rate limit across replicas", async () => {
    const [a, b] = await start(2);
    const token = await xiaoeToken(a!.url);
    // task.get: 50 per 10 s per app. 30 on each replica: 10 must be refused with 2053.
    const body = { access_token: token, alive_id: DEMO_LIVE, live_task_id: 1 };
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => xiaoePost(i % 2 ? a!.url : b!.url, XIAOE.get, body)));
    const limited = answers.filter((r) => r.json.code === 2053);
    expect(limited.length).toBe(10);
  });

  it("applies reset, fault rules and the clock on one replica to all", async () => {
    const [a, b] = await start(2);
    const token = await xiaoeToken(a!.url);
    const id = (await xiaoePost(a!.url, XIAOE.create, taskBody(token))).json.data.task_id as number;

    const fault = await fetch(`${b!.url}/__livemock/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ vendor: "xiaoe", kind: "fail-next", count: 1 }),
    });
    expect(fault.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const faulted = await xiaoePost(a!.url, XIAOE.get, { access_token: token, alive_id: DEMO_LIVE, live_task_id: id });
    expect(faulted.json.code).not.toBe(0);
    expect(faulted.reason).toMatch(/fault/);
    // The rule's one call is spent: the next call, on either replica, passes.
    expect((await xiaoePost(b!.url, XIAOE.get, { access_token: token, alive_id: DEMO_LIVE, live_task_id: id })).json.code).toBe(0);

    await fetch(`${a!.url}/__livemock/clock/advance`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ hours: 3 }) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const clock = (await (await fetch(`${b!.url}/__livemock/clock`)).json()) as { offsetMs: number };
    expect(clock.offsetMs).toBe(3 * 3_600_000);
    // Three hours later the token (7200 s) has expired on every replica.
    expect((await xiaoePost(b!.url, XIAOE.get, { access_token: token, alive_id: DEMO_LIVE, live_task_id: id })).json.code).toBe(2008);

    expect((await fetch(`${b!.url}/__livemock/reset`, { method: "POST" })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(((await (await fetch(`${a!.url}/__livemock/clock`)).json()) as { offsetMs: number }).offsetMs).toBe(0);
    // Tokens are forgotten and the task is gone, whichever replica is asked.
    expect((await xiaoePost(a!.url, XIAOE.get, { access_token: token, alive_id: DEMO_LIVE, live_task_id: id })).json.code).toBe(2008);
    const fresh = await xiaoeToken(a!.url);
    const gone = await xiaoePost(a!.url, XIAOE.get, { access_token: fresh, alive_id: DEMO_LIVE, live_task_id: id });
    expect(gone.json.code).not.toBe(0);
    expect((await (await fetch(`${a!.url}/__livemock/requests`)).json()).total).toBeLessThan(5);
  });

  it("loses no acknowledged write when a replica is killed with SIGKILL during a burst", async () => {
    const [a, b] = await start(2, ["--no-rate-limits"]);
    const token = await xiaoeToken(a!.url);
    const acknowledged: number[] = [];
    const burst = Array.from({ length: 400 }, () =>
      xiaoePost(a!.url, XIAOE.create, taskBody(token)).then(
        (r) => {
          if (r.json.code === 0) acknowledged.push(r.json.data.task_id as number);
        },
        () => {}, // the connection died with the replica: not acknowledged
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    await a!.stop("SIGKILL");
    await Promise.all(burst);
    const listed = await xiaoePost(b!.url, XIAOE.list, { access_token: token, alive_id: DEMO_LIVE });
    const stored = new Set((listed.json.data.list as { id: number }[]).map((t) => t.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });
});
