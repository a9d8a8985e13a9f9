// Builds livemock for running without TypeScript.
//
//   node scripts/build.mjs               the package (`npm run build`, run by `npm pack` through prepack):
//     dist/**/*.js, *.d.ts, *.d.ts.map   tsc -p tsconfig.build.json: ESM JavaScript of `livemock`,
//                                        `livemock/client`, `livemock/callbacks`, `livemock/msw` and every
//                                        module they reach
//     dist/cjs/                          CommonJS bundles of the same three entries (esbuild), for
//                                        `require()` and Jest, with a copy of the types scoped as CommonJS
//     dist/livemock.mjs, dist/chunks/    the CLI bundle that bin/livemock.js runs (esbuild)
//   node scripts/build.mjs --cli [outdir]   only the CLI bundle (`npm start`; default outdir dist/)
//
// The bundles leave the dependencies external: they are loaded from node_modules as declared in
// package.json. Files read at run time (specs/, the dashboard's page.html and dashboard.js) are found
// from the package root (src/repo-file.ts), and the package ships them.

import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");

/** The package's entry points (`livemock`, `livemock/client`, `livemock/callbacks`, `livemock/msw`): source, and output under dist/ without extension. */
const ENTRIES = [
  { source: "src/index.ts", out: "index" },
  { source: "src/client/index.ts", out: "client/index" },
  { source: "src/callbacks/index.ts", out: "callbacks/index" },
  { source: "src/mock/transports/msw.ts", out: "mock/transports/msw" },
];

/** The CLI bundle: src/cli.ts into `outdir`/livemock.mjs, with what `serve` does not load in chunks/. */
async function buildCli(outdir) {
  rmSync(join(outdir, "chunks"), { recursive: true, force: true });
  await build({
    entryPoints: [join(root, "src/cli.ts")],
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
    // The map points into src/, which ships with the package; the sources are not repeated in it.
    sourcemap: "linked",
    sourcesContent: false,
    logLevel: "warning",
  });
}

/** ESM JavaScript, declarations and declaration maps of the entries, with TypeScript's own compiler. */
function compileEsm() {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
}

/**
 * CommonJS bundles of the entries in dist/cjs/, for `require("livemock/client")` (Jest without its
 * experimental ESM mode cannot load ES modules from node_modules). `import.meta.url` becomes the
 * bundle's own file URL, so the package root and `createRequire` resolve as they do in ESM.
 */
async function bundleCjs() {
  const outdir = join(dist, "cjs");
  await build({
    entryPoints: ENTRIES.map((entry) => ({ in: join(root, entry.source), out: entry.out })),
    outdir,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "cjs",
    target: "node20",
    define: { "import.meta.url": "__livemockModuleUrl" },
    banner: { js: 'const __livemockModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: "warning",
  });
  writeFileSync(join(outdir, "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);
  copyDeclarations(dist, outdir);
}

/**
 * Copies dist/'s declarations into dist/cjs/, where the package.json says CommonJS: TypeScript reads a
 * .d.ts by the module format of its folder, and types for `require` must be CommonJS declarations
 * (re-exporting the ESM ones fails under `moduleResolution: node16`). The maps still point into src/.
 */
function copyDeclarations(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    const file = join(entry.parentPath ?? entry.path, entry.name); // `path` before Node 20.12
    if (!entry.isFile() || file.startsWith(`${to}/`) || !/\.d\.ts(\.map)?$/.test(entry.name)) continue;
    const target = join(to, relative(from, file));
    mkdirSync(dirname(target), { recursive: true });
    if (entry.name.endsWith(".map")) {
      const map = JSON.parse(readFileSync(file, "utf8"));
      map.sources = map.sources.map((source) => relative(dirname(target), join(dirname(file), source)));
      writeFileSync(target, JSON.stringify(map));
    } else {
      copyFileSync(file, target);
    }
  }
}

const args = process.argv.slice(2);
if (args[0] === "--cli") {
  await buildCli(args[1] ?? dist);
} else if (args.length === 0) {
  rmSync(dist, { recursive: true, force: true });
  compileEsm();
  await bundleCjs();
  await buildCli(dist);
} else {
  console.error("usage: node scripts/build.mjs [--cli [outdir]]");
  process.exit(2);
}
