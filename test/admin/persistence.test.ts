import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createMockApp, type MockApp } from "../../src/mock/app.ts";
import { manualClock } from "../../src/mock/clock.ts";
import { createMemoryStore } from "../../src/mock/store/index.ts";
import { applyStoreOps, createRecordingStore } from "../../src/mock/store/recording-store.ts";
import { admin, polyvLotteryCreate, T0, XIAOE } from "./support.ts";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "livemock-data-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const open = (dataDir: string): MockApp => createMockApp({ clock: manualClock(T0), rateLimits: false, dataDir });

describe("--data-dir", () => {
  it("brings back state, journal, fault rules, clock, rate-limit switches and runtime credentials after a restart", async () => {
    const dir = tempDir();
    const first = open(dir);
    const created = (await (await polyvLotteryCreate(first, T0)).json()) as any;
    await admin(first, "POST", "/faults", { vendor: "volcengine", kind: "latency", latencyMs: 5 });
    await admin(first, "POST", "/clock/advance", { hours: 2 });
    await admin(first, "PUT", "/rate-limits", { polyv: false });
    await admin(first, "POST", "/credentials", { vendor: "polyv", appId: "demoapp003", appSecret: "demo-secret-3" });
    first.livemock.control.close();

    const second = open(dir);
    const state = (await admin(second, "GET", "/state?vendor=polyv")).json.vendors.polyv;
    expect(state.frlr1zazn3.lottery.map((l: any) => Number(l.id))).toEqual([created.data.id]);
    expect(state.demoapp003.channel).toHaveLength(3);
    expect((await admin(second, "GET", "/requests")).json.requests).toMatchObject([{ operation: "createLotteryActivity", status: 200 }]);
    expect((await admin(second, "GET", "/faults")).json.faults).toMatchObject([{ id: "f1", vendor: "volcengine", kind: "latency" }]);
    expect((await admin(second, "GET", "/clock")).json.offsetMs).toBe(7_200_000);
    expect((await admin(second, "GET", "/rate-limits")).json.polyv).toBe(false);
    // ids continue where they stopped
    const next = (await (await polyvLotteryCreate(second, T0 + 7_200_000)).json()) as any;
    expect(next.data.id).toBe(created.data.id + 1);
    second.livemock.control.close();
  });

  it("writes no secret or signature to disk, and keeps its files private", async () => {
    const dir = tempDir();
    const app = open(dir);
    await polyvLotteryCreate(app, T0);
    await app.request(`/token?app_id=${XIAOE.appId}&client_id=${XIAOE.clientId}&secret_key=${XIAOE.secretKey}&grant_type=client_credential`);
    app.livemock.control.close();
    const text = readdirSync(dir)
      .map((name) => readFileSync(join(dir, name), "utf8"))
      .join("\n");
    expect(text).not.toContain(XIAOE.secretKey);
    expect(text).not.toContain("livemock-polyv-secret");
    expect(text).not.toMatch(/"sign":"[0-9A-F]{32}"/);
    expect(text).not.toMatch(/xe_[0-9a-f]{13}_/); // no issued access token
  });

  it("ignores a torn last log line (a write the process died in, never acknowledged)", async () => {
    const dir = tempDir();
    const app = open(dir);
    await polyvLotteryCreate(app, T0);
    app.livemock.control.close();
    const log = readdirSync(dir).find((name) => name.endsWith(".jsonl"))!;
    appendFileSync(join(dir, log), '{"s":[{"op":"put","scope":');
    const again = open(dir);
    expect((await admin(again, "POST", "/verify", { operation: "createLotteryActivity" })).json.count).toBe(1);
    again.livemock.control.close();
  });

  it("loads the seed file only into an empty data dir: saved state wins over it", async () => {
    const dir = tempDir();
    const seedData = { polyv: { channels: [{ channelId: 3151318 }] } };
    const first = createMockApp({ clock: manualClock(T0), dataDir: dir, seedData });
    await admin(first, "POST", "/reset");
    await first.livemock.context.store.transact({ vendor: "polyv", owner: "frlr1zazn3" }, (state) => state.delete({ vendor: "polyv", owner: "frlr1zazn3", kind: "channel" }, 3151318));
    await polyvLotteryCreate(first, T0); // a request commits the pending change
    first.livemock.control.close();
    const second = createMockApp({ clock: manualClock(T0), dataDir: dir, seedData });
    const channels = (await admin(second, "GET", "/state?vendor=polyv")).json.vendors.polyv.frlr1zazn3.channel.map((c: any) => c.id);
    expect(channels).not.toContain("3151318");
    await admin(second, "POST", "/reset");
    expect((await admin(second, "GET", "/state?vendor=polyv")).json.vendors.polyv.frlr1zazn3.channel.map((c: any) => c.id)).toContain("3151318");
    second.livemock.control.close();
  });
});

describe("the recording store", () => {
  it("replays its changes onto a snapshot to the same state as the live store", async () => {
    const store = createRecordingStore(createMemoryStore());
    const before = await store.snapshot();
    const scope = { vendor: "polyv", owner: "a", kind: "lottery" };
    await store.transact({ vendor: "polyv", owner: "a" }, (state) => {
      state.put(scope, state.nextId("seq", 10), { n: 1 });
      state.put(scope, state.nextId("seq", 10), { n: 2 });
    });
    await store.transact({ vendor: "polyv", owner: "a" }, (state) => {
      state.delete(scope, 10);
      state.put(scope, 10, { n: 3 });
    });
    expect(applyStoreOps(before, store.drain())).toEqual(await store.snapshot());
    expect(store.drain()).toEqual([]);
  });
});
