/**
 * A user who forgets credentials is told exactly which environment variables to set; credentials
 * from options win, the environment fills in the rest.
 */
import { describe, expect, it } from "vitest";
import { createPolyvClient, createVolcengineClient, createXiaoeClient, LivemockCredentialsError } from "../../src/client/index.ts";
import { rejectionOf } from "./support.ts";

function thrown(make: () => unknown): unknown {
  try {
    make();
  } catch (error) {
    return error;
  }
  throw new Error("expected the factory to throw");
}

describe("credentials", () => {
  it("names every missing Polyv, Xiaoe and Volcengine variable", () => {
    const polyv = thrown(() => createPolyvClient({ env: {} }));
    expect(polyv).toBeInstanceOf(LivemockCredentialsError);
    expect((polyv as Error).message).toBe("polyv credentials missing: set the environment variables POLYV_APP_ID, POLYV_APP_SECRET or pass appId, appSecret in the client options");
    expect(polyv).toMatchObject({ vendor: "polyv", missing: ["POLYV_APP_ID", "POLYV_APP_SECRET"] });

    expect(thrown(() => createXiaoeClient({ env: { XIAOE_APP_ID: "apptrfbbm2m8971" } }))).toMatchObject({ vendor: "xiaoe", missing: ["XIAOE_CLIENT_ID", "XIAOE_SECRET_KEY"] });
    const volc = thrown(() => createVolcengineClient({ accessKeyId: "AKLTlivemockdemo", env: {} }));
    expect((volc as Error).message).toContain("VOLC_SECRETKEY");
    expect((volc as Error).message).not.toContain("VOLC_ACCESSKEY");
  });

  it("treats an empty variable as missing", () => {
    expect(thrown(() => createPolyvClient({ env: { POLYV_APP_ID: "", POLYV_APP_SECRET: "s" } }))).toMatchObject({ missing: ["POLYV_APP_ID"] });
  });

  it("reads the environment when options leave credentials out, and options win over it", async () => {
    const urls: string[] = [];
    const fetch = async (input: string) => {
      urls.push(input);
      return Response.json({ code: 200, status: "success", requestId: "r", data: null, success: true });
    };
    const fromEnv = createPolyvClient({ fetch, env: { POLYV_APP_ID: "envapp0001", POLYV_APP_SECRET: "env-secret" } });
    expect(fromEnv.appId).toBe("envapp0001");
    await fromEnv.deleteTaskRewardActivity({ activityId: 1 });
    expect(new URL(urls[0] ?? "").searchParams.get("appId")).toBe("envapp0001");
    expect(createPolyvClient({ fetch, appId: "optapp0001", env: { POLYV_APP_ID: "envapp0001", POLYV_APP_SECRET: "env-secret" } }).appId).toBe("optapp0001");
  });

  it("reads process.env by default", () => {
    const saved = { id: process.env.VOLC_ACCESSKEY, sk: process.env.VOLC_SECRETKEY };
    process.env.VOLC_ACCESSKEY = "AKLTfromprocess";
    process.env.VOLC_SECRETKEY = "secret";
    try {
      expect(createVolcengineClient().accessKeyId).toBe("AKLTfromprocess");
    } finally {
      if (saved.id === undefined) delete process.env.VOLC_ACCESSKEY;
      else process.env.VOLC_ACCESSKEY = saved.id;
      if (saved.sk === undefined) delete process.env.VOLC_SECRETKEY;
      else process.env.VOLC_SECRETKEY = saved.sk;
    }
  });

  it("defaults to the real vendor URLs", async () => {
    const urls: string[] = [];
    const fetch = async (input: string) => {
      urls.push(input);
      return new Response("no", { status: 418 });
    };
    const env = { POLYV_APP_ID: "a", POLYV_APP_SECRET: "b", XIAOE_APP_ID: "c", XIAOE_CLIENT_ID: "d", XIAOE_SECRET_KEY: "e", VOLC_ACCESSKEY: "f", VOLC_SECRETKEY: "g" };
    await rejectionOf(createPolyvClient({ env, fetch }).listLotteryActivities({ channelId: 1 }));
    await rejectionOf(createXiaoeClient({ env, fetch }).getAccessToken());
    await rejectionOf(createVolcengineClient({ env, fetch }).listActivityRedPacket({ ActivityID: 1 }));
    expect(urls.map((u) => new URL(u).origin)).toEqual(["https://api.polyv.net", "https://api.xiaoe-tech.com", "https://livesaas.volcengineapi.com"]);
  });
});
