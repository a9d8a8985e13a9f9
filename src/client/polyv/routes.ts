/**
 * Method and path of every Polyv operation, checked against the generated spec types (a wrong
 * method or path fails `tsc`), and which parameters travel in the signed query (read from the
 * generated query schemas, so a spec change moves them).
 */

import type { operations, paths } from "../../contracts/generated/polyv.ts";
import { type PolyvOperationId, validators } from "../../contracts/polyv/index.ts";
import { pathTemplateNames } from "../../util/path-template.ts";
import type { SpecRoute } from "../spec-types.ts";

/** Every Polyv operation's method and path. */
export const polyvRoutes = {
  saveTaskRewardActivity: { method: "POST", path: "/live/v4/channel/task-reward-activity/save" },
  updateTaskRewardActivity: { method: "POST", path: "/live/v4/channel/task-reward-activity/update" },
  pageTaskRewardActivities: { method: "GET", path: "/live/v4/channel/task-reward-activity/page" },
  deleteTaskRewardActivity: { method: "GET", path: "/live/v4/channel/task-reward-activity/delete" },
  stopTaskRewardActivity: { method: "GET", path: "/live/v4/channel/task-reward-activity/stop" },
  pageTaskRewardActivityStats: { method: "GET", path: "/live/v4/channel/task-reward-activity/stats" },
  pageTaskRewardViewerDetails: { method: "GET", path: "/live/v4/channel/task-reward-activity/viewer-detail" },
  createLotteryActivity: { method: "POST", path: "/live/v4/channel/lottery-activity/create" },
  updateLotteryActivity: { method: "POST", path: "/live/v4/channel/lottery-activity/update" },
  deleteLotteryActivity: { method: "POST", path: "/live/v4/channel/lottery-activity/delete" },
  getLotteryActivity: { method: "GET", path: "/live/v4/channel/lottery-activity/get" },
  listLotteryActivities: { method: "GET", path: "/live/v4/channel/lottery-activity/list" },
  createChannel: { method: "POST", path: "/live/v4/channel/create" },
  updateChannel: { method: "POST", path: "/live/v4/channel/update" },
  getChannelBasic: { method: "GET", path: "/live/v4/channel/basic/get" },
  listChannelBasic: { method: "GET", path: "/live/v4/channel/basic/list" },
  getChannelBasicV3: { method: "GET", path: "/live/v3/channel/basic/get" },
  batchDeleteChannels: { method: "POST", path: "/live/v3/channel/basic/batch-delete" },
  deleteChannel: { method: "POST", path: "/live/v2/channels/{channelId}/delete" },
  queryLotteryWinners: { method: "GET", path: "/live/v4/channel/lottery/query-winner-viewer" },
  listChannelLotteryRecords: { method: "GET", path: "/live/v4/channel/lottery/list" },
  listLotteryActivityRecords: { method: "GET", path: "/live/v4/channel/lottery/activity-record/list" },
  addLotteryReceiveInfo: { method: "POST", path: "/live/v4/channel/lottery/add-receive-info" },
  pageViewerTaskRewards: { method: "GET", path: "/live/v4/user/viewer-task-reward/page" },
  submitViewerTaskRewardAcceptInfo: { method: "POST", path: "/live/v4/user/viewer-task-reward/submit-accept-info" },
} as const satisfies { [Op in keyof operations]: SpecRoute<paths, operations[Op]> };

/** The signing parameters the client adds itself. */
export const POLYV_AUTH_PARAMS = ["appId", "timestamp", "sign", "signatureMethod"] as const;

function shapeKeys(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape && typeof shape === "object" ? Object.keys(shape) : [];
}

/**
 * Where the parameters of an operation go: in its path (the `{name}` segments of its route), in the
 * (signed) query string, or in its JSON body (`json`: whether it takes one at all).
 *
 * @example
 * polyvParameterPlaces("createLotteryActivity").query // ["channelId"]
 * polyvParameterPlaces("deleteChannel").path // ["channelId"]
 */
export function polyvParameterPlaces(operation: PolyvOperationId): { path: ReadonlySet<string>; query: ReadonlySet<string>; body: ReadonlySet<string>; json: boolean } {
  const schemas = validators[operation] as { query?: unknown; body?: unknown };
  const auth: readonly string[] = POLYV_AUTH_PARAMS;
  const path = new Set(pathTemplateNames(polyvRoutes[operation].path));
  return {
    path,
    query: new Set(shapeKeys(schemas.query).filter((key) => !auth.includes(key) && !path.has(key))),
    body: new Set(shapeKeys(schemas.body)),
    json: schemas.body !== undefined,
  };
}
