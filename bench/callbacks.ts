/**
 * `npm run bench:callbacks`: 1,000 callbacks to a slow receiver (500 ms an answer, in its own
 * process) while a vendor endpoint is loaded, against the same endpoint with no callbacks owed. The
 * mock runs in its own process (bench/callback-mock.ts); the deliveries are triggered there as room
 * events. Prints requests/s and p50/p99 of a signed Polyv channel read in both phases, how long
 * publishing the 1,000 events took (the room's cost), and when the last delivery was acked.
 *
 * Environment: BENCH_SECONDS (default 5), BENCH_CONNECTIONS (default 32), BENCH_EVENTS (default
 * 1000), RECEIVER_DELAY_MS (default 500).
 */
import autocannon from "autocannon";
import { signPolyvQuery } from "../src/contracts/polyv/signing.ts";
import { DEMO_CREDENTIALS } from "../src/mock/credentials.ts";
import { cpuMs, startChild } from "./child-process.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const events = Number(process.env.BENCH_EVENTS ?? 1000);

/** A signed read that leaves the store as it is (a create would grow it between the two phases). */
function channelGet(): string {
  const app = DEMO_CREDENTIALS.polyv[0]!;
  return `/live/v4/channel/basic/get?${new URLSearchParams(signPolyvQuery({ channelId: 4854808 }, { appId: app.appId, appSecret: app.appSecret, timestamp: Date.now() }))}`;
}

interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** The mock's CPU time per request in µs (Linux): what a shared, loaded machine does not blur. */
  cpuUs: number;
}

async function load(url: string, pid: number | undefined): Promise<Measurement> {
  const before = cpuMs(pid) ?? 0;
  const result = await autocannon({ url: `${url}${channelGet()}`, connections, duration: seconds });
  const cpuUs = (((cpuMs(pid) ?? 0) - before) * 1000) / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts, cpuUs };
}

/** Deliveries still owed (queued, in flight, waiting for a retry). */
async function owed(url: string): Promise<number> {
  const { pending } = (await (await fetch(`${url}/__livemock/callbacks`)).json()) as { pending: Record<string, number> };
  return Object.values(pending).reduce((sum, n) => sum + n, 0);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const receiver = await startChild(["bench/slow-receiver.ts"]);
  const mock = await startChild(["bench/callback-mock.ts"], { BENCH_RECEIVER: receiver.url, BENCH_EVENTS: String(events) });
  mock.child.stdout!.on("data", (chunk: Buffer) => process.stdout.write(`  mock: ${chunk}`));
  try {
    console.log(
      `livemock callbacks bench: ${events} deliveries to a receiver answering after ${process.env.RECEIVER_DELAY_MS ?? 500} ms; ${connections} connections, ${seconds} s per measurement, ${rounds} rounds (quiet, then busy), node ${process.version}`,
    );
    await load(mock.url, mock.child.pid); // warm-up
    const quiet: Measurement[] = [];
    const busy: Measurement[] = [];
    const drained: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      quiet.push(await load(mock.url, mock.child.pid));
      const fired = Date.now();
      mock.child.kill("SIGUSR2");
      await new Promise((resolve) => setTimeout(resolve, 50)); // the events are published
      busy.push(await load(mock.url, mock.child.pid));
      while ((await owed(mock.url)) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      drained.push(Date.now() - fired);
    }
    const row = (name: string, ms: Measurement[]) =>
      `  ${name.padEnd(40)} ${median(ms.map((m) => m.rps))
        .toFixed(0)
        .padStart(8)} req/s  ${median(ms.map((m) => m.cpuUs))
        .toFixed(0)
        .padStart(
          4,
        )} µs CPU/req  p50 ${String(median(ms.map((m) => m.p50))).padStart(3)} ms  p99 ${String(median(ms.map((m) => m.p99))).padStart(3)} ms  non-2xx ${ms.reduce((n, m) => n + m.non2xx, 0)}  errors ${ms.reduce((n, m) => n + m.errors, 0)}  (rounds: ${ms.map((m) => m.rps.toFixed(0)).join(", ")})`;
    console.log("medians:");
    console.log(row("polyv channel get, no callbacks owed", quiet));
    console.log(row(`polyv channel get, ${events} callbacks owed`, busy));
    console.log(`  ratio busy/quiet: ${(median(busy.map((m) => m.rps)) / median(quiet.map((m) => m.rps))).toFixed(2)} (median req/s)`);
    // The deliveries' own cost: one more round with no load, the mock's CPU from the events to the last ack.
    const cpuBefore = cpuMs(mock.child.pid) ?? 0;
    mock.child.kill("SIGUSR2");
    await new Promise((resolve) => setTimeout(resolve, 50));
    while ((await owed(mock.url)) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    console.log(`  mock CPU per delivery (publish, sign, send, read the answer, log), no load: ${((((cpuMs(mock.child.pid) ?? 0) - cpuBefore) * 1000) / events).toFixed(0)} µs`);
    const notAcked = (await (await fetch(`${mock.url}/__livemock/callbacks/deliveries?status=retry-scheduled&limit=1`)).json()) as { total: number };
    console.log(`  attempts not acked at the first try: ${notAcked.total}`);
    console.log(`  all ${events} deliveries done after ${median(drained)} ms (median; 16 in flight at once: ${Math.ceil(events / 16) * 0.5} s at best)`);
  } finally {
    mock.child.kill("SIGTERM");
    receiver.child.kill("SIGTERM");
  }
}

await main();
