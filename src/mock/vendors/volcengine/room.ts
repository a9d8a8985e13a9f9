/**
 * Volcengine's part of live rooms: a room is one activity (`ActivityId`) of one access key, and its
 * viewers drive the activity's red packets the way livesaas runs them (console guide, doc 3019/106078;
 * Send 3019/2280976; Draw 3019/2280975):
 *
 * 1. A packet is sent (status 0 → 1): by `SendActivityRedPacket` (the room sees it in `prepare` and
 *    opens it at the `sentAt` the API stored), or by the room's `send-red-packet` action (also a
 *    scenario schedule entry `{ atMinute, action: "send-red-packet", redPacketId }`), which moves it
 *    to status 1 as Send would. `redpacket.sent`.
 * 2. While it is open, the viewers online take part (参与, "抢红包"): each decides once, with the
 *    scenario's `redPacketJoinRate`, and clicks within `redPacketJoinMinutes` of seeing it; viewers
 *    who arrive later do the same. The conditions (room-conditions.ts) must hold; for a packet with a
 *    `BarragePwd` the viewer takes part by sending the password as a comment (a `comment` event), and
 *    a crowd comment equal to it counts too. Each taking part is a grab record with `Amount` 0 (the
 *    参与名单 of ListRedPacketRecordAPI `SearchType=2`).
 * 3. The draw (开奖): `DeadLine` minutes after the send for an automatic packet (when red-packets.ts
 *    moves it from 1 to 3 on the clock), or the manual draw (`DrawActivityRedPacket`, whose time the
 *    room reads from the store, or the room's `draw-red-packet` action), or the room's end for an
 *    automatic packet still counting down [inferred: nobody is left to take part]. Nobody takes part
 *    at or after it. Winners are drawn among those who took part (red-packet-split.ts: at most one
 *    packet each, `RepeatedAwardLimit` wins per viewer in the live room, `RangeStatus` 1 draws the
 *    not-yet-winners first) and get the packets of the split, which sum to the total exactly when
 *    every packet is won. `redpacket.grabbed` per winner, then `redpacket.ended` with every grab.
 *
 * `VipUserInfoId`/`BlackUserInfoId` name lists livemock does not serve: they are not applied.
 */
import type { RedPacketConfig } from "../../../contracts/volcengine/index.ts";
import { type Awaitable, andThen } from "../../../util/awaitable.ts";
import type { MockContext } from "../../core/context.ts";
import type { RoomAction, RoomDriver, RoomHandle, RoomInput, RoomViewer } from "../../rooms/types.ts";
import type { StoreState } from "../../store/index.ts";
import { grabsOf, putRedPacketGrab, type StoredRedPacketGrab } from "./grabs.ts";
import { drawWinners, packetAmounts, packetTotal } from "./red-packet-split.ts";
import { createRedPacketRepository, type RedPacketRepository, RedPacketStatus, SEEDED_ACTIVITY_IDS, type StoredRedPacket } from "./red-packets.ts";
import { barragePassword, unmetCondition } from "./room-conditions.ts";
import { type DrawCause, type PacketMemory, type VolcRoomMemory, viewerMemory, volcMemory } from "./room-memory.ts";
import { viewerExtra, volcViewer } from "./room-viewers.ts";

const VENDOR = "volcengine";
const MINUTE = 60_000;
/** RepeatedAwardLimit counts wins in the live room over 30 days (console guide). */
const AWARD_WINDOW_MS = 30 * 24 * 60 * MINUTE;

/** Scenario defaults: most viewers online take part, within a couple of minutes [inferred]. */
export const VOLC_ROOM_DEFAULTS = { redPacketJoinRate: 0.9, redPacketJoinMinutes: 2 } as const;

/** The room's timers. */
type Timer = { k: "open"; p: number } | { k: "join"; p: number; v: string } | { k: "draw"; p: number; by: DrawCause };

const ref = (id: number) => ({ kind: "redPacket", id });

