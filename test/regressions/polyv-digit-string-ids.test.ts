/**
 * Caught by Polyv's own CLI (polyv/polyv-live-cli): it sends ids in JSON bodies as strings of
 * digits (`{"channelId":"4854808",...}` to task-reward-activity/save and /update, `{"id":"20527"}`
 * to lottery-activity/update and /delete), and its integration tests, run against the real Polyv,
 * expect success. livemock answered 400 `10001 param is not number: channelId`. A string of digits
 * where the body schema says integer is read as that number; the handlers and the store see
 * numbers; any other string is still refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf, LOTTERY, type PolyvHarness, polyvHarness, SEED_003_BODY, T0, TASK_REWARD, taskRewardBody } from "../polyv/support.ts";

let h: PolyvHarness;
beforeAll(async () => {
  h = await polyvHarness({ transport: "http" });
});
afterAll(() => h.close());

describe("Polyv ids sent as JSON strings of digits, over HTTP", () => {
  it("saves and updates a task-reward activity with channelId and activityId as strings", async () => {
    const saved = await h.signed({ path: `${TASK_REWARD}/save`, json: taskRewardBody(T0 + 60_000, T0 + 120_000, { channelId: "4854808" }) });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ code: 200, status: "success", success: true, data: expect.any(Number) });
    const activityId: number = saved.json.data;

    const updated = await h.signed({
      path: `${TASK_REWARD}/update`,
      json: taskRewardBody(T0 + 60_000, T0 + 180_000, { channelId: "4854808", activityId: String(activityId), activityName: "改名" }),
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ code: 200, data: null, success: true });

    const page = await h.signed({ path: `${TASK_REWARD}/page`, query: { channelId: 4854808 } });
    const stored = page.json.data.contents.find((item: { activityId: number }) => item.activityId === activityId);
    expect(stored).toMatchObject({ activityId, channelId: 4854808, activityName: "改名", endTime: T0 + 180_000 });
    expect(typeof stored.channelId).toBe("number");
  });

  it("goes through lottery create → get → update → delete with ids as strings", async () => {
    const created = await h.signed({ path: `${LOTTERY}/create`, query: { channelId: "2974342" }, json: SEED_003_BODY });
    expect(created.status).toBe(200);
    const id: number = created.json.data.id;
    expect(typeof id).toBe("number");

    const read = await h.signed({ path: `${LOTTERY}/get`, query: { channelId: "2974342", id: String(id) } });
    expect(read.json.data).toMatchObject({ id, prizeName: SEED_003_BODY.prizeName });

    const updated = await h.signed({ path: `${LOTTERY}/update`, query: { channelId: "2974342" }, json: { ...SEED_003_BODY, id: String(id), prizeName: "鼠标" } });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ code: 200, data: null, success: true });
    const reread = await h.signed({ path: `${LOTTERY}/get`, query: { channelId: "2974342", id } });
    expect(reread.json.data).toMatchObject({ id, prizeName: "鼠标" });
    expect(typeof reread.json.data.id).toBe("number");

    const deleted = await h.signed({ path: `${LOTTERY}/delete`, query: { channelId: "2974342" }, json: { id: String(id) } });
    expect(deleted.status).toBe(200);
    expect(deleted.json).toMatchObject({ code: 200, data: null, success: true });
    const listed = await h.signed({ path: `${LOTTERY}/list`, query: { channelId: "2974342" } });
    expect(listed.json.data.contents.map((item: { id: number }) => item.id)).not.toContain(id);
  });

  it("still refuses a string that is not digits, naming the field", async () => {
    const saved = await h.signed({ path: `${TASK_REWARD}/save`, json: taskRewardBody(T0 + 60_000, T0 + 120_000, { channelId: "4854808x" }) });
    expect(errorOf(saved)).toEqual({ status: 400, code: 10001, desc: "param is not number: channelId" });
    expect(saved.reason).toContain("channelId");
    const deleted = await h.signed({ path: `${LOTTERY}/delete`, query: { channelId: "2974342" }, json: { id: "twenty" } });
    expect(errorOf(deleted)).toEqual({ status: 400, code: 10001, desc: "param is not number: id" });
  });

  it("answers an unknown id sent as a string as the vendor's not-found", async () => {
    const deleted = await h.signed({ path: `${LOTTERY}/delete`, query: { channelId: "2974342" }, json: { id: "99999" } });
    expect(errorOf(deleted)).toEqual({ status: 400, code: 30002, desc: "activity not found." });
  });
});
