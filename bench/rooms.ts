/**
 * `npm run bench:rooms`: plays a big live room on the mock clock and measures what it costs. Starts
 * the bundled mock (as `npm start` does) with the clock frozen two hours back, measures a vendor's
 * signed create path alone, then starts a room of BENCH_ROOM_VIEWERS viewers (default 10,000) for
 * two hours of mock time and advances the clock by two hours in one call while the same load runs:
 * prints the advance's duration, the events played, the server's peak RSS and the vendor path's
 * requests/s and p99 meanwhile next to its figures alone. Loopback only, bounded in time.
 *
 * Targets (issue #16): one 2-hour advance under 5 s, RSS under 250 MB, vendor calls at their speed.
 * Environment: BENCH_ROOM_VENDOR (polyv, xiaoe or volcengine; default polyv), BENCH_ROOM_LIVE,
 * BENCH_ROOM_VIEWERS, BENCH_SECONDS (the load alone, default 5), BENCH_CONNECTIONS (default 32).
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { rssMb, startBundledMock } from "./child-process.ts";
import { polyvSave, volcengineCreate, xiaoeCreate } from "./scenarios.ts";

const HOURS_2 = 2 * 3_600_000;
const vendor = process.env.BENCH_ROOM_VENDOR ?? "polyv";
const lives: Record<string, string> = { polyv: "5004544", xiaoe: "l_696ef6c1e4b0694c5b78ba7b", volcengine: "1824920000234845" };
const live = process.env.BENCH_ROOM_LIVE ?? lives[vendor];
const viewers = Number(process.env.BENCH_ROOM_VIEWERS ?? 10_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const loads = { polyv: polyvSave, xiaoe: xiaoeCreate, volcengine: volcengineCreate } as const;

/** Peak resident set size of a process in MB (VmHWM), from /proc. */
function peakRssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return kb === undefined ? undefined : Number(kb) / 1024;
}

async function json(url: string, method: string, body?: unknown): Promise<any> {
  const res = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const parsed = await res.json();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(parsed)}`);
  return parsed;
}

async function main(): Promise<void> {
  if (!live || !(vendor in loads)) throw new Error(`BENCH_ROOM_VENDOR must be polyv, xiaoe or volcengine, got ${vendor}`);
  console.log(`livemock rooms bench: ${vendor} live ${live}, ${viewers} viewers, 2 h of mock time; load ${connections} connections, node ${process.version}`);
  const mock = await startBundledMock(["--no-rate-limits", "--clock", "frozen"]);
  const admin = `${mock.url}/__livemock`;
  try {
    const request = await loads[vendor as keyof typeof loads](mock.url);
    const run = (duration: number) => autocannon({ url: `${mock.url}${request.path}`, method: request.method, headers: request.headers, body: request.body, connections, duration });
    await run(1);
    const alone = await run(seconds);
    const rssBefore = rssMb(mock.child.pid);
    // Two hours back, so that once the advance has moved the clock the mock's time is the wall clock
    // again and the load's signatures (made with the wall clock) are inside the vendors' windows.
    await json(`${admin}/clock`, "PUT", { now: Date.now() - HOURS_2, frozen: true });

    await json(`${admin}/rooms`, "POST", { vendor, live, viewers, durationMinutes: 120 });
    let finished: (result: autocannon.Result) => void = () => {};
    const done = new Promise<autocannon.Result>((resolve) => (finished = resolve));
    // The callback form returns the instance, which `stop()` ends; bounded at 60 s in any case.
    const instance = autocannon({ url: `${mock.url}${request.path}`, method: request.method, headers: request.headers, body: request.body, connections, duration: 60 }, (error, result) => {
      if (error) throw error;
      finished(result);
    });
    const began = performance.now();
    await json(`${admin}/clock/advance`, "POST", { hours: 2 });
    const advanceMs = performance.now() - began;
    instance.stop();
    const loaded = await done;
    const room = await json(`${admin}/rooms/room-1`, "GET");
    const peak = peakRssMb(mock.child.pid);

    const line = (label: string, r: autocannon.Result) =>
      `${label.padEnd(22)} ${r.requests.average.toFixed(0).padStart(7)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}`;
    console.log(`advance of 2 h: ${(advanceMs / 1000).toFixed(2)} s (target < 5 s); room ${room.state}, ${room.viewersTotal} viewers, ${room.eventsTotal} events`);
    console.log(`server RSS: ${rssBefore?.toFixed(0)} MB before the room, peak ${peak?.toFixed(0)} MB (target < 250 MB)`);
    console.log(line(`${vendor} alone`, alone));
    console.log(line(`${vendor} during advance`, loaded));
  } finally {
    mock.child.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
