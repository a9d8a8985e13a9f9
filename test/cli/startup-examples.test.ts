import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliServer, startCli } from "../support/cli.ts";

let running: CliServer;
beforeAll(async () => {
  running = await startCli(["--port", "0"]);
});
afterAll(async () => {
  await running?.stop("SIGKILL");
});

describe("the requests livemock serve prints at start", () => {
  it("prints the demo credentials of all three vendors", () => {
    const out = running.output();
    expect(out).toContain("appId frlr1zazn3");
    expect(out).toContain("app_id apptrfbbm2m8971");
    expect(out).toContain("AK AKLTlivemockdemo");
  });

  it("prints one curl line per vendor, and each one succeeds as printed", async () => {
    const urls = [...running.output().matchAll(/curl '([^']+)'/g)].map((m) => m[1]!);
    expect(urls).toHaveLength(4);
    const [polyv, xiaoe, volc, health] = urls;
    const polyvRes = await fetch(polyv!);
    expect(polyvRes.status).toBe(200);
    expect(await polyvRes.json()).toMatchObject({ code: 200, status: "success", success: true });
    const xiaoeRes = await fetch(xiaoe!);
    expect(await xiaoeRes.json()).toMatchObject({ code: 0, msg: "success", data: { expires_in: 7200 } });
    const volcRes = await fetch(volc!);
    const volcJson = (await volcRes.json()) as { ResponseMetadata: Record<string, unknown>; Result?: unknown };
    expect(volcJson.ResponseMetadata.Error).toBeUndefined();
    expect(volcRes.status).toBe(200);
    expect(volcJson.Result).toBeDefined();
    expect((await fetch(health!)).status).toBe(200);
  });
});
