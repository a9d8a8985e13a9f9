/**
 * `livemock contract` reports the warnings livemock answers a request with (`x-livemock-warning`: a
 * leniency the request relied on) without failing; with `--strict` they fail their steps, in the
 * output and in the JUnit XML. The client here relies on one: a fetch between it and the mock moves
 * Xiaoe's access_token from the JSON body to the query string, as some hand-written clients do.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { FetchLike } from "../../src/client/index.ts";
import { type ContractCommandIo, runContractCommand } from "../../src/runner/command.ts";
import { inProcessTarget, xmlProblem } from "./support.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Sends Xiaoe's business calls with the token in the query string instead of the JSON body. */
function tokenInQuery(inner: FetchLike): FetchLike {
  return (input, init) => {
    const url = new URL(input);
    if (!url.pathname.startsWith("/xe.") || typeof init.body !== "string") return inner(input, init);
    const { access_token: token, ...rest } = JSON.parse(init.body) as Record<string, unknown>;
    if (typeof token !== "string") return inner(input, init);
    url.searchParams.set("access_token", token);
    return inner(url.toString(), { ...init, body: JSON.stringify(rest) });
  };
}

async function run(args: string[]): Promise<{ code: number; out: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), "livemock-contract-warnings-"));
  dirs.push(dir);
  const out: string[] = [];
  const io: ContractCommandIo = { env: {}, out: (t) => out.push(t), err: (t) => out.push(t), fetch: tokenInQuery(inProcessTarget().fetch), cwd: dir };
  const code = await runContractCommand(["--vendor", "xiaoe", "--target", "http://livemock.test", "--scenario", "xiaoe/live-task", "--junit", "contract.xml", ...args], io);
  return { code, out: out.join("\n"), dir };
}

const WARNING =
  "warning: request of xiaoe createLiveTask relied on xiaoe.auth.access-token-in-query: access_token came in the query string; the doc sends access_token in the JSON body of a business call";

describe("livemock contract and x-livemock-warning", () => {
  it("reports each warning under its step and counts them, and still passes", async () => {
    const { code, out, dir } = await run([]);
    expect(code).toBe(0);
    expect(out).toMatch(/✓ create .+\n {6}warning: request of xiaoe createLiveTask relied on xiaoe\.auth\.access-token-in-query/);
    expect(out).toContain(WARNING);
    expect(out).toContain("PASSED: 1 scenarios");
    expect(out).toMatch(/\d+ warnings: requests relied on what livemock accepts beyond the vendors' documented rules \(the real vendor may refuse them; --strict fails them\)/);
    const xml = await readFile(join(dir, "contract.xml"), "utf8");
    expect(xmlProblem(xml)).toBeUndefined();
    expect(xml).toContain('failures="0"');
    expect(xml).toContain(`<system-out>${WARNING.replaceAll("'", "&apos;")}`);
  });

  it("fails the steps with warnings under --strict, in the output and the JUnit XML", async () => {
    const { code, out, dir } = await run(["--strict"]);
    expect(code).toBe(1);
    expect(out).toMatch(/✗ create .+\n {6}warning: request of xiaoe createLiveTask relied on xiaoe\.auth\.access-token-in-query/);
    expect(out).toContain("FAILED: 1 of 1 scenarios");
    expect(out).toContain("--strict fails their steps");
    const xml = await readFile(join(dir, "contract.xml"), "utf8");
    expect(xmlProblem(xml)).toBeUndefined();
    expect(xml).toMatch(/<failure message="warning: request of xiaoe createLiveTask relied on xiaoe\.auth\.access-token-in-query: [^"]+" type="warning">/);
  });

  it("passes --strict when the client follows the documented rules", async () => {
    const out: string[] = [];
    const io: ContractCommandIo = { env: {}, out: (t) => out.push(t), err: (t) => out.push(t), fetch: inProcessTarget().fetch };
    expect(await runContractCommand(["--target", "http://livemock.test", "--strict"], io)).toBe(0);
    expect(out.join("\n")).not.toContain("warning");
  });
});
