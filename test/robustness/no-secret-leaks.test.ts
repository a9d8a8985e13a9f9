/**
 * No secret leaves the mock: a representative run of all three vendors (success paths, generated
 * bad requests, and malformed bodies that carry the secrets themselves) and then every response
 * body, every response header (`x-livemock-reason` decoded), every journal entry, the control
 * plane's views of them and everything logged are searched for the configured secrets, the issued
 * Xiaoe tokens, and the signatures and Authorization headers that were sent.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { VENDOR_NAMES } from "../../src/contracts/vendor-name.ts";
import type { MockApp } from "../../src/mock/app.ts";
import { DEMO_APP as POLYV_APP, OTHER_APP as POLYV_OTHER } from "../polyv/support.ts";
import { SK } from "../volcengine/support.ts";
import { DEMO_LIVE, DEMO_APP as XIAOE_APP } from "../xiaoe/support.ts";
import { type Answer, type BadRequest, send } from "./support/bad-requests.ts";
import { driverFor, robustnessApp } from "./support/drivers.ts";
import { allBadRequests, type Driver } from "./support/generate.ts";

interface Seen {
  where: string;
  text: string;
}

const seen: Seen[] = [];
/** Values sent by clients that must never come back: signatures, Authorization headers, tokens. */
const sentSecrets = new Set<string>();
const logged: string[] = [];
let app: MockApp;
const drivers: Driver[] = [];

function remember(request: BadRequest, answer: Answer, allowToken = false): void {
  const headers = [...(answer.headers as unknown as Iterable<[string, string]>)].map(([k, v]) => `${k}: ${k === "x-livemock-reason" ? decodeURIComponent(v) : v}`).join("\n");
  seen.push({ where: `headers of ${request.vendor} ${request.category}`, text: headers });
  if (!allowToken) seen.push({ where: `body of ${request.vendor} ${request.category}`, text: answer.text });
  const query = new URLSearchParams(request.target.split("?")[1] ?? "");
  for (const sign of query.getAll("sign")) if (sign.length >= 32) sentSecrets.add(sign);
  for (const sig of query.getAll("X-Signature")) if (sig.length >= 16) sentSecrets.add(sig);
  const authorization = request.headers.Authorization ?? request.headers.authorization;
  if (authorization && authorization.length > 40) {
    sentSecrets.add(authorization);
    const signature = /Signature=([0-9a-f]{64})/.exec(authorization)?.[1];
    if (signature) sentSecrets.add(signature);
  }
}

async function call(_driver: Driver, request: BadRequest): Promise<Answer> {
  const answer = await send(app, request);
  remember(request, answer);
  return answer;
}

/** Requests whose bodies carry the secrets themselves: as raw text, inside broken JSON, as fields. */
function secretBodies(driver: Driver): BadRequest[] {
  const secrets = [POLYV_APP.appSecret, XIAOE_APP.secretKey, SK];
  const out: BadRequest[] = [];
  for (const op of driver.operations.filter((o) => o.method === "POST")) {
    for (const secret of secrets) {
      const bodies = [
        secret,
        `${secret}{`,
        `{"appSecret":"${secret}"`,
        `{"x":"${secret}",}`,
        JSON.stringify({ appSecret: secret, secret_key: secret, SecretAccessKey: secret, nested: { sign: secret, Authorization: secret } }),
        `--b\r\nContent-Disposition: form-data; name="secret_key"\r\n\r\n${secret}\r\n--b--\r\n`,
      ];
      for (const [i, body] of bodies.entries()) {
        out.push({
          ...driver.build(op, { query: driver.baseQuery(op), body, contentType: i === 5 ? "multipart/form-data; boundary=b" : "application/json" }),
          category: "secret-in-body",
          detail: `body #${i}`,
        });
      }
      out.push({
        ...driver.build(op, {
          query: [...driver.baseQuery(op), ["appSecret", secret], ["secret_key", secret]],
          body: `secret_key=${secret}&appSecret=${secret}`,
          contentType: "application/x-www-form-urlencoded",
        }),
        category: "secret-in-form",
        detail: "form body and query",
      });
    }
  }
  return out;
}

