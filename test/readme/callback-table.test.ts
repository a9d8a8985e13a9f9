/**
 * The README's callback table names every event of the catalogue (specs/callbacks.yaml, through the
 * generated module), with the room events it comes from and the vendor's retry schedule.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CALLBACK_CATALOGUE } from "../../src/contracts/generated/callbacks.ts";
import { repoPath } from "../support/vendors.ts";

const readme = readFileSync(repoPath("README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Vendor callbacks"), readme.indexOf("\n## ", readme.indexOf("## Vendor callbacks") + 5));
const rows = section.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| vendor") && !line.startsWith("|---"));

const schedule = (delays: readonly number[]) =>
  delays.length === 0
    ? "none"
    : delays.map((ms) => (ms >= 86_400_000 ? `${ms / 86_400_000} d` : ms >= 3_600_000 ? `${ms / 3_600_000} h` : ms >= 60_000 ? `${ms / 60_000} min` : `${ms / 1000} s`)).join(", ");

describe("README: vendor callbacks table", () => {
  const events = Object.values(CALLBACK_CATALOGUE).flatMap((vendor) => Object.entries(vendor.events).map(([name, event]) => ({ name, event, delays: vendor.retryDelaysMs as readonly number[] })));
  it.each(events)("lists $name with its room events and schedule", ({ name, event, delays }) => {
    const row = rows.find((line) => line.includes(`\`${name}\``));
    expect(row, `no README row for ${name}`).toBeDefined();
    for (const roomEvent of event.roomEvents) expect(row).toContain(`\`${roomEvent}\``);
    expect(row!.trim().endsWith(`| ${schedule(delays)} |`), row).toBe(true);
  });
});
