/**
 * `npm run bench`: loads the mock, a raw node:http baseline and the floor server in the same run, on
 * loopback only and for a bounded time, and prints requests/s, p50/p99 latency, server CPU per
 * request and the throughput ratios for each vendor's signed create path. Rate-limit emulation is
 * off for the mock. The floor (`bench/floor-server.ts`) is the raw server plus only the vendor's
 * authentication and the JSON parse: the most any mock that checks credentials as the vendor does
 * could reach on this machine.
 *
 * Then the same create paths over the Redis store (`--store redis://...`, bench/redis-store.ts), with one
 * replica and with two sharing the load, next to the in-memory figure of this run.
 *
 * Environment: BENCH_SECONDS (per measurement, default 5), BENCH_CONNECTIONS (default 32).
 */
import autocannon from "autocannon";
import { cpuMs, MOCK_NODE_FLAGS, startBundledMock, startChild } from "./child-process.ts";
import { redisStoreRows } from "./redis-store.ts";
import { type BenchRequest, scenarios } from "./scenarios.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

interface Measurement {
  rps: number;
  /** Server CPU time per request in µs (Linux only). */
  cpuUs?: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, request: BenchRequest, duration: number, pid?: number): Promise<Measurement> {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({
    url: `${url}${request.path}`,
    method: request.method,
    headers: request.headers,
    body: request.body,
    connections,
    duration,
  });
  const cpuAfter = cpuMs(pid);
  const cpuUs = cpuBefore !== undefined && cpuAfter !== undefined ? ((cpuAfter - cpuBefore) * 1000) / result.requests.total : undefined;
  return { rps: result.requests.average, cpuUs, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(9);

async function main(): Promise<void> {
  console.log(`livemock bench: ${connections} connections, ${seconds} s per measurement, loopback only, node ${process.version}`);
  const mock = await startBundledMock(["--no-rate-limits"]);
  const rows: string[] = [];
  const memoryRps = new Map<string, number>();
  let worst = Infinity;
  try {
    for (const scenario of scenarios) {
      const request = await scenario(mock.url);
      const raw = await startChild(["bench/raw-server.ts"], { RAW_PAYLOAD: request.rawPayload });
      // The floor runs with the mock's V8 flags: it stands for the mock with nothing of its own.
      const floor = await startChild(["bench/floor-server.ts"], { RAW_PAYLOAD: request.rawPayload, ...request.floorEnv }, MOCK_NODE_FLAGS);
      try {
        await load(mock.url, request, 1); // warm-up
        await load(raw.url, request, 1);
        await load(floor.url, request, 1);
        const m = await load(mock.url, request, seconds, mock.child.pid);
        const r = await load(raw.url, request, seconds, raw.child.pid);
        const f = await load(floor.url, request, seconds, floor.child.pid);
        memoryRps.set(request.name, m.rps);
        const ratio = m.rps / r.rps;
        worst = Math.min(worst, ratio);
        const cpu = (x: Measurement) => (x.cpuUs === undefined ? "" : `  cpu ${fmt(x.cpuUs, 1)} µs/req`);
        const row = (label: string, x: Measurement) => `${label} ${fmt(x.rps)} req/s  p50 ${fmt(x.p50, 1)} ms  p99 ${fmt(x.p99, 1)} ms${cpu(x)}  non-2xx ${x.non2xx}  errors ${x.errors}`;
        rows.push(`${request.name.padEnd(40)} ${row("mock ", m)}`);
        rows.push(`${"".padEnd(40)} ${row("floor", f)}`);
        rows.push(`${"".padEnd(40)} ${row("raw  ", r)}`);
        rows.push(`${"".padEnd(40)} ratio mock/raw ${ratio.toFixed(2)} (target >= 0.50); floor/raw ${(f.rps / r.rps).toFixed(2)}; mock/floor ${(m.rps / f.rps).toFixed(2)}`);
        for (const [label, x] of [
          ["mock", m],
          ["floor server", f],
        ] as const) {
          if (x.non2xx > 0) rows.push(`${"".padEnd(40)} WARNING: the ${label} answered ${x.non2xx} non-2xx responses: the scenario is not measuring the success path`);
        }
      } finally {
        raw.child.kill("SIGTERM");
        floor.child.kill("SIGTERM");
      }
    }
  } finally {
    mock.child.kill("SIGTERM");
  }
  console.log(rows.join("\n"));
  console.log(`worst ratio ${worst.toFixed(2)}`);
  console.log((await redisStoreRows(scenarios, memoryRps, seconds, connections)).join("\n"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