describe("secrets never leave the mock", () => {
  const xiaoeTokens: string[] = [];

  beforeAll(async () => {
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "));
      });
    }
    app = robustnessApp();
    for (const vendor of VENDOR_NAMES) drivers.push(await driverFor(vendor, app));

    // Success paths: every documented example, correctly authenticated (creates, reads, lists).
    for (const driver of drivers) {
      for (const op of driver.operations) {
        if (op.id === "getAccessToken") continue;
        for (const body of op.method === "POST" ? driver.baseBodies(op) : [undefined]) {
          await call(driver, { ...driver.build(op, { query: driver.baseQuery(op), body: body === undefined ? undefined : JSON.stringify(body) }), category: "documented", detail: "example" });
        }
      }
    }
    // Two fresh Xiaoe tokens through the token endpoint (their own answers carry them, legitimately).
    for (let i = 0; i < 2; i++) {
      const request: BadRequest = {
        vendor: "xiaoe",
        operation: "getAccessToken",
        method: "GET",
        target: `/token?${new URLSearchParams({ app_id: XIAOE_APP.appId, client_id: XIAOE_APP.clientId, secret_key: XIAOE_APP.secretKey, grant_type: "client_credential" })}`,
        headers: {},
        category: "token",
        detail: "",
      };
      const answer = await send(app, request);
      remember(request, answer, true);
      xiaoeTokens.push(answer.json.data.access_token);
    }
    // The first driver's token too (it fetched one when it was built).
    const journalTokens = drivers[1]!.build(drivers[1]!.operations[1]!, { query: [] }).target;
    xiaoeTokens.push(new URLSearchParams(journalTokens.split("?")[1]).get("access_token")!);
    await call(drivers[1]!, {
      ...drivers[1]!.build(drivers[1]!.operations[3]!, { query: [], body: JSON.stringify({ access_token: xiaoeTokens[0], alive_id: DEMO_LIVE, live_task_id: 1 }) }),
      category: "token-in-body",
      detail: "",
    });

    // Generated failures of every category, and bodies made of secrets.
    for (const driver of drivers) {
      for (const request of fc.sample(allBadRequests(driver), { numRuns: 300, seed: 7 })) await call(driver, request);
      for (const request of secretBodies(driver)) await call(driver, request);
    }
    for (const path of ["/__livemock/requests", "/__livemock/requests?limit=1000", "/__livemock/state"]) {
      const res = await app.request(path);
      seen.push({ where: path, text: await res.text() });
    }
    seen.push({ where: "journal", text: JSON.stringify(app.livemock.context.journal.entries()) });
  }, 60_000);

  afterAll(() => {
    vi.restoreAllMocks();
  });

  it("ran a representative mix (at least 1,000 requests, journal full)", () => {
    expect(seen.filter((s) => s.where.startsWith("headers")).length).toBeGreaterThan(1000);
    expect(sentSecrets.size).toBeGreaterThan(500);
    expect(xiaoeTokens.every((t) => t.startsWith("xe_"))).toBe(true);
  });

  it("no configured secret appears in any answer, journal entry, control-plane view or log line", () => {
    const configured = [POLYV_APP.appSecret, POLYV_OTHER.appSecret, XIAOE_APP.secretKey, SK];
    const texts = [...seen, ...logged.map((text) => ({ where: "log", text }))];
    for (const secret of configured) {
      const hit = texts.find((s) => s.text.includes(secret));
      expect(hit && `${secret} in ${hit.where}: ${hit.text.slice(Math.max(0, hit.text.indexOf(secret) - 200), hit.text.indexOf(secret) + 100)}`).toBeUndefined();
    }
  });

  it("no issued access_token (nor most of one) appears outside the token endpoint's own answer", () => {
    const texts = [...seen, ...logged.map((text) => ({ where: "log", text }))];
    for (const token of xiaoeTokens) {
      const tail = token.slice(token.lastIndexOf("_") + 1, token.lastIndexOf("_") + 33);
      const hit = texts.find((s) => s.text.includes(tail));
      expect(hit && `token ${token.slice(0, 20)}… in ${hit.where}: ${hit.text.slice(Math.max(0, hit.text.indexOf(tail) - 300), hit.text.indexOf(tail) + 60)}`).toBeUndefined();
    }
  });

  it("no signature or Authorization header that was sent comes back", () => {
    const texts = [...seen, ...logged.map((text) => ({ where: "log", text }))];
    const all = texts.map((s) => s.text).join("\n");
    const leaked = [...sentSecrets].filter((secret) => all.includes(secret));
    expect(leaked.slice(0, 3)).toEqual([]);
  });
});
