/**
 * The defaults and per-action methods the mock and client use are the spec's: every `default:` in
 * specs/volcengine.yaml equals the contract constant, and every action's method is the spec's.
 */
import { describe, expect, it } from "vitest";
import { specValidator } from "../../../src/contracts/core/spec-validator.ts";
import {
  claimSuccessTextDefaults,
  listPagingDefaults,
  operationNamedBy,
  redPacketDefaults,
  rewardsPointsDefaults,
  volcActionMethods,
  volcActions,
  withRedPacketDefaults,
} from "../../../src/contracts/volcengine/index.ts";

type Json = Record<string, any>;
const spec = specValidator("volcengine").spec as Json;
const defaultsOf = (properties: Json) =>
  Object.fromEntries(
    Object.entries(properties)
      .filter(([, s]) => (s as Json).default !== undefined)
      .map(([k, s]) => [k, (s as Json).default]),
  );

describe("documented defaults", () => {
  it("match the spec's red-packet body defaults, for Create and Update alike", () => {
    for (const schema of ["CreateActivityRedPacketBody", "UpdateActivityRedPacketBody"]) {
      expect(defaultsOf(spec.components.schemas[schema].properties), schema).toEqual(redPacketDefaults);
    }
  });

  it("match the spec's RewardsPointsConfig and List paging defaults", () => {
    expect(defaultsOf(spec.components.schemas.RewardsPointsConfig.properties)).toEqual(rewardsPointsDefaults);
    const params = (spec.paths["/#Action=ListActivityRedPacket"].get.parameters as Json[]).filter((p) => p.schema?.default !== undefined);
    expect(Object.fromEntries(params.map((p) => [p.name, p.schema.default]))).toEqual(listPagingDefaults);
  });

  it("are what withRedPacketDefaults fills in, without the ids, keeping what was given", () => {
    const cash = withRedPacketDefaults({ ActivityID: 1, TotalAmount: 100, RedPacketNumber: 1, DeadLine: 9 });
    expect(cash).toEqual({ ...redPacketDefaults, ClaimSuccessText: claimSuccessTextDefaults[0], TotalAmount: 100, RedPacketNumber: 1, DeadLine: 9 });
    const points = withRedPacketDefaults({
      ActivityID: 1,
      RedPacketID: 2,
      RedPacketType: 1,
      RewardsPointsConfig: { AmountCalculationType: 1, FixedRewardPointConfigs: [{ RewardPointAmount: 1, RewardPointNumber: 1 }] },
    });
    expect(points).not.toHaveProperty("RedPacketID");
    expect(points).not.toHaveProperty("ActivityID");
    expect(points.ClaimSuccessText).toBe("恭喜你,抢到积分红包");
    expect(points.RewardsPointsConfig).toEqual({ AmountCalculationType: 1, RewardsPointsUnit: "积分", FixedRewardPointConfigs: [{ RewardPointAmount: 1, RewardPointNumber: 1 }] });
  });
});

describe("action methods", () => {
  it("are the spec's method of each operation", () => {
    const validator = specValidator("volcengine");
    for (const operation of validator.operationIds) {
      expect(volcActionMethods[operation as keyof typeof volcActionMethods], operation).toBe(validator.locate(operation).method.toUpperCase());
    }
  });

  it("operationNamedBy finds an operation by Action whatever the Version", () => {
    for (const [operation, action] of Object.entries(volcActions)) expect(operationNamedBy(action)).toBe(operation);
    expect(operationNamedBy("ListActivityAPI")).toBeUndefined();
  });
});
