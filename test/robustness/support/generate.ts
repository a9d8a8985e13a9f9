/**
 * The arbitraries of bad requests, vendor-neutral: each category is built from the operation's spec
 * and a vendor driver that knows how to authenticate correctly (so body checks are reached) and how
 * to break authentication (so the auth checks are what answers).
 */
import fc from "fast-check";
import { specValidator } from "../../../src/contracts/core/spec-validator.ts";
import type { VendorName } from "../../../src/contracts/vendor-name.ts";
import type { MockApp } from "../../../src/mock/app.ts";
import type { BadRequest } from "./bad-requests.ts";
import type { OperationInfo, QueryParam } from "./operations.ts";
import { applyMutations, invalidMutations, type Mutation, nastyString, noiseMutations, sitesOf } from "./schema-mutations.ts";

export type QueryPairs = [string, string][];

/** What a request is made of before the vendor's auth is applied. */
export interface RequestParts {
  method?: string;
  query: QueryPairs;
  /** Raw body; `undefined` for none. */
  body?: string | Uint8Array;
  /** `null` sends no content-type; `undefined` sends application/json when there is a body. */
  contentType?: string | null;
  /** Values of path parameters (`{channelId}`) other than the driver's defaults; `undefined` leaves the segment empty. */
  path?: Readonly<Record<string, string | undefined>>;
}

export type Built = Omit<BadRequest, "category" | "detail">;

/** A vendor as the generators drive it. */
export interface Driver {
  vendor: VendorName;
  app: MockApp;
  operations: OperationInfo[];
  /** Valid query values of an operation (existing ids), besides auth and routing. */
  baseQuery(op: OperationInfo): QueryPairs;
  /** Valid bodies of an operation (documented examples made sendable). */
  baseBodies(op: OperationInfo): unknown[];
  /** A correctly authenticated request. */
  build(op: OperationInfo, parts: RequestParts): Built;
  /** Requests whose authentication is broken (everything else valid). */
  brokenAuth(op: OperationInfo): fc.Arbitrary<BadRequest>;
  /** Error codes that mean "authentication refused" (the answers allowed to broken auth). */
  authCodes: ReadonlySet<string>;
  /** Error codes only authentication gives: a correctly authenticated request must never get one. */
  authOnlyCodes: ReadonlySet<string>;
  /** Top-level body fields never mutated (they carry auth). */
  keepFields?: readonly string[];
  /** Content types this vendor reads as JSON regardless (Volcengine ignores the header). */
  ignoresContentType?: boolean;
}

/** Operations that take a body in-process (a GET body, which Xiaoe's /token reads, cannot be sent through `app.request`). */
const bodyOps = (driver: Driver) => driver.operations.filter((op) => op.method !== "GET" && op.bodySchema && driver.baseBodies(op).length > 0);

/** The body of `op` with `mutations` applied, made invalid for the spec if the mutations alone did not. */
function invalidBody(driver: Driver, op: OperationInfo, base: unknown, mutations: Mutation[]): { body: unknown; kinds: string[] } {
  const validator = specValidator(driver.vendor);
  let body = applyMutations(base, mutations);
  const kinds = mutations.map((m) => m.kind);
  if (validator.validateBody(op.id, body).valid) {
    // The schema allows these changes (free text, tolerated fields): also drop a required field.
    const required = requiredOf(driver, op).filter((f) => !(driver.keepFields ?? []).includes(f));
    const field = required.find((f) => body && typeof body === "object" && f in (body as object));
    if (field === undefined) throw new Error(`${op.id}: cannot make ${JSON.stringify(body).slice(0, 200)} invalid`);
    body = applyMutations(body, [{ kind: "missing-field", path: [field] }]);
    kinds.push("missing-field");
    if (validator.validateBody(op.id, body).valid) throw new Error(`${op.id}: still valid without ${field}`);
  }
  return { body, kinds };
}

function requiredOf(driver: Driver, op: OperationInfo): string[] {
  const spec = specValidator(driver.vendor).spec as any;
  const walk = (node: any): string[] => {
    let current = node;
    while (current?.$ref)
      current = current.$ref
        .slice(2)
        .split("/")
        .reduce((acc: any, k: string) => acc?.[k], spec);
    return [...(current?.required ?? []), ...((current?.allOf ?? []) as any[]).flatMap(walk)];
  };
  return walk(op.bodySchema);
}

