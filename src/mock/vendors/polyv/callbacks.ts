/**
 * Polyv's live status callback (直播状态回调) from live-room events: `room.started` sends
 * `status=live`, `room.ended` sends `status=end`, as a GET to the app's `streamCallbackUrl`
 * (global callback settings, ./callback-setting.ts) and to the control plane's
 * `PUT /__livemock/callbacks/polyv` URL; `sign = md5(appSecret + timestamp)`. One attempt: Polyv
 * does not retry (该回调不支持重试机制).
 *
 * Fields read from the event (all optional): `data.sessionId`, `data.startedAt` (else the time of
 * the room's `room.started` this app saw, else the event's time).
 */
import { z } from "zod";
import { POLYV_CALLBACKS, polyvLiveStatusQuery } from "../../../contracts/polyv/callbacks.ts";
import { andThen } from "../../../util/awaitable.ts";
import { numberOf, textOf } from "../../callbacks/event-data.ts";
import type { NewDelivery, VendorCallbacks } from "../../callbacks/types.ts";
import type { MockContext } from "../../core/context.ts";
import { polyvCallbackSettingOf } from "./callback-setting.ts";
import { polyvCode } from "./room-lottery.ts";

const settingsSchema = z
  .object({
    url: z.string().url(),
    /** Only this app's channels (default: every app's). */
    appId: z.string().min(1).optional(),
  })
  .strict();
type Settings = z.infer<typeof settingsSchema>;

/** The room's session id, as the Polyv room driver draws it (room-lottery.ts `polyvCode`), so callbacks and records agree. */
function sessionIdOf(roomId: string, startedAt: number): string {
  return polyvCode(`${roomId}:${startedAt}`, 10);
}

/**
 * Polyv's callbacks over the app's context (the store for `streamCallbackUrl`, the credentials for the secret).
 *
 * @example
 * const module = { ...behaviour, callbacks: createPolyvCallbacks(context) };
 */
export function createPolyvCallbacks(context: MockContext): VendorCallbacks {
  const startedAt = new Map<string, number>();
  const event = POLYV_CALLBACKS.events.live_status;
  return {
    timeoutMs: POLYV_CALLBACKS.timeoutMs,
    retryDelaysMs: POLYV_CALLBACKS.retryDelaysMs,
    settings: settingsSchema,
    settingsUrls: (settings) => [String(settings.url)],
    viewSettings: (settings) => ({ ...settings }),
    fromRoomEvent(room, { settings }) {
      if (!(event.roomEvents as readonly string[]).includes(room.type)) return [];
      const started = numberOf(room.data, "startedAt") ?? startedAt.get(room.roomId) ?? room.at;
      if (room.type === "room.started") startedAt.set(room.roomId, started);
      else startedAt.delete(room.roomId);
      const custom = settings as Settings | undefined;
      return andThen(
        context.store.transact({ vendor: "polyv", owner: room.owner }, (state) => polyvCallbackSettingOf(state, room.owner).streamCallbackUrl),
        (stored): NewDelivery[] => {
          const urls = new Set<string>();
          if (stored) urls.add(stored);
          if (custom && (custom.appId === undefined || custom.appId === room.owner)) urls.add(custom.url);
          const status = room.type === "room.started" ? "live" : "end";
          const message = {
            channelId: room.live,
            status,
            timestamp: String(room.at),
            sessionId: textOf(room.data, "sessionId") ?? sessionIdOf(room.roomId, started),
            startTime: String(started),
            endTime: status === "end" ? String(room.at) : "",
          };
          return [...urls].map((url) => ({ event: "live_status", url, key: `${room.live}-${status}-${room.at}`, owner: room.owner, roomId: room.roomId, live: room.live, message }));
        },
      );
    },
    request(delivery) {
      const app = context.credentials.polyv.find((candidate) => candidate.appId === delivery.owner);
      if (!app) return `no appSecret for Polyv app ${delivery.owner}`;
      const query = polyvLiveStatusQuery(delivery.message as Parameters<typeof polyvLiveStatusQuery>[0], app.appSecret);
      return { method: "GET", url: `${delivery.url}${delivery.url.includes("?") ? "&" : "?"}${new URLSearchParams({ ...query })}` };
    },
    acked: (status) => status >= 200 && status < 300,
  };
}
