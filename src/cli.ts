import { parseArgs } from "node:util";
import v8 from "node:v8";
import { startupBanner } from "./mock/banner.ts";
import { readSeedFile } from "./mock/seed-file.ts";
import { startServer } from "./mock/serve.ts";
import { builtInVendors, credentialsFromEnv, vendorsNamed } from "./mock/vendors/index.ts";

const vendorNames = builtInVendors.map((v) => v.name).join(",");

const labels = builtInVendors.map((v) => v.label);
const HELP = `livemock: a wire-level mock of the ${labels.slice(0, -1).join(", ")} and ${labels.at(-1)} marketing APIs

Usage:
  livemock serve [--port 4010] [--host 127.0.0.1] [--seed 1] [--vendors ${vendorNames}] [--strict] [--store memory|redis://host:6379/0]
                 [--data-dir <dir>] [--seed-file <file>] [--admin-token <t>] [--demo] [--clock real|frozen]
  livemock contract [--vendor polyv|xiaoe|volcengine|all] [--target <url>|real] [--junit <file>] [--json <file>] [--strict]
  livemock proxy --vendor polyv|xiaoe|volcengine [--upstream <url>] [--port 4020] [--record <dir>]
  livemock drift <dir> [--format text|json|junit] [--seed-file <out.yaml>]
  livemock replay <dir> [--port 4030]
  livemock --help             (livemock contract --help lists the scenarios and what they create;
                               livemock proxy --help the drift kinds)

Options (flags win over environment variables, which win over defaults):
  --port <n>   port to listen on            (LIVEMOCK_PORT, default 4010)
  --host <h>   interface to bind            (LIVEMOCK_HOST, default 127.0.0.1)
  --seed <n>   random seed: same ids, request ids and tokens on every run (LIVEMOCK_SEED, default 1)
  --vendors <a,b>  mount only these vendors (LIVEMOCK_VENDORS, default ${vendorNames}); the others' paths are unknown
  --no-rate-limits  turn off the vendors' rate-limit emulation (LIVEMOCK_RATE_LIMITS=off)
  --strict     answer the documented rules only (LIVEMOCK_STRICT=1): a request relying on what only an
               SDK does (a signing variant, an SDK-only enum value, ...) gets the vendor's error instead
               of being accepted with an x-livemock-warning header
  --store <where>       memory (default), or redis://[user:pass@]host:port/db to share one environment
                        between replicas: objects, ids, tokens, rate-limit counters, fault rules, clock
                        offset and settings live in Redis; the journal stays per replica (LIVEMOCK_STORE)
  --data-dir <dir>      keep state, journal and fault rules in <dir> across restarts (LIVEMOCK_DATA_DIR)
  --seed-file <file>    load demo data (YAML or JSON) at start; reset restores it (LIVEMOCK_SEED_FILE)
  --demo                start a live room on each vendor's demo lives: viewers arrive, comment, win
                        (LIVEMOCK_DEMO=1); watch them at /__livemock/
  --clock real|frozen   frozen: the mock clock stands still until POST /__livemock/clock/advance
                        (LIVEMOCK_CLOCK, default real)
  --admin-token <t>     require this token on the control plane /__livemock (LIVEMOCK_ADMIN_TOKEN);
                        without one, only loopback callers may use it (health stays open)

Credentials accepted besides the demo ones (all variables of a vendor must be set):
${builtInVendors.map((v) => `  ${v.credentials.env.join(", ")}`).join("\n")}
`;

/** Parses an integer option, or exits with a clear message. */
function intOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`livemock: --${name} must be an integer in [${min}, ${max}], got "${raw}"`);
    process.exit(2);
  }
  return value;
}

/**
 * A long-running mock's heap: V8 lets a small heap grow up to 4 times its live size before a full
 * collection, so a server living on ~25 MB of state swung between 95 and 154 MB of RSS in the soak
 * (1,000,000 requests). A factor of 2 keeps it at 93-103 MB at the same throughput, and unlike
 * `--optimize-for-size` it does not slow down a store that keeps growing (the create benchmark).
 * V8 reads this flag at every collection, so setting it at run time works (the young generation's
 * size, by contrast, must be on the command line: `--max-semi-space-size=2` in bin/livemock.js).
 */
function keepHeapGrowthModest(): void {
  v8.setFlagsFromString("--heap-growing-percent=100");
}

