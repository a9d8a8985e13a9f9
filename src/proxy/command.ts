/**
 * The commands of the proxy folder, loaded lazily by src/cli.ts: `livemock proxy` (forward, check,
 * record; report at SIGINT/SIGTERM), `livemock drift <dir>` (the report of a record dir, and a
 * seed file from it) and `livemock replay <dir>` (serve a record dir's answers).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { DRIFT_KINDS } from "../contracts/core/drift-kinds.ts";
import { isVendorName, VENDOR_NAMES } from "../contracts/vendor-name.ts";
import { vendorWires } from "../contracts/vendor-wires.ts";
import { readRecording } from "./record-dir.ts";
import { startReplayServer } from "./replay.ts";
import { driftJUnitXml, formatDriftReport } from "./report.ts";
import { seedFileYaml, seedFromRecording } from "./seed-from-recording.ts";
import { startProxy } from "./server.ts";

/** Where a command writes, and how a long-running one learns it must stop; injectable for tests. */
export interface ProxyCommandIo {
  out(text: string): void;
  err(text: string): void;
  /** Registers what to run on SIGINT/SIGTERM (the signal's name is passed on). */
  onStop(stop: (signal: string) => void): void;
  /** Resolves relative paths; default `process.cwd()`. */
  cwd?: string;
}

const kindTable = () =>
  Object.entries(DRIFT_KINDS)
    .map(([kind, meaning]) => `  ${kind.padEnd(22)} ${meaning}`)
    .join("\n");

/**
 * The help of the three commands, with every drift kind.
 *
 * @example
 * console.log(proxyHelp());
 */
export function proxyHelp(): string {
  return `livemock proxy / drift / replay: record against the real vendor, and report where it drifts from the spec

Usage:
  livemock proxy --vendor ${VENDOR_NAMES.join("|")} [--upstream <url>] [--port 4020] [--host 127.0.0.1]
                 [--record <dir>] [--timeout <ms>]
  livemock drift <dir> [--format text|json|junit] [--seed-file <out.yaml>]
  livemock replay <dir> [--port 4030] [--host 127.0.0.1]

livemock proxy forwards every request unchanged (method, path, raw query, body bytes, headers but the
hop-by-hop ones; Host too when it names the upstream) to the upstream, and its answer unchanged back.
Your client keeps signing with its real credentials: livemock needs none. Each exchange is checked
against specs/<vendor>.yaml and livemock's rules (its validation, error catalogue and statuses).
  --vendor <v>      whose API the client calls
  --upstream <url>  where to forward (default the vendor's: ${VENDOR_NAMES.map((v) => vendorWires[v].baseUrl).join(", ")})
  --port <n>        port to listen on (default 4020; 0 picks a free one)
  --host <h>        interface to bind (default 127.0.0.1)
  --record <dir>    write each exchange, secrets redacted, to <dir>/exchanges/0001-<operation>.json;
                    at exit also <dir>/drift.json and <dir>/drift.junit.xml
  --timeout <ms>    limit per upstream answer (default 30000); a slow, unreachable or non-JSON
                    upstream is answered with HTTP 502 and recorded as upstream-error drift
At SIGINT/SIGTERM it prints the drift summary and writes the drift files.
Volcengine signs the Host header: sign for the upstream's host (the SDK's host option) or use the
proxy as an HTTP proxy (absolute-form requests); the proxy then passes that Host on unchanged.

livemock drift <dir> prints the report of a record dir (exit 1 when there is drift, 0 when none);
--seed-file writes the successful creates it saw (and their rooms) as a seed file for livemock serve.
livemock replay <dir> answers requests with the recorded answers (offline tests against what the vendor said).

Drift kinds:
${kindTable()}
`;
}

/** A command's parsed arguments, and how it reports a usage error (exit code 2). */
interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  usage(message: string): number;
}

/** Parses a command's arguments; an exit code instead when it is done (`--help`: 0, an unknown option: 2). */
function parse(args: string[], options: NonNullable<ParseArgsConfig["options"]>, io: ProxyCommandIo, name: string): Parsed | number {
  const usage = (message: string) => {
    io.err(`livemock ${name}: ${message}\nRun "livemock ${name} --help" for the options.`);
    return 2;
  };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    return usage((error as Error).message);
  }
  if (parsed.values.help) {
    io.out(proxyHelp());
    return 0;
  }
  return { values: parsed.values as Parsed["values"], positionals: parsed.positionals, usage };
}

function portOf(raw: string | undefined, fallback: number): number | Error {
  if (raw === undefined) return fallback;
  const port = Number(raw);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : new Error(`--port must be an integer in [0, 65535], got "${raw}"`);
}

/**
 * `livemock proxy`: resolves once the proxy was stopped (SIGINT/SIGTERM) and its report printed;
 * to the exit code (0; 2 for a usage error; 1 when it cannot listen).
 *
 * @example
 * process.exitCode = await runProxyCommand(["--vendor", "polyv", "--record", "drift"], { out: console.log, err: console.error, onStop: (stop) => process.once("SIGTERM", () => stop("SIGTERM")) });
 */
