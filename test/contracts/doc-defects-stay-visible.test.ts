/**
 * Defects of the vendor documents are kept visible, not silently fixed: each one is a named case here.
 */
import { describe, expect, it } from "vitest";
import { loadValidators, spec, specExamples } from "../support/spec-walk.ts";

describe("known doc defects", () => {
  it("Xiaoe's ordered-combo example sends app_id instead of access_token, so spec and validator reject it", async () => {
    const example = specExamples("xiaoe").find((e) => e.operationId === "createLiveTask" && e.defect?.includes("app_id"));
    expect(example, "the ordered-combo example is kept in specs/xiaoe.yaml").toBeDefined();
    const value = example!.value as Record<string, unknown>;
    expect(value.app_id).toBe("apptrfbbm2m8971");
    expect(value).not.toHaveProperty("access_token");
    expect(example!.expectInvalid).toBe(true);
    const ajv = spec("xiaoe").validateBody("createLiveTask", value);
    expect(ajv.valid ? [] : ajv.violations.map((v) => v.path)).toContain("access_token");
    const zod = (await loadValidators("xiaoe")).createLiveTask!.body!.safeParse(value);
    expect(zod.success ? [] : zod.error.issues.map((i) => i.path.join("."))).toContain("access_token");
  });

  it("Volcengine's CreateActivityRedPacket example masks numbers with ****, which is not JSON; the spec keeps it with zeros", async () => {
    const printed = '{"ActivityID": 182492****234844, "VipUserInfoId": 162****099}';
    expect(() => JSON.parse(printed)).toThrow(SyntaxError);
    const example = specExamples("volcengine").find((e) => e.operationId === "createActivityRedPacket" && e.where === "request" && e.defect?.includes("****"));
    expect(example, "the seed 002 example is kept in specs/volcengine.yaml").toBeDefined();
    const value = example!.value as Record<string, unknown>;
    expect(value.ActivityID).toBe(1824920000234844);
    expect(value.VipUserInfoId).toBe(1620000099);
    expect(spec("volcengine").validateBody("createActivityRedPacket", value)).toEqual({ valid: true });
    expect((await loadValidators("volcengine")).createActivityRedPacket!.body!.safeParse(value).success).toBe(true);
  });

  it("Polyv's task-reward example sends activityMode, which the parameter table does not list; the spec accepts it as an inferred field", () => {
    const example = specExamples("polyv").find((e) => e.operationId === "saveTaskRewardActivity" && e.where === "request" && e.defect?.includes("activityMode"));
    expect(example).toBeDefined();
    expect(example!.value).toHaveProperty("activityMode", 1);
    const schema = (spec("polyv").spec as any).components.schemas.TaskRewardSaveBody;
    expect(schema.properties.activityMode["x-livemock-inferred"]).toBe(true);
    expect(schema.required).not.toContain("activityMode");
    expect(spec("polyv").validateBody("saveTaskRewardActivity", example!.value)).toEqual({ valid: true });
  });
});
