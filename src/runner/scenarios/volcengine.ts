/**
 * Volcengine livesaas scenarios: the red-packet lifecycle in a live room, and the documented
 * gateway errors that are safe to provoke (a wrong secret key, a stale X-Date) on a read-only call.
 */
import { expectVendorError, volcengineFields } from "../expect-error.ts";
import type { Scenario } from "../types.ts";
import { expectThat, expectValue } from "../violations.ts";
import { findInPages } from "./paging.ts";

const redPacketLifecycle: Scenario = {
  vendor: "volcengine",
  id: "volcengine/red-packet",
  title: "red packet: create, get, list, update, send, delete",
  creates: "1 cash red packet (manual draw, 1 分, updated to 2 × 1 分) in the live room, sent to the room, then deleted (in cleanup if a step fails). Sending shows it to viewers: use a test room",
  async run(t) {
    const volc = t.clients.volcengine();
    const ActivityID = t.params.volcActivityId;
    const { ID: RedPacketID } = await t.step(`create a red packet in live room ${ActivityID}`, () =>
      volc.createActivityRedPacket({ ActivityID, TotalAmount: 1, RedPacketNumber: 1, OpenRedPacketType: 1 }),
    );
    const undo = t.cleanup(`delete red packet ${RedPacketID}`, () => volc.deleteActivityRedPacket({ ActivityID, RedPacketID }));
    await t.step("get it back", async () => {
      const got = await volc.getActivityRedPacket({ ActivityID, RedPacketID });
      expectValue("volcengine", "getActivityRedPacket", "$.Result.RedPacketID", RedPacketID, got.RedPacketID);
      expectValue("volcengine", "getActivityRedPacket", "$.Result.RedPacketStatus", 0, got.RedPacketStatus);
      expectValue("volcengine", "getActivityRedPacket", "$.Result.TotalAmount", 1, got.TotalAmount);
    });
    await t.step("find it in the list", async () => {
      const found = await findInPages(
        (PageNo) => volc.listActivityRedPacket({ ActivityID, PageNo, PageItemCount: 50 }).then((page) => ({ items: page.RedPacketList ?? [], more: PageNo * 50 < (page.TotalCount ?? 0) })),
        (packet) => packet.RedPacketID === RedPacketID,
      );
      expectThat("volcengine", "listActivityRedPacket", "$.Result.RedPacketList", found !== undefined, `a red packet with RedPacketID ${RedPacketID}`, "none in any page");
    });
    await t.step("update it to 2 × 1 分", async () => {
      const { ID } = await volc.updateActivityRedPacket({ ActivityID, RedPacketID, TotalAmount: 2, RedPacketNumber: 2, OpenRedPacketType: 1 });
      expectValue("volcengine", "updateActivityRedPacket", "$.Result.ID", RedPacketID, ID);
    });
    await t.step("get the update back", async () => {
      const got = await volc.getActivityRedPacket({ ActivityID, RedPacketID });
      expectValue("volcengine", "getActivityRedPacket", "$.Result.TotalAmount", 2, got.TotalAmount);
      expectValue("volcengine", "getActivityRedPacket", "$.Result.RedPacketNumber", 2, got.RedPacketNumber);
    });
    await t.step("send it to the room", async () => {
      const sent = await volc.sendActivityRedPacket({ ActivityID, RedPacketID });
      expectValue("volcengine", "sendActivityRedPacket", "$.Result.Status", true, sent.Status);
      const got = await volc.getActivityRedPacket({ ActivityID, RedPacketID });
      expectValue("volcengine", "getActivityRedPacket", "$.Result.RedPacketStatus", 1, got.RedPacketStatus);
    });
    await t.step("delete it", async () => {
      const deleted = await volc.deleteActivityRedPacket({ ActivityID, RedPacketID });
      expectValue("volcengine", "deleteActivityRedPacket", "$.Result.Status", true, deleted.Status);
    });
    undo.cancel();
  },
};

