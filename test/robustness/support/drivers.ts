/**
 * The three vendors as the bad-request generators drive them: how to authenticate a request
 * correctly (Polyv's signed query, Xiaoe's access_token, Volcengine's V4 signature) and how to
 * break that authentication, over one in-process mock app on a manual clock.
 */
import fc from "fast-check";
import type { VendorName } from "../../../src/contracts/vendor-name.ts";
import { signedRequestHeaders, type VolcOperationId, volcActions, volcActionVersions } from "../../../src/contracts/volcengine/index.ts";
import { createMockApp, type MockApp } from "../../../src/mock/app.ts";
import { manualClock } from "../../../src/mock/clock.ts";
import { independentSign, DEMO_APP as POLYV_APP, OTHER_APP as POLYV_OTHER } from "../../polyv/support.ts";
import { ACTIVITY, AK, FIRST_ID, SK } from "../../volcengine/support.ts";
import { DEMO_LIVE, DEMO_APP as XIAOE_APP } from "../../xiaoe/support.ts";
import type { BadRequest } from "./bad-requests.ts";
import type { Built, Driver, QueryPairs, RequestParts } from "./generate.ts";
import { type OperationInfo, operationsOf, wirePath } from "./operations.ts";
import { nastyString } from "./schema-mutations.ts";

export const T0 = Date.parse("2026-03-01T00:00:00Z");

function qs(pairs: QueryPairs): string {
  return pairs.length === 0 ? "" : `?${new URLSearchParams(pairs)}`;
}

function headersFor(parts: RequestParts): Record<string, string> {
  if (parts.body === undefined || parts.contentType === null) return {};
  return { "content-type": parts.contentType ?? "application/json" };
}

/** Flips one character of a secret-looking value (hex stays hex). */
function flip(value: string, at: number): string {
  const i = at % value.length;
  const ch = value[i]!;
  const swapped = /[0-9]/.test(ch) ? String((Number(ch) + 1) % 10) : ch === "A" ? "B" : ch === "a" ? "b" : /[A-Z]/.test(ch) ? "A" : "a";
  return value.slice(0, i) + swapped + value.slice(i + 1);
}

/** A mock app for the suite: manual clock, rate limits off, a second Polyv app. */
export function robustnessApp(): MockApp {
  return createMockApp({ clock: manualClock(T0), rateLimits: false, credentials: { polyv: [POLYV_OTHER] } });
}

// ---------------------------------------------------------------- Polyv

const POLYV_QUERY_DEFAULTS: Record<string, string> = { channelId: "4854808", activityId: "10465", id: "20521", viewerId: "viewer-1" };

