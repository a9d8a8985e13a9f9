/**
 * A callback receiver that takes its time: answers 200 after RECEIVER_DELAY_MS (default 500) and
 * counts what it got. Usage: tsx bench/slow-receiver.ts (prints "listening on http://127.0.0.1:<port>").
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const delay = Number(process.env.RECEIVER_DELAY_MS ?? 500);
let received = 0;
const server = createServer((req, res) => {
  req.on("data", () => undefined);
  req.on("end", () => {
    received++;
    setTimeout(() => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"message":"ok"}');
    }, delay);
  });
});
server.listen(0, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.on("SIGTERM", () => {
  console.error(`slow receiver: ${received} requests`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
