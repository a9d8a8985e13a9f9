/**
 * The documented defaults of the red-packet actions (the `default:` values of specs/volcengine.yaml,
 * kept equal to it by test/contracts/volcengine/defaults.test.ts), and the helper that fills them in
 * the way the vendor stores a red packet: a field left out takes its default.
 */
import type { components } from "../generated/volcengine.ts";

type CreateBody = components["schemas"]["CreateActivityRedPacketBody"];
type UpdateBody = components["schemas"]["UpdateActivityRedPacketBody"];
type RewardsPointsConfig = components["schemas"]["RewardsPointsConfig"];

/** Defaults of the top-level red-packet fields (Create and Update bodies). */
export const redPacketDefaults = {
  RedPacketType: 0,
  OpenRedPacketType: 0,
  DeadLine: 5,
  IsOpenSmsNotification: 0,
  ClaimFailureText: "很遗憾,您没有抢到红包",
  RangeStatus: 0,
  RepeatedAwardLimit: 1,
  EnableCustomRedirect: false,
  EnableMiniApp: false,
} as const satisfies Partial<CreateBody>;

/** Defaults inside `RewardsPointsConfig`. */
export const rewardsPointsDefaults = {
  AmountCalculationType: 0,
  RewardsPointsUnit: "积分",
} as const satisfies Partial<RewardsPointsConfig>;

/** `ClaimSuccessText` default per `RedPacketType` (the spec describes it; it has no single `default`). */
export const claimSuccessTextDefaults = {
  0: "恭喜你,抢到现金红包",
  1: "恭喜你,抢到积分红包",
} as const;

/** Defaults of ListActivityRedPacket's paging parameters. */
export const listPagingDefaults = { PageNo: 1, PageItemCount: 10 } as const;

/** A red packet's stored configuration: the body minus the ids, with every default filled in. */
export type RedPacketConfig = Omit<UpdateBody, "ActivityID" | "RedPacketID"> & Required<Pick<UpdateBody, keyof typeof redPacketDefaults | "RedPacketType" | "ClaimSuccessText">>;

/**
 * Fills the documented defaults into a Create or Update body (full replace: whatever is left out
 * takes its default) and drops the ids, giving the configuration the vendor stores.
 *
 * @example
 * withRedPacketDefaults({ ActivityID: 1824920000234844, TotalAmount: 100, RedPacketNumber: 1 })
 * // { RedPacketType: 0, OpenRedPacketType: 0, DeadLine: 5, ..., ClaimSuccessText: "恭喜你,抢到现金红包", TotalAmount: 100, RedPacketNumber: 1 }
 */
export function withRedPacketDefaults(body: CreateBody | UpdateBody): RedPacketConfig {
  const type = body.RedPacketType ?? redPacketDefaults.RedPacketType;
  // Object.assign and assignments rather than spreads and `delete`: the same keys in the same
  // order, about ten times cheaper in V8.
  const config: RedPacketConfig = Object.assign({}, redPacketDefaults, { ClaimSuccessText: claimSuccessTextDefaults[type] });
  const given = body as Record<string, unknown>;
  const target = config as Record<string, unknown>;
  for (const key of Object.keys(given)) if (key !== "ActivityID" && key !== "RedPacketID") target[key] = given[key];
  if (body.RewardsPointsConfig !== undefined) config.RewardsPointsConfig = { ...rewardsPointsDefaults, ...body.RewardsPointsConfig };
  return config;
}
