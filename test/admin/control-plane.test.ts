import { describe, expect, it } from "vitest";
import { createMockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { admin, DEMO_LIVE, LOTTERY_BODY, polyvLotteryCreate, T0, volcCreatePacket, XIAOE_TASK, xiaoePost, xiaoeToken } from "./support.ts";

const fresh = (options = {}) => createMockApp({ clock: manualClock(T0), rateLimits: false, ...options });

describe("the mock clock at /__livemock/clock", () => {
  it("reads, sets, advances and restores the clock every vendor uses", async () => {
    const app = fresh();
    expect((await admin(app, "GET", "/clock")).json).toEqual({ now: T0, iso: "2026-03-01T00:00:00.000Z", offsetMs: 0, frozen: false });
    expect((await admin(app, "PUT", "/clock", { now: "2026-06-01T08:00:00Z" })).json.iso).toBe("2026-06-01T08:00:00.000Z");
    expect((await admin(app, "POST", "/clock/advance", { hours: 1, minutes: 30 })).json.iso).toBe("2026-06-01T09:30:00.000Z");
    expect((await admin(app, "DELETE", "/clock")).json).toMatchObject({ now: T0, offsetMs: 0 });
    expect((await admin(app, "PUT", "/clock", { now: "yesterday" })).status).toBe(400);
    expect((await admin(app, "POST", "/clock/advance", {})).status).toBe(400);
    expect((await admin(app, "PUT", "/clock", {})).status).toBe(400);
  });

  it("freezes time until advanced, and lets it flow again on DELETE", async () => {
    const app = createMockApp({ rateLimits: false });
    const frozen = await admin(app, "PUT", "/clock", { now: "2026-06-01T08:00:00Z", frozen: true });
    expect(frozen.json).toMatchObject({ now: Date.parse("2026-06-01T08:00:00Z"), frozen: true });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await admin(app, "GET", "/clock")).json.now).toBe(Date.parse("2026-06-01T08:00:00Z"));
    const advanced = await admin(app, "POST", "/clock/advance", { minutes: 30 });
    expect(advanced.json).toMatchObject({ iso: "2026-06-01T08:30:00.000Z", frozen: true });
    const restored = await admin(app, "DELETE", "/clock");
    expect(restored.json.frozen).toBe(false);
    expect(Math.abs(restored.json.now - Date.now())).toBeLessThan(5_000);
    await admin(app, "PUT", "/clock", { frozen: true });
    const held = (await admin(app, "GET", "/clock")).json.now;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await admin(app, "GET", "/clock")).json.now).toBe(held);
    expect((await admin(app, "PUT", "/clock", { frozen: false })).json.frozen).toBe(false);
  });

  it("expires a Xiaoe token after 7200 s of mock time, without waiting", async () => {
    const app = fresh();
    const token = ((await (await xiaoeToken(app)).json()) as any).data.access_token as string;
    const get = () => xiaoePost(app, "/xe.alive.marketing.live_task_by_id/2.0.0", { access_token: token, alive_id: DEMO_LIVE });
    expect(((await (await get()).json()) as any).code).toBe(0);
    await admin(app, "POST", "/clock/advance", { seconds: 7201 });
    expect(((await (await get()).json()) as any).code).toBe(2008);
  });

  it("moves Polyv's timestamp window: a request signed with the old time is refused after a jump", async () => {
    const app = fresh();
    await admin(app, "POST", "/clock/advance", { days: 1 });
    const stale = await polyvLotteryCreate(app, T0);
    expect(((await stale.json()) as any).error.code).toBe(20003);
    expect((await polyvLotteryCreate(app, T0 + 86_400_000)).status).toBe(200);
  });
});

