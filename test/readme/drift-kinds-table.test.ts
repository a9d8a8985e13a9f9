/**
 * The README's table of drift kinds is the vocabulary the commands use (src/contracts/core/drift-kinds.ts):
 * the same kinds, in the same order.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DRIFT_KIND_NAMES } from "../../src/contracts/core/drift-kinds.ts";
import { repoPath } from "../support/vendors.ts";

describe("README: drift kinds", () => {
  it("lists every kind of src/contracts/core/drift-kinds.ts, in order", () => {
    const readme = readFileSync(repoPath("README.md"), "utf8");
    const section = readme.slice(readme.indexOf("### Drift kinds"), readme.indexOf("## Configuration"));
    const kinds = [...section.matchAll(/^\| `([a-z-]+)` \|/gmu)].map((m) => m[1]);
    expect(kinds).toEqual(DRIFT_KIND_NAMES);
  });
});
