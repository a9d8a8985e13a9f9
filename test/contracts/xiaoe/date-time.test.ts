/**
 * Xiaoe times are parsed and formatted with integer arithmetic; these tests hold them to the `Date`
 * round trip livemock used before, which is the definition of "a real calendar time".
 */
import { describe, expect, it } from "vitest";
import { formatXiaoeDateTime, parseXiaoeDateTime, timeWindowViolations } from "../../../src/contracts/xiaoe/index.ts";
import { seededRandom } from "../../support/seeded-random.ts";

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const SHAPE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** The `Date`-based parse: a time is real when `Date.UTC` gives back exactly its fields. */
function referenceParse(value: string): number | undefined {
  const match = SHAPE.exec(value);
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  const same = back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && back.getUTCHours() === h && back.getUTCMinutes() === mi && back.getUTCSeconds() === s;
  return same ? utc - CHINA_OFFSET_MS : undefined;
}

/** The `Date`-based format. */
function referenceFormat(epochMs: number): string {
  const d = new Date(epochMs + CHINA_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

describe("parsing Xiaoe times", () => {
  it("agrees with the Date round trip on every month and day bound, leap years and years 0000-0099 included", () => {
    const years = [0, 1, 99, 100, 101, 400, 1600, 1899, 1900, 1969, 1970, 1999, 2000, 2023, 2024, 2026, 2100, 2400, 9999];
    const times = ["00:00:00", "23:59:59", "24:00:00", "12:60:00", "12:00:60", "07:08:09", "99:99:99"];
    let checked = 0;
    for (const year of years) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          for (const time of times) {
            const value = `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)} ${time}`;
            expect.soft(parseXiaoeDateTime(value), value).toBe(referenceParse(value));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(60_000);
  });

  it("agrees with the Date round trip on random times in the shape", () => {
    const random = seededRandom(7);
    const digits = (n: number) => String(Math.floor(random() * n));
    for (let i = 0; i < 20_000; i++) {
      const value = `${digits(10_000).padStart(4, "0")}-${digits(14).padStart(2, "0")}-${digits(33).padStart(2, "0")} ${digits(26).padStart(2, "0")}:${digits(62).padStart(2, "0")}:${digits(62).padStart(2, "0")}`;
      expect.soft(parseXiaoeDateTime(value), value).toBe(referenceParse(value));
    }
  });

  it("rejects everything that is not exactly YYYY-MM-DD HH:mm:ss", () => {
    const malformed = [
      "",
      "2026-03-01",
      "2026-03-01 00:00:00 ",
      " 2026-03-01 00:00:00",
      "2026-03-01 00:00:00\n",
      "2026-03-01T00:00:00",
      "2026/03/01 00:00:00",
      "2026-03-01 00:00:0a",
      "２026-03-01 00:00:00",
      "2026-3-01 00:00:000",
      "-026-03-01 00:00:00",
      "+026-03-01 00:00:00",
      "2026-03-01\u000000:00:00",
      "2026-0:-01 00:00:00",
      "2026-03-01 0/:00:00",
    ];
    for (const value of malformed) {
      expect(parseXiaoeDateTime(value), JSON.stringify(value)).toBeUndefined();
      expect(referenceParse(value), JSON.stringify(value)).toBeUndefined();
    }
  });

  it("keeps the start-before-end rule's reasons", () => {
    expect(timeWindowViolations("2026-03-01 00:00:00", "2026-03-03 00:00:00", [])).toEqual([]);
    expect(timeWindowViolations("2026-02-30 00:00:00", "2026-03-01 00:00:00", ["child_tasks", 1], "child_tasks[1].").map((v) => [v.path, v.reason])).toEqual([
      [["child_tasks", 1, "start_at"], 'child_tasks[1].start_at: "2026-02-30 00:00:00" is not a real date and time'],
    ]);
    expect(timeWindowViolations("2026-03-01 00:00:00", "2026-03-01 00:00:00", []).map((v) => v.reason)).toEqual(['end_at: "2026-03-01 00:00:00" is not after start_at "2026-03-01 00:00:00"']);
  });
});

describe("formatting Xiaoe times", () => {
  it("agrees with Date on edges: fractions, negatives, the Date range, NaN and infinities", () => {
    const edges = [
      0,
      -0,
      1,
      -1,
      0.5,
      -0.5,
      -0.9999,
      1.5,
      999,
      1000,
      -999,
      -1000,
      -1001,
      -CHINA_OFFSET_MS,
      -CHINA_OFFSET_MS - 1,
      -CHINA_OFFSET_MS - 0.5,
      -CHINA_OFFSET_MS + 0.5,
      Date.UTC(2026, 1, 28, 16),
      Date.UTC(2024, 1, 28, 16),
      Date.UTC(2000, 1, 28, 16),
      Date.UTC(1900, 1, 28, 16),
      -62198755200000,
      -62198755200001,
      253402300799999,
      253402300800000,
      8.64e15,
      -8.64e15,
      8.64e15 - CHINA_OFFSET_MS,
      8.64e15 - CHINA_OFFSET_MS + 1,
      -8.64e15 - CHINA_OFFSET_MS,
      -8.64e15 - CHINA_OFFSET_MS - 1,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    for (const epochMs of edges) expect(formatXiaoeDateTime(epochMs), String(epochMs)).toBe(referenceFormat(epochMs));
  });

  it("agrees with Date on random times across the Date range", () => {
    const random = seededRandom(11);
    for (let i = 0; i < 20_000; i++) {
      const pick = random();
      const epochMs = pick < 0.4 ? (random() * 2 - 1) * 8.7e15 : pick < 0.7 ? Math.floor((random() * 2 - 1) * 1e14) : 1.7e12 + Math.floor(random() * 1e11);
      expect.soft(formatXiaoeDateTime(epochMs), String(epochMs)).toBe(referenceFormat(epochMs));
    }
  });

  it("gives each millisecond of a second, and the seconds around it, their own text", () => {
    const start = Date.UTC(2026, 2, 1, 15, 59, 59);
    for (const epochMs of [start, start + 1, start + 999, start + 1000, start + 999, start, start - 1, start + 86_400_000, start]) {
      expect(formatXiaoeDateTime(epochMs), String(epochMs)).toBe(referenceFormat(epochMs));
    }
  });
});
