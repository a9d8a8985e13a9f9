/**
 * The red-packet actions over validated input: what each does to the state and what it answers.
 * Business failures (unknown live room or red packet, wrong status) are InvalidParameter (400,
 * CodeN 400001), livemock's pick since livesaas publishes no service codes.
 */
import { listPagingDefaults, type ValidateRequestResult, type VolcError, type VolcOperationId, volcError, withRedPacketDefaults } from "../../../contracts/volcengine/index.ts";
import type { MockContext } from "../../core/context.ts";
import type { StoreState } from "../../store/index.ts";
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
      const pageNo = query.PageNo ?? listPagingDefaults.PageNo;
      const pageItemCount = query.PageItemCount ?? listPagingDefaults.PageItemCount;
      const all = repo.listInActivity(state, owner, query.ActivityID);
      const page = all.slice((pageNo - 1) * pageItemCount, pageNo * pageItemCount);
      return { ok: true, result: { RedPacketList: page.map(toInfo), PageNo: pageNo, PageItemCount: pageItemCount, TotalCount: all.length } };
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
      repo.save(state, owner, { ...packet, RedPacketStatus: RedPacketStatus.drawn });
      return { ok: true, result: { Status: true, ActivityID: body.ActivityID, RedPacketID: body.RedPacketID } };
    },
  };
}
