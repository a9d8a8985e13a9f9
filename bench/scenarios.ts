/** The signed create paths `npm run bench` drives, one per vendor, built with the shared contracts. */
import { signPolyvQuery } from "../src/contracts/polyv/signing.ts";
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
  };
}

export const scenarios: ((baseUrl: string) => Promise<BenchRequest>)[] = [polyvSave];
