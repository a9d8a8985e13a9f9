/**
 * livemock as a dependency of someone else's project: `npm pack` (prepack builds dist/), the tarball
 * installed into a fresh project with msw as the peer, and there plain `node` scripts (ESM and
 * CommonJS), `tsc` over a TypeScript consumer, the `livemock` command, and the Docker image's recipe.
 * Packing builds with tsc and esbuild and the install may reach the registry, hence the long timeouts.
 */
import { type ChildProcessWithoutNullStreams, execFile, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InstalledPackage, packAndInstall } from "../support/installed-package.ts";
import { repoPath } from "../support/vendors.ts";

const run = promisify(execFile);
const manifest = JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as {
  private?: boolean;
  exports: Record<string, unknown>;
  files: string[];
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};
const consumerFiles = repoPath("test/package/consumer");
const tsc = repoPath("node_modules/typescript/bin/tsc");

let installed: InstalledPackage;

beforeAll(async () => {
  // The peer the MSW entry needs, and Node's types for the TypeScript consumer, at the repo's versions.
  installed = await packAndInstall(repoPath(""), { msw: manifest.devDependencies.msw!, "@types/node": manifest.devDependencies["@types/node"]! });
  for (const file of readdirSync(consumerFiles)) copyFileSync(join(consumerFiles, file), join(installed.project, file));
}, 180_000);
afterAll(() => installed?.remove());

/** Runs `node <script>` in the consumer project and parses the one JSON line it prints. */
async function runScript(script: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, [script], { cwd: installed.project });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<string, unknown>;
}

/** Every file path an `exports` map names (conditions flattened), with the subpath it belongs to. */
function exportTargets(exports: Record<string, unknown>): { subpath: string; target: string }[] {
  const targets: { subpath: string; target: string }[] = [];
  const walk = (subpath: string, value: unknown) => {
    if (typeof value === "string") targets.push({ subpath, target: value.replace(/^\.\//, "") });
    else if (value && typeof value === "object") for (const inner of Object.values(value)) walk(subpath, inner);
  };
  for (const [subpath, value] of Object.entries(exports)) walk(subpath, value);
  return targets;
}

/** Starts `command args` and resolves with the process and the URL it prints as "listening on ...". */
function startListening(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${command} did not listen within 15 s:\n${out}`));
    }, 15_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code}:\n${out}`));
    });
  });
}

