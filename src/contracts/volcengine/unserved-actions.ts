/**
 * Volcengine livesaas Actions livemock knows of but does not serve, for the reason of an
 * InvalidActionOrVersion answer: livemock does not serve them; Volcengine has them [doc].
 * ListRedPacketDataAPI and ListRedPacketRecordAPI (2020-06-01) are served now.
 */
import type { KnownApis } from "../core/known-apis.ts";

/**
 * Known-but-unserved Actions by name.
 *
 * @example
 * VOLC_UNSERVED_ACTIONS.UpdateCallbackConfig // { method: "POST", title: "Version 2023-08-01", doc: "https://www.volcengine.com/docs/3019/1756929" }
 */
export const VOLC_UNSERVED_ACTIONS: KnownApis = {
  UpdateCallbackConfig: { method: "POST", title: "Version 2023-08-01", doc: "https://www.volcengine.com/docs/3019/1756929" },
};
