/**
 * `livemock contract`: parses the options, resolves the target, runs the scenarios with live
 * progress, prints the summary, writes JUnit XML when asked, and returns the exit code (0 only when
 * every step passed; 1 when one failed; 2 for a usage error or missing credentials).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { FetchLike } from "../client/index.ts";
import { isVendorName, VENDOR_NAMES } from "../contracts/vendor-name.ts";
import { toJUnitXml } from "./junit.ts";
import { formatEvent, formatHeader, formatSummary } from "./report.ts";
import { DEFAULT_CONTRACT_PARAMS, runContract } from "./run.ts";
import { SCENARIOS, scenariosFor } from "./scenarios/index.ts";
import { POLYV_LOTTERY_CHANNEL, POLYV_TASK_REWARD_CHANNEL } from "./scenarios/polyv.ts";
import { resolveTarget } from "./targets.ts";
import type { ContractParams } from "./types.ts";

/** Where the command writes, and what it reads; injectable for tests. */
export interface ContractCommandIo {
  env: Readonly<Record<string, string | undefined>>;
  out(text: string): void;
  err(text: string): void;
  /** Default `globalThis.fetch`. */
  fetch?: FetchLike;
  /** Resolves `--junit` relative paths; default `process.cwd()`. */
  cwd?: string;
}

function scenarioList(): string {
  return VENDOR_NAMES.flatMap((vendor) => SCENARIOS[vendor].map((s) => `  ${s.id.padEnd(22)} ${s.title}\n  ${"".padEnd(22)} creates: ${s.creates || "nothing (read-only calls)"}`)).join("\n");
}

/**
 * The help text of `livemock contract`, with every scenario and what it creates.
 *
 * @example
 * console.log(contractHelp());
 */
export function contractHelp(): string {
  return `livemock contract: run the vendor contract scenarios against livemock or the real vendor

Usage:
  livemock contract [--vendor polyv|xiaoe|volcengine|all] [--target <url>|real] [--junit <file>] [--json <file>]
                    [--channel <id>] [--alive-id <id>] [--activity-id <id>] [--scenario <id>] [--strict]

Options:
  --vendor <v>       which vendor's scenarios to run (default all)
  --target <t>       a base URL (default http://127.0.0.1:4010, what npm start serves), or "real":
                     each vendor's own base URL with credentials from the environment
                     (POLYV_APP_ID, POLYV_APP_SECRET; XIAOE_APP_ID, XIAOE_CLIENT_ID, XIAOE_SECRET_KEY;
                     VOLC_ACCESSKEY, VOLC_SECRETKEY). Against a URL the environment's credentials of a
                     vendor are used when all its variables are set, else livemock's demo credentials.
  --junit <file>     also write the results as JUnit XML
  --json <file>      also write the results as JSON (every violation with its drift kind)
  --channel <id>     Polyv channel to work in (POLYV_CHANNEL_ID; default ${POLYV_TASK_REWARD_CHANNEL} for task rewards,
                     ${POLYV_LOTTERY_CHANNEL} for lotteries: the docs' channels, pre-seeded in livemock)
  --alive-id <id>    Xiaoe live to work in (XIAOE_ALIVE_ID; default ${DEFAULT_CONTRACT_PARAMS.xiaoeAliveId})
  --activity-id <id> Volcengine live room to work in (VOLC_ACTIVITY_ID; default ${DEFAULT_CONTRACT_PARAMS.volcActivityId})
  --scenario <id>    run only this scenario (repeatable)
  --strict           fail a step whose requests livemock answered with an x-livemock-warning (a
                     request relying on what livemock accepts beyond the vendor's documented rule);
                     without it warnings are reported and the step passes

Every request and response is checked against specs/<vendor>.yaml, livemock's error catalogue and the
scenario's expectations. A violation names its drift kind (the kinds livemock proxy reports), the
operation, request or response, the JSON path, and expected vs actual. A warning names the leniency
a request relied on and the documented rule.
Exit code: 0 when every step passed, 1 when one failed, 2 for a usage error or missing credentials.

Scenarios (what each creates on the target; objects are deleted again, in a finally when a step fails):
${scenarioList()}
`;
}

