/**
 * A user points their client at `livemock proxy` in front of the vendor. Here the vendor is a fake
 * (node:http on 127.0.0.1) that answers as livemock does but with deliberate drifts: an extra field,
 * a changed type, a missing required field, an unknown error code and message, another status,
 * accepting a request livemock refuses, refusing one it accepts. Every drift is reported with its
 * operation, kind and JSON path; the fake checks every signature with livemock's own verify
 * functions (nothing signed was altered); the recordings hold no secret, replay to the same
 * answers, and make a seed file that loads into createMockApp.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signPolyvQuery } from "../../src/contracts/polyv/index.ts";
import { signedRequestHeaders } from "../../src/contracts/volcengine/index.ts";
import { watchTaskSample } from "../../src/contracts/xiaoe/index.ts";
import { createMockApp } from "../../src/mock/app.ts";
import { readRecording } from "../../src/proxy/record-dir.ts";
import { startReplayServer } from "../../src/proxy/replay.ts";
import { formatDriftReport } from "../../src/proxy/report.ts";
import { seedFromRecording } from "../../src/proxy/seed-from-recording.ts";
import { type RunningProxy, startProxy } from "../../src/proxy/server.ts";
import type { DriftReport } from "../../src/proxy/types.ts";
import { SEED_001_BODY, SEED_003_BODY } from "../support/seed-bodies.ts";
import { DEMO, type FakeAnswer, type FakeUpstream, fakeUpstream, mockApp, verifiers } from "./support.ts";

const DAY = 86_400_000;
const START = Date.UTC(2030, 0, 1);

/** What a client sent and got through the proxy. */
interface Call {
  method: string;
  target: string;
  body?: string;
  headers: Record<string, string>;
  status: number;
  json: any;
}

/** Sends one request to `base` exactly as given (no URL normalisation), optionally with another Host header or an absolute-form target. */
function send(base: string, method: string, target: string, headers: Record<string, string>, body?: string, requestTarget = target): Promise<Call> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { hostname: url.hostname, port: url.port, method, path: requestTarget, headers: { ...headers, ...(body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) }) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ method, target, headers, status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString("utf8")), ...(body === undefined ? {} : { body }) }));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

const polyvSuccess = (data: unknown) => ({ code: 200, status: "success", requestId: "0123456789abcdef0123456789abcdef.1.17000000000000000", data, success: true });
const polyvFailure = (status: number, code: number, desc: string) => ({
  status,
  json: { code: status, status: "error", requestId: "0123456789abcdef0123456789abcdef.1.17000000000000000", error: { code, desc }, success: false },
});

/** The fake Polyv's deliberate drifts, by path (and request). */
function polyvDrift(arrived: { url: string; body: Buffer }, mocked: FakeAnswer | undefined): FakeAnswer {
  const url = new URL(arrived.url, "http://x");
  const json = mocked?.json as any;
  switch (url.pathname) {
    case "/live/v4/channel/task-reward-activity/page": {
      const { channelId: _, ...first } = json.data.contents[0];
      return { status: 200, json: { ...json, data: { ...json.data, contents: [first, ...json.data.contents.slice(1)] } } };
    }
    case "/live/v4/channel/lottery-activity/create":
      // A body without prizeName is refused by livemock (10002); this vendor accepts it.
      if (json.status === "error") return { status: 200, json: polyvSuccess({ id: 424242, activityName: "no prize", lotteryCondition: "none", amount: 1, prizeName: "" }) };
      return { status: 200, json: { ...json, data: { ...json.data, extraField: "new in the vendor" } } };
    case "/live/v4/channel/lottery-activity/get":
      return { status: 200, json: { ...json, data: { ...json.data, amount: String(json.data.amount) } } };
    case "/live/v4/channel/lottery-activity/list":
      // Channel 1 is no app's: livemock answers 30001 with HTTP 400; this vendor with 404.
      return url.searchParams.get("channelId") === "1" ? { status: 404, json } : mocked!;
    case "/live/v4/channel/task-reward-activity/delete":
      return polyvFailure(400, 99999, "活动已结束");
    case "/live/v4/channel/task-reward-activity/stop":
      return polyvFailure(400, 20002, "签名错误");
    case "/live/v4/channel/task-reward-activity/stats":
      return polyvFailure(400, 10001, "param validate error: channelId");
    default:
      return mocked!;
  }
}

