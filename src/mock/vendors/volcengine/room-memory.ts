/**
 * What a Volcengine live room remembers between steps (`room.memory`, JSON-serialisable): the
 * activity's red packets as the room plays them, the viewers' watch time and check-ins, wins per
 * viewer in the live room, and what the next commit must write.
 */
import type { RedPacketConfig } from "../../../contracts/volcengine/index.ts";
import type { RoomHandle } from "../../rooms/types.ts";

/** Where a red packet is in the room: not sent, open to the viewers, drawn, or deleted. */
export type PacketPhase = "idle" | "open" | "ended" | "gone";

/** How a packet's draw came about. */
export type DrawCause = "deadline" | "draw" | "api" | "room-end";

/** One red packet as the room plays it. */
export interface PacketMemory {
  id: number;
  phase: PacketPhase;
  config: RedPacketConfig;
  /** When it was sent (SendActivityRedPacket or the room's `send-red-packet`). */
  sentAt?: number;
  /** When taking part stops: `sentAt + DeadLine` for an automatic draw; the draw for a manual one. */
  closeAt?: number;
  /** Who sent it: the vendor's API or the room. */
  sentBy?: "api" | "room";
  /** An `open` timer is pending (a Send seen in the store). */
  opening?: boolean;
  /** A draw timer is pending at this time. */
  drawingAt?: number;
  /** Viewers who took part (参与), in order, with when. */
  joined: { viewerId: string; at: number }[];
  /** Viewers who decided whether to take part (each decides once). */
  decided: Record<string, true>;
  /** Viewers who want to take part but were away, or short of a check-in or of watch time: they try again when they come back, check in, or have watched enough. */
  waiting: Record<string, true>;
  /** The winners and their amounts, once drawn. */
  winners: { viewerId: string; amount: number }[];
  endedAt?: number;
  drawnBy?: DrawCause;
  /** Drawn or sent before the room could play it: the room left it alone. */
  outside?: boolean;
}

/** A viewer's progress in the room. */
export interface ViewerMemory {
  /** Online since (ms), while online. */
  since?: number;
  /** Watched in earlier visits (ms). */
  watchedMs: number;
  signIns: number;
}

/** The Volcengine driver's memory of one room. */
export interface VolcRoomMemory {
  /** The latest input handled (ms): timers set outside `handle` are not set before it. */
  lastAt?: number;
  /** Wins per viewer in this live room (earlier grabs in the store, then the room's). */
  wins: Record<string, number>;
  winsLoaded: boolean;
  packets: Record<string, PacketMemory>;
  viewers: Record<string, ViewerMemory>;
  /** What the next commit writes: packets whose status changed, and `packetId:viewerId` grabs. */
  dirtyPackets: Record<string, true>;
  dirtyGrabs: Record<string, true>;
  /** Host moves that could not be played (the packet was gone or in another status), for the view. */
  skipped: { at: number; action: string; redPacketId: number; reason: string }[];
  ended: boolean;
}

/**
 * The room's memory, set up on first use.
 *
 * @example
 * const memory = volcMemory(room);
 * memory.packets["1825100000340169"]?.phase // "open"
 */
export function volcMemory(room: RoomHandle): VolcRoomMemory {
  const memory = room.memory as Partial<VolcRoomMemory>;
  if (memory.packets === undefined) {
    Object.assign(memory, { wins: {}, winsLoaded: false, packets: {}, viewers: {}, dirtyPackets: {}, dirtyGrabs: {}, skipped: [], ended: false } satisfies VolcRoomMemory);
  }
  return memory as VolcRoomMemory;
}

/**
 * A viewer's memory, set up on first use.
 *
 * @example
 * viewerMemory(memory, "1738680000000417").signIns // 0
 */
export function viewerMemory(memory: VolcRoomMemory, viewerId: string): ViewerMemory {
  let viewer = memory.viewers[viewerId];
  if (viewer === undefined) {
    viewer = { watchedMs: 0, signIns: 0 };
    memory.viewers[viewerId] = viewer;
  }
  return viewer;
}

/**
 * How long a viewer has watched by `at` (ms), over every visit.
 *
 * @example
 * watchedBy({ since: 0, watchedMs: 60_000, signIns: 0 }, 120_000) // 180_000
 */
export function watchedBy(viewer: ViewerMemory, at: number): number {
  return viewer.watchedMs + (viewer.since === undefined ? 0 : Math.max(0, at - viewer.since));
}
