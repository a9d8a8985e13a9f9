// The README's "Your own HTTP server" example, verbatim inside the test: keep it in sync with README.md.
import { expect, it } from "vitest";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createMockApp, createNodeListener } from "livemock";

it("serves the vendors from a node:http server the user creates", async () => {
  const logged: unknown[] = [];
  const console = { log: (value: unknown) => logged.push(value) };
  await new Promise<void>((done) => {
    const app = createMockApp({ seed: 7, rateLimits: false });
    const server = createServer(createNodeListener(app)); // vendor calls and health on the fast path, the rest of /__livemock through Hono
    server.listen(0, "127.0.0.1", async () => {
      const { port } = server.address() as AddressInfo;
      const token = await fetch(`http://127.0.0.1:${port}/token?app_id=apptrfbbm2m8971&client_id=livemock-client&secret_key=livemock-xiaoe-secret&grant_type=client_credential`);
      console.log((await token.json()).code); // 0
      app.livemock.reset(); // seeded state again, journal cleared
      server.close();
      done();
    });
  });
  expect(logged).toEqual([0]);
});