/** Bodies that break the schema: wrong types, missing/extra fields, out-of-range numbers, over-long strings, enum violations, odd unicode. */
export function badBodies(driver: Driver): fc.Arbitrary<BadRequest> {
  const spec = specValidator(driver.vendor).spec;
  const cases = bodyOps(driver).flatMap((op) =>
    driver.baseBodies(op).map((base) => {
      const keep = new Set(driver.keepFields ?? []);
      const sites = sitesOf(spec, op.bodySchema, base).filter((site) => !keep.has(String(site.path[0])));
      const breakable = sites.map((site) => invalidMutations(site)).filter((arbs) => arbs.length > 0);
      const noise = sites.flatMap((site) => noiseMutations(site, site.path.slice(0, -1)));
      return { op, base, breakable, noise };
    }),
  );
  return fc
    .constantFrom(...cases)
    .chain(({ op, base, breakable, noise }) =>
      fc.tuple(
        fc.constant(op),
        fc.constant(base),
        fc.constantFrom(...breakable).chain((arbs) => fc.oneof(...arbs)),
        noise.length > 0 ? fc.array(fc.oneof(...noise), { maxLength: 2 }) : fc.constant([] as Mutation[]),
        fc.boolean(),
      ),
    )
    .map(([op, base, invalid, noise, duplicateQuery]) => {
      const { body, kinds } = invalidBody(driver, op, base, [...noise, invalid]);
      const query = driver.baseQuery(op);
      if (duplicateQuery && query.length > 0) query.push([query[0]![0], "dup\u0000licate"]);
      const built = driver.build(op, { query, body: JSON.stringify(body) });
      return { ...built, category: `body:${invalid.kind}`, detail: `${kinds.join("+")} at ${invalid.path.join(".")}${duplicateQuery ? " +duplicated query param" : ""}` };
    });
}

