/**
 * The README's TypeScript and JavaScript examples are run by the files they name ("This is
 * `test/readme/<file>`", or a script under test/ that a test runs): every line of each example must
 * appear, in order, in its file, so an example edited in one place and not the other fails here.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repoPath } from "../support/vendors.ts";

const readme = readFileSync(repoPath("README.md"), "utf8");
const examples = [...readme.matchAll(/```(?:ts|js)\n((?:(?!```)[\s\S])*)```\s*\n+This is `(test\/[\w./-]+)`/g)].map((m) => ({ code: m[1]!, file: m[2]! }));

/** The lines of `code` that `text` lacks in order (both compared trimmed, blank lines ignored). */
function missingInOrder(code: string, text: string): string[] {
  const have = text.split("\n").map((line) => line.trim());
  const missing: string[] = [];
  let at = 0;
  for (const line of code
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)) {
    const found = have.indexOf(line, at);
    if (found === -1) missing.push(line);
    else at = found + 1;
  }
  return missing;
}

describe("README examples", () => {
  it("name their test files", () => {
    expect(examples.map((e) => e.file)).toEqual(
      expect.arrayContaining(["test/readme/client-example.test.ts", "test/readme/msw-example.test.ts", "test/readme/own-server-example.test.ts", "test/package/consumer/readme-example.mjs"]),
    );
  });

  it.each(examples)("$file runs the example verbatim", ({ code, file }) => {
    expect(missingInOrder(code, readFileSync(repoPath(file), "utf8"))).toEqual([]);
  });
});
