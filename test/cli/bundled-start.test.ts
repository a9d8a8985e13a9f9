/**
 * `npm start` and `npx livemock` run the esbuild bundle (scripts/build.mjs) when it is fresh. The
 * bundle must serve exactly what the sources serve, including what it reads from the package
 * (dashboard assets, specs): built here into a scratch folder inside the repo and started from it.
 */
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signPolyvQuery } from "../../src/contracts/polyv/signing.ts";
import { repoPath } from "../support/vendors.ts";

const outdir = repoPath("tmp/bundle-test");
let url = "";
let stop = () => {};

beforeAll(async () => {
  rmSync(outdir, { recursive: true, force: true });
  execFileSync(process.execPath, [repoPath("scripts/build.mjs"), "--cli", outdir]);
  const child = spawn(process.execPath, [`${outdir}/livemock.mjs`, "serve", "--port", "0"], { cwd: repoPath("") });
  stop = () => child.kill("SIGKILL");
  url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`the bundled livemock exited with ${code}: ${out}`)));
  });
});
afterAll(() => {
  stop();
  rmSync(outdir, { recursive: true, force: true });
});

describe("livemock started from its bundle", () => {
  it("answers health, a signed Polyv call and the dashboard page", async () => {
    expect((await fetch(`${url}/__livemock/health`)).status).toBe(200);
    const query = new URLSearchParams(signPolyvQuery({ channelId: 4854808 }, { appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" }));
    const page = await fetch(`${url}/live/v4/channel/task-reward-activity/page?${query}`);
    expect(await page.json()).toMatchObject({ code: 200, success: true, data: { totalItems: 0 } });
    const dashboard = await fetch(`${url}/__livemock/`);
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain("livemock");
  });

  it("runs the contract command (lazily loaded chunk with Ajv and the specs) from the bundle", () => {
    const out = execFileSync(process.execPath, [`${outdir}/livemock.mjs`, "contract", "--vendor", "polyv", "--target", url], { cwd: repoPath(""), encoding: "utf8" });
    expect(out).toMatch(/PASSED: 5 scenarios/);
  });
});
