/**
 * `npm run bench`: loads the mock and a raw node:http baseline in the same run, on loopback only and
 * for a bounded time, and prints requests/s, p50/p99 latency and the mock/raw throughput ratio for
 * each vendor's signed create path. Rate-limit emulation is off for the mock.
 *
 * Environment: BENCH_SECONDS (per measurement, default 5), BENCH_CONNECTIONS (default 32).
 */
import autocannon from "autocannon";
import { cpuMs, startBundledMock, startChild } from "./child-process.ts";
import { scenarios, type BenchRequest } from "./scenarios.ts";

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
  let worst = Infinity;
  try {
    for (const scenario of scenarios) {
      const request = await scenario(mock.url);
      const raw = await startChild(["bench/raw-server.ts"], { RAW_PAYLOAD: request.rawPayload });
      try {
        await load(mock.url, request, 1); // warm-up
        await load(raw.url, request, 1);
        const m = await load(mock.url, request, seconds, mock.child.pid);
        const r = await load(raw.url, request, seconds, raw.child.pid);
        const ratio = m.rps / r.rps;
        worst = Math.min(worst, ratio);
        const cpu = (x: Measurement) => (x.cpuUs === undefined ? "" : `  cpu ${fmt(x.cpuUs, 1)} µs/req`);
        rows.push(`${request.name.padEnd(40)} mock ${fmt(m.rps)} req/s  p50 ${fmt(m.p50, 1)} ms  p99 ${fmt(m.p99, 1)} ms${cpu(m)}  non-2xx ${m.non2xx}  errors ${m.errors}`);
        rows.push(`${"".padEnd(40)} raw  ${fmt(r.rps)} req/s  p50 ${fmt(r.p50, 1)} ms  p99 ${fmt(r.p99, 1)} ms${cpu(r)}`);
        rows.push(`${"".padEnd(40)} ratio mock/raw ${ratio.toFixed(2)} (target >= 0.50)`);
        if (m.non2xx > 0) rows.push(`${"".padEnd(40)} WARNING: the mock answered ${m.non2xx} non-2xx responses: the scenario is not measuring the success path`);
      } finally {
        raw.child.kill("SIGTERM");
      }
    }
  } finally {
    mock.child.kill("SIGTERM");
  }
  console.log(rows.join("\n"));
  console.log(`worst ratio ${worst.toFixed(2)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