export function polyvDriver(app: MockApp): Driver {
  const now = () => app.livemock.context.clock.now();
  const operations = operationsOf("polyv");
  const signedQuery = (pairs: QueryPairs, overrides: { appId?: string; secret?: string; timestamp?: string } = {}) => {
    // No prototype: a parameter named `__proto__` or `constructor` is an ordinary signed key.
    const first: Record<string, string> = Object.create(null);
    for (const [k, v] of pairs) if (!(k in first)) first[k] = v;
    first.appId = overrides.appId ?? POLYV_APP.appId;
    first.timestamp = overrides.timestamp ?? String(now());
    const sign = independentSign(first, overrides.secret ?? POLYV_APP.appSecret);
    // Business pairs keep their order and duplicates; auth goes first (first value wins).
    return [["appId", first.appId], ["timestamp", first.timestamp], ["sign", sign], ...pairs] as QueryPairs;
  };
  // A path parameter (`{channelId}`) gets the same default as a query one of that name.
  const pathOf = (op: OperationInfo, parts: Pick<RequestParts, "path"> = {}) => wirePath(op, { ...POLYV_QUERY_DEFAULTS, ...parts.path });
  const build = (op: OperationInfo, parts: RequestParts): Built => ({
    vendor: "polyv",
    operation: op.id,
    method: parts.method ?? op.method,
    target: `${pathOf(op, parts)}${qs(signedQuery(parts.query))}`,
    headers: headersFor(parts),
    body: parts.body,
  });
  const baseQuery = (op: OperationInfo): QueryPairs =>
    op.queryParams.filter((p) => p.required || p.name === "pageSize").map((p) => [p.name, p.name === "pageSize" ? "10" : (POLYV_QUERY_DEFAULTS[p.name] ?? "1")]);
  const baseBodies = (op: OperationInfo) => op.examples;

  const brokenAuth = (op: OperationInfo): fc.Arbitrary<BadRequest> => {
    const business = baseQuery(op);
    const body = op.examples.length > 0 ? JSON.stringify(op.examples[0]) : undefined;
    const make = (kind: string, pairs: QueryPairs, detail: string): BadRequest => ({ ...build(op, { query: [], body }), target: `${pathOf(op)}${qs(pairs)}`, category: `auth:${kind}`, detail });
    const good = () => signedQuery(business);
    const without = (name: string) => good().filter(([k]) => k !== name);
    const withSign = (sign: string) => good().map(([k, v]) => [k, k === "sign" ? sign : v] as [string, string]);
    return fc.oneof(
      fc.constantFrom("appId", "timestamp", "sign").map((name) => make(`missing-${name}`, without(name), `no ${name}`)),
      fc.nat().map((at) => make("flipped-sign", withSign(flip(good().find(([k]) => k === "sign")![1], at)), `sign with one character changed`)),
      fc.constantFrom(POLYV_OTHER.appSecret, "", "wrong").map((secret) => make("wrong-secret", signedQuery(business, { secret }), `signed with another secret`)),
      fc
        .oneof(nastyString, fc.stringMatching(/^[a-z0-9]{10}$/))
        .filter((id) => id !== POLYV_APP.appId && id !== POLYV_OTHER.appId && id !== "")
        .map((appId) => make("unknown-app", signedQuery(business, { appId }), `appId ${JSON.stringify(appId)}`)),
      fc
        .integer({ min: 180_001, max: 1e10 })
        .chain((skew) => fc.constantFrom(skew, -skew))
        .map((skew) => make("stale-timestamp", signedQuery(business, { timestamp: String(now() - skew) }), `timestamp ${skew} ms off`)),
      fc
        .oneof(fc.constantFrom("abc", "1.7e12", "-1772323200000", String(now() / 1000), "١٧٧٢٣٢٣٢٠٠٠٠٠"), nastyString)
        .filter((t) => t.trim() !== "")
        .map((timestamp) => make("bad-timestamp", signedQuery(business, { timestamp }), `timestamp ${JSON.stringify(timestamp)}`)),
      fc
        .string({ minLength: 1, maxLength: 8, unit: "grapheme-ascii" })
        .filter((v) => v.trim() !== "")
        .map((v) => make("unsigned-param", [...good(), ["extraParam", v]], `a parameter added after signing`)),
      fc.constant(null).map(() => make("duplicated-sign", [["sign", "0".repeat(32)], ...good()], `a wrong sign before the right one`)),
      nastyString.map((sign) => make("odd-unicode-sign", withSign(sign), `sign ${JSON.stringify(sign)}`)),
    );
  };

  return {
    vendor: "polyv",
    app,
    operations,
    baseQuery,
    baseBodies,
    build,
    brokenAuth,
    authCodes: new Set(["10001", "10002", "20001", "20002", "20003"]),
    authOnlyCodes: new Set(["20001", "20002", "20003"]),
  };
}

// ---------------------------------------------------------------- Xiaoe

