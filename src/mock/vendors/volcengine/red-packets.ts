/**
 * Red packets and live rooms (activities) in the shared store, scoped per access key, with the
 * status lifecycle: 0 initialised → Send → 1 sent → Draw (manual) or DeadLine minutes on the mock
 * clock (automatic) → 3 drawn.
 */
import type { RedPacketConfig } from "../../../contracts/volcengine/index.ts";
import { type Awaitable, inOrder } from "../../../util/awaitable.ts";
import type { MockContext } from "../../core/context.ts";
import type { Scope, StoreState } from "../../store/index.ts";

/** The pre-seeded live rooms every accepted access key owns (DESIGN.md): the doc example's masked id
 * `182492****234844` with the mask filled by zeros, and its neighbour. */
export const SEEDED_ACTIVITY_IDS = [1824920000234844, 1824920000234845] as const;
/** The first red-packet id handed out (the doc example's `182510****340169`, mask filled by zeros). */
export const FIRST_RED_PACKET_ID = 1825100000340169;

/** RedPacketStatus values. */
export const RedPacketStatus = { initialised: 0, sent: 1, drawing: 2, drawn: 3, drawFailed: 4 } as const;
export type RedPacketStatusValue = (typeof RedPacketStatus)[keyof typeof RedPacketStatus];

/** A red packet as stored. */
export interface StoredRedPacket {
  ActivityID: number;
  RedPacketID: number;
  RedPacketStatus: RedPacketStatusValue;
  config: RedPacketConfig;
  /** Mock-clock time of SendActivityRedPacket (ms), for the automatic draw. */
  sentAt?: number;
  /** Mock-clock time of DrawActivityRedPacket (ms), or of a live room's draw, for the room to draw at. */
  drawnAt?: number;
}

/** The red packets of one app, over the shared state. */
export interface RedPacketRepository {
  /** Seeds the live rooms of every accepted access key (at start, and when keys are added). */
  seedActivities(): Awaitable<void>;
  hasActivity(state: StoreState, owner: string, activityId: number): boolean;
  /** The stored live room (activity), or undefined. */
  activity(state: StoreState, owner: string, activityId: number): { ActivityID: number; Name?: string } | undefined;
  create(state: StoreState, owner: string, activityId: number, config: RedPacketConfig): StoredRedPacket;
  /** The packet, with its status brought up to the mock clock; undefined when absent from that room. */
  find(state: StoreState, owner: string, activityId: number, redPacketId: number): StoredRedPacket | undefined;
  /** Every packet of a room in creation order, statuses brought up to the mock clock. */
  listInActivity(state: StoreState, owner: string, activityId: number): StoredRedPacket[];
  /** Every packet of a room in creation order as stored, statuses not brought up to the clock (live rooms replay the timeline themselves). */
  storedInActivity(state: StoreState, owner: string, activityId: number): StoredRedPacket[];
  save(state: StoreState, owner: string, packet: StoredRedPacket): void;
  remove(state: StoreState, owner: string, redPacketId: number): void;
}

const VENDOR = "volcengine";
const activities = (owner: string): Scope => ({ vendor: VENDOR, owner, kind: "activity" });
const packets = (owner: string): Scope => ({ vendor: VENDOR, owner, kind: "redPacket" });

/**
 * Creates the repository. Automatic-draw packets (OpenRedPacketType 0) that were sent move to
 * status 3 once `DeadLine` minutes have passed on `context.clock`, whenever they are read.
 *
 * @example
 * const repo = createRedPacketRepository(context);
 * repo.seedActivities();
 * const packet = repo.create("AKLTlivemockdemo", 1824920000234844, withRedPacketDefaults(body));
 */
export function createRedPacketRepository(context: MockContext): RedPacketRepository {
  const settle = (state: StoreState, owner: string, packet: StoredRedPacket): StoredRedPacket => {
    if (packet.RedPacketStatus === RedPacketStatus.sent && packet.config.OpenRedPacketType === 0 && packet.sentAt !== undefined) {
      if (context.clock.now() >= packet.sentAt + packet.config.DeadLine * 60_000) {
        const drawn: StoredRedPacket = { ...packet, RedPacketStatus: RedPacketStatus.drawn };
        state.put(packets(owner), drawn.RedPacketID, drawn);
        return drawn;
      }
    }
    return packet;
  };
  return {
    seedActivities: () =>
      inOrder(context.credentials.volcengine, ({ accessKeyId }) =>
        context.store.transact({ vendor: VENDOR, owner: accessKeyId }, (state) => {
          for (const id of SEEDED_ACTIVITY_IDS) putActivity(state, accessKeyId, { ActivityID: id });
        }),
      ),
    hasActivity: (state, owner, activityId) => state.get(activities(owner), activityId) !== undefined,
    activity: (state, owner, activityId) => state.get(activities(owner), activityId),
    create(state, owner, activityId, config) {
      const packet: StoredRedPacket = { ActivityID: activityId, RedPacketID: state.nextId("volcengine:redPacket", FIRST_RED_PACKET_ID), RedPacketStatus: RedPacketStatus.initialised, config };
      state.put(packets(owner), packet.RedPacketID, packet);
      return packet;
    },
    find(state, owner, activityId, redPacketId) {
      const packet = state.get<StoredRedPacket>(packets(owner), redPacketId);
      return packet && packet.ActivityID === activityId ? settle(state, owner, packet) : undefined;
    },
    listInActivity: (state, owner, activityId) =>
      state
        .list<StoredRedPacket>(packets(owner))
        .filter((packet) => packet.ActivityID === activityId)
        .map((packet) => settle(state, owner, packet)),
    storedInActivity: (state, owner, activityId) => state.list<StoredRedPacket>(packets(owner)).filter((packet) => packet.ActivityID === activityId),
    save(state, owner, packet) {
      state.put(packets(owner), packet.RedPacketID, packet);
    },
    remove(state, owner, redPacketId) {
      state.delete(packets(owner), redPacketId);
    },
  };
}

/**
 * Stores a live room (activity) of an access key (seeding, seed files).
 *
 * @example
 * putActivity(state, "AKLTlivemockdemo", { ActivityID: 1824920000300001, Name: "新品发布" });
 */
export function putActivity(state: StoreState, owner: string, activity: { ActivityID: number; Name?: string }): void {
  state.put(activities(owner), activity.ActivityID, activity);
}
