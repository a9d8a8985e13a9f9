/**
 * The red-packet actions over validated input: what each does to the state and what it answers.
 * Business failures (unknown live room or red packet, wrong status) are InvalidParameter (400,
 * CodeN 400001), livemock's pick since livesaas publishes no service codes.
 */
import { listPagingDefaults, splitCallbackUrls, type ValidateRequestResult, type VolcError, type VolcOperationId, volcError, withRedPacketDefaults } from "../../../contracts/volcengine/index.ts";
import type { MockContext } from "../../core/context.ts";
import type { StoreState } from "../../store/index.ts";
import { callbackConfigsOf, callbackConfigView, FIRST_CALLBACK_CONFIG_ID, putCallbackConfig, VOLC_CALLBACK_EVENT_NAMES, VOLC_MAIN_ACCOUNT_NAME } from "./callback-configs.ts";
import { grabsOf, type StoredRedPacketGrab } from "./grabs.ts";
import { type RedPacketRepository, RedPacketStatus, type StoredRedPacket } from "./red-packets.ts";

/** A validated request to one operation. */
export type ValidInput<Op extends VolcOperationId> = Extract<ValidateRequestResult<Op>, { ok: true }>;
/** What an action answers: the `Result` of the success envelope, or a vendor error. */
export type ActionOutcome = { ok: true; result: unknown } | { ok: false; error: VolcError };
/** One handler per operation. */
export type ActionHandlers = { [Op in VolcOperationId]: (input: ValidInput<Op>, owner: string, state: StoreState) => ActionOutcome };

const STATUS_NAMES = ["initialised", "sent", "drawing", "drawn", "draw failed"] as const;
const statusText = (status: number) => `${status} (${STATUS_NAMES[status] ?? "unknown"})`;

/** InvalidParameter with the message, and the message plus the precise detail as the reason. */
const invalid = (message: string, detail?: string): ActionOutcome => ({ ok: false, error: volcError("InvalidParameter", { detail: message }, detail ? `${message} ${detail}` : message) });

/** Get/List shape of a stored packet: ids and status first, then the stored configuration. */
function toInfo(packet: StoredRedPacket): Record<string, unknown> {
  return { ActivityID: packet.ActivityID, RedPacketID: packet.RedPacketID, RedPacketStatus: packet.RedPacketStatus, ...packet.config };
}

/** One page of a list. */
function pageOf<T>(all: readonly T[], pageNo: number, size: number): T[] {
  return all.slice((pageNo - 1) * size, pageNo * size);
}

/** A live room's red packets as one page, with the paging fields every red-packet list answers. */
function pagedPackets(all: readonly StoredRedPacket[], query: { PageNo?: number; PageItemCount?: number }) {
  const pageNo = query.PageNo ?? listPagingDefaults.PageNo;
  const pageItemCount = query.PageItemCount ?? listPagingDefaults.PageItemCount;
  return { page: pageOf(all, pageNo, pageItemCount), paging: { PageNo: pageNo, PageItemCount: pageItemCount, TotalCount: all.length } };
}

/** ListRedPacketDataAPI's item: the packet with the figures of its grabs. */
function toData(packet: StoredRedPacket, grabs: readonly StoredRedPacketGrab[]): Record<string, unknown> {
  const winners = grabs.filter((grab) => grab.Amount > 0);
  const sum = (list: readonly StoredRedPacketGrab[]) => list.reduce((total, grab) => total + grab.Amount, 0);
  return {
    RedPacketId: packet.RedPacketID,
    RedPacketType: packet.config.RedPacketType,
    ...(packet.config.RedPacketType === 1 ? { RewardsPointsUnit: packet.config.RewardsPointsConfig?.RewardsPointsUnit ?? "积分" } : {}),
    TotalAmount: packet.config.TotalAmount ?? 0,
    ReceivedAmount: sum(winners),
    SendTime: packet.sentAt === undefined ? 0 : Math.floor(packet.sentAt / 1000),
    JoinUserNumber: grabs.length,
    WinUserNumber: winners.length,
    WithdrawalAmount: packet.config.RedPacketType === 0 ? sum(winners.filter((grab) => grab.WithdrawalStatus === 1)) : 0,
    RedPacketNumber: String(packet.config.RedPacketNumber ?? 0),
    IsDelete: false,
    ...(packet.config.Name !== undefined ? { Name: packet.config.Name } : {}),
  };
}

