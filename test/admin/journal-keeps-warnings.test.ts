/**
 * The journal keeps the leniencies each request relied on (`warnings: [{ id, message }]`, as
 * `x-livemock-warning` sent them): in `GET /__livemock/requests`, across a `--data-dir` restart,
 * and bounded like reasons are.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_REASON_LENGTH } from "../../src/mock/core/dispatch.ts";
import { type PolyvHarness, polyvHarness, SEED_001_BODY, TASK_REWARD } from "../polyv/support.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const SORT_MISSING = { id: "polyv.task.sort-missing", message: "tasks[0], tasks[1] have no sort; the doc's tasks table marks sort (Integer) required" };

async function requests(mock: PolyvHarness): Promise<any[]> {
  return ((await (await mock.app.request("/__livemock/requests")).json()) as { requests: any[] }).requests;
}

describe("warnings in the request journal", () => {
  it("are listed with each request that relied on a leniency, and absent from the others", async () => {
    const mock = await polyvHarness();
    await mock.signed({ path: `${TASK_REWARD}/save`, json: SEED_001_BODY });
    await mock.signed({ path: `${TASK_REWARD}/page`, query: { channelId: 4854808 } });
    const [lenient, documented] = await requests(mock);
    expect(lenient).toMatchObject({ operation: "saveTaskRewardActivity", status: 200, warnings: [SORT_MISSING] });
    expect(documented).toMatchObject({ operation: "pageTaskRewardActivities", status: 200 });
    expect(documented).not.toHaveProperty("warnings");
    await mock.close();
  });

  it("survive a restart with --data-dir", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "livemock-warnings-"));
    dirs.push(dataDir);
    const first = await polyvHarness({ dataDir });
    await first.signed({ path: `${TASK_REWARD}/save`, json: SEED_001_BODY });
    first.app.livemock.control.close();
    const second = await polyvHarness({ dataDir });
    expect(await requests(second)).toMatchObject([{ operation: "saveTaskRewardActivity", warnings: [SORT_MISSING] }]);
    second.app.livemock.control.close();
  });

  it("are bounded like reasons: a body of 2,000 tasks without sort gets one warning, cut to fit a header", async () => {
    const mock = await polyvHarness({ transport: "http" });
    const start = mock.clock.now() + 3_600_000;
    const task = { reachCondition: { type: "sign", amount: 1 }, rewardSetting: { type: "nothing", amount: 0 } };
    const body = { channelId: 4854808, activityName: "many", taskRule: 2, startTime: start, endTime: start + 1000, tasks: Array.from({ length: 2000 }, () => task) };
    const result = await mock.signed({ path: `${TASK_REWARD}/save`, json: body });
    expect(result.status).toBe(200);
    expect(result.headers.get("x-livemock-warning")!.length).toBeLessThan(MAX_REASON_LENGTH + 100);
    expect(result.warning).toMatch(/^polyv\.task\.sort-missing: tasks\[0\], tasks\[1\], .+ \(reason cut: \d+ chars in all\)$/);
    const [entry] = (await requests(mock)).slice(-1);
    expect(entry.warnings).toHaveLength(1);
    expect(entry.warnings[0].message.length).toBeLessThan(MAX_REASON_LENGTH + 50);
    await mock.close();
  });
});