describe("journal queries: GET /__livemock/requests and POST /__livemock/verify", () => {
  it("counts the calls that match vendor, operation, status class, error code and time", async () => {
    const app = fresh();
    await xiaoeToken(app);
    await xiaoeToken(app, { appId: "appnope00000001", clientId: "c", secretKey: "s" });
    await admin(app, "POST", "/clock/advance", { minutes: 5 });
    await polyvLotteryCreate(app, T0 + 300_000);
    const count = async (filter: unknown) => (await admin(app, "POST", "/verify", filter)).json.count as number;
    expect(await count({})).toBe(3);
    expect(await count({ vendor: "xiaoe", operation: "getAccessToken" })).toBe(2);
    expect(await count({ vendor: "xiaoe", errorCode: 2004 })).toBe(1);
    expect(await count({ status: "2xx", operation: "createLotteryActivity", owner: "frlr1zazn3" })).toBe(1);
    expect(await count({ since: "2026-03-01T00:04:00Z" })).toBe(1);
    expect(await count({ until: T0 + 1 })).toBe(2);
    expect(await count({ method: "post", path: "/live/v4/channel/lottery-activity/create" })).toBe(1);
    expect((await admin(app, "POST", "/verify", { since: "soon" })).status).toBe(400);
    expect((await admin(app, "POST", "/verify", { colour: "red" })).status).toBe(400);

    const listed = (await admin(app, "GET", "/requests?vendor=xiaoe&status=200")).json;
    expect(listed.requests).toHaveLength(2); // Xiaoe answers its errors with HTTP 200 too
    expect((await admin(app, "GET", "/requests?status=4xx")).json.total).toBe(0);
    expect((await admin(app, "GET", "/requests?status=teapot")).status).toBe(400);
  });
});

describe("credentials added at runtime: POST /__livemock/credentials", () => {
  it("accepts a new demo app of each vendor at once, with its demo rooms, and never lists secrets", async () => {
    const app = fresh();
    const xiaoe = { appId: "appdemo00000002", clientId: "demo-client-2", secretKey: "demo-secret-2" };
    expect(((await (await xiaoeToken(app, xiaoe)).json()) as any).code).toBe(2004);
    expect((await admin(app, "POST", "/credentials", { vendor: "xiaoe", ...xiaoe })).status).toBe(201);
    const token = ((await (await xiaoeToken(app, xiaoe)).json()) as any).data.access_token as string;
    const created = await xiaoePost(app, "/xe.alive.marketing.task.create/1.0.0", { ...XIAOE_TASK, access_token: token });
    expect(((await created.json()) as any).code).toBe(0);

    const polyv = { appId: "demoapp002", appSecret: "demo-polyv-secret-2" };
    expect((await admin(app, "POST", "/credentials", { vendor: "polyv", ...polyv })).status).toBe(201);
    expect((await polyvLotteryCreate(app, T0, polyv)).status).toBe(200); // channel 2974342 is seeded for it
    expect((await admin(app, "POST", "/credentials", { vendor: "volcengine", accessKeyId: "AKLTdemo2", secretAccessKey: "sk2" })).status).toBe(201);
    expect((await admin(app, "GET", "/state?vendor=volcengine&owner=AKLTdemo2")).json.vendors.volcengine.AKLTdemo2.activity).toHaveLength(2);

    const listed = await admin(app, "GET", "/credentials");
    expect(listed.json.xiaoe).toContainEqual({ appId: xiaoe.appId, clientId: xiaoe.clientId, addedAtRuntime: true });
    expect(JSON.stringify(listed.json)).not.toMatch(/secret/i);
    expect((await admin(app, "POST", "/credentials", { vendor: "polyv", appId: "x" })).status).toBe(400);

    await admin(app, "POST", "/reset");
    expect(((await (await xiaoeToken(app, xiaoe)).json()) as any).code).toBe(0); // runtime credentials survive a reset
  });
});

const SEED_YAML = `
polyv:
  channels:
    - { channelId: 3151318, name: 新品发布会 }
  lotteries:
    - channelId: 3151318
      activityName: 开场抽奖
      lotteryCondition: none
      amount: 1
      receiveEnabled: N
      prizeName: 键盘
      lotteryRange: all
xiaoe:
  lives:
    - { alive_id: l_66a0c3e2e4b0d84d1c1f0a11, title: 春季新品直播 }
  tasks:
    - { alive_id: l_66a0c3e2e4b0d84d1c1f0a11, start_at: "2026-03-01 00:00:00", end_at: "2026-03-03 00:00:00", task_module: 0, task_is_major: 0, task_type: 1, task_condition: "3", reward_type: 1, reward_value: "10", rule_type: 0, rule_config: [] }
volcengine:
  activities:
    - { ActivityID: 1824920000300001, Name: 春季直播间 }
  redPackets:
    - { ActivityID: 1824920000300001, TotalAmount: 500, RedPacketNumber: 5 }
`;

