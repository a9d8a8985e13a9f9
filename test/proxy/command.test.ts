/**
 * The proxy commands in-process: help with every drift kind, usage errors (exit 2), and a proxy
 * session driven to its end by a stop signal.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DRIFT_KIND_NAMES } from "../../src/contracts/core/drift-kinds.ts";
import { signPolyvQuery } from "../../src/contracts/polyv/index.ts";
import { type ProxyCommandIo, runDriftCommand, runProxyCommand, runReplayCommand } from "../../src/proxy/command.ts";
import { DEMO, fakeUpstream, mockApp, verifiers } from "./support.ts";

function capture(cwd?: string): { io: ProxyCommandIo; out(): string; err(): string; stop(signal: string): void; started: Promise<void> } {
  let out = "";
  let err = "";
  let stopper: ((signal: string) => void) | undefined;
  let started!: () => void;
  const ready = new Promise<void>((resolve) => (started = resolve));
  return {
    io: {
      out: (text) => (out += `${text}\n`),
      err: (text) => (err += `${text}\n`),
      onStop: (stop) => {
        stopper = stop;
        started();
      },
      ...(cwd === undefined ? {} : { cwd }),
    },
    out: () => out,
    err: () => err,
    stop: (signal) => stopper?.(signal),
    started: ready,
  };
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("livemock proxy, drift and replay commands", () => {
  it("--help explains the commands and lists every drift kind", async () => {
    const run = capture();
    expect(await runProxyCommand(["--help"], run.io)).toBe(0);
    for (const kind of DRIFT_KIND_NAMES) expect(run.out()).toContain(kind);
    expect(run.out()).toContain("livemock drift <dir> [--format text|json|junit] [--seed-file <out.yaml>]");
    expect(run.out()).toContain("sign for the upstream's host");
  });

  it.each([
    [["--upstream", "http://127.0.0.1:1"], "--vendor must be one of polyv, xiaoe, volcengine"],
    [["--vendor", "wechat"], '--vendor must be one of polyv, xiaoe, volcengine, got "wechat"'],
    [["--vendor", "polyv", "--upstream", "ftp://x"], '--upstream must be an http(s) URL, got "ftp://x"'],
    [["--vendor", "polyv", "--port", "99999"], "--port must be an integer in [0, 65535]"],
    [["--vendor", "polyv", "--timeout", "0"], "--timeout must be a positive number of milliseconds"],
    [["--vendor", "polyv", "--nope"], "Unknown option '--nope'"],
  ])("proxy %j is a usage error (exit 2)", async (args, message) => {
    const run = capture();
    expect(await runProxyCommand(args, run.io)).toBe(2);
    expect(run.err()).toContain(message);
  });

  it("drift and replay name a dir that holds no recording (exit 2 and 1)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "livemock-no-recording-"));
    dirs.push(dir);
    const drift = capture();
    expect(await runDriftCommand([dir], drift.io)).toBe(2);
    expect(drift.err()).toContain("is not a record dir of livemock proxy (no exchanges/ folder)");
    const replay = capture();
    expect(await runReplayCommand([dir, "--port", "0"], replay.io)).toBe(1);
    expect(await runDriftCommand([], capture().io)).toBe(2);
  });

  it("runs a session until it is told to stop, then reports", async () => {
    const dir = await mkdtemp(join(tmpdir(), "livemock-proxy-command-"));
    dirs.push(dir);
    const upstream = await fakeUpstream(verifiers.polyv, (_arrived, mocked) => mocked!, mockApp());
    try {
      const run = capture(dir);
      const done = runProxyCommand(["--vendor", "polyv", "--upstream", upstream.url, "--port", "0", "--record", "rec"], run.io);
      await run.started;
      const url = /listening on (http:\/\/\S+)/.exec(run.out())![1]!;
      const query = new URLSearchParams(signPolyvQuery({ channelId: 2974342 }, { ...DEMO.polyv, timestamp: Date.now() }));
      expect((await fetch(`${url}/live/v4/channel/lottery-activity/list?${query}`)).status).toBe(200);
      run.stop("SIGINT");
      expect(await done).toBe(0);
      expect(run.out()).toContain("NO DRIFT: livemock and the upstream agree on all 1 exchanges");
      expect(await readdir(join(dir, "rec"))).toEqual(expect.arrayContaining(["drift.json", "drift.junit.xml", "exchanges", "recording.json"]));
    } finally {
      await upstream.close();
    }
  });
});
