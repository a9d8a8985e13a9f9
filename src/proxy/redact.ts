/**
 * What a recording may hold: an exchange with every secret redacted by name (the shared names of
 * src/mock/core/redact.ts plus the vendor's own), and, as a second net, every secret value seen
 * removed from any text written (drift messages quote values; an upstream may echo a signature).
 */
import { REDACTED, redactJson, redactQuery, secretNameTest } from "../mock/core/redact.ts";
import type { SeenExchange } from "./detect.ts";
import { mediaType } from "./detect.ts";
import type { RecordedRequest, RecordedResponse } from "./types.ts";

/** Headers a recorded answer leaves out: the body is stored decoded and re-serialised. */
const REWRITTEN = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"]);

/** Secret values shorter than this are not searched for in texts (they would match ordinary words). */
const MIN_SCRUBBED = 6;

/** Redacts exchanges for one vendor and remembers the secret values it saw. */
export interface Redactor {
  request(seen: SeenExchange): RecordedRequest;
  response(seen: SeenExchange): RecordedResponse | null;
  /** Removes every secret value seen so far from a text. */
  scrub(text: string): string;
}

/**
 * A redactor for a vendor's secret names (`VendorWire.secretNames`).
 *
 * @example
 * const redactor = createRedactor(vendorWires.polyv.secretNames);
 * const request = redactor.request(seen); // sign: "[redacted]"
 * writeFileSync(file, redactor.scrub(JSON.stringify(record)));
 */
export function createRedactor(secretNames: readonly string[]): Redactor {
  const secret = secretNameTest(secretNames);
  const values = new Set<string>();
  const remember = (value: unknown) => {
    if (typeof value !== "string" && typeof value !== "number") return;
    const text = String(value);
    if (text === REDACTED) return;
    if (text.length >= MIN_SCRUBBED) values.add(text);
    // Parts of a structured secret (Authorization: "HMAC-SHA256 Credential=…, Signature=<hex>").
    for (const part of text.split(/[\s,;=]+/u)) if (part.length >= 16) values.add(part);
  };
  const rememberJson = (value: unknown, depth = 0): void => {
    if (value === null || typeof value !== "object" || depth > 20) return;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (secret(key)) remember(item);
      else rememberJson(item, depth + 1);
    }
  };
  const headers = (from: Record<string, string>, leave: ReadonlySet<string> = new Set()): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(from)) {
      if (leave.has(name)) continue;
      if (secret(name)) remember(value);
      out[name] = secret(name) ? REDACTED : value;
    }
    return out;
  };
  /** Every parameter, repeated ones included, redacted as the journal redacts a query. */
  const pairs = (params: URLSearchParams): [string, string][] => [...params].flatMap(([key, value]) => Object.entries(redactQuery(new URLSearchParams([[key, value]]), secret)));
  const json = (text: string): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch {
      return { ok: false };
    }
  };

  return {
    request(seen) {
      const params = new URLSearchParams(seen.rawQuery);
      for (const [key, value] of params) if (secret(key)) remember(value);
      const request: RecordedRequest = { method: seen.method, path: seen.path, query: pairs(params), headers: headers(seen.headers) };
      if (seen.body === "") return request;
      const type = mediaType(seen.headers["content-type"]);
      if (type === "application/x-www-form-urlencoded") {
        const fields = new URLSearchParams(seen.body);
        for (const [key, value] of fields) if (secret(key)) remember(value);
        request.bodyText = new URLSearchParams(pairs(fields)).toString();
        return request;
      }
      const parsed = json(seen.body);
      if (parsed.ok) {
        rememberJson(parsed.value);
        request.body = redactJson(parsed.value, 0, secret);
      } else request.bodyText = `(${seen.body.length} characters, not JSON)`;
      return request;
    },
    response(seen) {
      if (seen.response === undefined || seen.problem !== undefined) return null;
      const parsed = json(seen.response.text);
      if (!parsed.ok) return null;
      rememberJson(parsed.value);
      return { status: seen.response.status, headers: headers(seen.response.headers, REWRITTEN), body: redactJson(parsed.value, 0, secret) };
    },
    scrub(text) {
      let out = text;
      for (const value of [...values].sort((a, b) => b.length - a.length)) {
        if (out.includes(value)) out = out.split(value).join(REDACTED);
        const quoted = JSON.stringify(value).slice(1, -1);
        if (quoted !== value && out.includes(quoted)) out = out.split(quoted).join(REDACTED);
      }
      return out;
    },
  };
}