describe("seed files: POST /__livemock/seed and --seed-file", () => {
  it("loads rooms, activities, tasks and red packets per vendor, with the vendors' own ids", async () => {
    const app = fresh();
    const res = await app.request("/__livemock/seed", { method: "POST", headers: { "content-type": "application/yaml" }, body: SEED_YAML });
    expect(res.status).toBe(200);
    const { created } = (await res.json()) as any;
    expect(created).toEqual([
      { path: "polyv.lotteries[0]", id: 20521 },
      { path: "xiaoe.tasks[0]", id: 1975339 },
      { path: "volcengine.redPackets[0]", id: 1825100000340169 },
    ]);
    const state = (await admin(app, "GET", "/state")).json.vendors;
    expect(state.polyv.frlr1zazn3.channel.map((c: any) => c.id)).toContain("3151318");
    expect(state.polyv.frlr1zazn3.lottery[0]).toMatchObject({ title: "开场抽奖", statusLabel: "有效 active" });
    expect(state.xiaoe.apptrfbbm2m8971["live-task"][0]).toMatchObject({ id: "1975339", status: 1, statusLabel: "正常 normal" });
    expect(state.volcengine.AKLTlivemockdemo.redPacket[0]).toMatchObject({ status: 0, statusLabel: "未发送 initialised" });
    expect((await admin(app, "GET", "/requests")).json.total).toBe(0); // seeding is not traffic
  });

  it("loads nothing when the vendor rejects one item, and says which and why", async () => {
    const app = fresh();
    const res = await admin(app, "POST", "/seed", {
      polyv: {
        lotteries: [
          { channelId: 2974342, ...LOTTERY_BODY },
          { channelId: 9999999, ...LOTTERY_BODY },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([expect.stringMatching(/^polyv\.lotteries\[1\]: Polyv rejected it \(30001\)/)]);
    expect((await admin(app, "GET", "/state?vendor=polyv")).json.vendors.polyv.frlr1zazn3.lottery).toBeUndefined();
    expect((await admin(app, "POST", "/seed", { polyv: { channels: [{ channelId: "x" }] } })).status).toBe(400);
    expect((await admin(app, "POST", "/seed", { zoom: {} })).status).toBe(400);
  });

  it("makes a start-up seed file part of what reset restores", async () => {
    const { parse } = await import("yaml");
    const app = fresh({ seedData: parse(SEED_YAML) });
    await admin(app, "POST", "/faults", { vendor: "polyv", kind: "drop" });
    await admin(app, "POST", "/clock/advance", { days: 3 });
    await volcCreatePacket(app, T0 + 3 * 86_400_000);
    expect((await admin(app, "GET", "/state?vendor=volcengine")).json.vendors.volcengine.AKLTlivemockdemo.redPacket).toHaveLength(2);
    await admin(app, "POST", "/reset");
    expect((await admin(app, "GET", "/state?vendor=volcengine")).json.vendors.volcengine.AKLTlivemockdemo.redPacket).toHaveLength(1);
    expect((await admin(app, "GET", "/faults")).json.faults).toEqual([]);
    expect((await admin(app, "GET", "/clock")).json.offsetMs).toBe(0);
  });

  it("refuses to start with a seed file the vendors reject", () => {
    expect(() => fresh({ seedData: { xiaoe: { tasks: [{ alive_id: "l_unknown" }] } } })).toThrow(/xiaoe\.tasks\[0\]/);
  });
});

describe("GET /__livemock/state", () => {
  it("dumps the seeded rooms per vendor and credential, and refuses an unknown vendor", async () => {
    const app = fresh();
    const all = (await admin(app, "GET", "/state")).json;
    expect(Object.keys(all.vendors).sort()).toEqual(["polyv", "volcengine", "xiaoe"]);
    expect(all.vendors.polyv.frlr1zazn3.channel.map((c: any) => Number(c.id))).toEqual([4854808, 5004544, 2974342]);
    expect(all.kinds.redPacket).toBe("红包 red packet");
    expect((await admin(app, "GET", "/state?vendor=zoom")).status).toBe(400);
  });
});
