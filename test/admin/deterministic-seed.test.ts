import { describe, expect, it } from "vitest";
import { LOTTERY, polyvHarness, SEED_003_BODY } from "../polyv/support.ts";

async function run(seed: number): Promise<unknown[]> {
  const mock = await polyvHarness({ seed });
  const out: unknown[] = [];
  for (let i = 0; i < 3; i++) {
    const res = await mock.signed({ method: "POST", path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json: SEED_003_BODY });
    out.push(res.json.requestId, res.json.data.id);
  }
  await mock.close();
  return out;
}

describe("--seed", () => {
  it("gives the same ids and request ids on every run with the same seed", async () => {
    expect(await run(7)).toEqual(await run(7));
  });

  it("gives other request ids with another seed", async () => {
    const [a, b] = [await run(7), await run(8)];
    expect(a[0]).not.toEqual(b[0]);
    expect(a[1]).toEqual(b[1]);
  });
});
