import { describe, expect, it } from "vitest";
import { SEED_001_BODY, SEED_003_BODY } from "../support/seed-bodies.ts";
import { specExamples } from "../support/spec-walk.ts";

describe("the Polyv spec keeps the seed documents' request examples verbatim", () => {
  const doc = (operationId: string) => specExamples("polyv").find((e) => e.operationId === operationId && e.where === "request" && e.name === "doc")?.value;

  it("seed 001: task-reward save", () => {
    expect(doc("saveTaskRewardActivity")).toEqual(SEED_001_BODY);
  });

  it("seed 003: lottery create", () => {
    expect(doc("createLotteryActivity")).toEqual(SEED_003_BODY);
  });
});