function stop(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

describe("the tarball", () => {
  it("is publishable and carries the builds, specs, README, LICENSE and CHANGELOG, and none of the tests", () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.scripts.prepack).toContain("scripts/build.mjs");
    const files = new Set(installed.files);
    for (const file of ["package.json", "README.md", "LICENSE", "CHANGELOG.md", "bin/livemock.js", "dist/livemock.mjs", "dist/cjs/package.json", "specs/livemock-admin.yaml"]) {
      expect(files, file).toContain(file);
    }
    // Each declaration map points at a source that ships with it.
    for (const map of installed.files.filter((file) => file.endsWith(".d.ts.map"))) {
      const sources = (JSON.parse(readFileSync(join(installed.packageDir, map), "utf8")) as { sources: string[] }).sources;
      for (const source of sources) expect(files, `${map} -> ${source}`).toContain(join(dirname(map), source));
    }
    expect(installed.files.filter((file) => /^(test|bench|scripts|docs|examples|\.ci)\//.test(file) || file.endsWith(".test.ts"))).toEqual([]);
  });

  it("has every file its exports name", () => {
    for (const { subpath, target } of exportTargets(manifest.exports)) {
      if (target.includes("*")) {
        const pattern = new RegExp(`^${target.replace(/[.]/g, "\\.").replace("*", "[^/]+")}$`);
        expect(installed.files.filter((file) => pattern.test(file)).length, `${subpath} -> ${target}`).toBeGreaterThan(0);
      } else {
        expect(installed.files, `${subpath} -> ${target}`).toContain(target);
      }
    }
  });

  it("declares as dependencies exactly the packages its JavaScript imports, msw as an optional peer", () => {
    const imported = new Set<string>();
    const scan = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) scan(path);
        else if (/\.(m?js)$/.test(entry.name)) {
          // Real imports only: the JSDoc examples kept in the output mention packages too, and a
          // property named "from" (Xiaoe's user field) is not an import.
          const code = readFileSync(path, "utf8")
            .split("\n")
            .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
            .join("\n");
          for (const match of code.matchAll(/(?:(?<!["'])\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bcreateRequire\)?\([^)]*\)\s*\(\s*)["']([^"'./][^"']*)["']/g)) {
            const specifier = match[1]!;
            if (specifier.startsWith("node:")) continue;
            imported.add(specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!);
          }
        }
      }
    };
    scan(join(installed.packageDir, "dist"));
    expect([...imported].sort()).toEqual([...Object.keys(manifest.dependencies), "msw"].sort());
    expect(manifest.peerDependencies.msw).toBeDefined();
    expect(manifest.peerDependenciesMeta.msw?.optional).toBe(true);
    for (const tool of ["tsx", "typescript", "esbuild"]) expect(manifest.dependencies[tool], tool).toBeUndefined();
    // Nothing in the consumer project brings them either: what runs below runs without them.
    for (const tool of ["tsx", "typescript", "esbuild"]) expect(existsSync(join(installed.project, "node_modules", tool)), tool).toBe(false);
  });
});

describe("from plain Node", () => {
  it("imports livemock, livemock/client and livemock/msw: one call per vendor through MSW, one through a started server", async () => {
    expect(await runScript("esm.mjs")).toEqual({
      polyv: { id: 20521, prizeName: "键盘" },
      xiaoe: { taskId: 1975339 },
      volcengine: { id: 1825100000340169 },
      journal: ["polyv 200", "xiaoe 200", "xiaoe 200", "volcengine 200"],
      server: { errorClass: true, code: "SignatureDoesNotMatch", httpStatus: 401 },
      dashboard: { page: 200, html: true, script: 200 },
      seed: { status: 200, created: 1 },
      faker: true,
      callbacks: true,
      spec: true,
    });
  }, 30_000);

  it("runs the README's example verbatim", async () => {
    const { stdout } = await run(process.execPath, ["readme-example.mjs"], { cwd: installed.project });
    expect(stdout.trim().split("\n")).toEqual(["20521", "1825100000340169"]);
  }, 30_000);

  it("requires them from CommonJS (the package's dist/cjs bundles)", async () => {
    expect(await runScript("cjs.cjs")).toEqual({
      polyv: { id: 20521 },
      polyvError: { errorClass: true, errorCode: 20002 },
      server: { id: 1825100000340169 },
      seed: 200,
      faker: true,
      spec: true,
      callbacks: true,
    });
  }, 30_000);
});

describe("for TypeScript users", () => {
  /**
   * The errors of `tsc --noEmit` over consumer files, with skipLibCheck as most projects set it (and
   * 5 to 10 times faster): the consumer files' `@ts-expect-error` probes fail if a declaration of
   * livemock imports something that does not resolve, which skipLibCheck would otherwise hide.
   */
  async function typeErrors(compilerOptions: Record<string, string | boolean>, files: string[]): Promise<string[]> {
    const options = Object.entries({ strict: true, target: "es2022", types: "node", skipLibCheck: true, ...compilerOptions }).flatMap(([name, value]) => [`--${name}`, String(value)]);
    const output = await run(process.execPath, [tsc, "--noEmit", ...options, ...files], { cwd: installed.project }).then(
      () => "",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    return output.split("\n").filter((line) => /error TS/.test(line));
  }

  it("type-checks a consumer under moduleResolution node16 (ESM and CommonJS), bundler and node10", async () => {
    const [node16, bundler, node10] = await Promise.all([
      typeErrors({ module: "node16", moduleResolution: "node16" }, ["types.ts", "types-cjs.cts"]),
      typeErrors({ module: "preserve", moduleResolution: "bundler" }, ["types.ts"]),
      typeErrors({ module: "commonjs", moduleResolution: "node10", esModuleInterop: true }, ["types.ts"]),
    ]);
    expect({ node16, bundler, node10 }).toEqual({ node16: [], bundler: [], node10: [] });
  }, 60_000);
});

describe("the livemock command", () => {
  it("serves from its bundle (health, dashboard, a YAML seed file) and runs `livemock contract` against it", async () => {
    const started = performance.now();
    const server = await startListening(installed.bin, ["serve", "--port", "0", "--seed-file", "seed.yaml"], { cwd: installed.project });
    try {
      let health = await fetch(`${server.url}/__livemock/health`).catch(() => undefined);
      while (!health?.ok) health = await fetch(`${server.url}/__livemock/health`).catch(() => undefined);
      console.log(`installed livemock serve: first 2xx on health ${(performance.now() - started).toFixed(0)} ms after spawn`);
      expect(await health.json()).toMatchObject({ status: "ok", vendors: ["polyv", "xiaoe", "volcengine"] });
      expect((await fetch(`${server.url}/__livemock/dashboard.js`)).status).toBe(200);
      expect(await (await fetch(`${server.url}/__livemock/state?vendor=polyv`)).text()).toContain("开场抽奖");
      const contract = await run(installed.bin, ["contract", "--vendor", "all", "--target", server.url], { cwd: installed.project });
      expect(contract.stdout).toMatch(/PASSED: \d+ scenarios/);
    } finally {
      await stop(server.child);
    }
  }, 60_000);
});

describe("the Docker image's recipe", () => {
  interface Instruction {
    stage: number;
    keyword: string;
    args: string;
  }
  const instructions: Instruction[] = [];
  let stage = -1;
  for (const line of readFileSync(repoPath("Dockerfile"), "utf8")
    .replace(/\\\n\s*/g, " ")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.trim().startsWith("#"))) {
    const [, keyword, args] = /^\s*(\w+)\s+(.*)$/.exec(line)!;
    if (keyword!.toUpperCase() === "FROM") stage++;
    instructions.push({ stage, keyword: keyword!.toUpperCase(), args: args!.trim() });
  }
  const finalStage = stage;
  const words = (args: string) => (args.startsWith("[") ? (JSON.parse(args) as string[]) : args.split(/\s+/));

  /** Whether the build context keeps `path`, by .dockerignore's rules (last match wins; a parent's match counts). */
  const ignoreRules = readFileSync(repoPath(".dockerignore"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((rule) => {
      const negated = rule.startsWith("!");
      const pattern = negated ? rule.slice(1) : rule;
      const glob: Record<string, string> = { "**": ".*", "*": "[^/]*", "?": "[^/]" };
      const source = pattern.replace(/\*\*|[*?]|[.+^${}()|[\]\\]/g, (token) => glob[token] ?? `\\${token}`);
      return { negated, regex: new RegExp(`^${source}$`) };
    });
  function inContext(path: string): boolean {
    const parts = path.split("/");
    const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
    let kept = true;
    for (const rule of ignoreRules) if (prefixes.some((prefix) => rule.regex.test(prefix))) kept = rule.negated;
    return kept;
  }

  it("copies from the build context only files that exist and .dockerignore lets through, and all that `npm pack` needs", () => {
    const copied: string[] = [];
    for (const { keyword, args } of instructions.filter((i) => i.keyword === "COPY" && !/--from=/.test(i.args))) {
      const sources = words(args.replace(/--\w+=\S+\s*/g, "")).slice(0, -1);
      for (const source of sources) {
        const path = source.replace(/\/$/, "");
        expect(existsSync(repoPath(path)), `${keyword} ${path} exists`).toBe(true);
        expect(inContext(path), `${path} is in the build context`).toBe(true);
        copied.push(path);
      }
    }
    const needed = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json", "scripts/build.mjs", "README.md", "LICENSE", ...manifest.files.map((f) => f.split("/")[0]!)].filter(
      (path) => path !== "dist", // built in the image
    );
    for (const path of needed)
      expect(
        copied.some((c) => path === c || path.startsWith(`${c}/`)),
        `the build stage copies ${path}`,
      ).toBe(true);
    // The image itself takes the tarball's files and installs the runtime dependencies only.
    const final = instructions.filter((i) => i.stage === finalStage);
    expect(final.some((i) => i.keyword === "RUN" && /npm ci --omit=dev/.test(i.args))).toBe(true);
    expect(final.find((i) => i.keyword === "USER")?.args).toBe("node");
  });

  it("starts the server with its ENTRYPOINT and CMD from the package's files, and its HEALTHCHECK passes", async () => {
    const final = instructions.filter((i) => i.stage === finalStage);
    const env: NodeJS.ProcessEnv = {};
    for (const { args } of final.filter((i) => i.keyword === "ENV")) for (const [, name, value] of args.matchAll(/(\w+)=(\S+)/g)) env[name!] = value;
    expect(env).toMatchObject({ LIVEMOCK_HOST: "0.0.0.0", LIVEMOCK_PORT: "4010", LIVEMOCK_DATA_DIR: "/data" });
    const entrypoint = words(final.find((i) => i.keyword === "ENTRYPOINT")!.args);
    const cmd = words(final.find((i) => i.keyword === "CMD")!.args);
    const healthcheck = /CMD\s+(.*)$/.exec(final.find((i) => i.keyword === "HEALTHCHECK")!.args)![1]!;
    expect(healthcheck).toContain("/__livemock/health");
    expect(entrypoint[0]).toBe("node");

    // The image's /app is the tarball's content with its dependencies: the installed package here.
    const dataDir = mkdtempSync(join(tmpdir(), "livemock-docker-data-"));
    const runEnv = { ...process.env, ...env, LIVEMOCK_HOST: "127.0.0.1", LIVEMOCK_PORT: "0", LIVEMOCK_DATA_DIR: dataDir };
    const server = await startListening(process.execPath, [...entrypoint.slice(1), ...cmd], { cwd: installed.packageDir, env: runEnv });
    try {
      const port = new URL(server.url).port;
      const check = await run("sh", ["-c", healthcheck], { env: { ...runEnv, LIVEMOCK_PORT: port, PATH: `${dirname(process.execPath)}:${process.env.PATH}` } }).then(
        () => 0,
        (error: { code?: number }) => error.code ?? 1,
      );
      expect(check).toBe(0);
    } finally {
      await stop(server.child);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});
