// The README's "Vendor callbacks" receiver example, verbatim inside the test: keep it in sync with
// README.md. livemock runs as `livemock serve` does (startServer, targets as --callback gives them),
// and room events are published on the app's bus as the rooms engine publishes them.
import { expect, it } from "vitest";
import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import { decryptXiaoePush, verifyPolyvCallback, verifyVolcengineCallback } from "livemock/callbacks";
import { startServer } from "livemock";
import { startCli } from "../support/cli.ts";

it("receives, checks and acks a callback of each vendor", async () => {
  const logged: unknown[][] = [];
  const console = { log: (...values: unknown[]) => logged.push(values) };
  process.env.RECEIVER_PORT = "0";

  const xiaoe = { token: "livemockxiaoetok", encodingAESKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", appId: "apptrfbbm2m8971" };
  const receiver = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const url = new URL(req.url ?? "/", "http://receiver");
    if (url.pathname === "/volcengine") {
      // POST JSON, or a GET whose query holds the fields (ActivityStatusModifyCallBack)
      const verdict = verifyVolcengineCallback(req.method === "GET" ? url.searchParams : body, "livemock-volc-callback-secret");
      if (!verdict.ok) return res.writeHead(401).end(verdict.reason);
      if (verdict.event.EventType === "ActivityRedPacketInfoCallBack") console.log("red packet", verdict.event.RedPacketId, verdict.event.UserInfos.length);
      return res.writeHead(200, { "content-type": "application/json" }).end('{"message":"ok"}'); // any 2xx acks
    }
    if (url.pathname === "/polyv") {
      const verdict = verifyPolyvCallback(url.searchParams, "livemock-polyv-secret");
      if (verdict.ok) console.log("polyv", verdict.event.channelId, verdict.event.status);
      return res.writeHead(200).end("success"); // Polyv does not retry
    }
    if (url.pathname === "/xiaoe") {
      const verdict = decryptXiaoePush({ query: url.searchParams, body }, xiaoe);
      if (verdict.ok && verdict.message.type === "live_task") console.log("xiaoe task", verdict.message.xe_data.data.user_id);
      return res.writeHead(200).end(verdict.ok ? "success" : "fail"); // anything but "success" comes again after 5 min, 30 min, ...
    }
    res.writeHead(404).end();
  });
  receiver.listen(Number(process.env.RECEIVER_PORT ?? 9000), "127.0.0.1");
  // livemock serve --callback volcengine=http://127.0.0.1:9000/volcengine --callback polyv=http://127.0.0.1:9000/polyv --callback xiaoe=http://127.0.0.1:9000/xiaoe
  await new Promise((resolve) => receiver.once("listening", resolve));
  const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

  const mock = await startServer({ port: 0, callbacks: { targets: { volcengine: { url: `${base}/volcengine` }, polyv: { url: `${base}/polyv` }, xiaoe: { url: `${base}/xiaoe` } } } });
  const bus = mock.app.livemock.context.roomEvents;
  const at = Date.now();
  let seq = 0;
  const room = (vendor: string, live: string, owner: string) => ({ at, roomId: `${vendor}-room`, vendor, live, owner });
  bus.publish({ ...room("volcengine", "1824920000234844", "AKLTlivemockdemo"), seq: ++seq, type: "redpacket.ended", object: { kind: "redPacket", id: 1825100000340169 }, data: { grabs: [{ UserId: "1", Amount: 100 }, { UserId: "2", Amount: 50 }] } });
  bus.publish({ ...room("polyv", "4854808", "frlr1zazn3"), seq: ++seq, type: "room.started" });
  bus.publish({ ...room("xiaoe", "l_696ef6c1e4b0694c5b78ba7b", "apptrfbbm2m8971"), seq: ++seq, type: "task.completed", viewerId: "u_1", object: { kind: "task", id: 1 } });
  await expect.poll(() => logged.length, { timeout: 5000 }).toBe(3);
  await mock.app.livemock.control.callbacks!.idle();
  expect(logged.sort()).toEqual([["polyv", "4854808", "live"], ["red packet", 1825100000340169, 2], ["xiaoe task", "u_1"]].sort());
  expect(mock.app.livemock.control.callbacks!.attempts().map((a) => a.outcome)).toEqual(["acked", "acked", "acked"]);
  await mock.close();
  receiver.close();
  delete process.env.RECEIVER_PORT;
});

it("takes the targets from livemock serve's flags and refuses hosts off the allow-list beyond loopback", async () => {
  const cli = await startCli(["--port", "0", "--callback", "xiaoe=http://127.0.0.1:9/push", "--xiaoe-callback-mode", "plain", "--callback-allow", "127.0.0.1:9"], { LIVEMOCK_CALLBACK_POLYV_URL: "http://127.0.0.1:9/polyv" });
  try {
    const listed = (await (await fetch(`${cli.url}/__livemock/callbacks`)).json()) as Record<string, any>;
    expect(listed.targets).toEqual({ polyv: { url: "http://127.0.0.1:9/polyv" }, xiaoe: { url: "http://127.0.0.1:9/push", mode: "plain", token: "(16 characters)", encodingAESKey: "(43 characters)" } });
    expect(listed.allowList).toEqual({ restricted: true, allow: ["127.0.0.1:9"] });
  } finally {
    await cli.stop();
  }
});