let dir: string;
const sessions: Record<string, { upstream: FakeUpstream; proxy: RunningProxy; dir: string; calls: Call[]; report?: DriftReport }> = {};
/** Secrets and signatures the clients used: none may appear in a recording. */
const secrets = new Set<string>([DEMO.polyv.appSecret, DEMO.xiaoe.secretKey, DEMO.volcengine.secretKey]);

async function session(name: "polyv" | "xiaoe" | "volcengine", answer: Parameters<typeof fakeUpstream>[1], withMock: boolean) {
  const upstream = await fakeUpstream(verifiers[name], answer, withMock ? mockApp() : undefined);
  const record = join(dir, name);
  const proxy = await startProxy({ vendor: name, upstream: upstream.url, port: 0, record });
  const entry = { upstream, proxy, dir: record, calls: [] as Call[] };
  sessions[name] = entry;
  return entry;
}

/** Signs a Polyv call for now and sends it through the proxy. */
async function polyvCall(base: string, method: "GET" | "POST", path: string, params: Record<string, string | number>, body?: unknown): Promise<Call> {
  const query = new URLSearchParams(signPolyvQuery(params, { ...DEMO.polyv, timestamp: Date.now() }));
  secrets.add(query.get("sign")!);
  const raw = body === undefined ? undefined : JSON.stringify(body);
  return send(base, method, `${path}?${query}`, raw === undefined ? {} : { "content-type": "application/json" }, raw);
}

async function runPolyv(base: string): Promise<Call[]> {
  const calls: Call[] = [];
  const saved = await polyvCall(
    base,
    "POST",
    "/live/v4/channel/task-reward-activity/save",
    {},
    { ...SEED_001_BODY, startTime: START, endTime: START + DAY, tasks: SEED_001_BODY.tasks.map((t, i) => ({ ...t, sort: i + 1 })) },
  );
  calls.push(saved);
  calls.push(await polyvCall(base, "GET", "/live/v4/channel/task-reward-activity/page", { channelId: 4854808 }));
  const created = await polyvCall(base, "POST", "/live/v4/channel/lottery-activity/create", { channelId: 2974342 }, SEED_003_BODY);
  calls.push(created);
  calls.push(await polyvCall(base, "GET", "/live/v4/channel/lottery-activity/get", { channelId: 2974342, id: created.json.data.id }));
  const { prizeName: _, ...noPrize } = SEED_003_BODY;
  calls.push(await polyvCall(base, "POST", "/live/v4/channel/lottery-activity/create", { channelId: 2974342 }, { ...noPrize, activityName: "no prize" }));
  calls.push(await polyvCall(base, "GET", "/live/v4/channel/lottery-activity/list", { channelId: 1 }));
  calls.push(await polyvCall(base, "GET", "/live/v4/channel/task-reward-activity/delete", { activityId: saved.json.data }));
  calls.push(await polyvCall(base, "GET", "/live/v4/channel/task-reward-activity/stop", { activityId: saved.json.data }));
  calls.push(await polyvCall(base, "GET", "/live/v4/channel/task-reward-activity/stats", { channelId: 4854808 }));
  calls.push(await polyvCall(base, "GET", "/live/v4/channel/not-an-api", { channelId: 4854808 }));
  // Query bytes a URL library would rewrite (lower-case escapes, "+", an empty value) reach the vendor as sent.
  const odd = `/live/v4/channel/lottery-activity/list?channelId=2974342&appId=${DEMO.polyv.appId}&timestamp=${Date.now()}&note=%e4%b8%ad+x&empty=`;
  const signed = signPolyvQuery(Object.fromEntries(new URLSearchParams(odd.split("?")[1])), { ...DEMO.polyv, timestamp: Number(new URLSearchParams(odd.split("?")[1]).get("timestamp")) });
  secrets.add(signed.sign!);
  calls.push(await send(base, "GET", `${odd}&sign=${signed.sign}`, {}));
  return calls;
}