function positiveInt(name: string, raw: string | undefined): number | undefined | Error {
  if (raw === undefined || raw === "") return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) <= 0 || !Number.isSafeInteger(Number(raw))) return new Error(`${name} must be a positive integer, got "${raw}"`);
  return Number(raw);
}

/**
 * Runs `livemock contract` with the given arguments; resolves to the exit code.
 *
 * @example
 * const code = await runContractCommand(["--vendor", "polyv", "--target", "http://127.0.0.1:4010"], { env: process.env, out: console.log, err: console.error });
 * process.exitCode = code;
 */
export async function runContractCommand(args: string[], io: ContractCommandIo): Promise<number> {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        vendor: { type: "string" },
        target: { type: "string" },
        junit: { type: "string" },
        json: { type: "string" },
        channel: { type: "string" },
        "alive-id": { type: "string" },
        "activity-id": { type: "string" },
        scenario: { type: "string", multiple: true },
        strict: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    io.err(`livemock contract: ${(error as Error).message}\n\n${contractHelp()}`);
    return 2;
  }
  if (values.help) {
    io.out(contractHelp());
    return 0;
  }
  const usage = (message: string) => {
    io.err(`livemock contract: ${message}\nRun "livemock contract --help" for the options.`);
    return 2;
  };

  const vendorArg = (values.vendor as string | undefined) ?? "all";
  if (vendorArg !== "all" && !isVendorName(vendorArg)) return usage(`--vendor must be ${VENDOR_NAMES.join(", ")} or all, got "${vendorArg}"`);
  const vendors = vendorArg === "all" ? VENDOR_NAMES : [vendorArg];

  const channel = positiveInt("--channel", (values.channel as string | undefined) ?? io.env.POLYV_CHANNEL_ID);
  const activity = positiveInt("--activity-id", (values["activity-id"] as string | undefined) ?? io.env.VOLC_ACTIVITY_ID);
  if (channel instanceof Error) return usage(channel.message);
  if (activity instanceof Error) return usage(activity.message);
  const aliveId = (values["alive-id"] as string | undefined) ?? io.env.XIAOE_ALIVE_ID;
  const params: ContractParams = {
    ...(channel === undefined ? {} : { polyvChannelId: channel }),
    ...(aliveId ? { xiaoeAliveId: aliveId } : {}),
    ...(activity === undefined ? {} : { volcActivityId: activity }),
  };

  let scenarios = scenariosFor(vendors);
  const wanted = values.scenario as string[] | undefined;
  if (wanted && wanted.length > 0) {
    const unknown = wanted.filter((id) => !scenarios.some((s) => s.id === id));
    if (unknown.length > 0) return usage(`unknown scenario ${unknown.join(", ")} for --vendor ${vendorArg}; known: ${scenarios.map((s) => s.id).join(", ")}`);
    scenarios = scenarios.filter((s) => wanted.includes(s.id));
  }

  const resolved = resolveTarget((values.target as string | undefined) ?? "http://127.0.0.1:4010", vendors, io.env);
  if (!resolved.ok) {
    io.err(`livemock contract: ${resolved.problem}`);
    return 2;
  }

  io.out(formatHeader(resolved.target, vendors));
  const report = await runContract({
    target: resolved.target,
    vendors,
    scenarios,
    params,
    strict: values.strict === true,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    onEvent: (event) => {
      const text = formatEvent(event);
      if (text !== undefined) io.out(text);
    },
  });
  io.out(formatSummary(report));

  const outputs = [
    { name: values.junit as string | undefined, text: () => toJUnitXml(report), label: "JUnit XML" },
    { name: values.json as string | undefined, text: () => `${JSON.stringify(report, null, 2)}\n`, label: "JSON" },
  ];
  for (const output of outputs) {
    if (!output.name) continue;
    const file = resolve(io.cwd ?? process.cwd(), output.name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, output.text(), "utf8");
    io.out(`${output.label} written to ${output.name}`);
  }
  return report.passed ? 0 : 1;
}