/** JSON text broken in ways a parser must refuse, and JSON that is not an object. */
export function brokenJson(driver: Driver): fc.Arbitrary<BadRequest> {
  const ops = bodyOps(driver);
  return fc.tuple(fc.constantFrom(...ops), fc.nat(), fc.integer({ min: 0, max: 7 }), nastyString).map(([op, pick, variant, junk]) => {
    const bases = driver.baseBodies(op);
    const text = JSON.stringify(bases[pick % bases.length]);
    const cut = 1 + (pick % Math.max(1, text.length - 1));
    const variants: [string, string | Uint8Array][] = [
      ["truncated", text.slice(0, cut)],
      ["garbage-inside", `${text.slice(0, cut)}${junk}${text.slice(cut)}`.replace(/^\{/, "{,")],
      ["single-quotes", text.replace(/"/g, "'")],
      ["trailing-comma", text.replace(/\}$/, ",}")],
      ["js-literals", text.replace(/:(\d+)/, ":NaN").replace(/^\{/, "{/*c*/")],
      ["not-an-object", ["null", "[]", "123", '"text"', "true", JSON.stringify([JSON.parse(text)])][pick % 6]!],
      ["invalid-utf8", Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.from([0xc3, 0x28, 0xff, 0xfe])])],
      ["two-documents", `${text}${text}`],
    ];
    const [name, body] = variants[variant]!;
    return { ...driver.build(op, { query: driver.baseQuery(op), body, contentType: "application/json" }), category: `broken-json:${name}`, detail: name };
  });
}

const WRONG_CONTENT_TYPES = [
  "text/plain",
  "text/html; charset=utf-8",
  "application/xml",
  "application/octet-stream",
  "multipart/form-data; boundary=x",
  "application/x-www-form-urlencoded",
  "application/jsonx",
  "json",
  "\u00e9/\u00e9",
];

/** A valid body labelled with a content type that is not JSON (with an invalid body where the vendor ignores the label). */
export function wrongContentType(driver: Driver): fc.Arbitrary<BadRequest> {
  return fc.tuple(fc.constantFrom(...bodyOps(driver)), fc.constantFrom<string | null>(...WRONG_CONTENT_TYPES, null), fc.nat()).map(([op, contentType, pick]) => {
    const bases = driver.baseBodies(op);
    let body = bases[pick % bases.length];
    let detail = `content-type ${contentType}`;
    if (driver.ignoresContentType) {
      const required = requiredOf(driver, op);
      body = applyMutations(body, [{ kind: "missing-field", path: [required[pick % required.length]!] }]);
      detail += ` and no ${required[pick % required.length]}`;
    }
    const raw = contentType === null ? new TextEncoder().encode(JSON.stringify(body)) : JSON.stringify(body);
    return { ...driver.build(op, { query: driver.baseQuery(op), body: raw, contentType }), category: "content-type", detail };
  });
}

/** A query value the parameter's schema rules out. */
function badQueryValue(param: QueryParam): fc.Arbitrary<{ kind: string; value: string | undefined }>[] {
  const out: fc.Arbitrary<{ kind: string; value: string | undefined }>[] = [];
  if (param.required) out.push(fc.constant({ kind: "missing", value: undefined }));
  if (param.schema.type === "integer") {
    const notInteger = fc.oneof(fc.constantFrom("abc", "1.5", "0x10", "NaN", "Infinity", "-", "١٢", "12abc", "null", "[]", "4854808\u0000", "\u202E4854808", "9".repeat(400)), nastyString);
    out.push(notInteger.filter((v) => v.trim() !== "" || param.required).map((value) => ({ kind: "not-an-integer", value })));
    const range: fc.Arbitrary<string>[] = [fc.constantFrom("99999999999999999999", "-99999999999999999999")];
    if (typeof param.schema.minimum === "number") range.push(fc.integer({ min: 1, max: 1e6 }).map((d) => String(param.schema.minimum - d)));
    if (typeof param.schema.maximum === "number") range.push(fc.integer({ min: 1, max: 1e6 }).map((d) => String(param.schema.maximum + d)));
    out.push(fc.oneof(...range).map((value) => ({ kind: "out-of-range", value })));
  }
  return out;
}

/** Parameter names that are Object.prototype members: a lookup by name must not find the member. */
const PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"] as const;

/** Query parameters of the wrong type, missing, out of range or huge, with duplicated parameters and names of Object.prototype members as noise. */
export function badQueries(driver: Driver): fc.Arbitrary<BadRequest> | undefined {
  const cases = driver.operations
    .flatMap((op) => [...op.queryParams.map((param) => ({ op, param, inPath: false })), ...op.pathParams.map((param) => ({ op, param, inPath: true }))])
    .map((c) => ({ ...c, bad: badQueryValue(c.param) }))
    .filter((c) => c.bad.length > 0);
  if (cases.length === 0) return undefined;
  return fc
    .constantFrom(...cases)
    .chain(({ op, param, inPath, bad }) =>
      fc.tuple(
        fc.constant(op),
        fc.constant(param),
        fc.constant(inPath),
        fc.oneof(...bad),
        fc.option(nastyString, { nil: undefined }),
        fc.option(fc.constantFrom(...PROTOTYPE_NAMES), { nil: undefined }),
      ),
    )
    .map(([op, param, inPath, { kind, value }, duplicate, prototypeName]) => {
      const query = driver.baseQuery(op).filter(([name]) => inPath || name !== param.name);
      if (value !== undefined && !inPath) query.push([param.name, value]);
      const other = query.find(([name]) => name !== param.name);
      if (duplicate !== undefined && other) query.push([other[0], duplicate]);
      if (prototypeName !== undefined) query.push([prototypeName, "1"]);
      const bases = driver.baseBodies(op);
      const body = op.bodySchema && bases.length > 0 ? JSON.stringify(bases[0]) : undefined;
      return {
        ...driver.build(op, { query, body, ...(inPath ? { path: { [param.name]: value } } : {}) }),
        category: `${inPath ? "path" : "query"}:${kind}`,
        detail: `${param.name}=${JSON.stringify(value)?.slice(0, 40)}${duplicate !== undefined && other ? ` +duplicated ${other[0]}` : ""}${prototypeName ? ` +${prototypeName}=1` : ""}`,
      };
    });
}

/** An operation called with a method it is not served on. */
export function wrongMethod(driver: Driver): fc.Arbitrary<BadRequest> {
  return fc
    .tuple(fc.constantFrom(...driver.operations), fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH"))
    .filter(([op, method]) => op.method !== method)
    .map(([op, method]) => {
      const bases = driver.baseBodies(op);
      const body = bases.length > 0 && method !== "GET" ? JSON.stringify(bases[0]) : undefined;
      return { ...driver.build(op, { method, query: driver.baseQuery(op), body }), category: "wrong-method", detail: `${method} on a ${op.method} operation` };
    });
}

/** Every category, weighted (body mutations first: they cover the most of each spec). */
export function allBadRequests(driver: Driver): fc.Arbitrary<BadRequest> {
  const queries = badQueries(driver);
  // Built once per operation (building them per value costs more than sending the requests).
  const auth = fc.oneof(...driver.operations.map((op) => driver.brokenAuth(op)));
  return fc.oneof(
    { arbitrary: badBodies(driver), weight: 10 },
    { arbitrary: brokenJson(driver), weight: 3 },
    { arbitrary: wrongContentType(driver), weight: 2 },
    ...(queries ? [{ arbitrary: queries, weight: 4 }] : []),
    { arbitrary: auth, weight: 5 },
    { arbitrary: wrongMethod(driver), weight: 1 },
  );
}

/** Bodies over the 1 MiB limit (valid JSON around a huge string): expensive, so only a few. */
export function hugeBodies(driver: Driver, limitBytes: number): BadRequest[] {
  return bodyOps(driver)
    .slice(0, 2)
    .map((op) => {
      const base = driver.baseBodies(op)[0] as Record<string, unknown>;
      const body = JSON.stringify({ ...base, padding: "字".repeat(Math.ceil(limitBytes / 3) + 1000) });
      return { ...driver.build(op, { query: driver.baseQuery(op), body }), category: "huge-body", detail: `${body.length} chars` };
    });
}
