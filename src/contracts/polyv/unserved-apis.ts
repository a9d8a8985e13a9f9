/**
 * Polyv APIs livemock knows of but does not serve, near the endpoints it does serve (channels,
 * lotteries, task rewards, check-in, questionnaires), for the reason of a 404: livemock does not
 * serve them; Polyv has them. Paths, methods and titles come from the API inventory Polyv ships with
 * its CLI (polyv/polyv-live-cli `docs/api-reference/API_INVENTORY.md` [sdk]); each doc URL is the
 * inventory's source document under `docs/live/api/` on help.polyv.net, the form Polyv's own SDKs
 * link to (e.g. `https://help.polyv.net/index.html#/live/api/v4/channel/create`) [inferred mapping].
 */
import type { KnownApis } from "../core/known-apis.ts";

const DOC = "https://help.polyv.net/index.html#/live/api/";

/**
 * Known-but-unserved Polyv APIs by path.
 *
 * @example
 * POLYV_UNSERVED_APIS["/live/v4/channel/create-batch"] // { method: "POST", title: "批量创建频道", doc: "https://help.polyv.net/index.html#/live/api/v4/channel/create_batch" }
 */
export const POLYV_UNSERVED_APIS: KnownApis = {
  "/live/v4/channel/create-init": { method: "POST", title: "创建并初始化频道", doc: `${DOC}v4/channel/basic_create` },
  "/live/v4/channel/create-batch": { method: "POST", title: "批量创建频道", doc: `${DOC}v4/channel/create_batch` },
  "/live/v4/channel/live-status/list": { method: "GET", title: "批量查询频道直播状态", doc: `${DOC}v4/channel/get_all_live_status_list` },
  "/live/v4/channel/condition-lottery/create-wait-lottery": { method: "POST", title: "通过抽奖活动模板发起定时抽奖抽奖", doc: `${DOC}v4/channel/lottery/create_wait_lottery` },
  "/live/v4/user/lottery/list-personal-win": { method: "GET", title: "查询用户中奖记录", doc: `${DOC}v4/user/viewer_lottery_win` },
  "/live/v4/chat/batch-checkin": { method: "POST", title: "批量设置签到功能", doc: `${DOC}v4/chat/checkin/batch_checkin` },
  "/live/v4/channel/questionnaire/save": { method: "POST", title: "新增或修改频道问卷", doc: `${DOC}live_interaction/create_questionnaire` },
};
