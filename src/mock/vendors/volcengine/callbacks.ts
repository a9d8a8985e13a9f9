/**
 * Volcengine callbacks from live-room events (catalogue: specs/callbacks.yaml):
 *
 * | room event | CallbackType | EventType |
 * |---|---|---|
 * | `room.started` / `room.ended` | 1 (GET) | ActivityStatusModifyCallBack, Status 1 / 4 |
 * | `viewer.joined` / `viewer.left` | 23 | ActivityUserEnterCallBack, Status "1" / "2" |
 * | `comment` | 22 | CommentCallback (the comments recorded together, ≤100 a callback) |
 * | `task.completed` | 30 | ActivityUserReceiveActivityBonusBatchCallBack (per task and BonusIndex, ≤1000) |
 * | `redpacket.ended` | 10 | ActivityRedPacketInfoCallBack (its grabs, ≤2000 a callback) |
 *
 * Fields read from the event (all optional): `viewerId`; `data.nickname`/`viewerName`,
 * `data.externalId`, `data.joinedAt` (viewer events); `data.text` (comment); `object.id` (task id,
 * red packet id), `data.bonusIndex` (task); `data.grabs[]` with `UserId`/`UserID`,
 * `NickName`/`UserName`, `Amount`, `ExternalId`, `Telephone`, ..., and `data.TotalAmount`,
 * `RedPacketNumber`, `RedPacketType`, `IsOpenSmsNotification`, `RewardsPointsBatch`,
 * `activityName`/`title` (red packet; camelCase names are read too).
 *
 * Targets: every URL AddCallbackConfig registered for the type on the event's access key (signed
 * with the account's AccountSecret), plus the control plane's `PUT /__livemock/callbacks/volcengine`.
 */
import { z } from "zod";
import { VOLC_CALLBACKS, type VolcCallbackEventType, volcCallbackSign } from "../../../contracts/volcengine/callbacks.ts";
import { andThen } from "../../../util/awaitable.ts";
import { digitsOf, eventsByRoomEvent, numberOf, recordsOf, shownByLength, textOf } from "../../callbacks/event-data.ts";
import type { NewDelivery, VendorCallbacks } from "../../callbacks/types.ts";
import type { MockContext } from "../../core/context.ts";
import type { RoomEvent } from "../../rooms/types.ts";
import { callbackConfigsOf, callbackSecretOf, VOLC_MAIN_ACCOUNT_NAME } from "./callback-configs.ts";

const settingsSchema = z
  .object({
    url: z.string().url(),
    /** Only this access key's events (default: every access key's). */
    accessKeyId: z.string().min(1).optional(),
    /** The AccountSecret that signs (default: the access key's, as ListCallbackConfigs shows it). */
    accountSecret: z.string().min(1).optional(),
    /** Only these CallbackTypes (default: every type livemock sends). */
    types: z.array(z.number().int()).optional(),
  })
  .strict();
type Settings = z.infer<typeof settingsSchema>;

/** The CallbackType a room event calls for. */
const TYPE_OF_EVENT = eventsByRoomEvent<VolcCallbackEventType>(VOLC_CALLBACKS.events);

/** RequestUuid digits start here [inferred: the doc's examples are 16 digits]. */
const UUID_BASE = 1825747275560000;
/** ChatId of the first comment [inferred]. */
const CHAT_ID_BASE = 7200000000000000;

/**
 * The numeric account id (AccountId) of an access key [inferred: the doc masks it as `200000****`;
 * livemock draws a stable 10-digit one from the key].
 *
 * @example
 * volcAccountIdOf("AKLTlivemockdemo") // "2000000001"
 */
export function volcAccountIdOf(accessKeyId: string): string {
  if (accessKeyId === "AKLTlivemockdemo") return "2000000001";
  return String(2_000_000_000 + (Number(digitsOf(accessKeyId)) % 99_999_999) + 2);
}

const seconds = (ms: number) => String(Math.floor(ms / 1000));

interface Target {
  url: string;
  subAccount: string;
}

/**
 * Builds Volcengine's callbacks over the app's context.
 *
 * @example
 * const module = { ...behaviour, callbacks: createVolcengineCallbacks(context) };
 */
