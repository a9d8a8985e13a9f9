import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_APP, LOTTERY, type PolyvHarness, polyvHarness, SEED_003_BODY, TASK_REWARD } from "../polyv/support.ts";

let mock: PolyvHarness;
beforeAll(async () => {
  mock = await polyvHarness();
});
afterAll(() => mock.close());

async function journal(query = ""): Promise<{ capacity: number; total: number; requests: any[] }> {
  const res = await mock.app.request(`/__livemock/requests${query}`);
  expect(res.status).toBe(200);
  return res.json() as Promise<any>;
}

describe("the request journal at GET /__livemock/requests", () => {
  it("records each vendor call with its operation, status, owner and latency, newest last", async () => {
    await mock.app.request("/__livemock/reset", { method: "POST" });
    await mock.signed({ method: "POST", path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: SEED_003_BODY });
    await mock.signed({ path: `${TASK_REWARD}/page`, query: { channelId: 9999999 } });
    const { requests } = await journal();
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ vendor: "polyv", operation: "createLotteryActivity", method: "POST", status: 200, owner: DEMO_APP.appId });
    expect(requests[1]).toMatchObject({ vendor: "polyv", operation: "pageTaskRewardActivities", status: 400, errorCode: 30001 });
    expect(requests[1].reason).toBeTruthy();
    expect(typeof requests[0].latencyMs).toBe("number");
    expect(requests[1].id).toBeGreaterThan(requests[0].id);
  });

  it("never keeps a signature or a secret", async () => {
    await mock.signed({ path: `${TASK_REWARD}/page`, query: { channelId: 4854808 } });
    const text = JSON.stringify(await journal());
    expect(text).not.toContain(DEMO_APP.appSecret);
    expect(text).not.toMatch(/"sign":"[0-9A-F]{32}"/);
    expect(text).toContain('"sign":"[redacted]"');
  });

  it("filters by vendor and limits the count", async () => {
    const onlyXiaoe = await journal("?vendor=xiaoe");
    expect(onlyXiaoe.requests.every((r) => r.vendor === "xiaoe")).toBe(true);
    const last = await journal("?limit=1");
    expect(last.requests).toHaveLength(1);
    const bad = await mock.app.request("/__livemock/requests?limit=zero");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "bad_request" });
  });

  it("keeps at most its capacity, dropping the oldest", async () => {
    const small = await polyvHarness({ journalCapacity: 3 });
    for (let i = 0; i < 5; i++) await small.signed({ path: `${TASK_REWARD}/page`, query: { channelId: 4854808, pageNumber: i + 1 } });
    const res = (await (await small.app.request("/__livemock/requests")).json()) as { capacity: number; requests: { query: Record<string, string> }[] };
    expect(res.capacity).toBe(3);
    expect(res.requests.map((r) => r.query.pageNumber)).toEqual(["3", "4", "5"]);
    await small.close();
  });
});

describe("journaled bodies", () => {
  it("over HTTP, after the journal has wrapped round several times: each entry keeps its own body, redacted", async () => {
    const small = await polyvHarness({ journalCapacity: 3, transport: "http" });
    try {
      for (let i = 0; i < 8; i++) {
        await small.signed({ method: "POST", path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: { ...SEED_003_BODY, activityName: `抽奖 ${i}`, appSecret: DEMO_APP.appSecret } });
      }
      const read = async () => ((await (await small.app.request("/__livemock/requests")).json()) as { requests: { body: { activityName: string; appSecret: string } }[] }).requests;
      const first = await read();
      expect(first.map((r) => r.body.activityName)).toEqual(["抽奖 5", "抽奖 6", "抽奖 7"]);
      expect(first.every((r) => r.body.appSecret === "[redacted]")).toBe(true);
      // A later request reuses the oldest slot; entries already read keep what they said.
      await small.signed({ method: "POST", path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: { ...SEED_003_BODY, activityName: "抽奖 8" } });
      expect((await read()).map((r) => r.body.activityName)).toEqual(["抽奖 6", "抽奖 7", "抽奖 8"]);
    } finally {
      await small.close();
    }
  });

  it("keeps a body between 1 and 8 KiB whole (it does not fit a slot), redacted", async () => {
    const h = await polyvHarness({ transport: "http", journalCapacity: 2 });
    try {
      const long = "长".repeat(1500); // 4,500 bytes of UTF-8
      await h.signed({ method: "POST", path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: { ...SEED_003_BODY, activityName: long, appSecret: DEMO_APP.appSecret } });
      for (let i = 0; i < 3; i++) await h.signed({ path: `${TASK_REWARD}/page`, query: { channelId: 4854808 } }); // wrap the journal round
      await h.signed({ method: "POST", path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: { ...SEED_003_BODY, activityName: long, appSecret: DEMO_APP.appSecret } });
      const body = h.app.livemock.context.journal.latest()!.body as { activityName: string; appSecret: string };
      expect(body.activityName).toBe(long);
      expect(body.appSecret).toBe("[redacted]");
    } finally {
      await h.close();
    }
  });

  it("keeps a body over 8 KiB as its size only", async () => {
    const h = await polyvHarness({ transport: "http" });
    try {
      await h.signed({ method: "POST", path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: { ...SEED_003_BODY, activityName: "x".repeat(9000) } });
      const entry = h.app.livemock.context.journal.latest()!;
      expect(entry.body).toMatch(/^\(\d+ bytes, not kept\)$/);
    } finally {
      await h.close();
    }
  });
});

describe("POST /__livemock/reset", () => {
  it("restores the seeded state: created objects are gone, ids start again, the journal is empty", async () => {
    const first = await mock.signed({ method: "POST", path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: SEED_003_BODY });
    expect(first.status).toBe(200);
    const reset = await mock.app.request("/__livemock/reset", { method: "POST" });
    expect(reset.status).toBe(200);
    expect((await journal()).requests).toEqual([]);
    const list = await mock.signed({ path: `${LOTTERY}/list`, query: { channelId: 2974342 } });
    expect(list.json.data.contents).toEqual([]);
    const again = await mock.signed({ method: "POST", path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: SEED_003_BODY });
    expect(again.json.data.id).toBe(20521);
  });

  it("keeps the seeded channels", async () => {
    await mock.app.request("/__livemock/reset", { method: "POST" });
    const page = await mock.signed({ path: `${TASK_REWARD}/page`, query: { channelId: 4854808 } });
    expect(page.status).toBe(200);
  });
});
