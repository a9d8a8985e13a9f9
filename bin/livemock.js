#!/usr/bin/env -S node --max-semi-space-size=2
// Entry point of `livemock` (`npx livemock`, node_modules/.bin/livemock) and `npm start`. Runs the
// esbuild bundle dist/livemock.mjs (made by `node scripts/build.mjs`, shipped in the package).
// In a checkout of the repository (it has tsconfig.json; the package does not), the bundle is used
// only while it is newer than every source file, and the TypeScript sources run through tsx's
// loader otherwise, so `npx livemock` in the repo is never stale. The installed package never needs
// tsx or TypeScript.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = fileURLToPath(new URL("../dist/livemock.mjs", import.meta.url));
const sources = fileURLToPath(new URL("../src", import.meta.url));
const checkout = existsSync(fileURLToPath(new URL("../tsconfig.json", import.meta.url)));

/** Newest modification time of any file below a folder. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

if (existsSync(bundle) && (!checkout || statSync(bundle).mtimeMs >= newest(sources))) {
  await import(bundle);
} else if (checkout) {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli.ts");
} else {
  console.error(`livemock: ${bundle} is missing; this copy of livemock was not built (npm run build)`);
  process.exit(1);
}