async function serveCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      seed: { type: "string" },
      vendors: { type: "string" },
      "no-rate-limits": { type: "boolean" },
      strict: { type: "boolean" },
      "data-dir": { type: "string" },
      store: { type: "string" },
      "seed-file": { type: "string" },
      "admin-token": { type: "string" },
      demo: { type: "boolean" },
      clock: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const clockMode = values.clock ?? (process.env.LIVEMOCK_CLOCK || "real");
  if (clockMode !== "real" && clockMode !== "frozen") {
    console.error(`livemock: --clock must be real or frozen, got "${clockMode}"`);
    process.exit(2);
  }
  const env = process.env;
  const port = intOption("port", values.port ?? env.LIVEMOCK_PORT, 4010, 0, 65535);
  const seed = intOption("seed", values.seed ?? env.LIVEMOCK_SEED, 1, 0, 2 ** 31 - 1);
  const host = values.host ?? env.LIVEMOCK_HOST ?? "127.0.0.1";
  const rateLimits = !(values["no-rate-limits"] || env.LIVEMOCK_RATE_LIMITS === "off");
  const strict = values.strict === true || ["1", "true", "on"].includes((env.LIVEMOCK_STRICT ?? "").toLowerCase());
  const dataDir = values["data-dir"] ?? (env.LIVEMOCK_DATA_DIR || undefined);
  const seedFile = values["seed-file"] ?? (env.LIVEMOCK_SEED_FILE || undefined);
  const adminToken = values["admin-token"] ?? (env.LIVEMOCK_ADMIN_TOKEN || undefined);
  const vendorList = values.vendors ?? (env.LIVEMOCK_VENDORS || undefined);
  const vendors =
    vendorList === undefined
      ? undefined
      : vendorsNamed(
          vendorList
            .split(",")
            .map((name) => name.trim())
            .filter((name) => name !== ""),
        );
  const store = values.store ?? (env.LIVEMOCK_STORE || "memory");
  if (store !== "memory" && !/^rediss?:\/\//u.test(store)) {
    console.error(`livemock: --store must be "memory" or a redis:// URL (redis://host:6379/0), got "${store}"`);
    process.exit(2);
  }
  if (store !== "memory" && dataDir) {
    console.error("livemock: --data-dir and --store redis://... do not go together: Redis keeps the state");
    process.exit(2);
  }
  const seedData = seedFile ? readSeedFile(seedFile) : undefined;
  keepHeapGrowthModest();
  const demoRooms = values.demo === true || ["1", "true", "on"].includes((env.LIVEMOCK_DEMO ?? "").toLowerCase());
  const frozenClock = clockMode === "frozen";
  const shared = store === "memory" ? undefined : (await import("./mock/store/redis/backend.ts")).connectRedisBackend(store);
  const running = await startServer({
    port,
    host,
    seed,
    rateLimits,
    strict,
    vendors,
    credentials: credentialsFromEnv(env),
    dataDir,
    seedData,
    adminToken,
    demoRooms,
    frozenClock,
    ...(shared ? { shared } : {}),
  });
  const stop = (signal: string) => {
    console.log(`livemock: ${signal}, shutting down`);
    running
      .close()
      .then(() => shared?.close())
      .then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  // Print only once the handlers are in place: whoever reads the URL may signal at once.
  console.log(startupBanner(running.url, running.app.livemock.vendors, Date.now(), { strict }));
}

/** `livemock contract`: runs the vendor scenarios (see src/runner/command.ts) and exits with their verdict. */
async function contractCommand(args: string[]): Promise<void> {
  // Loaded here, not at the top: the contract runner (Ajv, the specs) would slow `livemock serve`'s cold start.
  const { runContractCommand } = await import("./runner/command.ts");
  const code = await runContractCommand(args, { env: process.env, out: (text) => console.log(text), err: (text) => console.error(text) });
  process.exitCode = code;
}

/** `livemock proxy`, `drift` and `replay` (src/proxy/command.ts): loaded here, as `contract` is, to keep `serve`'s cold start. */
async function proxyCommands(command: "proxy" | "drift" | "replay", args: string[]): Promise<void> {
  const commands = await import("./proxy/command.ts");
  const run = { proxy: commands.runProxyCommand, drift: commands.runDriftCommand, replay: commands.runReplayCommand }[command];
  const code = await run(args, {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    onStop: (stop) => {
      process.once("SIGINT", () => stop("SIGINT"));
      process.once("SIGTERM", () => stop("SIGTERM"));
    },
  });
  process.exit(code);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    console.log(HELP);
    return;
  }
  if (command === "serve") return serveCommand(rest);
  if (command === "contract") return contractCommand(rest);
  if (command === "proxy" || command === "drift" || command === "replay") return proxyCommands(command, rest);
  console.error(`livemock: unknown command "${command}"\n\n${HELP}`);
  process.exit(2);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`livemock: ${(error as Error).message}`);
  process.exit(1);
});
