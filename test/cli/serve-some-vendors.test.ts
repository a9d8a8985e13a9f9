import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliServer, startCli } from "../support/cli.ts";

describe("livemock serve --vendors", () => {
  let running: CliServer;
  beforeAll(async () => {
    running = await startCli(["--port", "0", "--vendors", "polyv,xiaoe"]);
  });
  afterAll(async () => {
    await running?.stop("SIGKILL");
  });

  it("mounts only the vendors named: health lists them, the banner shows only theirs", async () => {
    const health = (await (await fetch(`${running.url}/__livemock/health`)).json()) as { vendors: string[] };
    expect(health.vendors).toEqual(["polyv", "xiaoe"]);
    expect(running.output()).toContain("appId frlr1zazn3");
    expect(running.output()).not.toContain("AKLTlivemockdemo");
  });

  it("answers the other vendors' paths as unknown paths", async () => {
    const res = await fetch(`${running.url}/?Action=ListActivityRedPacket&Version=2023-08-01&ActivityID=1824920000234844`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: "not_found" });
    const faults = await fetch(`${running.url}/__livemock/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ vendor: "volcengine", kind: "fail-next", count: 1 }),
    });
    expect(faults.status).toBe(400);
  });

  it("takes the list from LIVEMOCK_VENDORS, and refuses a vendor it does not know", async () => {
    const fromEnv = await startCli(["--port", "0"], { LIVEMOCK_VENDORS: "volcengine" });
    try {
      const health = (await (await fetch(`${fromEnv.url}/__livemock/health`)).json()) as { vendors: string[] };
      expect(health.vendors).toEqual(["volcengine"]);
    } finally {
      await fromEnv.stop("SIGKILL");
    }
    await expect(startCli(["--port", "0", "--vendors", "polyv,youzan"], {}, 5000)).rejects.toThrow(/unknown vendor "youzan": livemock serves polyv, xiaoe, volcengine/);
  });
});
