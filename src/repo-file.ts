import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/**
 * Absolute path of a file shipped in the livemock package (specs, dashboard assets), found from the
 * package root rather than from the calling module, so it resolves the same when livemock runs from
 * its TypeScript sources and from the bundle in `dist/`.
 *
 * @example
 * readFileSync(repoFile("specs/polyv.yaml"), "utf8");
 */
export function repoFile(relative: string): string {
  if (!root) {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (;;) {
      const manifest = join(dir, "package.json");
      if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "livemock") break;
      const parent = dirname(dir);
      if (parent === dir) throw new Error(`livemock: cannot find the livemock package root above ${fileURLToPath(import.meta.url)}`);
      dir = parent;
    }
    root = dir;
  }
  return join(root, relative);
}
