/**
 * The README's "What livemock accepts that the docs don't" is the vendors' leniency tables
 * (src/contracts/<vendor>/leniencies.ts): every id is listed, with its rule, what livemock accepts and
 * its source, exactly as `npx tsx scripts/leniency-table.ts` prints them. And every entry has all
 * three: no leniency without a source.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LENIENCIES, leniencyMarkdown } from "../../src/contracts/leniencies.ts";
import { polyvWarning } from "../../src/contracts/polyv/index.ts";
import { volcengineWarning } from "../../src/contracts/volcengine/index.ts";
import { xiaoeWarning } from "../../src/contracts/xiaoe/index.ts";
import { repoPath } from "../support/vendors.ts";

const readme = readFileSync(repoPath("README.md"), "utf8");
const section = readme.slice(readme.indexOf("## What livemock accepts that the docs don't"), readme.indexOf("\n## ", readme.indexOf("## What livemock accepts that the docs don't") + 1));
const entries = Object.entries(LENIENCIES).flatMap(([vendor, list]) => list.map((entry) => ({ vendor, ...entry })));

describe("the README's table of leniencies", () => {
  it("has the section", () => {
    expect(section.length).toBeGreaterThan(100);
  });

  it.each(entries)("lists $id", ({ id }) => {
    expect(section).toContain(`| \`${id}\` |`);
  });

  it("is the tables exactly (regenerate with npx tsx scripts/leniency-table.ts)", () => {
    expect(section).toContain(leniencyMarkdown());
  });

  it.each(entries)("$id names its vendor, the documented rule, what is accepted and a source", ({ vendor, id, rule, accepted, source }) => {
    expect(id.startsWith(`${vendor}.`)).toBe(true);
    expect(id).toMatch(/^[a-z]+(\.[a-z0-9-]+){2}$/);
    expect(rule).toMatch(/^the doc/);
    expect(accepted.length).toBeGreaterThan(10);
    expect(source).toMatch(/departs from/);
  });

  it("is the only source of warning ids: a made-up id is a type error (and throws)", () => {
    // @ts-expect-error not an id of src/contracts/polyv/leniencies.ts
    expect(() => polyvWarning("polyv.sign.made-up", "detail")).toThrow(TypeError);
    // @ts-expect-error an id of another vendor's table
    expect(() => xiaoeWarning("polyv.task.sort-missing", "detail")).toThrow(TypeError);
    expect(volcengineWarning("volcengine.sign.body-not-signed", "detail").message).toBe("detail; the doc's canonical request ends with the hash of the whole request body");
  });

  it("lists no id twice", () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});
