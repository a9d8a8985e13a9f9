/**
 * `npm run soak`: starts `livemock serve` as a child process (loopback, rate limits off), drives
 * SOAK_REQUESTS requests (default 1,000,000) at it with autocannon, bounded by SOAK_SECONDS (default
 * 400), in phases of at most 150 s whose requests are signed afresh (Polyv's signed timestamps are
 * only valid for 3 minutes), and reads the child's resident
 * memory from /proc at the start, every few seconds, and at the end.
 *
 * The mix cycles through the three vendors' signed paths: about 60% reads (Polyv lottery list and
 * get, Xiaoe task.get, Volcengine Get/List), 39% requests the mock refuses (bad signature, unknown
 * token, invalid body, unknown path) and 1% creates (the signed create paths of bench/scenarios.ts).
 * Creates grow the store legitimately (about 10,000 objects over a full run), which is why they are
 * kept rare: what must stay flat is everything else (journal, rate-limit maps, per-request garbage).
 *
 * Environment: SOAK_REQUESTS, SOAK_SECONDS, SOAK_CONNECTIONS (default 32), SOAK_RSS_LIMIT_MB (150).
 */
import autocannon from "autocannon";
import { signPolyvQuery } from "../src/contracts/polyv/signing.ts";
import { signedRequestHeaders } from "../src/contracts/volcengine/signing/index.ts";
import { DEMO_CREDENTIALS } from "../src/mock/credentials.ts";
import { rssMb, startBundledMock } from "./child-process.ts";
import { type BenchRequest, polyvSave, volcengineCreate, xiaoeCreate } from "./scenarios.ts";

const totalRequests = Number(process.env.SOAK_REQUESTS ?? 1_000_000);
const seconds = Number(process.env.SOAK_SECONDS ?? 400);
/** Polyv's signed timestamps live 3 minutes: each phase re-signs its requests and runs at most this long. */
const PHASE_SECONDS = 150;
const connections = Number(process.env.SOAK_CONNECTIONS ?? 32);
const limitMb = Number(process.env.SOAK_RSS_LIMIT_MB ?? 150);

const startMock = () => startBundledMock(["--no-rate-limits"]);

type Step = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };

const polyv = DEMO_CREDENTIALS.polyv[0]!;
const xiaoe = DEMO_CREDENTIALS.xiaoe[0]!;
const volc = DEMO_CREDENTIALS.volcengine[0]!;

function polyvGet(path: string, params: Record<string, string>, secret = polyv.appSecret): Step {
  const query = signPolyvQuery(params, { appId: polyv.appId, appSecret: secret, timestamp: Date.now() });
  return { method: "GET", path: `${path}?${new URLSearchParams(query)}` };
}

function volcCall(method: "GET" | "POST", query: Record<string, string>, body?: string, sk = volc.secretAccessKey): Step {
  const headers = signedRequestHeaders({ method, path: "/", query, headers: body === undefined ? {} : { "content-type": "application/json" }, body, ak: volc.accessKeyId, sk, date: new Date() });
  return { method, path: `/?${new URLSearchParams(query)}`, headers, ...(body === undefined ? {} : { body }) };
}

const asStep = (r: BenchRequest): Step => ({ method: r.method, path: r.path, headers: r.headers, ...(r.body === undefined ? {} : { body: r.body }) });