const gatewayErrors: Scenario = {
  vendor: "volcengine",
  id: "volcengine/errors",
  title: "documented errors: wrong secret key, stale X-Date",
  creates: "",
  async run(t) {
    const ActivityID = t.params.volcActivityId;
    await t.probe("a wrong secret key is refused: SignatureDoesNotMatch 100010, HTTP 401", () =>
      expectVendorError(
        "volcengine",
        "listActivityRedPacket",
        t.clients.volcengine({ secretKey: "livemock-contract-wrong-secret" }).listActivityRedPacket({ ActivityID }),
        volcengineFields("SignatureDoesNotMatch", 100010, 401),
      ),
    );
    await t.probe("an X-Date 20 minutes old is refused: InvalidTimestamp 100006, HTTP 403", () =>
      expectVendorError(
        "volcengine",
        "listActivityRedPacket",
        t.clients.volcengine({ clock: () => t.now() - 20 * 60_000 }).listActivityRedPacket({ ActivityID }),
        volcengineFields("InvalidTimestamp", 100006, 403),
      ),
    );
  },
};

const redPacketResults: Scenario = {
  vendor: "volcengine",
  id: "volcengine/red-packet-results",
  title: "red-packet results (2020-06-01): ListRedPacketDataAPI, ListRedPacketRecordAPI",
  creates: "1 cash red packet (1 分) in the live room, never sent, then deleted (in cleanup if a step fails)",
  async run(t) {
    const volc = t.clients.volcengine();
    const ActivityID = t.params.volcActivityId;
    const { ID: RedPacketID } = await t.step(`create a red packet in live room ${ActivityID}`, () => volc.createActivityRedPacket({ ActivityID, TotalAmount: 1, RedPacketNumber: 1 }));
    const undo = t.cleanup(`delete red packet ${RedPacketID}`, () => volc.deleteActivityRedPacket({ ActivityID, RedPacketID }));
    await t.step("find it in the room's red-packet results (ActivityId spelling)", async () => {
      const found = await findInPages(
        (PageNo) => volc.listRedPacketDataApi({ ActivityId: ActivityID, PageNo, PageItemCount: 50 }).then((page) => ({ items: page.RedPacketList ?? [], more: PageNo * 50 < (page.TotalCount ?? 0) })),
        (packet) => packet.RedPacketId === RedPacketID,
      );
      expectThat("volcengine", "listRedPacketDataApi", "$.Result.RedPacketList", found !== undefined, `a red packet with RedPacketId ${RedPacketID}`, "none in any page");
      expectValue("volcengine", "listRedPacketDataApi", "$.Result.RedPacketList[].JoinUserNumber", 0, found?.JoinUserNumber);
    });
    await t.step("nobody has joined or won it yet", async () => {
      for (const SearchType of [2, 1]) {
        const list = await volc.listRedPacketRecordApi({ ActivityId: ActivityID, RedPacketID, SearchType });
        expectValue("volcengine", "listRedPacketRecordApi", "$.Result.TotalCount", 0, list.TotalCount);
      }
    });
    await t.probe("an unknown red packet is refused: InvalidParameter, HTTP 400", () =>
      expectVendorError(
        "volcengine",
        "listRedPacketRecordApi",
        volc.listRedPacketRecordApi({ ActivityId: ActivityID, RedPacketID: 1, SearchType: 2 }),
        volcengineFields("InvalidParameter", 400001, 400),
      ),
    );
    await t.step("delete it", () => volc.deleteActivityRedPacket({ ActivityID, RedPacketID }));
    undo.cancel();
  },
};

const callbackConfiguration: Scenario = {
  vendor: "volcengine",
  id: "volcengine/callbacks",
  title: "callback configuration: ListCallbackEvents, ListCallbackConfigs (read only: AddCallbackConfig has no served delete to undo it)",
  creates: "",
  async run(t) {
    const volc = t.clients.volcengine();
    await t.step("list the callback types: 10 is the red-packet result", async () => {
      const events = await volc.listCallbackEvents({});
      const redPacket = events.CallbackEvents.find((event) => event.CallbackType === 10);
      expectValue("volcengine", "listCallbackEvents", "$.Result.CallbackEvents[CallbackType=10].EventName", "ActivityRedPacketInfoCallBack", redPacket?.EventName);
    });
    await t.step("list the account's configurations", async () => {
      const page = await volc.listCallbackConfigs({ PageNumber: 1, PageSize: 10 });
      expectThat("volcengine", "listCallbackConfigs", "$.Result.TotalCount", page.TotalCount >= page.CallbackConfigs.length, "at least as many as listed", String(page.TotalCount));
    });
  },
};

/** Every Volcengine scenario, in run order. */
export const volcengineScenarios: readonly Scenario[] = [redPacketLifecycle, gatewayErrors, redPacketResults, callbackConfiguration];
