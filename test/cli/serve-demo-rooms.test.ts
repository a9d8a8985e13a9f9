import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliServer, startCli } from "../support/cli.ts";

let server: CliServer;
beforeAll(async () => {
  server = await startCli(["--port", "0", "--demo"], {}, 60_000);
}, 90_000);
afterAll(() => server?.stop("SIGKILL"));

describe("livemock serve --demo", () => {
  it("opens on a live room per vendor, already full of viewers", async () => {
    const { rooms } = (await (await fetch(`${server.url}/__livemock/rooms`)).json()) as { rooms: any[] };
    expect(rooms.map((r) => [r.vendor, r.live, r.state])).toEqual([
      ["polyv", "4854808", "playing"],
      ["xiaoe", "l_696ef6c1e4b0694c5b78ba7b", "playing"],
      ["volcengine", "1824920000234844", "playing"],
    ]);
    for (const room of rooms) expect(room.viewersOnline).toBeGreaterThan(0);
  });
});
