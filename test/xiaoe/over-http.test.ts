/**
 * The Xiaoe flow over a listening server, the way SDKs reach it: token by query string (PHP/Java SDKs)
 * and as a JSON body on a GET (Python/Go SDKs, sent with node:http since fetch refuses GET bodies),
 * then the live-task calls, and malformed input on the wire.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { singleTask, unorderedCombo } from "../contracts/xiaoe/seed-examples.ts";
import { DEMO_LIVE, getWithJsonBody, PATHS, sendable, tokenParams, type XiaoeHarness, xiaoeHarness } from "./support.ts";

let h: XiaoeHarness;
beforeAll(async () => {
  h = await xiaoeHarness({ transport: "http", bodyLimitBytes: 4096 });
});
afterAll(async () => h.close());

/** A GET with a JSON body to the test's server (Python/Go SDKs). */
const getWithBody = (path: string, json: unknown) => getWithJsonBody(`${h.url}${path}`, json);

describe("a Xiaoe client over real HTTP", () => {
  it("gets a token by query string and creates, lists and reads tasks with it", async () => {
    const token = await h.token();
    const created = await h.post(PATHS.create, sendable(unorderedCombo(), token));
    expect(created.json).toMatchObject({ code: 0, msg: "操作成功", data: { alive_id: DEMO_LIVE } });
    const listed = await h.post(PATHS.list, { access_token: token, alive_id: DEMO_LIVE });
    expect(listed.json.data.list.at(-1)).toMatchObject({ id: created.json.data.task_id, child_tasks: [{ task_type: 1 }, { task_type: 4 }] });
    const got = await h.post(PATHS.get, { access_token: token, alive_id: DEMO_LIVE, live_task_id: created.json.data.task_id });
    expect(got.json.data.live_task).toMatchObject({ task_title: "任务包", reward_value: { value: "1" } });
  });

  it("gets a token from a JSON body on a GET (Python/Go SDKs) and uses it", async () => {
    const res = await getWithBody(PATHS.token, tokenParams());
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ code: 0, msg: "success", data: { expires_in: 7200 } });
    const created = await h.post(PATHS.create, sendable(singleTask(), res.json.data.access_token));
    expect(created.json.code).toBe(0);
  });

  it("reports a credential error sent in a JSON body on a GET with its code", async () => {
    const res = await getWithBody(PATHS.token, { ...tokenParams(), secret_key: "wrong" });
    expect(res.json).toEqual({ code: 2004, msg: "secret_key 错误，或者 app_id 无效", data: null });
    expect(res.reason).toBe("secret_key: wrong secret_key for app apptrfbbm2m8971");
  });

  it("answers malformed JSON in the Xiaoe envelope with HTTP 200", async () => {
    const res = await h.call({ method: "POST", path: PATHS.create, body: "{not json", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ code: 2007, msg: "缺失 凭证access_token", data: null });
    expect(res.reason).toMatch(/body: not valid JSON/);
  });

  it("answers a chunked body over the limit in the Xiaoe envelope", async () => {
    const token = await h.token();
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(" ".repeat(1000)));
        controller.close();
      },
    });
    const res = await fetch(`${h.url}${PATHS.create}?access_token=${token}`, { method: "POST", headers: { "content-type": "application/json" }, body: chunks, duplex: "half" } as RequestInit);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ code: 1, msg: "创建直播任务失败", data: null });
    expect(decodeURIComponent(res.headers.get("x-livemock-reason") ?? "")).toBe("body: larger than the 4096-byte limit, not read");
  });

  it("answers an unknown API and a wrong method over the wire", async () => {
    expect((await h.post("/xe.alive.detail.get/2.0.0", {})).json.code).toBe(2052);
    expect((await h.call({ method: "GET", path: PATHS.create })).json.code).toBe(2055);
  });
});