/** ListRedPacketRecordAPI's item: the stored grab, with Status 1 for a winner, 0 otherwise [inferred]. */
function toRecord(grab: StoredRedPacketGrab): Record<string, unknown> {
  const { ActivityID: _activity, RedPacketID: _packet, grabbedAt: _at, ...fields } = grab;
  return { ...fields, Status: grab.Amount > 0 ? 1 : 0 };
}

/**
 * Builds the handlers of the seven red-packet actions over a repository.
 *
 * @example
 * const actions = createActions(context, repo);
 * const outcome = store.transact(scope, (state) => actions.createActivityRedPacket(verdict, "AKLTlivemockdemo", state));
 */
export function createActions(context: MockContext, repo: RedPacketRepository): ActionHandlers {
  /** The live room and packet a request names, or the error for whichever is unknown. */
  const locate = (state: StoreState, owner: string, activityId: number, redPacketId: number): { ok: true; packet: StoredRedPacket } | { ok: false; outcome: ActionOutcome } => {
    if (!repo.hasActivity(state, owner, activityId)) {
      return { ok: false, outcome: invalid(`ActivityID ${activityId} not found.`, `It is not a live room of access key ${owner}.`) };
    }
    const packet = repo.find(state, owner, activityId, redPacketId);
    if (!packet) {
      return {
        ok: false,
        outcome: invalid(`RedPacketID ${redPacketId} not found.`, `It is not a red packet of ActivityID ${activityId} for access key ${owner} (never created, deleted, or another key's).`),
      };
    }
    return { ok: true, packet };
  };
  const wrongState = (action: string, packet: StoredRedPacket, needs: string): ActionOutcome =>
    invalid(`RedPacket status does not allow ${action}: RedPacketStatus is ${statusText(packet.RedPacketStatus)}; ${action} needs ${needs}.`, `(RedPacketID ${packet.RedPacketID})`);

  return {
    createActivityRedPacket({ body }, owner, state) {
      if (!repo.hasActivity(state, owner, body.ActivityID)) {
        return invalid(`ActivityID ${body.ActivityID} not found.`, `It is not a live room of access key ${owner}.`);
      }
      const packet = repo.create(state, owner, body.ActivityID, withRedPacketDefaults(body));
      return { ok: true, result: { ID: packet.RedPacketID } };
    },
    updateActivityRedPacket({ body }, owner, state) {
      const found = locate(state, owner, body.ActivityID, body.RedPacketID);
      if (!found.ok) return found.outcome;
      if (found.packet.RedPacketStatus !== RedPacketStatus.initialised) return wrongState("Update", found.packet, statusText(RedPacketStatus.initialised));
      repo.save(state, owner, { ...found.packet, config: withRedPacketDefaults(body) });
      return { ok: true, result: { ID: found.packet.RedPacketID } };
    },
    deleteActivityRedPacket({ body }, owner, state) {
      const found = locate(state, owner, body.ActivityID, body.RedPacketID);
      if (!found.ok) return found.outcome;
      repo.remove(state, owner, found.packet.RedPacketID);
      return { ok: true, result: { Status: true } };
    },
    getActivityRedPacket({ query }, owner, state) {
      const found = locate(state, owner, query.ActivityID, query.RedPacketID);
      if (!found.ok) return found.outcome;
      return { ok: true, result: toInfo(found.packet) };
    },
    listActivityRedPacket({ query }, owner, state) {
      if (!repo.hasActivity(state, owner, query.ActivityID)) {
        return invalid(`ActivityID ${query.ActivityID} not found.`, `It is not a live room of access key ${owner}.`);
      }
      const { page, paging } = pagedPackets(repo.listInActivity(state, owner, query.ActivityID), query);
      return { ok: true, result: { RedPacketList: page.map(toInfo), ...paging } };
    },
    sendActivityRedPacket({ body }, owner, state) {
      const found = locate(state, owner, body.ActivityID, body.RedPacketID);
      if (!found.ok) return found.outcome;
      if (found.packet.RedPacketStatus !== RedPacketStatus.initialised) return wrongState("Send", found.packet, statusText(RedPacketStatus.initialised));
      repo.save(state, owner, { ...found.packet, RedPacketStatus: RedPacketStatus.sent, sentAt: context.clock.now() });
      return { ok: true, result: { Status: true, ActivityID: body.ActivityID, RedPacketID: body.RedPacketID } };
    },
    drawActivityRedPacket({ body }, owner, state) {
      const found = locate(state, owner, body.ActivityID, body.RedPacketID);
      if (!found.ok) return found.outcome;
      const packet = found.packet;
      if (packet.config.OpenRedPacketType !== 1) {
        return invalid(
          "RedPacket status does not allow Draw: OpenRedPacketType is 0 (automatic draw); Draw needs a manual-draw packet (OpenRedPacketType 1).",
          `RedPacketID ${packet.RedPacketID} draws itself ${packet.config.DeadLine} minutes after Send.`,
        );
      }
      if (packet.RedPacketStatus !== RedPacketStatus.sent) return wrongState("Draw", packet, statusText(RedPacketStatus.sent));
      // drawnAt tells a live room playing this activity when to draw the viewers who took part.
      repo.save(state, owner, { ...packet, RedPacketStatus: RedPacketStatus.drawn, drawnAt: context.clock.now() });
      return { ok: true, result: { Status: true, ActivityID: body.ActivityID, RedPacketID: body.RedPacketID } };
    },
    listRedPacketDataApi({ query }, owner, state) {
      if (!repo.hasActivity(state, owner, query.ActivityId)) {
        return invalid(`ActivityId ${query.ActivityId} not found.`, `It is not a live room of access key ${owner}.`);
      }
      const { page, paging } = pagedPackets(repo.listInActivity(state, owner, query.ActivityId), query);
      return { ok: true, result: { RedPacketList: page.map((packet) => toData(packet, grabsOf(state, owner, packet.RedPacketID))), ...paging } };
    },
    listRedPacketRecordApi({ query }, owner, state) {
      const found = locate(state, owner, query.ActivityId, query.RedPacketID);
      if (!found.ok) return found.outcome;
      const pageNo = query.PageNo ?? listPagingDefaults.PageNo;
      const pageItemCount = query.PageItemCount ?? listPagingDefaults.PageItemCount;
      const grabs = grabsOf(state, owner, query.RedPacketID).filter((grab) => query.SearchType === 2 || grab.Amount > 0);
      return { ok: true, result: { JoinRedPacketList: pageOf(grabs, pageNo, pageItemCount).map(toRecord), PageNo: pageNo, PageItemCount: pageItemCount, TotalCount: grabs.length } };
    },
    addCallbackConfig({ body }, owner, state) {
      const follower = body.SubAccountName?.trim() || VOLC_MAIN_ACCOUNT_NAME;
      const existing = callbackConfigsOf(state, owner).find((config) => config.CallbackType === body.CallbackType && config.FollowerUserName === follower);
      if (existing) {
        return invalid(
          `CallbackType ${body.CallbackType} already has a configuration for ${follower}.`,
          `Configuration Id ${existing.Id} of access key ${owner}; change it with UpdateCallbackConfig.`,
        );
      }
      const urls = splitCallbackUrls(body.CallbackUrls);
      const refused = urls.map((url) => context.checkCallbackUrl?.(url)).find((reason) => reason !== undefined);
      if (refused) return invalid("CallbackUrls is invalid.", `livemock refuses it: ${refused}.`);
      putCallbackConfig(state, owner, {
        Id: state.nextId("volcengine:callbackConfig", FIRST_CALLBACK_CONFIG_ID),
        CallbackType: body.CallbackType,
        EventName: VOLC_CALLBACK_EVENT_NAMES[body.CallbackType] ?? "",
        CallbackUrls: urls.join(";"),
        urls,
        FollowerUserName: follower,
        FollowerNickName: follower,
        accountSecretId: owner,
        createdAt: context.clock.now(),
      });
      return { ok: true, result: { Status: true } };
    },
    listCallbackConfigs({ query }, owner, state) {
      const pageNumber = query.PageNumber ?? listPagingDefaults.PageNo;
      const pageSize = query.PageSize ?? listPagingDefaults.PageItemCount;
      const needle = query.CallbackUrl?.toLowerCase();
      const matching = callbackConfigsOf(state, owner).filter(
        (config) =>
          (query.CallbackType === undefined || config.CallbackType === query.CallbackType) &&
          (!query.SubAccountName || config.FollowerUserName === query.SubAccountName) &&
          (!needle || config.urls.some((url) => url.toLowerCase().includes(needle))),
      );
      return { ok: true, result: { CallbackConfigs: pageOf(matching, pageNumber, pageSize).map(callbackConfigView), TotalCount: matching.length } };
    },
    listCallbackEvents(_input, owner, state) {
      const configs = callbackConfigsOf(state, owner);
      const events = Object.entries(VOLC_CALLBACK_EVENT_NAMES).map(([type, EventName]) => ({
        CallbackType: Number(type),
        EventName,
        Count: configs.filter((config) => config.CallbackType === Number(type)).length,
      }));
      return { ok: true, result: { CallbackEvents: events, TotalCount: events.length } };
    },
  };
}
