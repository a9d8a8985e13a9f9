/**
 * Turns a recording into a seed file for `livemock serve --seed-file`: what the vendor created
 * (Polyv task-reward save and lottery create, Xiaoe task.create, Volcengine CreateActivityRedPacket)
 * becomes the seed file's items, and the rooms they were created in (channelId, alive_id,
 * ActivityID) its channels, lives and activities. Which calls create what is each vendor's wire's
 * knowledge (`VendorWire.seedOf`).
 */
import { stringify } from "yaml";
import { vendorWires } from "../contracts/vendor-wires.ts";
import type { ExchangeRecord } from "./types.ts";

/** A seed file's content: `{ polyv: { channels: [...], lotteries: [...] }, ... }`. */
export type SeedFile = Record<string, Record<string, Record<string, unknown>[]>>;

/** What {@link seedFromRecording} made, and what it left out and why. */
export interface SeedFromRecording {
  seed: SeedFile;
  /** Exchanges whose objects are in the seed. */
  used: number[];
  /** Successful creates left out: livemock would refuse them, so the seed file would not load. */
  skipped: { exchange: number; reason: string }[];
}

/**
 * The seed file of a recording's successful creates, rooms first, each room once.
 *
 * @example
 * const { seed } = seedFromRecording((await readRecording("./drift")).records);
 * const app = createMockApp({ seedData: seed });
 */
export function seedFromRecording(records: readonly ExchangeRecord[]): SeedFromRecording {
  const seed: SeedFile = {};
  const seen = new Set<string>();
  const used: number[] = [];
  const skipped: SeedFromRecording["skipped"] = [];
  for (const record of records) {
    if (record.operation === null || record.response === null) continue;
    const wire = vendorWires[record.vendor];
    if (record.response.status !== wire.successStatus || wire.errorOf(record.response.body) !== undefined) continue;
    const entries = wire.seedOf(record.operation, { query: new URLSearchParams(record.request.query), body: record.request.body }, record.response.body);
    if (entries.length === 0) continue;
    const refused = record.drift.find((d) => d.kind === "vendor-accepts");
    if (refused) {
      skipped.push({ exchange: record.seq, reason: `livemock refuses it (${refused.path}: ${refused.expected})` });
      continue;
    }
    for (const entry of entries) {
      const key = `${entry.section}.${entry.list}:${JSON.stringify(entry.item)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const section = seed[entry.section] ?? {};
      section[entry.list] = [...(section[entry.list] ?? []), entry.item];
      seed[entry.section] = section;
    }
    used.push(record.seq);
  }
  return { seed, used, skipped };
}

/**
 * The seed file as YAML, with a header saying where it comes from.
 *
 * @example
 * await writeFile("seed.yaml", seedFileYaml(seedFromRecording(records), "./drift"));
 */
export function seedFileYaml(made: SeedFromRecording, from: string): string {
  const header = [
    `# livemock seed file made by \`livemock drift ${from} --seed-file\` from exchanges ${made.used.join(", ") || "(none)"}`,
    "# Load it with: livemock serve --seed-file <this file>",
    ...made.skipped.map((s) => `# left out exchange ${s.exchange}: ${s.reason.replace(/\n/gu, " ")}`),
  ];
  return `${header.join("\n")}\n${Object.keys(made.seed).length === 0 ? "{}\n" : stringify(made.seed)}`;
}