async function runXiaoe(base: string): Promise<Call[]> {
  const calls: Call[] = [];
  const token = await send(base, "GET", `/token?app_id=${DEMO.xiaoe.appId}&client_id=${DEMO.xiaoe.clientId}&secret_key=${DEMO.xiaoe.secretKey}&grant_type=client_credential`, {});
  calls.push(token);
  const accessToken: string = token.json.data.access_token;
  secrets.add(accessToken);
  const task = watchTaskSample("l_696ef6c1e4b0694c5b78ba7b", { start_at: "2030-03-01 00:00:00", end_at: "2030-03-03 00:00:00" });
  calls.push(await send(base, "POST", "/xe.alive.marketing.task.create/1.0.0", { "content-type": "application/json" }, JSON.stringify({ ...task, access_token: accessToken })));
  return calls;
}

function volcCall(base: string, upstreamHost: string, action: string, body: unknown, absolute = false): Promise<Call> {
  const raw = JSON.stringify(body);
  const query = { Action: action, Version: "2023-08-01" };
  // Signed for the upstream's host (Go SDK style: content-type;host;x-content-sha256;x-date), as a user does with the SDK's host option.
  const headers = signedRequestHeaders({
    method: "POST",
    path: "/",
    query,
    headers: { "Content-Type": "application/json", Host: upstreamHost },
    body: raw,
    ak: DEMO.volcengine.accessKeyId,
    sk: DEMO.volcengine.secretKey,
    date: new Date(),
    style: "go",
  });
  secrets.add(headers.Authorization!.split("Signature=")[1]!);
  const target = `/?${new URLSearchParams(query)}`;
  return send(base, "POST", target, headers, raw, absolute ? `http://${upstreamHost}${target}` : target);
}

function volcAnswer(arrived: { url: string; body: Buffer }): FakeAnswer {
  const action = new URL(arrived.url, "http://x").searchParams.get("Action")!;
  const body = JSON.parse(arrived.body.toString("utf8"));
  const metadata = { RequestId: "20300101000000ABCDEF0123456789ABCD", Action: action, Version: "2023-08-01", Service: "livesaas", Region: "cn-north-1", SystemTime: 1893456000 };
  // The ID comes back as a string; and a zero amount (livemock: InvalidParameter) is accepted.
  return { status: 200, json: { ResponseMetadata: metadata, Result: { ID: body.TotalAmount === 0 ? "1825100000340170" : "1825100000340169" } } };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "livemock-proxy-"));
  const polyv = await session("polyv", (arrived, mocked) => polyvDrift(arrived, mocked), true);
  polyv.calls = await runPolyv(polyv.proxy.url);
  const xiaoe = await session(
    "xiaoe",
    (arrived, mocked) =>
      arrived.url.startsWith("/xe.alive.marketing.task.create") ? { status: 200, json: { ...(mocked!.json as any), data: { ...(mocked!.json as any).data, task_id: "1975339" } } } : mocked!,
    true,
  );
  xiaoe.calls = await runXiaoe(xiaoe.proxy.url);
  const volc = await session("volcengine", (arrived) => volcAnswer(arrived), false);
  volc.calls = [
    await volcCall(volc.proxy.url, volc.upstream.host, "CreateActivityRedPacket", { ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 }),
    await volcCall(volc.proxy.url, volc.upstream.host, "CreateActivityRedPacket", { ActivityID: 1824920000234845, TotalAmount: 0, RedPacketNumber: 1 }, true),
  ];
  for (const entry of Object.values(sessions)) entry.report = await entry.proxy.close();
});

afterAll(async () => {
  await Promise.all(Object.values(sessions).map((s) => s.upstream.close()));
  await rm(dir, { recursive: true, force: true });
});

const drift = (name: string) => sessions[name]!.report!.drift.map((d) => [d.exchange, d.operation, d.kind, d.path]);

