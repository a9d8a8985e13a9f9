/**
 * Red-packet grabs (抢红包) in the shared store, kind `redPacketGrab` per access key: who joined a
 * red packet and what they won. Nothing in livemock records grabs yet; a live-room feature fills
 * this kind with {@link putRedPacketGrab}, and ListRedPacketDataAPI / ListRedPacketRecordAPI read it.
 */
import type { components } from "../../../contracts/generated/volcengine.ts";
import type { Scope, StoreState } from "../../store/index.ts";

/**
 * One viewer's grab of one red packet: the JoinRedPacketList fields of the spec (`Status` is derived
 * from `Amount` when answered), plus where and when it happened.
 */
export type StoredRedPacketGrab = Omit<components["schemas"]["RedPacketRecord"], "Status"> & {
  ActivityID: number;
  RedPacketID: number;
  /** Mock-clock time of the grab (ms). */
  grabbedAt: number;
};

const grabs = (owner: string): Scope => ({ vendor: "volcengine", owner, kind: "redPacketGrab" });

/**
 * Stores (or replaces) one viewer's grab of a red packet of an access key.
 *
 * @example
 * putRedPacketGrab(state, "AKLTlivemockdemo", { ActivityID: 1824920000234844, RedPacketID: 1825100000340169, UserID: 1738680000584142, UserName: "观众 A", Amount: 100, grabbedAt: Date.now() });
 */
export function putRedPacketGrab(state: StoreState, owner: string, grab: StoredRedPacketGrab): void {
  state.put(grabs(owner), `${grab.RedPacketID}:${grab.UserID}`, grab);
}

/**
 * The grabs of one red packet of an access key, in grab order.
 *
 * @example
 * grabsOf(state, "AKLTlivemockdemo", 1825100000340169) // []
 */
export function grabsOf(state: StoreState, owner: string, redPacketId: number): StoredRedPacketGrab[] {
  return state
    .list<StoredRedPacketGrab>(grabs(owner))
    .filter((grab) => grab.RedPacketID === redPacketId)
    .sort((a, b) => a.grabbedAt - b.grabbedAt);
}