export async function xiaoeDriver(app: MockApp): Promise<Driver> {
  const operations = operationsOf("xiaoe");
  const tokenParams = { app_id: XIAOE_APP.appId, client_id: XIAOE_APP.clientId, secret_key: XIAOE_APP.secretKey, grant_type: "client_credential" };
  const res = await app.request(`/token${qs(Object.entries(tokenParams))}`);
  const token = ((await res.json()) as { data: { access_token: string } }).data.access_token;
  const isToken = (op: OperationInfo) => op.id === "getAccessToken";

  const build = (op: OperationInfo, parts: RequestParts): Built => {
    // The token also travels in the query (livemock's documented fallback), so a body without it still reaches validation.
    const query: QueryPairs = isToken(op) ? parts.query : [["access_token", token], ...parts.query];
    return { vendor: "xiaoe", operation: op.id, method: parts.method ?? op.method, target: `${op.path}${qs(query)}`, headers: headersFor(parts), body: parts.body };
  };
  const baseQuery = (): QueryPairs => [];
  const sendable = (value: unknown): unknown => {
    const body = { ...(value as Record<string, unknown>) };
    if ("access_token" in body) body.access_token = token;
    if (typeof body.alive_id === "string" && body.alive_id.startsWith("l_x")) body.alive_id = DEMO_LIVE;
    if (typeof body.child_tasks === "string") body.child_tasks = body.child_tasks.replaceAll('"l_xxxxx"', JSON.stringify(DEMO_LIVE));
    return body;
  };
  const bodies = new Map(operations.map((op) => [op.id, op.examples.map(sendable)]));
  const baseBodies = (op: OperationInfo) => bodies.get(op.id) ?? [];

  const brokenAuth = (op: OperationInfo): fc.Arbitrary<BadRequest> => {
    if (isToken(op)) {
      const make = (kind: string, pairs: QueryPairs, detail: string): BadRequest => ({
        vendor: "xiaoe",
        operation: op.id,
        method: "GET",
        target: `/token${qs(pairs)}`,
        headers: {},
        category: `auth:token-${kind}`,
        detail,
      });
      const entries = Object.entries(tokenParams) as [string, string][];
      const replace = (name: string, value: string) => entries.map(([k, v]) => [k, k === name ? value : v] as [string, string]);
      return fc.oneof(
        fc.constantFrom(...Object.keys(tokenParams)).map((name) =>
          make(
            `missing-${name}`,
            entries.filter(([k]) => k !== name),
            `no ${name}`,
          ),
        ),
        fc
          .oneof(
            nastyString,
            fc.nat().map((at) => flip(XIAOE_APP.secretKey, at)),
          )
          .filter((s) => s !== XIAOE_APP.secretKey && s.trim() !== "")
          .map((s) => make("wrong-secret", replace("secret_key", s), `secret_key ${JSON.stringify(s)}`)),
        fc
          .oneof(nastyString, fc.constant("other-client"))
          .filter((s) => s.trim() !== "")
          .map((s) => make("wrong-client", replace("client_id", s), `client_id ${JSON.stringify(s)}`)),
        fc
          .oneof(nastyString, fc.stringMatching(/^app[a-z0-9]{12}$/))
          .filter((s) => s !== XIAOE_APP.appId && s.trim() !== "")
          .map((s) => make("unknown-app", replace("app_id", s), `app_id ${JSON.stringify(s)}`)),
        fc
          .oneof(nastyString, fc.constantFrom("password", "CLIENT_CREDENTIAL", "client_credentials"))
          .filter((s) => s.trim() !== "")
          .map((s) => make("grant-type", replace("grant_type", s), `grant_type ${JSON.stringify(s)}`)),
        fc.constant(null).map(() => make("duplicated-app", [["app_id", "appwrong000001"], ...entries], "a wrong app_id before the right one")),
      );
    }
    const base = baseBodies(op)[0] as Record<string, unknown>;
    const { access_token: _drop, ...noToken } = base;
    const make = (kind: string, query: QueryPairs, body: Record<string, unknown>, detail: string): BadRequest => ({
      vendor: "xiaoe",
      operation: op.id,
      method: op.method,
      target: `${op.path}${qs(query)}`,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      category: `auth:${kind}`,
      detail,
    });
    const badToken = fc.oneof(
      nastyString,
      fc.nat().map((at) => flip(token, at + 3)),
      fc.stringMatching(/^xe_[0-9a-f]{13}_[0-9A-Za-z]{10,164}$/),
      fc.constantFrom("xe_", `Bearer ${token}`, `${token} `, token.toUpperCase()),
    );
    return fc.oneof(
      fc.constant(null).map(() => make("missing-token", [], noToken, "no access_token anywhere")),
      badToken.filter((t) => t !== token && t.trim() !== "").map((t) => make("wrong-token", [], { ...noToken, access_token: t }, `access_token ${JSON.stringify(t).slice(0, 60)}`)),
      badToken
        .filter((t) => t !== token && t.trim() !== "")
        .map((t) =>
          make(
            "wrong-query-token",
            [
              ["access_token", t],
              ["access_token", token],
            ],
            noToken,
            `a wrong query token before the right one`,
          ),
        ),
      fc.constantFrom<unknown>(123, null, true, [token], { token }).map((t) => make("token-wrong-type", [], { ...noToken, access_token: t }, `access_token ${JSON.stringify(t).slice(0, 40)}`)),
    );
  };

  return {
    vendor: "xiaoe",
    app,
    operations,
    baseQuery,
    baseBodies,
    build,
    brokenAuth,
    authCodes: new Set(["2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008", "2020"]),
    authOnlyCodes: new Set(["2007", "2008"]),
    keepFields: ["access_token"],
  };
}