describe("drift is reported with the operation, the kind and the JSON path", () => {
  it("Polyv: every planted drift, and nothing where the vendor agrees", () => {
    expect(drift("polyv")).toEqual([
      [2, "pageTaskRewardActivities", "missing-field", "$.data.contents[0].channelId"],
      [3, "createLotteryActivity", "unknown-field", "$.data.extraField"],
      [4, "getLotteryActivity", "type-changed", "$.data.amount"],
      [5, "createLotteryActivity", "missing-field", "$.body.prizeName"],
      [5, "createLotteryActivity", "vendor-accepts", "$.body.prizeName"],
      [6, "listLotteryActivities", "status-changed", "HTTP status"],
      [7, "deleteTaskRewardActivity", "unknown-error-code", "$.error.code"],
      [7, "deleteTaskRewardActivity", "vendor-refuses", "$.error.code"],
      [8, "stopTaskRewardActivity", "unknown-error-message", "$.error.desc"],
      [9, "pageTaskRewardActivityStats", "vendor-refuses", "$.error.code"],
      [10, "GET /live/v4/channel/not-an-api", "unknown-operation", "$"],
    ]);
    const report = sessions.polyv!.report!;
    expect(report.drift.find((d) => d.kind === "status-changed")).toMatchObject({ expected: "HTTP 400 (livemock's status for error 30001)", actual: "HTTP 404", status: 404 });
    expect(report.drift.find((d) => d.kind === "vendor-accepts")!.expected).toMatch(/^livemock refuses it: 10002 "param should not be empty: prizeName"/);
    expect(report.operations).toMatchObject({ createLotteryActivity: { calls: 2, drift: 3 }, saveTaskRewardActivity: { calls: 1, drift: 0 }, listLotteryActivities: { calls: 2, drift: 1 } });
  });

  it("Xiaoe and Volcengine: a changed type, and a request livemock refuses that the vendor accepted", () => {
    expect(drift("xiaoe")).toEqual([[2, "createLiveTask", "type-changed", "$.data.task_id"]]);
    expect(drift("volcengine")).toEqual([
      [1, "createActivityRedPacket", "type-changed", "$.Result.ID"],
      [2, "createActivityRedPacket", "value-changed", "$.body.TotalAmount"],
      [2, "createActivityRedPacket", "type-changed", "$.Result.ID"],
      [2, "createActivityRedPacket", "vendor-accepts", "$.body.TotalAmount"],
    ]);
  });

  it("prints a summary per operation and kind, every entry, and a verdict", () => {
    const text = formatDriftReport(sessions.polyv!.report!, { recordDir: "drift" });
    expect(text).toMatch(/^livemock drift: polyv against http:\/\/127\.0\.0\.1:\d+\/, 11 exchanges/);
    expect(text).toMatch(/createLotteryActivity\s+2\s+3/);
    expect(text).toMatch(/vendor-refuses\s+2/);
    expect(text).toContain("#0003 unknown-field: response of polyv createLotteryActivity (HTTP 200) violates specs/polyv.yaml at $.data.extraField");
    expect(text).toContain("DRIFT: 11 entries of 9 kinds in 9 of 11 exchanges (record: drift)");
  });
});

describe("nothing signed is altered", () => {
  it("every signature the clients made verifies at the upstream with livemock's verify functions", () => {
    for (const entry of Object.values(sessions)) {
      expect(entry.upstream.arrived.length).toBe(entry.calls.length);
      expect(entry.upstream.arrived.map((a) => a.signatureOk)).toEqual(entry.calls.map(() => true));
    }
  });

  it("method, raw query bytes, body bytes and headers reach the upstream as sent; Host when it names the upstream", () => {
    for (const entry of Object.values(sessions)) {
      entry.calls.forEach((call, i) => {
        const arrived = entry.upstream.arrived[i]!;
        expect([arrived.method, arrived.url, arrived.body.toString("utf8")]).toEqual([call.method, call.target, call.body ?? ""]);
        for (const [name, value] of Object.entries(call.headers)) expect(arrived.headers[name.toLowerCase()]).toBe(value);
      });
    }
    expect(sessions.polyv!.upstream.arrived.at(-1)!.url).toContain("note=%e4%b8%ad+x&empty=&sign=");
    const volc = sessions.volcengine!.upstream;
    expect(volc.arrived.map((a) => a.headers.host)).toEqual([volc.host, volc.host]);
    expect(sessions.polyv!.upstream.arrived[0]!.headers.host).toBe(sessions.polyv!.upstream.host);
  });

  it("answers the client with the upstream's status and body", () => {
    const polyv = sessions.polyv!.calls;
    expect(polyv[5]!.status).toBe(404);
    expect(polyv[2]!.json.data.extraField).toBe("new in the vendor");
    expect(sessions.volcengine!.calls[0]!.json.Result).toEqual({ ID: "1825100000340169" });
  });
});