/** A red-packet id from an action's parameters (a number or a string of digits), or undefined. */
function redPacketIdOf(params: Readonly<Record<string, unknown>>): number | undefined {
  const value = params.redPacketId ?? params.RedPacketID;
  const id = typeof value === "string" && /^\d{1,16}$/u.test(value) ? Number(value) : value;
  return typeof id === "number" && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** The unit of a packet's amounts, as the red-packet callback names it (`RedPacketUnit`). */
function unitOf(config: RedPacketConfig): string {
  return config.RedPacketType === 1 ? (config.RewardsPointsConfig?.RewardsPointsUnit ?? "积分") : "分";
}

/** The grab record a viewer's taking part (and win) becomes. */
function grabRecord(activityId: number, packet: PacketMemory, viewerId: string, viewer: RoomViewer | undefined, joinedAt: number, amount: number): StoredRedPacketGrab {
  const extra = viewerExtra(viewer);
  return {
    ActivityID: activityId,
    RedPacketID: packet.id,
    UserID: Number(viewerId),
    UserName: viewer?.nickname ?? viewerId,
    ExternalId: extra.ExternalId,
    UserTel: extra.Telephone,
    Ip: extra.UserAccessIP,
    UserAgent: extra.UserAgent,
    Extra: "",
    IsPriorityUser: 0,
    Amount: amount,
    // Cash winners have not withdrawn yet [inferred].
    ...(packet.config.RedPacketType === 0 ? { WithdrawalStatus: 0 } : {}),
    grabbedAt: joinedAt,
  };
}

/** One winner as `redpacket.ended` lists it: the callback's `UserInfos` fields, plus the avatar. */
function userInfo(viewerId: string, viewer: RoomViewer | undefined, amount: number, joinedAt: number) {
  const extra = viewerExtra(viewer);
  return {
    UserId: viewerId,
    NickName: viewer?.nickname ?? viewerId,
    Amount: amount,
    ExternalId: extra.ExternalId,
    Extra: "",
    IsPriorityUser: 0,
    Telephone: extra.Telephone,
    UserAccessIP: extra.UserAccessIP,
    UserAgent: extra.UserAgent,
    avatar: viewer?.avatar ?? "",
    joinedAt,
  };
}

/**
 * Creates the Volcengine room driver.
 *
 * @example
 * const module = { ...behaviour, rooms: createVolcengineRoomDriver(context) };
 */
export function createVolcengineRoomDriver(context: MockContext, repo: RedPacketRepository = createRedPacketRepository(context)): RoomDriver {
  const transact = <T>(owner: string, work: (state: StoreState) => T): Awaitable<T> => context.store.transact({ vendor: VENDOR, owner }, work);

  /** The room's "now" outside `handle`: timers are not set before the last input or the start. */
  const roomNow = (memory: VolcRoomMemory, room: RoomHandle) => Math.max(memory.lastAt ?? room.startedAt, room.startedAt);

  const joinRate = (room: RoomHandle) => (typeof room.scenario.redPacketJoinRate === "number" ? room.scenario.redPacketJoinRate : VOLC_ROOM_DEFAULTS.redPacketJoinRate);
  const joinSpread = (room: RoomHandle) => (typeof room.scenario.redPacketJoinMinutes === "number" ? room.scenario.redPacketJoinMinutes : VOLC_ROOM_DEFAULTS.redPacketJoinMinutes) * MINUTE;

  /** When taking part in a packet sent at `sentAt` stops: its deadline, or the manual draw's time when known. */
  const closeOf = (stored: StoredRedPacket): number | undefined =>
    stored.config.OpenRedPacketType === 0 && stored.sentAt !== undefined ? stored.sentAt + stored.config.DeadLine * MINUTE : stored.drawnAt;

  /** Brings one stored packet into the room's memory, setting timers for a Send or Draw made through the API. */
  function reconcile(memory: VolcRoomMemory, stored: StoredRedPacket, room: RoomHandle): void {
    const now = roomNow(memory, room);
    let packet = memory.packets[stored.RedPacketID];
    if (packet === undefined) {
      packet = { id: stored.RedPacketID, phase: "idle", config: stored.config, joined: [], decided: {}, waiting: {}, winners: [] };
      memory.packets[stored.RedPacketID] = packet;
    }
    if (packet.phase === "idle" && !packet.opening) {
      packet.config = stored.config;
      if (stored.RedPacketStatus === RedPacketStatus.initialised) return;
      const close = closeOf(stored);
      if (stored.sentAt === undefined || (close !== undefined && close <= now)) {
        // Sent and drawn before the room could play it (or at a time the room has passed).
        packet.phase = "ended";
        packet.outside = true;
        return;
      }
      packet.sentAt = stored.sentAt;
      packet.sentBy = "api";
      packet.opening = true;
      room.schedule(Math.max(stored.sentAt, now), { k: "open", p: packet.id } satisfies Timer);
    }
    if ((packet.phase === "open" || packet.opening) && packet.config.OpenRedPacketType === 1 && packet.drawingAt === undefined) {
      if (stored.RedPacketStatus === RedPacketStatus.drawn && stored.drawnAt !== undefined) {
        packet.drawingAt = Math.max(stored.drawnAt, now);
        room.schedule(packet.drawingAt, { k: "draw", p: packet.id, by: "api" } satisfies Timer);
      }
    }
  }

  /** A viewer decides (once per packet) whether to take part, and when. */
  function consider(packet: PacketMemory, viewerId: string, at: number, room: RoomHandle): void {
    if (packet.decided[viewerId]) return;
    packet.decided[viewerId] = true;
    if (room.random.next() >= joinRate(room)) return;
    const window = packet.closeAt === undefined ? joinSpread(room) : Math.min(joinSpread(room), packet.closeAt - at);
    if (window <= 0) return;
    room.schedule(at + Math.floor(room.random.next() * window), { k: "join", p: packet.id, v: viewerId } satisfies Timer);
  }

  /** A viewer tries to take part at `at`; `byComment` when they just sent the password. */
  function tryJoin(memory: VolcRoomMemory, packet: PacketMemory, viewerId: string, at: number, room: RoomHandle, byComment = false): void {
    if (packet.phase !== "open" || (packet.closeAt !== undefined && at >= packet.closeAt)) return;
    if (packet.joined.some((entry) => entry.viewerId === viewerId)) return;
    // Gone before clicking, or short of a check-in: they try again when they come back or check in.
    if (!room.online.has(viewerId)) {
      packet.waiting[viewerId] = true;
      return;
    }
    const unmet = unmetCondition(packet.config, viewerMemory(memory, viewerId), at);
    if (unmet?.kind === "check-in") {
      packet.waiting[viewerId] = true;
      return;
    }
    if (unmet?.kind === "watch") {
      packet.waiting[viewerId] = true;
      if (packet.closeAt === undefined || unmet.at < packet.closeAt) room.schedule(unmet.at, { k: "join", p: packet.id, v: viewerId } satisfies Timer);
      return;
    }
    if (unmet) return;
    delete packet.waiting[viewerId];
    const password = barragePassword(packet.config);
    if (password !== undefined && !byComment) {
      room.emit({ type: "comment", viewerId, object: ref(packet.id), data: { text: password, barragePwd: true, redPacketId: packet.id } });
    }
    packet.joined.push({ viewerId, at });
    memory.dirtyGrabs[`${packet.id}:${viewerId}`] = true;
  }

  /** Opens a sent packet to the room: `redpacket.sent`, the draw timer, and the viewers online decide. */
  function open(packet: PacketMemory, at: number, room: RoomHandle): void {
    packet.phase = "open";
    packet.opening = false;
    packet.sentAt ??= at;
    if (packet.config.OpenRedPacketType === 0) {
      packet.closeAt = packet.sentAt + packet.config.DeadLine * MINUTE;
      packet.drawingAt = packet.closeAt;
      room.schedule(packet.closeAt, { k: "draw", p: packet.id, by: "deadline" } satisfies Timer);
    }
    const { total, count } = packetTotal(packet.config);
    room.emit({
      type: "redpacket.sent",
      object: ref(packet.id),
      data: {
        redPacketId: packet.id,
        sentBy: packet.sentBy ?? "room",
        sentAt: packet.sentAt,
        RedPacketType: packet.config.RedPacketType,
        RedPacketUnit: unitOf(packet.config),
        TotalAmount: total,
        RedPacketNumber: count,
        OpenRedPacketType: packet.config.OpenRedPacketType,
        ...(packet.closeAt === undefined ? {} : { DeadLine: packet.config.DeadLine, drawAt: packet.closeAt }),
        ...(barragePassword(packet.config) === undefined ? {} : { BarragePwd: barragePassword(packet.config) }),
      },
    });
    for (const viewerId of room.online.keys()) consider(packet, viewerId, at, room);
  }

  /** Draws an open packet at `at`: winners, amounts, `redpacket.grabbed` each, `redpacket.ended`. */
  function draw(memory: VolcRoomMemory, packet: PacketMemory, at: number, by: DrawCause, room: RoomHandle): void {
    if (packet.phase !== "open") return;
    packet.phase = "ended";
    packet.endedAt = at;
    packet.closeAt ??= at;
    packet.drawnBy = by;
    const entrants = packet.joined.map((entry) => ({ viewerId: entry.viewerId, wins: memory.wins[entry.viewerId] ?? 0 }));
    const amounts = packetAmounts(packet.config, room.random);
    packet.winners = drawWinners(entrants, amounts, { repeatedAwardLimit: packet.config.RepeatedAwardLimit, rangeStatus: packet.config.RangeStatus }, room.random);
    const unit = unitOf(packet.config);
    const joinedAt = new Map(packet.joined.map((entry) => [entry.viewerId, entry.at]));
    const grabs = [];
    for (const winner of packet.winners) {
      memory.wins[winner.viewerId] = (memory.wins[winner.viewerId] ?? 0) + 1;
      memory.dirtyGrabs[`${packet.id}:${winner.viewerId}`] = true;
      const viewer = room.seen.get(winner.viewerId);
      room.emit({
        type: "redpacket.grabbed",
        viewerId: winner.viewerId,
        object: ref(packet.id),
        data: { redPacketId: packet.id, amount: winner.amount, unit, user: { UserId: winner.viewerId, NickName: viewer?.nickname ?? winner.viewerId, avatar: viewer?.avatar ?? "" } },
      });
      grabs.push(userInfo(winner.viewerId, viewer, winner.amount, joinedAt.get(winner.viewerId) ?? at));
    }
    memory.dirtyPackets[packet.id] = true;
    const { total, count } = packetTotal(packet.config);
    room.emit({
      type: "redpacket.ended",
      object: ref(packet.id),
      data: {
        redPacketId: packet.id,
        drawnBy: by,
        RedPacketType: packet.config.RedPacketType,
        RedPacketUnit: unit,
        TotalAmount: total,
        RedPacketNumber: count,
        IsOpenSmsNotification: packet.config.IsOpenSmsNotification,
        RewardsPointsBatch: packet.config.RewardsPointsConfig?.RewardsPointsBatch ?? "",
        JoinUserNumber: packet.joined.length,
        WinUserNumber: packet.winners.length,
        ReceivedAmount: packet.winners.reduce((sum, winner) => sum + winner.amount, 0),
        grabs,
      },
    });
  }

  /**
   * A host move on one red packet: `redPacketId` must be a positive integer; a packet the room
   * already knows is checked by `objection` (one it does not know yet may be created before the move).
   */
  const packetAction = (summary: string, objection: (packet: PacketMemory) => string | undefined): RoomAction => ({
    summary,
    check(params, room) {
      const id = redPacketIdOf(params);
      if (id === undefined) return "redPacketId must be the RedPacketID of a red packet of the live room (a positive integer).";
      const packet = volcMemory(room).packets[id];
      return packet ? objection(packet) : undefined;
    },
  });
  const sendAction = packetAction("Sends a red packet to the room, as SendActivityRedPacket does (status 0 → 1): { redPacketId }.", (packet) =>
    packet.phase !== "idle" || packet.opening ? `RedPacket status does not allow Send: RedPacketID ${packet.id} was already sent.` : undefined,
  );
  const drawAction = packetAction("Draws a manual-draw red packet (OpenRedPacketType 1), as DrawActivityRedPacket does (status 1 → 3): { redPacketId }.", (packet) => {
    if (packet.phase === "open" && packet.config.OpenRedPacketType !== 1) return `RedPacketID ${packet.id} draws itself ${packet.config.DeadLine} minutes after Send (OpenRedPacketType 0).`;
    if (packet.phase === "ended" || packet.phase === "gone") return `RedPacket status does not allow Draw: RedPacketID ${packet.id} was already drawn or deleted.`;
    return undefined;
  });

  /** Why a host move cannot be played now, or undefined when it can. */
  function refusal(memory: VolcRoomMemory, action: string, id: number, room: RoomHandle): string | undefined {
    const packet = memory.packets[id];
    if (!packet || packet.phase === "gone") return `RedPacketID ${id} is not a red packet of ActivityID ${room.live}.`;
    if (action === "send-red-packet") return packet.phase !== "idle" || packet.opening ? "RedPacket status does not allow Send: it was already sent." : undefined;
    if (packet.config.OpenRedPacketType !== 1) return "Draw needs a manual-draw packet (OpenRedPacketType 1).";
    return packet.phase !== "open" ? "RedPacket status does not allow Draw: it is not sent, or already drawn." : undefined;
  }

  function handleAction(memory: VolcRoomMemory, input: Extract<RoomInput, { kind: "action" }>, room: RoomHandle): void {
    const id = redPacketIdOf(input.params);
    if (id === undefined || (input.action !== "send-red-packet" && input.action !== "draw-red-packet")) return;
    const reason = refusal(memory, input.action, id, room);
    const packet = memory.packets[id];
    if (reason !== undefined || packet === undefined) {
      // A host move the room cannot play is kept for the view rather than failing the step.
      memory.skipped.push({ at: input.at, action: input.action, redPacketId: id, reason: reason ?? "" });
    } else if (input.action === "send-red-packet") {
      packet.sentBy = "room";
      packet.sentAt = input.at;
      memory.dirtyPackets[id] = true;
      open(packet, input.at, room);
    } else {
      draw(memory, packet, input.at, "draw", room);
    }
  }

  function handleCrowd(memory: VolcRoomMemory, input: Extract<RoomInput, { kind: "crowd" }>, room: RoomHandle): void {
    const viewerId = input.viewer.id;
    const viewer = viewerMemory(memory, viewerId);
    const openPackets = Object.values(memory.packets).filter((packet) => packet.phase === "open");
    switch (input.type) {
      case "viewer.joined":
        viewer.since = input.at;
        for (const packet of openPackets) {
          if (packet.waiting[viewerId]) tryJoin(memory, packet, viewerId, input.at, room);
          else consider(packet, viewerId, input.at, room);
        }
        break;
      case "viewer.left":
        if (viewer.since !== undefined) viewer.watchedMs += Math.max(0, input.at - viewer.since);
        viewer.since = undefined;
        break;
      case "sign-in":
        viewer.signIns += 1;
        for (const packet of openPackets) if (packet.waiting[viewerId]) tryJoin(memory, packet, viewerId, input.at, room);
        break;
      case "comment": {
        const text = input.text?.trim();
        for (const packet of openPackets) if (text && text === barragePassword(packet.config)) tryJoin(memory, packet, viewerId, input.at, room, true);
        break;
      }
      default:
        break;
    }
  }

  return {
    liveField: "ActivityId",
    scenarioFields: {
      redPacketJoinRate: `Share of the viewers online who take part in an open red packet, 0..1 (default ${VOLC_ROOM_DEFAULTS.redPacketJoinRate}).`,
      redPacketJoinMinutes: `Viewers take part within this many minutes of seeing a red packet (default ${VOLC_ROOM_DEFAULTS.redPacketJoinMinutes}; never after its deadline).`,
    },
    checkScenario(scenario) {
      const rate = scenario.redPacketJoinRate;
      if (rate !== undefined && (typeof rate !== "number" || !(rate >= 0 && rate <= 1))) return "redPacketJoinRate must be a number in [0, 1].";
      const minutes = scenario.redPacketJoinMinutes;
      if (minutes !== undefined && (typeof minutes !== "number" || !(minutes > 0 && minutes <= 999))) return "redPacketJoinMinutes must be a number in (0, 999].";
      return undefined;
    },
    findLive(live) {
      if (!/^\d{1,16}$/u.test(live)) return undefined;
      const activityId = Number(live);
      const keys = context.credentials.volcengine;
      const from = (i: number): Awaitable<{ owner: string; live: string; title?: string } | undefined> => {
        const key = keys[i];
        if (key === undefined) return undefined;
        return andThen(
          transact(key.accessKeyId, (state) => repo.activity(state, key.accessKeyId, activityId)),
          (activity) => (activity ? { owner: key.accessKeyId, live: String(activityId), ...(activity.Name ? { title: activity.Name } : {}) } : from(i + 1)),
        );
      };
      return from(0);
    },
    viewer: volcViewer,
    demoLives: [String(SEEDED_ACTIVITY_IDS[0])],
    actions: { "send-red-packet": sendAction, "draw-red-packet": drawAction },
    prepare(room) {
      const memory = volcMemory(room);
      const activityId = Number(room.live);
      return transact(room.owner, (state) => {
        const stored = repo.storedInActivity(state, room.owner, activityId);
        if (!memory.winsLoaded) {
          // Wins in this live room over the last 30 days, before the room: RepeatedAwardLimit counts them.
          const since = context.clock.now() - AWARD_WINDOW_MS;
          for (const packet of stored) {
            for (const grab of grabsOf(state, room.owner, packet.RedPacketID)) {
              if (grab.Amount > 0 && grab.grabbedAt >= since) memory.wins[String(grab.UserID)] = (memory.wins[String(grab.UserID)] ?? 0) + 1;
            }
          }
          memory.winsLoaded = true;
        }
        const present = new Set<number>();
        for (const packet of stored) {
          present.add(packet.RedPacketID);
          reconcile(memory, packet, room);
        }
        for (const packet of Object.values(memory.packets)) {
          if (present.has(packet.id)) continue;
          // Deleted (DeleteActivityRedPacket): nobody takes part any more, nothing is drawn.
          packet.phase = "gone";
          packet.opening = false;
        }
      });
    },
    handle(input, room) {
      const memory = volcMemory(room);
      memory.lastAt = input.at;
      switch (input.kind) {
        case "crowd":
          handleCrowd(memory, input, room);
          return;
        case "action":
          handleAction(memory, input, room);
          return;
        case "timer": {
          const timer = input.payload as Timer;
          const packet = memory.packets[timer.p];
          if (!packet) return;
          if (timer.k === "open" && packet.opening && packet.phase === "idle") open(packet, input.at, room);
          else if (timer.k === "join") tryJoin(memory, packet, timer.v, input.at, room);
          else if (timer.k === "draw") draw(memory, packet, input.at, timer.by, room);
          return;
        }
        case "start":
          return;
        case "end":
          memory.ended = true;
          for (const viewer of Object.values(memory.viewers)) {
            if (viewer.since !== undefined) viewer.watchedMs += Math.max(0, input.at - viewer.since);
            viewer.since = undefined;
          }
          // Automatic packets still counting down are drawn as the live ends [inferred]; manual ones wait for Draw.
          for (const packet of Object.values(memory.packets)) if (packet.phase === "open" && packet.config.OpenRedPacketType === 0) draw(memory, packet, input.at, "room-end", room);
          return;
      }
    },
    commit(room) {
      const memory = volcMemory(room);
      const packetIds = Object.keys(memory.dirtyPackets);
      const grabKeys = Object.keys(memory.dirtyGrabs);
      if (packetIds.length === 0 && grabKeys.length === 0) return;
      memory.dirtyPackets = {};
      memory.dirtyGrabs = {};
      const activityId = Number(room.live);
      return transact(room.owner, (state) => {
        const storedById = new Map(repo.storedInActivity(state, room.owner, activityId).map((stored) => [stored.RedPacketID, stored]));
        for (const id of packetIds) {
          const packet = memory.packets[id];
          const stored = storedById.get(Number(id));
          if (!packet || !stored) continue;
          let next = stored;
          if (stored.RedPacketStatus === RedPacketStatus.initialised && packet.phase !== "idle") next = { ...next, RedPacketStatus: RedPacketStatus.sent, sentAt: packet.sentAt };
          if (packet.phase === "ended" && next.RedPacketStatus === RedPacketStatus.sent) next = { ...next, RedPacketStatus: RedPacketStatus.drawn, drawnAt: packet.endedAt };
          if (next !== stored) repo.save(state, room.owner, next);
        }
        for (const key of grabKeys) {
          const [packetId, viewerId] = key.split(":") as [string, string];
          const packet = memory.packets[packetId];
          const entry = packet?.joined.find((candidate) => candidate.viewerId === viewerId);
          if (!packet || !entry || packet.phase === "gone" || !storedById.has(packet.id)) continue;
          const amount = packet.winners.find((winner) => winner.viewerId === viewerId)?.amount ?? 0;
          putRedPacketGrab(state, room.owner, grabRecord(activityId, packet, viewerId, room.seen.get(viewerId), entry.at, amount));
        }
      });
    },
    view(room) {
      const memory = volcMemory(room);
      return {
        redPackets: Object.values(memory.packets)
          .filter((packet) => !packet.outside)
          .map((packet) => ({
            RedPacketID: packet.id,
            phase: packet.phase,
            ...(packet.sentAt === undefined ? {} : { sentAt: packet.sentAt }),
            ...(packet.closeAt === undefined ? {} : { closeAt: packet.closeAt }),
            ...packetTotal(packet.config),
            joined: packet.joined.length,
            ...(packet.drawnBy === undefined ? {} : { drawnBy: packet.drawnBy }),
            winners: packet.winners.map((winner) => ({ UserId: winner.viewerId, NickName: room.seen.get(winner.viewerId)?.nickname ?? winner.viewerId, Amount: winner.amount })),
            received: packet.winners.reduce((sum, winner) => sum + winner.amount, 0),
          })),
        ...(memory.skipped.length === 0 ? {} : { skipped: memory.skipped }),
      };
    },
  };
}
