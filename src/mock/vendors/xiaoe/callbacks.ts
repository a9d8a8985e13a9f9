/**
 * Xiaoe-tech push messages (消息推送) from live-room events (catalogue: specs/callbacks.yaml):
 *
 * | room event | push `type` |
 * |---|---|
 * | `task.completed` | `live_task` |
 * | `viewer.left` | `alive_user_data` |
 * | `room.started` / `room.ended` | `alive_state_change` (alive_state 1 / 2) |
 *
 * Fields read from the event (all optional): `viewerId`; `object.id` (task id), `data.reward_value`
 * (or `rewardValue`, `reward`), `data.task_type`, `task_condition`, `task_module`, `reward_type`
 * (or camelCase) (task); the room driver's `alive_user_data` counters (`his_online_time`,
 * `first_in_time`, ... as the doc names them), else `data.joinedAt`, `data.watchMs` /
 * `watchedMinutes`, `data.comments` (viewer left).
 *
 * Registration is console-only at Xiaoe: livemock takes it on `PUT /__livemock/callbacks/xiaoe`
 * (`url`, `token`, `encodingAESKey`, `mode` aes | plain) or at start-up; nothing is pushed without one.
 * The receiver acks with the body `success`; anything else is retried after 5 min, 30 min, 1 h, 6 h
 * and 1 d, `retry_times` counting and `message_id` kept.
 */
import { z } from "zod";
import { XIAOE_CALLBACKS, type XiaoePushType, xiaoePushRequest } from "../../../contracts/xiaoe/callbacks.ts";
import { formatXiaoeDateTime } from "../../../contracts/xiaoe/date-time.ts";
import { eventsByRoomEvent, numberOf, shownByLength, textOf } from "../../callbacks/event-data.ts";
import type { NewDelivery, VendorCallbacks } from "../../callbacks/types.ts";
import type { RoomEvent } from "../../rooms/types.ts";

/** The demo token and EncodingAESKey (callbacks fact sheet, decisions for the mock). */
export const XIAOE_DEMO_PUSH_TOKEN = "livemockxiaoetok";
export const XIAOE_DEMO_ENCODING_AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

const settingsSchema = z
  .object({
    url: z.string().url(),
    token: z.string().min(1).default(XIAOE_DEMO_PUSH_TOKEN),
    encodingAESKey: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}$/, "must be 43 characters of base64 (A-Z, a-z, 0-9, +, /)")
      .default(XIAOE_DEMO_ENCODING_AES_KEY),
    mode: z.enum(["aes", "plain"]).default("aes"),
    /** Only this app's events (default: every app's). */
    appId: z.string().min(1).optional(),
  })
  .strict();
type Settings = z.infer<typeof settingsSchema>;

const TYPE_OF_EVENT = eventsByRoomEvent<XiaoePushType>(XIAOE_CALLBACKS.events);

/** The snowflake part of message_id starts here (the doc's example id) [inferred]. */
const MESSAGE_ID_BASE = 1801450892004257792n;

/** `yyyyMMdd_<19 digits>`, the date in China time. */
function messageId(at: number, seq: number): string {
  return `${formatXiaoeDateTime(at).slice(0, 10).replaceAll("-", "")}_${MESSAGE_ID_BASE + BigInt(seq)}`;
}

/** The fields of an `alive_user_data` push (doc alive_user_data.html) after app_id, alive_id, user_id. */
const ALIVE_USER_DATA_FIELDS = [
  "share_user_id",
  "his_online_time",
  "his_learn_time",
  "his_learning_time",
  "his_learned_time",
  "first_in_time",
  "last_in_time",
  "his_learn_times",
  "his_learning_times",
  "his_learned_times",
  "his_online_times",
  "finished_at",
  "learn_progress",
  "user_total_price",
  "comment_num",
  "prize_winner_num",
] as const;

const integerOr = (value: string | undefined, fallback: number) => (value !== undefined && /^\d+$/.test(value) ? Number(value) : fallback);