export async function runProxyCommand(args: string[], io: ProxyCommandIo): Promise<number> {
  const parsed = parse(
    args,
    { vendor: { type: "string" }, upstream: { type: "string" }, port: { type: "string" }, host: { type: "string" }, record: { type: "string" }, timeout: { type: "string" } },
    io,
    "proxy",
  );
  if (typeof parsed === "number") return parsed;
  const { values, usage } = parsed;
  const vendor = values.vendor as string | undefined;
  if (vendor === undefined || !isVendorName(vendor)) return usage(`--vendor must be one of ${VENDOR_NAMES.join(", ")}${vendor === undefined ? "" : `, got "${vendor}"`}`);
  if (parsed.positionals.length > 0) return usage(`unexpected argument ${parsed.positionals[0]}`);
  const port = portOf(values.port as string | undefined, 4020);
  if (port instanceof Error) return usage(port.message);
  const timeoutMs = values.timeout === undefined ? 30_000 : Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) return usage(`--timeout must be a positive number of milliseconds, got "${String(values.timeout)}"`);
  const upstream = (values.upstream as string | undefined) ?? vendorWires[vendor].baseUrl;
  try {
    const url = new URL(upstream);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not http(s)");
  } catch {
    return usage(`--upstream must be an http(s) URL, got "${upstream}"`);
  }
  const record = values.record === undefined ? undefined : resolve(io.cwd ?? process.cwd(), values.record as string);

  let proxy: Awaited<ReturnType<typeof startProxy>>;
  try {
    proxy = await startProxy({ vendor, upstream, port, host: (values.host as string | undefined) ?? "127.0.0.1", timeoutMs, ...(record === undefined ? {} : { record }) });
  } catch (error) {
    io.err(`livemock proxy: cannot start: ${(error as Error).message}`);
    return 1;
  }
  const stopped = new Promise<string>((done) => io.onStop(done));
  io.out(
    [
      `livemock proxy: ${vendor} requests to ${proxy.upstream}, listening on ${proxy.url}`,
      record === undefined ? "  not recording (add --record <dir> to keep the exchanges)" : `  recording to ${record} (secrets redacted)`,
      "  point your client's base URL at the proxy; stop with Ctrl-C for the drift report",
    ].join("\n"),
  );
  const signal = await stopped;
  io.out(`livemock proxy: ${signal}, finishing the exchanges in flight`);
  const report = await proxy.close();
  io.out(proxy.scrub(formatDriftReport(report, record === undefined ? {} : { recordDir: record })));
  if (record !== undefined) io.out(`drift.json and drift.junit.xml written to ${record}`);
  return 0;
}

/**
 * `livemock drift <dir>`: prints a record dir's report as text, JSON or JUnit XML, and writes a seed
 * file when asked; to the exit code (1 when there is drift, 0 when none, 2 for a usage error).
 *
 * @example
 * process.exitCode = await runDriftCommand(["drift-dir", "--format", "json"], io);
 */
export async function runDriftCommand(args: string[], io: ProxyCommandIo): Promise<number> {
  const parsed = parse(args, { format: { type: "string" }, "seed-file": { type: "string" } }, io, "drift");
  if (typeof parsed === "number") return parsed;
  const { values, usage } = parsed;
  const format = (values.format as string | undefined) ?? "text";
  if (format !== "text" && format !== "json" && format !== "junit") return usage(`--format must be text, json or junit, got "${format}"`);
  const [dir, ...extra] = parsed.positionals;
  if (dir === undefined) return usage("give the record dir: livemock drift <dir>");
  if (extra.length > 0) return usage(`unexpected argument ${extra[0]}`);
  const cwd = io.cwd ?? process.cwd();
  let recording: Awaited<ReturnType<typeof readRecording>>;
  try {
    recording = await readRecording(resolve(cwd, dir));
  } catch (error) {
    io.err(`livemock drift: ${(error as Error).message}`);
    return 2;
  }
  const { report, records } = recording;
  io.out(format === "json" ? JSON.stringify(report, null, 2) : format === "junit" ? driftJUnitXml(report) : formatDriftReport(report, { recordDir: dir }));
  const seedFile = values["seed-file"] as string | undefined;
  if (seedFile !== undefined) {
    const made = seedFromRecording(records);
    const file = resolve(cwd, seedFile);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, seedFileYaml(made, dir), "utf8");
    const count = Object.values(made.seed).reduce((n, section) => n + Object.values(section).reduce((m, list) => m + list.length, 0), 0);
    const note = `seed file written to ${seedFile}: ${count} item${count === 1 ? "" : "s"} from ${made.used.length} exchange${made.used.length === 1 ? "" : "s"}${made.skipped.length === 0 ? "" : `, ${made.skipped.length} left out (livemock would refuse them; see the file's header)`}`;
    // JSON and JUnit go to stdout for machines: the note goes to stderr.
    if (format === "text") io.out(note);
    else io.err(note);
  }
  return report.drift.length === 0 ? 0 : 1;
}

/**
 * `livemock replay <dir>`: serves the recorded answers until SIGINT/SIGTERM; to the exit code.
 *
 * @example
 * process.exitCode = await runReplayCommand(["drift-dir", "--port", "4030"], io);
 */
export async function runReplayCommand(args: string[], io: ProxyCommandIo): Promise<number> {
  const parsed = parse(args, { port: { type: "string" }, host: { type: "string" } }, io, "replay");
  if (typeof parsed === "number") return parsed;
  const { values, usage } = parsed;
  const [dir] = parsed.positionals;
  const port = portOf(values.port as string | undefined, 4030);
  if (port instanceof Error) return usage(port.message);
  if (dir === undefined) return usage("give the record dir: livemock replay <dir>");
  let replay: Awaited<ReturnType<typeof startReplayServer>>;
  try {
    replay = await startReplayServer({ dir: resolve(io.cwd ?? process.cwd(), dir), port, host: (values.host as string | undefined) ?? "127.0.0.1" });
  } catch (error) {
    io.err(`livemock replay: ${(error as Error).message}`);
    return 1;
  }
  const stopped = new Promise<string>((done) => io.onStop(done));
  io.out(`livemock replay: the answers recorded in ${dir}, listening on ${replay.url}`);
  await stopped;
  await replay.close();
  return 0;
}