/** One cycle of 100 requests: 60 reads, 39 refusals, 1 create (rotating the vendor per connection cycle). */
async function buildMix(url: string): Promise<Step[]> {
  const token = (
    (await (await fetch(`${url}/token?${new URLSearchParams({ app_id: xiaoe.appId, client_id: xiaoe.clientId, secret_key: xiaoe.secretKey, grant_type: "client_credential" })}`)).json()) as {
      data: { access_token: string };
    }
  ).data.access_token;
  const created = (await (
    await fetch(`${url}/xe.alive.marketing.task.create/1.0.0`, { method: "POST", headers: { "content-type": "application/json" }, body: (await xiaoeCreate(url)).body })
  ).json()) as { data: { task_id: number } };
  const json = { "content-type": "application/json" };
  const volcList = { Action: "ListActivityRedPacket", Version: "2023-08-01", ActivityID: "1824920000234844", PageNo: "1", PageItemCount: "10" };
  const reads: Step[] = [
    polyvGet("/live/v4/channel/lottery-activity/list", { channelId: "2974342", pageNumber: "1", pageSize: "10" }),
    polyvGet("/live/v4/channel/task-reward-activity/page", { channelId: "4854808", pageNumber: "1", pageSize: "10" }),
    {
      method: "POST",
      path: "/xe.alive.marketing.task.get/1.0.0",
      headers: json,
      body: JSON.stringify({ access_token: token, alive_id: "l_696ef6c1e4b0694c5b78ba7b", live_task_id: created.data.task_id }),
    },
    volcCall("GET", volcList),
    volcCall("GET", { Action: "GetActivityRedPacket", Version: "2023-08-01", ActivityID: "1824920000234844", RedPacketID: "1825100000340169" }),
    { method: "GET", path: "/__livemock/health" },
  ];
  const refusals: Step[] = [
    polyvGet("/live/v4/channel/lottery-activity/list", { channelId: "2974342" }, "wrong-secret"),
    { ...polyvGet("/live/v4/channel/task-reward-activity/save", {}), method: "POST", headers: json, body: '{"channelId":"x",' },
    { method: "POST", path: "/xe.alive.marketing.task.create/1.0.0", headers: json, body: JSON.stringify({ access_token: "xe_0000000000000_unknown", alive_id: "l_x" }) },
    { method: "POST", path: "/xe.alive.marketing.task.create/1.0.0", headers: json, body: JSON.stringify({ access_token: token, alive_id: "l_696ef6c1e4b0694c5b78ba7b", task_type: 9 }) },
    volcCall("POST", { Action: "CreateActivityRedPacket", Version: "2023-08-01" }, JSON.stringify({ ActivityID: 1824920000234844, TotalAmount: -1 })),
    volcCall("GET", volcList, undefined, "wrong-secret"),
    { method: "GET", path: "/live/v4/no/such/path" },
  ];
  const creates = [asStep(await polyvSave(url)), asStep(await xiaoeCreate(url)), asStep(await volcengineCreate(url))];
  const steps: Step[] = [];
  for (let i = 0; i < 60; i++) steps.push(reads[i % reads.length]!);
  for (let i = 0; i < 39; i++) steps.push(refusals[i % refusals.length]!);
  steps.push(creates[0]!);
  // Spread the three creates over three cycles: each connection starts its cycle at a different create.
  return [...steps, ...steps.slice(0, 99), creates[1]!, ...steps.slice(0, 99), creates[2]!];
}

async function main(): Promise<void> {
  console.log(`livemock soak: ${totalRequests} requests, at most ${seconds} s, ${connections} connections, loopback only, node ${process.version}`);
  const mock = await startMock();
  const pid = mock.child.pid;
  const samples: { at: number; mb: number }[] = [];
  const sample = (at: number) => {
    const mb = rssMb(pid);
    if (mb !== undefined) samples.push({ at, mb });
  };
  try {
    // Warm up (JIT, lazy compilation) before the first sample, so "start" is the steady footprint.
    await autocannon({ url: mock.url, connections, amount: 20_000, requests: await buildMix(mock.url) });
    const started = Date.now();
    sample(0);
    const timer = setInterval(() => sample((Date.now() - started) / 1000), 10_000);
    const result = { total: 0, ok: 0, non2xx: 0, errors: 0, timeouts: 0, p50: 0, p99: 0, phases: 0 };
    while (result.total < totalRequests && (Date.now() - started) / 1000 < seconds) {
      const mix = await buildMix(mock.url); // freshly signed for this phase
      const left = seconds - (Date.now() - started) / 1000;
      let stop: NodeJS.Timeout | undefined;
      const phase = await new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon({ url: mock.url, connections, amount: totalRequests - result.total, requests: mix, timeout: 10 }, (error, done) => (error ? reject(error) : resolve(done)));
        stop = setTimeout(() => instance.stop(), Math.min(PHASE_SECONDS, left) * 1000);
      });
      clearTimeout(stop);
      result.total += phase.requests.total;
      result.ok += phase["2xx"];
      result.non2xx += phase.non2xx;
      result.errors += phase.errors;
      result.timeouts += phase.timeouts;
      result.p50 = Math.max(result.p50, phase.latency.p50);
      result.p99 = Math.max(result.p99, phase.latency.p99);
      result.phases += 1;
    }
    clearInterval(timer);
    const duration = (Date.now() - started) / 1000;
    sample((Date.now() - started) / 1000);
    const start = samples[0]?.mb;
    const end = samples.at(-1)?.mb;
    const peak = Math.max(...samples.map((s) => s.mb));
    console.log(
      `requests ${result.total} in ${duration.toFixed(1)} s over ${result.phases} phase(s) (${Math.round(result.total / duration)} req/s), 2xx ${result.ok}, non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
    );
    console.log(`latency (worst phase) p50 ${result.p50} ms, p99 ${result.p99} ms`);
    console.log(`RSS (MB) over time: ${samples.map((s) => `${s.at.toFixed(0)}s=${s.mb.toFixed(1)}`).join("  ")}`);
    if (start !== undefined && end !== undefined) {
      console.log(`RSS start ${start.toFixed(1)} MB, end ${end.toFixed(1)} MB, peak ${peak.toFixed(1)} MB: ${peak < limitMb ? "stayed under" : "EXCEEDED"} ${limitMb} MB`);
    }
    if (result.total < totalRequests) console.log(`note: stopped by the ${seconds} s cap after ${result.total} requests`);
    if (result.errors + result.timeouts > 0 || peak >= limitMb) process.exitCode = 1;
  } finally {
    mock.child.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