export function createVolcengineCallbacks(context: MockContext): VendorCallbacks {
  const messagesFor = (
    eventType: VolcCallbackEventType,
    event: RoomEvent,
    nextSeq: () => number,
    subAccount: string,
  ): { message: Record<string, unknown>; key: string; batch?: NewDelivery["batch"] }[] => {
    const uuid = () => `${eventType}-${UUID_BASE + nextSeq()}`;
    const accountId = volcAccountIdOf(event.owner);
    const viewer = event.viewerId ?? "";
    const nickname = textOf(event.data, "nickname", "viewerName", "NickName", "UserName") ?? `观众 ${viewer.slice(-4)}`;
    const externalId = textOf(event.data, "externalId", "ExternalId", "ExternalID") ?? "";
    switch (eventType) {
      case "ActivityStatusModifyCallBack": {
        const key = uuid();
        const message = {
          ActivityID: event.live,
          EventType: eventType,
          Status: event.type === "room.started" ? "1" : "4",
          Timestamp: seconds(event.at),
          Sign: "",
          IsLockPreview: "0",
          SubAccountName: subAccount,
          RequestUuid: key,
        };
        return [{ message, key }];
      }
      case "ActivityUserEnterCallBack": {
        const joinedAt = numberOf(event.data, "joinedAt", "enteredAt") ?? event.at;
        const message = {
          ActivityID: event.live,
          EventType: eventType,
          EnterTimestamp: String(event.type === "viewer.joined" ? event.at : joinedAt),
          UserID: digitsOf(viewer),
          ExternalUserID: externalId,
          Timestamp: String(event.at),
          Sign: "",
          Status: event.type === "viewer.joined" ? "1" : "2",
          UserDevice: textOf(event.data, "device", "UserDevice") ?? "PC",
          UsageType: textOf(event.data, "usageType", "UsageType") ?? "live",
          SubAccountName: subAccount,
        };
        return [{ message, key: uuid() }];
      }
      case "CommentCallback": {
        const key = uuid();
        const item = {
          ChatId: CHAT_ID_BASE + nextSeq(),
          CreateTime: Math.floor(event.at / 1000),
          TextContent: textOf(event.data, "text", "content", "TextContent") ?? "",
          User: { Nickname: nickname, UserId: Number(digitsOf(viewer)), ExternalId: externalId },
          IsDelete: false,
          LikeCount: 0,
          IsPresenter: false,
          reviewStatus: 1,
          ActivityID: Number(event.live),
          SubAccountName: subAccount,
        };
        const message = { AccountId: accountId, ActivityId: event.live, EventType: eventType, Timestamp: seconds(event.at), Sign: "", RequestUuid: key, Data: [item] };
        return [{ message, key, batch: { key: `${eventType}|${event.owner}|${event.live}|${subAccount}`, field: "Data", max: VOLC_CALLBACKS.events.CommentCallback.chunk.size } }];
      }
      case "ActivityUserReceiveActivityBonusBatchCallBack": {
        const key = uuid();
        const taskId = String(event.object?.id ?? textOf(event.data, "taskId", "Id") ?? "0");
        const bonusIndex = numberOf(event.data, "bonusIndex", "BonusIndex") ?? 0;
        const user = { ExternalUserId: externalId, FinishTime: seconds(event.at), UserId: digitsOf(viewer), UserNickName: nickname, BonusIndex: bonusIndex };
        const message = { AccountId: accountId, ActivityId: event.live, EventType: eventType, Id: digitsOf(taskId), RequestUuid: key, Sign: "", SubAccountName: subAccount, UserInfos: [user] };
        const max = VOLC_CALLBACKS.events.ActivityUserReceiveActivityBonusBatchCallBack.chunk.size;
        return [{ message, key, batch: { key: `${eventType}|${event.owner}|${event.live}|${taskId}|${bonusIndex}|${subAccount}`, field: "UserInfos", max } }];
      }
      case "ActivityRedPacketInfoCallBack": {
        const grabs = recordsOf(event.data, "grabs", "UserInfos");
        const type = textOf(event.data, "redPacketType", "RedPacketType") ?? "0";
        const users = grabs.map((grab) => ({
          Amount: String(numberOf(grab, "Amount", "amount") ?? 0),
          ExternalId: textOf(grab, "ExternalId", "ExternalID", "externalId") ?? "",
          Extra: textOf(grab, "Extra") ?? "",
          IsPriorityUser: textOf(grab, "IsPriorityUser") ?? "0",
          NickName: textOf(grab, "NickName", "UserName", "nickname") ?? "",
          Telephone: textOf(grab, "Telephone", "telephone") ?? "",
          UserAccessIP: textOf(grab, "UserAccessIP") ?? "",
          UserAgent: textOf(grab, "UserAgent") ?? "",
          UserId: digitsOf(textOf(grab, "UserId", "UserID", "userId", "viewerId") ?? "0"),
        }));
        const total = numberOf(event.data, "totalAmount", "TotalAmount") ?? users.reduce((sum, user) => sum + Number(user.Amount), 0);
        const size = VOLC_CALLBACKS.events.ActivityRedPacketInfoCallBack.chunk.size;
        const chunks: (typeof users)[] = [];
        for (let i = 0; i < users.length; i += size) chunks.push(users.slice(i, i + size));
        if (chunks.length === 0) chunks.push([]);
        return chunks.map((chunk) => {
          const key = uuid();
          const message = {
            AccountId: accountId,
            ActivityId: event.live,
            ActivityName: textOf(event.data, "activityName", "ActivityName", "title") ?? "",
            EventType: eventType,
            IsOpenSmsNotification: textOf(event.data, "IsOpenSmsNotification") === "1" || event.data?.IsOpenSmsNotification === true ? "1" : "0",
            RedPacketId: Number(digitsOf(String(event.object?.id ?? textOf(event.data, "redPacketId", "RedPacketID") ?? "0"))),
            RedPacketNumber: String(numberOf(event.data, "count", "RedPacketNumber") ?? users.length),
            RedPacketType: type === "1" ? "1" : "0",
            RedPacketUnit: type === "1" ? "积分" : "分",
            RequestUuid: key,
            RewardsPointsBatch: textOf(event.data, "RewardsPointsBatch") ?? "",
            Sign: "",
            SubAccountName: subAccount,
            Timestamp: seconds(event.at),
            TotalAmount: String(total),
            UserInfos: chunk,
          };
          return { message, key };
        });
      }
    }
  };

  const targetsOf = (eventType: VolcCallbackEventType, event: RoomEvent, settings: Settings | undefined) =>
    andThen(
      context.store.transact({ vendor: "volcengine", owner: event.owner }, (state) => callbackConfigsOf(state, event.owner)),
      (configs): Target[] => {
        const type = VOLC_CALLBACKS.events[eventType].callbackType;
        const targets = configs.filter((config) => config.CallbackType === type).flatMap((config) => config.urls.map((url) => ({ url, subAccount: config.FollowerUserName })));
        if (settings && (settings.accessKeyId === undefined || settings.accessKeyId === event.owner) && (settings.types === undefined || settings.types.includes(type))) {
          targets.push({ url: settings.url, subAccount: VOLC_MAIN_ACCOUNT_NAME });
        }
        return targets;
      },
    );

  return {
    timeoutMs: VOLC_CALLBACKS.timeoutMs,
    retryDelaysMs: VOLC_CALLBACKS.retryDelaysMs,
    settings: settingsSchema,
    settingsUrls: (settings) => [String(settings.url)],
    viewSettings: (settings) => {
      const { accountSecret, ...rest } = settings as Settings;
      return accountSecret === undefined ? rest : { ...rest, accountSecret: shownByLength(accountSecret) };
    },
    fromRoomEvent(event, { settings, nextSeq }) {
      const eventType = TYPE_OF_EVENT[event.type];
      if (!eventType) return [];
      return andThen(targetsOf(eventType, event, settings as Settings | undefined), (targets) =>
        targets.flatMap((target) =>
          messagesFor(eventType, event, nextSeq, target.subAccount).map(({ message, key, batch }) => {
            const delivery: NewDelivery = { event: eventType, url: target.url, key, owner: event.owner, roomId: event.roomId, live: event.live, message };
            if (batch) delivery.batch = { ...batch, key: `${batch.key}|${target.url}` };
            return delivery;
          }),
        ),
      );
    },
    request(delivery, settings, _now) {
      const custom = settings as Settings | undefined;
      const secret = custom?.accountSecret !== undefined && custom.url === delivery.url ? custom.accountSecret : callbackSecretOf(delivery.owner);
      const payload = { ...delivery.message, Sign: volcCallbackSign(delivery.message, secret) };
      if (VOLC_CALLBACKS.events[delivery.event as VolcCallbackEventType]?.method === "GET") {
        const query = new URLSearchParams(Object.entries(payload).map(([k, v]) => [k, String(v)]));
        return { method: "GET", url: `${delivery.url}${delivery.url.includes("?") ? "&" : "?"}${query}` };
      }
      return { method: "POST", url: delivery.url, headers: { "content-type": "application/json" }, body: JSON.stringify(payload) };
    },
    acked: (status) => status >= 200 && status < 300,
  };
}
