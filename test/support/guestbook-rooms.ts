/**
 * The Guestbook vendor's part of live rooms (test tree only): a live is a note; viewers sign the
 * guestbook (`sign-in`); the host's `pick` action picks `count` distinct viewers online; each step's
 * tally is written to the store as a `tally` object, read back through the state view.
 */
import type { MockContext } from "../../src/mock/core/context.ts";
import type { RoomDriver, RoomHandle } from "../../src/mock/rooms/types.ts";

interface Memory {
  signed: number;
  comments: number;
  picked: string[];
}

const memoryOf = (room: RoomHandle) => room.memory as unknown as Memory;

export function guestbookRooms(context: MockContext, keys: () => { key: string }[]): RoomDriver {
  return {
    liveField: "noteId",
    scenarioFields: { hallName: "a name shown on the tally" },
    checkScenario: (s) => (s.hallName !== undefined && typeof s.hallName !== "string" ? "hallName: a string" : undefined),
    findLive(live) {
      for (const { key } of keys()) {
        const note = context.store.transact({ vendor: "guestbook", owner: key }, (state) => state.get({ vendor: "guestbook", owner: key, kind: "note" }, live)) as unknown;
        if (note) return { owner: key, live };
      }
      return undefined;
    },
    viewer: (index, random) => ({ index, id: `gb-${index}`, nickname: random.faker.person.firstName(), avatar: `https://guestbook.example/a/${index}.png` }),
    demoLives: ["501"],
    actions: {
      fail: { summary: "makes the driver throw (a driver bug)", check: () => undefined },
      pick: {
        summary: "picks `count` distinct viewers online",
        check: (params) => (Number.isInteger(params.count) && (params.count as number) >= 1 ? undefined : `count: a positive integer, got ${JSON.stringify(params.count)}`),
      },
    },
    prepare(room) {
      if (memoryOf(room).picked === undefined) room.memory = { signed: 0, comments: 0, picked: [] };
    },
    handle(input, room) {
      const memory = memoryOf(room);
      if (input.kind === "crowd" && input.type === "sign-in") memory.signed++;
      if (input.kind === "crowd" && input.type === "comment") memory.comments++;
      if (input.kind === "action" && input.action === "fail") throw new Error("the guestbook driver broke");
      if (input.kind === "action" && input.action === "pick") {
        const pool = [...room.online.keys()].filter((id) => !memory.picked.includes(id));
        room.emit({ type: "lottery.drawn", object: { kind: "pick", id: memory.picked.length }, data: { pool: pool.length } });
        for (let i = 0; i < (input.params.count as number) && pool.length > 0; i++) {
          const [winner] = pool.splice(room.random.int(0, pool.length - 1), 1);
          memory.picked.push(winner as string);
          room.emit({ type: "lottery.won", viewerId: winner as string, object: { kind: "pick", id: memory.picked.length } });
        }
      }
    },
    commit(room) {
      const memory = memoryOf(room);
      context.store.transact({ vendor: "guestbook", owner: room.owner }, (state) =>
        state.put({ vendor: "guestbook", owner: room.owner, kind: "tally" }, room.id, { room: room.id, ...memory, hall: room.scenario.hallName ?? null }),
      );
    },
    view: (room) => ({ ...memoryOf(room) }),
  };
}
