/**
 * The mock for `npm run bench:callbacks`: `livemock serve` (startServer) calling BENCH_RECEIVER back
 * for Volcengine viewer events (CallbackType 23), which publishes BENCH_EVENTS room events at once on
 * SIGUSR2, as the rooms engine publishes them, and prints how long the publishing took.
 */
import { startServer } from "../src/mock/serve.ts";

const events = Number(process.env.BENCH_EVENTS ?? 1000);
const running = await startServer({
  port: 0,
  rateLimits: false,
  callbacks: { targets: { volcengine: { url: process.env.BENCH_RECEIVER ?? "http://127.0.0.1:9/", types: [23] } }, logCapacity: events * 2 },
});
console.log(`listening on ${running.url}`);
let round = 0;
process.on("SIGUSR2", () => {
  const bus = running.app.livemock.context.roomEvents;
  const at = running.app.livemock.context.clock.now();
  const started = performance.now();
  round++;
  for (let i = 0; i < events; i++) {
    bus.publish({ seq: i + 1, at, type: "viewer.joined", roomId: `bench-${round}`, vendor: "volcengine", live: "1824920000234844", owner: "AKLTlivemockdemo", viewerId: String(1738680000000000 + i) });
  }
  console.log(`published ${events} room events in ${(performance.now() - started).toFixed(2)} ms`);
});
process.on("SIGTERM", () => running.close().then(() => process.exit(0)));
