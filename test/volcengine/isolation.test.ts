/**
 * Objects belong to the access key that created them: a second key sees the same pre-seeded live
 * rooms but none of the first key's red packets, and the other way round.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { credentialsFromEnv } from "../../src/mock/credentials.ts";
import { ACTIVITY, cashPacket, errorOf, FIRST_ID, OTHER_ACTIVITY, type VolcHarness, volcHarness } from "./support.ts";

const SECOND = { accessKeyId: "AKLTsecondapp", secretAccessKey: "second-secret" };
const as2 = { ak: SECOND.accessKeyId, sk: SECOND.secretAccessKey };

let h: VolcHarness;
beforeAll(async () => {
  h = await volcHarness({ rateLimits: false, credentials: { volcengine: [SECOND] } });
});
afterAll(() => h.close());

describe("cross-credential isolation", () => {
  it("gives a configured access key the pre-seeded live rooms but not the demo key's red packets", async () => {
    const demoId = (await h.action("CreateActivityRedPacket", cashPacket())).json.Result.ID as number;
    expect(demoId).toBe(FIRST_ID);

    const otherId = (await h.action("CreateActivityRedPacket", cashPacket({ TotalAmount: 777 }), as2)).json.Result.ID as number;
    expect(otherId).toBe(FIRST_ID + 1);

    const peek = await h.action("GetActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: demoId }, as2);
    expect(peek.status).toBe(400);
    expect(errorOf(peek)?.Message).toBe(`RedPacketID ${demoId} not found.`);
    expect(peek.reason).toContain("AKLTsecondapp");

    const listed = await h.action("ListActivityRedPacket", { ActivityID: ACTIVITY }, as2);
    expect(listed.json.Result.TotalCount).toBe(1);
    expect(listed.json.Result.RedPacketList[0]).toMatchObject({ RedPacketID: otherId, TotalAmount: 777 });
    expect((await h.action("ListActivityRedPacket", { ActivityID: ACTIVITY })).json.Result.RedPacketList.map((p: { RedPacketID: number }) => p.RedPacketID)).toEqual([demoId]);
  });

  it("refuses to change another key's packet", async () => {
    const demoId = (await h.action("CreateActivityRedPacket", cashPacket())).json.Result.ID as number;
    for (const action of ["SendActivityRedPacket", "DeleteActivityRedPacket"]) {
      expect(errorOf(await h.action(action, { ActivityID: ACTIVITY, RedPacketID: demoId }, as2))?.Message).toBe(`RedPacketID ${demoId} not found.`);
    }
    expect((await h.action("GetActivityRedPacket", { ActivityID: ACTIVITY, RedPacketID: demoId })).json.Result.RedPacketStatus).toBe(0);
  });

  it("journals the owner of each request", async () => {
    await h.action("ListActivityRedPacket", { ActivityID: ACTIVITY }, as2);
    expect(h.app.livemock.context.journal.entries().at(-1)?.owner).toBe("AKLTsecondapp");
  });
});

describe("an access key configured through VOLC_ACCESSKEY / VOLC_SECRETKEY", () => {
  it("owns the pre-seeded live rooms too", async () => {
    const env = await volcHarness({ credentials: credentialsFromEnv({ VOLC_ACCESSKEY: "AKLTfromenv", VOLC_SECRETKEY: "env-secret" }) });
    for (const ActivityID of [ACTIVITY, OTHER_ACTIVITY]) {
      const res = await env.action("CreateActivityRedPacket", cashPacket({ ActivityID }), { ak: "AKLTfromenv", sk: "env-secret" });
      expect(res.status).toBe(200);
    }
    await env.close();
  });
});
