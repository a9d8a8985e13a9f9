/** The signed create paths `npm run bench` drives, one per vendor, built with the shared contracts. */
import { signPolyvQuery } from "../src/contracts/polyv/signing.ts";
import { signedRequestHeaders } from "../src/contracts/volcengine/signing/index.ts";
import { watchTaskSample } from "../src/contracts/xiaoe/samples.ts";
import { DEMO_CREDENTIALS } from "../src/mock/credentials.ts";

/** One request autocannon replays against both servers. */
export interface BenchRequest {
  name: string;
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The success body the raw server answers with, so both send the same bytes. */
  rawPayload: string;
  /** Environment of the floor server (`bench/floor-server.ts`) for this request: which vendor's checks it runs. */
  floorEnv: Record<string, string>;
}

const polyv = DEMO_CREDENTIALS.polyv[0]!;

/** Polyv task-reward save, signed (MD5) with the demo app. */
export async function polyvSave(_baseUrl: string): Promise<BenchRequest> {
  const query = new URLSearchParams(signPolyvQuery({}, { appId: polyv.appId, appSecret: polyv.appSecret, timestamp: Date.now() }));
  const start = Date.now() + 3_600_000;
  const body = JSON.stringify({
    channelId: 4854808,
    activityName: "bench",
    taskRule: 1,
    startTime: start,
    endTime: start + 3_600_000,
    tasks: [{ sort: 1, reachCondition: { type: "sign", amount: 10 }, rewardSetting: { type: "cash", amount: 1, limit: 10 } }],
  });
  return {
    name: "polyv task-reward save (signed)",
    method: "POST",
    path: `/live/v4/channel/task-reward-activity/save?${query}`,
    headers: { "content-type": "application/json" },
    body,
    rawPayload: JSON.stringify({ code: 200, status: "success", requestId: "e9eb12f0-5d55-482a-8a47-62863d04772c", data: 10465, success: true }),
    floorEnv: { FLOOR_VENDOR: "polyv" },
  };
}

const xiaoe = DEMO_CREDENTIALS.xiaoe[0]!;

/** Xiaoe live-task create (single watch task), with an access_token fetched from the mock first. */
export async function xiaoeCreate(baseUrl: string): Promise<BenchRequest> {
  const tokenUrl = `${baseUrl}/token?${new URLSearchParams({ app_id: xiaoe.appId, client_id: xiaoe.clientId, secret_key: xiaoe.secretKey, grant_type: "client_credential" })}`;
  const token = (await (await fetch(tokenUrl)).json()) as { data: { access_token: string } };
  const body = JSON.stringify({ access_token: token.data.access_token, ...watchTaskSample("l_696ef6c1e4b0694c5b78ba7b") });
  return {
    name: "xiaoe task.create (access_token)",
    method: "POST",
    path: "/xe.alive.marketing.task.create/1.0.0",
    headers: { "content-type": "application/json" },
    body,
    rawPayload: JSON.stringify({ code: 0, msg: "操作成功", data: { task_id: 1975339, alive_id: "l_696ef6c1e4b0694c5b78ba7b" } }),
    floorEnv: { FLOOR_VENDOR: "xiaoe", FLOOR_XIAOE_TOKEN: token.data.access_token },
  };
}

const volc = DEMO_CREDENTIALS.volcengine[0]!;

/** Volcengine CreateActivityRedPacket, V4-signed the way the official Node SDK signs. */
export async function volcengineCreate(_baseUrl: string): Promise<BenchRequest> {
  const query = { Action: "CreateActivityRedPacket", Version: "2023-08-01" };
  const body = JSON.stringify({ ActivityID: 1824920000234844, RedPacketType: 0, TotalAmount: 10000, RedPacketNumber: 10 });
  const headers = signedRequestHeaders({ method: "POST", path: "/", query, headers: { "content-type": "application/json" }, body, ak: volc.accessKeyId, sk: volc.secretAccessKey, date: new Date() });
  return {
    name: "volcengine CreateActivityRedPacket (V4)",
    method: "POST",
    path: `/?${new URLSearchParams(query)}`,
    headers,
    body,
    rawPayload: JSON.stringify({
      ResponseMetadata: {
        RequestId: "20261125150000ABCDEF0123456789ABCDEF",
        Action: "CreateActivityRedPacket",
        Version: "2023-08-01",
        Service: "livesaas",
        Region: "cn-north-1",
        SystemTime: 1795619371,
      },
      Result: { ID: 1825100000340169 },
    }),
    floorEnv: { FLOOR_VENDOR: "volcengine" },
  };
}

export const scenarios: ((baseUrl: string) => Promise<BenchRequest>)[] = [polyvSave, xiaoeCreate, volcengineCreate];
