/**
 * The baseline for `npm run bench`: a bare node:http server that reads the body and answers a fixed
 * JSON document, the least any server answering the same request must do.
 * Usage: tsx bench/raw-server.ts  (prints "listening on http://127.0.0.1:<port>")
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const payload = process.env.RAW_PAYLOAD ?? JSON.stringify({ code: 200, status: "success", requestId: "0", data: 10465, success: true });

const server = createServer((req, res) => {
  req.on("data", () => undefined);
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    res.end(payload);
  });
});
server.listen(0, "127.0.0.1", () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
