import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type CliServer, startCli } from "../support/cli.ts";

let running: CliServer | undefined;

/** A port that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
afterEach(async () => {
  await running?.stop("SIGKILL");
  running = undefined;
});

describe("livemock serve", () => {
  it("answers GET /__livemock/health with 200 JSON on the port given by --port", async () => {
    running = await startCli(["--port", "0"]);
    const res = await fetch(`${running.url}/__livemock/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(await res.json()).toMatchObject({ status: "ok", service: "livemock" });
  });

  it("takes the port from LIVEMOCK_PORT when no flag is given", async () => {
    const port = await freePort();
    running = await startCli([], { LIVEMOCK_PORT: String(port) });
    expect(running.url).toBe(`http://127.0.0.1:${port}`);
  });

  it("lets --port win over LIVEMOCK_PORT", async () => {
    running = await startCli(["--port", "0"], { LIVEMOCK_PORT: "not-a-port" });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("refuses a bad LIVEMOCK_PORT with a clear message and exit code 2", async () => {
    await expect(startCli([], { LIVEMOCK_PORT: "99999" }, 10_000)).rejects.toThrow(/exited with 2[\s\S]*--port must be an integer in \[0, 65535\], got "99999"/);
  });

  it("shuts down cleanly on SIGTERM", async () => {
    running = await startCli(["--port", "0"]);
    const code = await running.stop("SIGTERM");
    running = undefined;
    expect(code).toBe(0);
  });

  it("answers an unknown path with a JSON 404, not an HTML page", async () => {
    running = await startCli(["--port", "0"]);
    const res = await fetch(`${running.url}/no/such/path`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: "not_found" });
  });
});
