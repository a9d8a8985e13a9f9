/**
 * livemock as a user gets it: `npm pack` (its prepack script runs the build) in a copy of the
 * repository, then the tarball installed into a fresh project with `npm install`. The copy keeps the
 * build away from the repository's own dist/, which other tests run while this one builds.
 * Used by test/package/install-from-tarball.test.ts and `STARTUP_FROM=installed npm run startup`.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** What the repository copy leaves out: installed, built, generated or local files. */
const NOT_COPIED = new Set(["node_modules", ".git", "dist", "tmp", "coverage", "reports", ".livemock-data", ".vitest-report.json"]);

/** A packed and installed livemock, in a temporary folder of its own. */
export interface InstalledPackage {
  /** The temporary folder holding everything below. */
  root: string;
  /** The tarball `npm pack` wrote. */
  tarball: string;
  /** Paths inside the tarball, as `npm pack --json` lists them. */
  files: string[];
  /** Packed (gzip) and unpacked sizes in bytes. */
  size: number;
  unpackedSize: number;
  /** The consumer project, with livemock and the extra dependencies installed. */
  project: string;
  /** The installed package: `project`/node_modules/livemock. */
  packageDir: string;
  /** `project`/node_modules/.bin/livemock. */
  bin: string;
  remove(): void;
}

/**
 * The environment of a user's shell: without the variables of the `npm test` (or `npm run`) that
 * started us, which would otherwise point the nested npm at this repository (local prefix, package
 * fields) or skip the prepack script.
 */
function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_(package_|lifecycle_|command$|config_local_prefix$|config_ignore_scripts$|config_dry_run$)/i.test(name) && name !== "INIT_CWD"),
  );
}

/** `npm pack --json`'s report; the prepack script's own output, if any, comes before it on stdout. */
function packReport(stdout: string): { filename: string; files: { path: string }[]; size: number; unpackedSize: number } {
  const start = stdout.search(/^\[\s*$/m);
  if (start < 0) throw new Error(`npm pack printed no JSON report:\n${stdout}`);
  const [report] = JSON.parse(stdout.slice(start)) as [{ filename: string; files: { path: string }[]; size: number; unpackedSize: number }];
  return report;
}

/**
 * Packs the repository at `repo` and installs the tarball into a new project, with
 * `dependencies` (e.g. the msw peer) besides it, from the npm cache where it has them.
 *
 * @example
 * const installed = await packAndInstall(repoPath(""), { msw: "2.15.0" });
 * execFileSync(installed.bin, ["--help"]);
 * installed.remove();
 */
export async function packAndInstall(repo: string, dependencies: Record<string, string> = {}): Promise<InstalledPackage> {
  const root = mkdtempSync(join(tmpdir(), "livemock-package-"));
  try {
    const copy = join(root, "repo");
    cpSync(repo, copy, { recursive: true, filter: (path) => !NOT_COPIED.has(relative(repo, path).split(sep)[0]!) });
    // The build's tools (TypeScript, esbuild) from the repository's own install.
    symlinkSync(join(repo, "node_modules"), join(copy, "node_modules"), "dir");
    const env = userEnv();
    const packed = await run("npm", ["pack", "--json", "--pack-destination", root], { cwd: copy, env, maxBuffer: 64 * 1024 * 1024 });
    const report = packReport(packed.stdout);
    const tarball = join(root, report.filename);

    const project = join(root, "project");
    mkdirSync(project);
    const manifest = { name: "livemock-consumer", private: true, type: "module", dependencies: { livemock: `file:${tarball}`, ...dependencies } };
    writeFileSync(join(project, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: project, env, maxBuffer: 64 * 1024 * 1024 });
    return {
      root,
      tarball,
      files: report.files.map((file) => file.path),
      size: report.size,
      unpackedSize: report.unpackedSize,
      project,
      packageDir: join(project, "node_modules", "livemock"),
      bin: join(project, "node_modules", ".bin", "livemock"),
      remove: () => rmSync(root, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
