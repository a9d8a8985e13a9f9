// Bundles livemock's TypeScript sources (not its dependencies) into dist/livemock.mjs with esbuild, so
// `livemock serve` starts without the tsx loader. bin/livemock.js uses the bundle only while it is
// newer than every file under src/; otherwise it runs the sources through tsx.
// Usage: node scripts/build.mjs [outdir]   (default dist/)

import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = process.argv[2] ?? `${root}dist`;
await build({
  entryPoints: [`${root}src/cli.ts`],
  outdir,
  entryNames: "livemock",
  chunkNames: "chunks/[name]-[hash]",
  outExtension: { ".js": ".mjs" },
  // Separate chunks for what is imported lazily (the contract runner with Ajv and yaml), so that
  // `serve` does not load it.
  splitting: true,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
});
