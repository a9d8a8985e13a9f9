/**
 * Method and path of every Xiaoe operation, checked against the generated spec types.
 */
import type { operations, paths } from "../../contracts/generated/xiaoe.ts";
import type { SpecRoute } from "../spec-types.ts";

/** Every Xiaoe operation's method and path. */
export const xiaoeRoutes = {
  getAccessToken: { method: "GET", path: "/token" },
  createLiveTask: { method: "POST", path: "/xe.alive.marketing.task.create/1.0.0" },
  updateLiveTask: { method: "POST", path: "/xe.alive.marketing.task.update/1.0.0" },
  getLiveTask: { method: "POST", path: "/xe.alive.marketing.task.get/1.0.0" },
  listLiveTasks: { method: "POST", path: "/xe.alive.marketing.live_task_by_id/2.0.0" },
  listUsers: { method: "POST", path: "/xe.user.batch.get/1.0.0" },
  getUsersByIds: { method: "POST", path: "/xe.user.batch_by_user_id.get/1.0.0" },
} as const satisfies { [Op in keyof operations]: SpecRoute<paths, operations[Op]> };

/** The operations that carry an access token in their JSON body. */
export type XiaoeBusinessOperation = Exclude<keyof typeof xiaoeRoutes, "getAccessToken">;