// ---------------------------------------------------------------- Volcengine

const VOLC_QUERY_DEFAULTS: Record<string, string> = { ActivityID: String(ACTIVITY), ActivityId: String(ACTIVITY), RedPacketID: String(FIRST_ID), SearchType: "1", PageNo: "1", PageItemCount: "10" };

const VOLC_AUTH_CODES = new Set(["MissingAuthenticationToken", "InvalidAuthorization", "MissingRequestInfo", "InvalidTimestamp", "InvalidAccessKey", "SignatureDoesNotMatch"]);

function actionOf(op: OperationInfo): string {
  return volcActions[op.id as VolcOperationId];
}

export function volcengineDriver(app: MockApp): Driver {
  const now = () => new Date(app.livemock.context.clock.now());
  const operations = operationsOf("volcengine");
  type Sig = { ak?: string; sk?: string; date?: Date; signedBody?: string | Uint8Array };
  const sign = (op: OperationInfo, parts: RequestParts, sig: Sig = {}): { query: QueryPairs; headers: Record<string, string> } => {
    const query: QueryPairs = [["Action", actionOf(op)], ["Version", volcActionVersions[op.id as VolcOperationId]], ...parts.query];
    const headers = headersFor(parts);
    const body = sig.signedBody ?? parts.body;
    return {
      query,
      headers: signedRequestHeaders({ method: parts.method ?? op.method, path: "/", query: new URLSearchParams(query), headers, body, ak: sig.ak ?? AK, sk: sig.sk ?? SK, date: sig.date ?? now() }),
    };
  };
  const build = (op: OperationInfo, parts: RequestParts, sig: Sig = {}): Built => {
    const { query, headers } = sign(op, parts, sig);
    return { vendor: "volcengine", operation: op.id, method: parts.method ?? op.method, target: `/${qs(query)}`, headers, body: parts.body };
  };
  const baseQuery = (op: OperationInfo): QueryPairs => op.queryParams.filter((p) => p.required).map((p) => [p.name, VOLC_QUERY_DEFAULTS[p.name] ?? "1"]);
  const bodies = new Map(operations.map((op) => [op.id, op.examples.map((e) => ({ ActivityID: ACTIVITY, ...(e as object) }))]));
  const baseBodies = (op: OperationInfo) => bodies.get(op.id) ?? [];

  const brokenAuth = (op: OperationInfo): fc.Arbitrary<BadRequest> => {
    const body = op.method === "POST" ? JSON.stringify(baseBodies(op)[0] ?? {}) : undefined;
    const parts: RequestParts = { query: baseQuery(op), body };
    const make = (kind: string, built: Built, detail: string): BadRequest => ({ ...built, category: `auth:${kind}`, detail });
    const withHeaders = (edit: (h: Record<string, string>) => Record<string, string>, sig: Sig = {}): Built => {
      const built = build(op, parts, sig);
      return { ...built, headers: edit({ ...built.headers }) };
    };
    const authorization = () => build(op, parts).headers.Authorization!;
    return fc.oneof(
      fc.constant(null).map(() =>
        make(
          "missing-authorization",
          withHeaders(({ Authorization: _a, ...rest }) => rest),
          "no Authorization",
        ),
      ),
      fc
        .oneof(
          nastyString,
          fc.constantFrom(
            "HMAC-SHA256",
            "HMAC-SHA256 Credential=",
            "HMAC-SHA256 Credential=AK/20260301/cn-north-1/livesaas/request, SignedHeaders=, Signature=",
            "Basic YWxhZGRpbjpvcGVuc2VzYW1l",
            `HMAC-SHA256 ${"Credential=x, ".repeat(500)}`,
          ),
        )
        // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly the byte these header values must not carry.
        .filter((v) => !/[\r\n\u0000]/.test(v) && [...v].every((c) => c.charCodeAt(0) <= 255))
        .map((v) =>
          make(
            "garbage-authorization",
            withHeaders((h) => ({ ...h, Authorization: v })),
            `Authorization ${JSON.stringify(v).slice(0, 60)}`,
          ),
        ),
      fc.nat().map((at) => {
        const value = authorization();
        const start = value.indexOf("Signature=") + "Signature=".length;
        return make(
          "flipped-signature",
          withHeaders((h) => ({ ...h, Authorization: value.slice(0, start) + flip(value.slice(start), at) })),
          "signature with one character changed",
        );
      }),
      fc.constantFrom("wrong-secret", "", SK.toUpperCase()).map((sk) => make("wrong-sk", build(op, parts, { sk }), "signed with another secret key")),
      fc
        .stringMatching(/^AKLT[A-Za-z0-9]{8,20}$/)
        .filter((ak) => ak !== AK)
        .map((ak) => make("unknown-ak", build(op, parts, { ak }), `access key ${ak}`)),
      fc
        .integer({ min: 901, max: 1e8 })
        .chain((s) => fc.constantFrom(s, -s))
        .map((s) => make("expired-date", build(op, parts, { date: new Date(now().getTime() - s * 1000) }), `signed ${s} s off`)),
      fc.constant(null).map(() =>
        make(
          "missing-x-date",
          withHeaders(({ "X-Date": _d, ...rest }) => rest),
          "no X-Date",
        ),
      ),
      fc
        .nat()
        .map((at) =>
          op.method === "POST"
            ? make("body-tampered", build(op, parts, { signedBody: JSON.stringify({ ...(baseBodies(op)[0] as object), tampered: at }) }), "body changed after signing")
            : make("query-tampered", { ...build(op, parts), target: `${build(op, parts).target}&PageNo=${at + 2}` }, "query changed after signing"),
        ),
      fc.constant(null).map(() => {
        const built = withHeaders(({ Authorization: _a, ...rest }) => rest);
        return make(
          "presigned-garbage",
          { ...built, target: `${built.target}&X-Credential=${AK}%2F20260301%2Fcn-north-1%2Flivesaas%2Frequest&X-Signature=abc&X-Date=20260301T000000Z&X-Algorithm=HMAC-SHA256&X-SignedHeaders=` },
          "presigned query with a wrong signature",
        );
      }),
    );
  };

  return {
    vendor: "volcengine",
    app,
    operations,
    baseQuery,
    baseBodies,
    build,
    brokenAuth,
    authCodes: VOLC_AUTH_CODES,
    authOnlyCodes: VOLC_AUTH_CODES,
    ignoresContentType: true,
  };
}

/** The driver of a vendor over a fresh robustness app. */
export async function driverFor(vendor: VendorName, app: MockApp = robustnessApp()): Promise<Driver> {
  return vendor === "polyv" ? polyvDriver(app) : vendor === "xiaoe" ? xiaoeDriver(app) : volcengineDriver(app);
}
