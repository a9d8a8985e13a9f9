/**
 * What `livemock serve` prints at start: where it listens, the demo credentials, and one request per
 * vendor that works right away (signed now with the demo secrets, so it is valid for the vendor's
 * time window: 3 minutes for Polyv, 15 for Volcengine).
 */
import { signPolyvQuery } from "../contracts/polyv/signing.ts";
import { presignQuery } from "../contracts/volcengine/signing/index.ts";
import { DEMO_CREDENTIALS } from "./credentials.ts";

/**
 * Renders the start-up banner for a server at `url`.
 *
 * @example
 * console.log(startupBanner("http://127.0.0.1:4010", Date.now()));
 */
export function startupBanner(url: string, now: number): string {
  const polyv = DEMO_CREDENTIALS.polyv[0]!;
  const xiaoe = DEMO_CREDENTIALS.xiaoe[0]!;
  const volc = DEMO_CREDENTIALS.volcengine[0]!;
  const polyvQuery = new URLSearchParams(signPolyvQuery({ channelId: 4854808 }, { appId: polyv.appId, appSecret: polyv.appSecret, timestamp: now }));
  const xiaoeQuery = new URLSearchParams({ app_id: xiaoe.appId, client_id: xiaoe.clientId, secret_key: xiaoe.secretKey, grant_type: "client_credential" });
  const volcQuery = presignQuery({
    method: "GET",
    path: "/",
    query: { Action: "ListActivityRedPacket", Version: "2023-08-01", ActivityID: "1824920000234844" },
    ak: volc.accessKeyId,
    sk: volc.secretAccessKey,
    date: new Date(now),
  });
  return [
    `livemock listening on ${url}`,
    "",
    "Demo credentials (accepted only by livemock):",
    `  Polyv       appId ${polyv.appId}  appSecret ${polyv.appSecret}`,
    `  Xiaoe-tech  app_id ${xiaoe.appId}  client_id ${xiaoe.clientId}  secret_key ${xiaoe.secretKey}`,
    `  Volcengine  AK ${volc.accessKeyId}  SK ${volc.secretAccessKey}`,
    "",
    "Try it (signed just now):",
    `  curl '${url}/live/v4/channel/task-reward-activity/page?${polyvQuery}'`,
    `  curl '${url}/token?${xiaoeQuery}'`,
    `  curl '${url}/?${volcQuery}'`,
    `  curl '${url}/__livemock/health'`,
  ].join("\n");
}