describe("recordings", () => {
  it("hold one file per exchange and the drift files, with no secret or signature the clients used", async () => {
    for (const entry of Object.values(sessions)) {
      const files = await readdir(join(entry.dir, "exchanges"));
      expect(files.length).toBe(entry.calls.length);
      expect(await readdir(entry.dir)).toEqual(expect.arrayContaining(["drift.json", "drift.junit.xml", "recording.json"]));
      for (const file of [...files.map((f) => join("exchanges", f)), "drift.json", "drift.junit.xml"]) {
        const text = await readFile(join(entry.dir, file), "utf8");
        for (const secret of secrets) expect(text.includes(secret), `${secret} in ${entry.dir}/${file}`).toBe(false);
      }
    }
    const files = await readdir(join(sessions.polyv!.dir, "exchanges"));
    expect(files[0]).toBe("0001-saveTaskRewardActivity.json");
    expect(files[9]).toBe("0010-unknown.json");
    const first = JSON.parse(await readFile(join(sessions.polyv!.dir, "exchanges", files[0]!), "utf8"));
    expect(first.request.query).toContainEqual(["sign", "[redacted]"]);
    expect(first.request.query).toContainEqual(["appId", DEMO.polyv.appId]);
    const token = JSON.parse(await readFile(join(sessions.xiaoe!.dir, "exchanges", "0001-getAccessToken.json"), "utf8"));
    expect(token.response.body.data.access_token).toBe("[redacted]");
    expect(token.request.query).toContainEqual(["secret_key", "[redacted]"]);
    const volc = JSON.parse(await readFile(join(sessions.volcengine!.dir, "exchanges", "0001-createActivityRedPacket.json"), "utf8"));
    expect(volc.request.headers.authorization).toBe("[redacted]");
  });

  it("replay to the same answers (livemock replay <dir>)", async () => {
    const replay = await startReplayServer({ dir: sessions.polyv!.dir, port: 0 });
    try {
      const again = await runPolyv(replay.url);
      expect(again.map((c) => [c.status, c.json])).toEqual(sessions.polyv!.calls.map((c) => [c.status, c.json]));
    } finally {
      await replay.close();
    }
  });

  it("make a seed file that loads into createMockApp({ seedData }): creates and their rooms, not what livemock refuses", async () => {
    const made = await Promise.all(Object.values(sessions).map(async (entry) => seedFromRecording((await readRecording(entry.dir)).records)));
    const seed = Object.assign({}, ...made.map((m) => m.seed));
    expect(seed).toEqual({
      polyv: {
        channels: [{ channelId: 4854808 }, { channelId: 2974342 }],
        taskRewards: [expect.objectContaining({ activityName: "测试活动" })],
        lotteries: [{ channelId: 2974342, ...SEED_003_BODY }],
      },
      xiaoe: { lives: [{ alive_id: "l_696ef6c1e4b0694c5b78ba7b" }], tasks: [expect.not.objectContaining({ access_token: expect.anything() })] },
      volcengine: { activities: [{ ActivityID: 1824920000234844 }], redPackets: [{ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 }] },
    });
    expect(made[0]!.skipped).toEqual([{ exchange: 5, reason: expect.stringContaining("$.body.prizeName") }]);
    expect(made[2]!.skipped.map((s) => s.exchange)).toEqual([2]);

    const app = createMockApp({ seedData: seed, rateLimits: false });
    await app.livemock.ready;
    const query = new URLSearchParams(signPolyvQuery({ channelId: 2974342 }, { ...DEMO.polyv, timestamp: Date.now() }));
    const list = (await (await app.request(`/live/v4/channel/lottery-activity/list?${query}`)).json()) as any;
    expect(list.data.contents.map((l: { activityName: string }) => l.activityName)).toContain(SEED_003_BODY.activityName);
  });
});
