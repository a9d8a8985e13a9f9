/**
 * Volcengine livesaas Actions livemock knows of but does not serve, for the reason of an
 * InvalidActionOrVersion answer: livemock does not serve them; Volcengine has them (fact sheet
 * section 1, "related but out of scope", Version 2020-06-01) [doc].
 */
import type { KnownApis } from "../core/known-apis.ts";

/**
 * Known-but-unserved Actions by name.
 *
 * @example
 * VOLC_UNSERVED_ACTIONS.ListRedPacketDataAPI // { method: "GET", title: "Version 2020-06-01", doc: "https://www.volcengine.com/docs/3019/170957" }
 */
export const VOLC_UNSERVED_ACTIONS: KnownApis = {
  ListRedPacketDataAPI: { method: "GET", title: "Version 2020-06-01", doc: "https://www.volcengine.com/docs/3019/170957" },
  ListRedPacketRecordAPI: { method: "GET", title: "Version 2020-06-01", doc: "https://volcengine.com/docs/3019/171459" },
};