function xeData(type: XiaoePushType, event: RoomEvent): Record<string, unknown> {
  const app = event.owner;
  const user = event.viewerId ?? "";
  switch (type) {
    case "live_task": {
      const reward = event.data?.reward_value ?? event.data?.rewardValue ?? event.data?.reward;
      return {
        action: "task_finish",
        app_id: app,
        data: {
          app_id: app,
          alive_id: event.live,
          task_id: integerOr(event.object === undefined ? undefined : String(event.object.id), 0),
          user_id: user,
          reward_value: typeof reward === "string" ? reward : reward === undefined ? "" : JSON.stringify(reward),
          retry_times: 0,
          task_module: numberOf(event.data, "taskModule", "task_module") ?? 0,
          task_condition: textOf(event.data, "taskCondition", "task_condition") ?? "",
          task_type: numberOf(event.data, "taskType", "task_type") ?? 1,
          reward_type: numberOf(event.data, "rewardType", "reward_type") ?? 5,
        },
      };
    }
    case "alive_user_data": {
      // The room driver's own alive_user_data counters when it gives them (src/mock/vendors/xiaoe/room.ts), else what the event says.
      const given = Object.fromEntries(ALIVE_USER_DATA_FIELDS.flatMap((field) => (event.data?.[field] === undefined || event.data[field] === null ? [] : [[field, event.data[field]]])));
      if (Object.keys(given).length > 0) return { app_id: app, alive_id: event.live, user_id: user, ...given };
      const joinedAt = numberOf(event.data, "joinedAt", "enteredAt");
      const watchMs =
        numberOf(event.data, "watchMs") ?? ((numberOf(event.data, "watchedMinutes", "watchMinutes") ?? Number.NaN) * 60_000 || (joinedAt === undefined ? undefined : event.at - joinedAt));
      const comments = numberOf(event.data, "comments", "commentCount");
      return {
        app_id: app,
        alive_id: event.live,
        user_id: user,
        ...(joinedAt === undefined ? {} : { first_in_time: formatXiaoeDateTime(joinedAt), last_in_time: formatXiaoeDateTime(joinedAt) }),
        ...(watchMs === undefined || Number.isNaN(watchMs) ? {} : { his_online_time: Math.round(watchMs / 1000), his_online_times: 1 }),
        ...(comments === undefined ? {} : { comment_num: comments }),
      };
    }
    case "alive_state_change":
      return { app_id: app, alive_id: event.live, alive_state: event.type === "room.started" ? 1 : 2 };
  }
}

/**
 * Xiaoe's push messages.
 *
 * @example
 * const module = { ...behaviour, callbacks: createXiaoeCallbacks() };
 */
export function createXiaoeCallbacks(): VendorCallbacks {
  return {
    timeoutMs: XIAOE_CALLBACKS.timeoutMs,
    retryDelaysMs: XIAOE_CALLBACKS.retryDelaysMs,
    settings: settingsSchema,
    settingsUrls: (settings) => [String(settings.url)],
    viewSettings: (settings) => {
      const { token, encodingAESKey, ...rest } = settings as Settings;
      return { ...rest, token: shownByLength(token), encodingAESKey: shownByLength(encodingAESKey) };
    },
    fromRoomEvent(event, { settings, nextSeq }) {
      const type = TYPE_OF_EVENT[event.type];
      const target = settings as Settings | undefined;
      if (!type || !target || (target.appId !== undefined && target.appId !== event.owner)) return [];
      const id = messageId(event.at, nextSeq());
      const delivery: NewDelivery = {
        event: type,
        url: target.url,
        key: id,
        owner: event.owner,
        roomId: event.roomId,
        live: event.live,
        message: { type, app_id: event.owner, message_id: id, xe_data: xeData(type, event) },
      };
      return [delivery];
    },
    request(delivery, settings, now) {
      const target = settings as Settings | undefined;
      if (!target) return "no Xiaoe push target is registered any more (PUT /__livemock/callbacks/xiaoe)";
      const retries = delivery.attempt - 1;
      const { type, app_id, message_id, xe_data } = delivery.message as { type: string; app_id: string; message_id: string; xe_data: Record<string, unknown> };
      const data = xe_data.data as Record<string, unknown> | undefined;
      const message = { type, app_id, message_id, retry_times: retries, xe_data: data === undefined ? xe_data : { ...xe_data, data: { ...data, retry_times: retries } } };
      const push = xiaoePushRequest(message, { mode: target.mode, token: target.token, encodingAESKey: target.encodingAESKey, appId: delivery.owner }, Math.floor(now / 1000));
      const query = new URLSearchParams(push.query).toString();
      const url = query === "" ? delivery.url : `${delivery.url}${delivery.url.includes("?") ? "&" : "?"}${query}`;
      return { method: "POST", url, headers: { "content-type": push.contentType }, body: push.body };
    },
    acked: (status, body) => status >= 200 && status < 300 && body.trim() === "success",
  };
}
