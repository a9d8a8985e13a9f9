/**
 * Xiaoe live APIs livemock knows of but does not serve, for the reason of a 2052 answer: livemock
 * does not serve them; Xiaoe has them (fact sheet section 1, "out of scope but known paths").
 * Titles and doc URLs are the official pages' where we have them [doc]; the others are known from
 * the fact sheet without a page.
 */
import type { KnownApis } from "../core/known-apis.ts";

const DOC = "https://api-doc.xiaoe-tech.com/api_list/live_broad/";

/**
 * Known-but-unserved Xiaoe APIs by path.
 *
 * @example
 * XIAOE_UNSERVED_APIS["/xe.alive.detail.get/2.0.0"] // { method: "POST", title: "获取直播详情2.0", doc: "https://api-doc.xiaoe-tech.com/api_list/live_broad/xe_alive_detail_get_2.html" }
 */
export const XIAOE_UNSERVED_APIS: KnownApis = {
  "/xe.alive.detail.get/2.0.0": { method: "POST", title: "获取直播详情2.0", doc: `${DOC}xe_alive_detail_get_2.html` },
  "/xe.alive.relation.tag.get/1.0.0": { method: "POST", title: "查询直播绑定的分组", doc: `${DOC}live_manage/xe_alive_relation_tag_get.html` },
  "/xe.alive.signin.set_timed/1.0.0": { method: "POST", title: "设置定时签到", doc: `${DOC}live_interact_manage/sign_in_set_timed.html` },
  "/xe.alive.list.get/1.0.0": { method: "POST" },
  "/xe.alive.detail.get/1.0.0": { method: "POST" },
  "/xe.alive.user.list/1.0.0": { method: "POST" },
  "/xe.live.redpacket.record/1.0.0": { method: "POST", title: "获取红包领取记录" },
  "/xe.alive.msg_list.get/1.0.0": { method: "POST" },
};
