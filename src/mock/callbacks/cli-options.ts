/**
 * `livemock serve`'s callback flags and environment variables, turned into `CallbackOptions`:
 *
 * | flag | environment | meaning |
 * |---|---|---|
 * | `--callback-allow <a,b>` | `LIVEMOCK_CALLBACK_ALLOW` | hosts callbacks may go to (`host`, `host:port`, `*.domain`, `https://host:port`) |
 * | `--callback <vendor>=<url>` (repeatable) | `LIVEMOCK_CALLBACK_POLYV_URL`, `LIVEMOCK_CALLBACK_VOLCENGINE_URL`, `LIVEMOCK_CALLBACK_XIAOE_URL` | a vendor's target, as `PUT /__livemock/callbacks/{vendor}` sets it |
 * | `--xiaoe-callback-token <t>` | `LIVEMOCK_CALLBACK_XIAOE_TOKEN` | Xiaoe's push token (default `livemockxiaoetok`) |
 * | `--xiaoe-callback-aes-key <k>` | `LIVEMOCK_CALLBACK_XIAOE_AES_KEY` | Xiaoe's 43-character EncodingAESKey (default the demo key) |
 * | `--xiaoe-callback-mode aes\|plain` | `LIVEMOCK_CALLBACK_XIAOE_MODE` | encrypted (default) or plain XML |
 *
 * Targets must match the allow-list when it is given, and when the server is reachable beyond
 * loopback (a non-loopback `--host`, or an `--admin-token`).
 */
import { isLoopback } from "../admin/auth.ts";
import type { CallbackOptions } from "./index.ts";

/** The flags `livemock serve` declares for callbacks (node:util parseArgs options). */
export const CALLBACK_FLAGS = {
  "callback-allow": { type: "string" },
  callback: { type: "string", multiple: true },
  "xiaoe-callback-token": { type: "string" },
  "xiaoe-callback-aes-key": { type: "string" },
  "xiaoe-callback-mode": { type: "string" },
} as const;

/** The help lines of those flags. */
export const CALLBACK_HELP = `  --callback <vendor>=<url>   call <url> back for the vendor's live-room events (repeatable;
                        LIVEMOCK_CALLBACK_POLYV_URL, LIVEMOCK_CALLBACK_VOLCENGINE_URL, LIVEMOCK_CALLBACK_XIAOE_URL)
  --xiaoe-callback-token <t>, --xiaoe-callback-aes-key <43 chars>, --xiaoe-callback-mode aes|plain
                        Xiaoe's push encryption (LIVEMOCK_CALLBACK_XIAOE_TOKEN, _AES_KEY, _MODE; default the demo ones, aes)
  --callback-allow <h1,h2>    hosts callbacks may reach: host, host:port, *.domain, https://host:port
                        (LIVEMOCK_CALLBACK_ALLOW); required beyond loopback (--host not loopback or --admin-token)`;

type Values = { [K in keyof typeof CALLBACK_FLAGS]?: (typeof CALLBACK_FLAGS)[K] extends { multiple: true } ? string[] : string };

/**
 * The callback options of the flags and environment.
 *
 * @example
 * callbackOptionsFrom({ callback: ["xiaoe=http://127.0.0.1:9000/push"] }, process.env, { host: "127.0.0.1" })
 */
export function callbackOptionsFrom(values: Values, env: Readonly<Record<string, string | undefined>>, server: { host: string; adminToken?: string | undefined }): CallbackOptions {
  const targets: Record<string, Record<string, unknown>> = {};
  for (const vendor of ["polyv", "volcengine", "xiaoe"]) {
    const url = env[`LIVEMOCK_CALLBACK_${vendor.toUpperCase()}_URL`];
    if (url) targets[vendor] = { url };
  }
  for (const entry of values.callback ?? []) {
    const at = entry.indexOf("=");
    if (at < 1) throw new Error(`--callback must be <vendor>=<url>, got "${entry}"`);
    targets[entry.slice(0, at)] = { url: entry.slice(at + 1) };
  }
  if (targets.xiaoe) {
    const token = values["xiaoe-callback-token"] ?? env.LIVEMOCK_CALLBACK_XIAOE_TOKEN;
    const key = values["xiaoe-callback-aes-key"] ?? env.LIVEMOCK_CALLBACK_XIAOE_AES_KEY;
    const mode = values["xiaoe-callback-mode"] ?? env.LIVEMOCK_CALLBACK_XIAOE_MODE;
    if (token) targets.xiaoe.token = token;
    if (key) targets.xiaoe.encodingAESKey = key;
    if (mode) targets.xiaoe.mode = mode;
  }
  const allowRaw = values["callback-allow"] ?? env.LIVEMOCK_CALLBACK_ALLOW ?? "";
  const allow = allowRaw
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const host = server.host.replace(/^\[|\]$/g, "");
  const local = isLoopback(host) || host === "localhost";
  return { targets, allow, restricted: !local || Boolean(server.adminToken) };
}
