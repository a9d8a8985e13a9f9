/**
 * The shared backend's primitives in-process: the lease (one holder, renewal, take-over once it
 * lapses) that rooms and callback delivery will use, and the store's optimistic transactions (no
 * lost update when two replicas change one object at once).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectRedisBackend, type SharedBackend } from "../../src/mock/store/redis/backend.ts";
import { createRedisStore } from "../../src/mock/store/redis/store.ts";
import { flushRedis, testRedisUrl } from "./support.ts";

const url = testRedisUrl(2);
let one: SharedBackend;
let two: SharedBackend;

beforeAll(async () => {
  await flushRedis(url);
  one = connectRedisBackend(url);
  two = connectRedisBackend(url);
  await Promise.all([one.connected(), two.connected()]);
});
afterAll(async () => {
  await one?.close();
  await two?.close();
});

describe("acquireLease", () => {
  it("has one holder at a time, renews while held and is taken over once it lapses", async () => {
    const held = await one.acquireLease("room:4854808", 300);
    expect(held).toBeDefined();
    expect(await two.acquireLease("room:4854808", 300)).toBeUndefined();
    expect(await held!.renew()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 450)); // the holder "died": no renewal
    const taken = await two.acquireLease("room:4854808", 300);
    expect(taken).toBeDefined();
    expect(await held!.renew()).toBe(false); // the old holder learns it lost the lease
    await held!.release(); // and cannot release the new holder's
    expect(await one.acquireLease("room:4854808", 300)).toBeUndefined();
    await taken!.release();
    expect(await one.acquireLease("room:4854808", 300)).toBeDefined();
  });
});

describe("the shared store", () => {
  it("loses no update when two replicas change one object concurrently", async () => {
    const a = createRedisStore(one);
    const b = createRedisStore(two);
    const scope = { vendor: "test", owner: "o", kind: "counter" };
    await a.transact({ vendor: "test", owner: "o" }, (state) => state.put(scope, 1, { n: 0 }));
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        (i % 2 ? a : b).transact({ vendor: "test", owner: "o" }, (state) => {
          const counter = state.get<{ n: number }>(scope, 1)!;
          state.put(scope, 1, { n: counter.n + 1 });
        }),
      ),
    );
    expect(await b.transact({ vendor: "test", owner: "o" }, (state) => state.get(scope, "1"))).toEqual({ n: 200 });
  });

  it("keeps insertion order, deletes, and sequences shared by owners", async () => {
    const a = createRedisStore(one);
    const b = createRedisStore(two);
    const ids = await Promise.all(["x", "y", "x", "y"].map((owner, i) => (i % 2 ? a : b).transact({ vendor: "seq", owner }, (state) => state.nextId("seq:item", 100))));
    expect([...ids].sort()).toEqual([100, 101, 102, 103]);
    const scope = { vendor: "seq", owner: "x", kind: "item" };
    await a.transact({ vendor: "seq", owner: "x" }, (state) => {
      for (const id of [3, 1, 2]) state.put(scope, id, { id });
    });
    expect(await b.transact({ vendor: "seq", owner: "x" }, (state) => state.delete(scope, 1))).toBe(true);
    expect(await a.transact({ vendor: "seq", owner: "x" }, (state) => state.list(scope))).toEqual([{ id: 3 }, { id: 2 }]);
  });
});
