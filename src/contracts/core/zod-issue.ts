/**
 * What a zod issue says, in neutral terms, for the vendors' error wording (Polyv's and Volcengine's
 * `issue-to-error.ts`, Xiaoe's `describe-issue.ts`): the field's path, the value found there and the
 * bound it broke (a type, allowed values, a minimum or maximum, a format). It reads zod 4's public
 * issue data only; where a message needs what an issue leaves out (the other end of a range, whether
 * a number must be an integer), {@link declaredSchemaAt} gives the JSON Schema zod itself declares
 * for the field (`z.toJSONSchema`). Issues are described on failed validations only; the declared
 * schemas are read once per schema (`core/query.ts` reads a query schema's parameters there too).
 */
import { z } from "zod";

/** A zod issue as `safeParse` reports it. */
export type ZodIssue = z.core.$ZodIssue;

/** Where a field is: object keys and array indexes from the root of the validated value. */
export type FieldPath = readonly PropertyKey[];

/** A JSON Schema node, as `z.toJSONSchema` writes it. */
export type DeclaredSchema = z.core.JSONSchema.JSONSchema;

/**
 * Writes a path as the vendors name fields: `bracketed` puts indexes in brackets (as Java bean
 * validation names properties), `dotted` writes every key after a dot. The root is "".
 *
 * @example
 * formatFieldPath(["tasks", 0, "sort"]) // "tasks[0].sort"
 * formatFieldPath(["tasks", 0, "sort"], "dotted") // "tasks.0.sort"
 */
export function formatFieldPath(path: FieldPath, style: "bracketed" | "dotted" = "bracketed"): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number" && style === "bracketed") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * The value at `path` inside `input`; undefined where the path leaves objects and arrays.
 *
 * @example
 * valueAt({ tasks: [{ sort: 2 }] }, ["tasks", 0, "sort"]) // 2
 */
export function valueAt(input: unknown, path: FieldPath): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** The bound a value broke, as its issue states it. */
export type IssueBound =
  /** `invalid_type`: the type zod expected (`number`, `int`, `string`, `boolean`, `object`, `array`, …). */
  | { kind: "type"; expected: string }
  /** `invalid_value`, or a union of literals: the values allowed (a union's null alternative left out). */
  | { kind: "values"; values: readonly unknown[] }
  /**
   * `too_small` (`min`) or `too_big` (`max`): the limit on a string's `length`, the `items` of an
   * array or set, a file's `size`, or the `value` of a number, bigint or date.
   */
  | { kind: "min" | "max"; of: "length" | "items" | "size" | "value"; limit: number | bigint; inclusive: boolean }
  /** `invalid_format`: the string format (`regex`, `url`, `email`, …) and, for `regex`, the pattern. */
  | { kind: "format"; format: string; pattern: string | undefined };

/** A zod issue described neutrally: see {@link issueFacts}. */
export interface IssueFacts {
  /** The issue described: the one given, or for a failed union the branch issue that decides it. */
  readonly issue: ZodIssue;
  /** Whether the field is a union no branch accepted. */
  readonly union: boolean;
  /** Where the field is, from the root of the validated input. */
  readonly path: FieldPath;
  /** {@link path} written bracketed ({@link formatFieldPath}); "" for the root. */
  readonly field: string;
  /** The value found at the path; undefined when absent. */
  readonly value: unknown;
  /** What the value broke; undefined for refinements (`custom`), unknown keys and other issues without a bound. */
  readonly bound: IssueBound | undefined;
}

/** A union branch saying only that the value may be null (`[T, null]`, `z.literal(null)` among literals). */
function isNullAlternative(issue: ZodIssue): boolean {
  return (issue.code === "invalid_type" && issue.expected === "null") || (issue.code === "invalid_value" && issue.values.length === 1 && issue.values[0] === null);
}

/**
 * Reduces a failed union: when every branch but a null alternative refused the value as not one of
 * its literals, to those literals; otherwise to the first other branch's issue (its path joined to
 * the union's), reduced in turn.
 */
function decideUnion(issue: ZodIssue): { issue: ZodIssue; union: boolean; values?: unknown[] } {
  if (issue.code !== "invalid_union") return { issue, union: false };
  const branches = issue.errors.flat().filter((inner) => !isNullAlternative(inner));
  if (branches.length > 0 && branches.every((inner) => inner.code === "invalid_value")) {
    return { issue, union: true, values: branches.flatMap((inner) => (inner.code === "invalid_value" ? inner.values : [])) };
  }
  const first = branches[0];
  if (first === undefined) return { issue, union: true };
  return { ...decideUnion({ ...first, path: [...issue.path, ...first.path] } as ZodIssue), union: true };
}

/** What a `too_small`/`too_big` limit measures, by the issue's origin. */
function measureOf(origin: string): "length" | "items" | "size" | "value" {
  if (origin === "string") return "length";
  if (origin === "array" || origin === "set") return "items";
  return origin === "file" ? "size" : "value";
}

function boundOf(issue: ZodIssue): IssueBound | undefined {
  switch (issue.code) {
    case "invalid_type":
      return { kind: "type", expected: issue.expected };
    case "invalid_value":
      return { kind: "values", values: issue.values };
    case "too_small":
      return { kind: "min", of: measureOf(issue.origin), limit: issue.minimum, inclusive: issue.inclusive !== false };
    case "too_big":
      return { kind: "max", of: measureOf(issue.origin), limit: issue.maximum, inclusive: issue.inclusive !== false };
    case "invalid_format":
      return { kind: "format", format: issue.format, pattern: issue.pattern };
    default:
      return undefined;
  }
}

/**
 * Describes a zod issue neutrally, for a vendor to word: the field's path, the value there and the
 * bound it broke. `input` is what was validated: zod leaves `issue.input` out unless asked
 * (`reportInput`), so the value is read from the input at the path when the issue lacks it. A failed
 * union is reduced to what decides it: its literals when it is a union of literals, else its first
 * branch's issue (a branch that only allows null does not count).
 *
 * @example
 * const result = schema.safeParse(body);
 * if (!result.success) issueFacts(result.error.issues[0]!, body)
 * // { field: "tasks[0].sort", value: 0, bound: { kind: "min", of: "value", limit: 1, inclusive: true }, ... }
 */
export function issueFacts(issue: ZodIssue, input: unknown): IssueFacts {
  const decided = decideUnion(issue);
  const { path } = decided.issue;
  const reported = decided.issue.code !== "custom" && "input" in decided.issue; // a refinement's `input` is the refined object
  return {
    issue: decided.issue,
    union: decided.union,
    path,
    field: formatFieldPath(path),
    value: reported ? decided.issue.input : valueAt(input, path),
    bound: decided.values ? { kind: "values", values: decided.values } : boundOf(decided.issue),
  };
}

/** Every root {@link declaredSchemaAt} has read, with its JSON Schema. */
const declaredRoots = new WeakMap<z.ZodType, DeclaredSchema>();

/** A nullable's schema without its null alternative (`anyOf: [T, {type: "null"}]` → T). */
function withoutNull(node: DeclaredSchema): DeclaredSchema {
  const others = node.anyOf?.filter((option) => option.type !== "null");
  return others?.length === 1 && others.length < node.anyOf!.length ? others[0]! : node;
}

/**
 * The JSON Schema zod declares (`z.toJSONSchema`, input side) for the field at `path` inside `root`,
 * following object properties and array items (past a nullable's null alternative); undefined
 * where the path leads anywhere else. The root's JSON Schema is made on first use and kept.
 *
 * @example
 * declaredSchemaAt(validators.createActivityRedPacket.body, ["TotalAmount"]) // { type: "integer", minimum: 1, maximum: 2000000 }
 */
export function declaredSchemaAt(root: z.ZodType, path: FieldPath): DeclaredSchema | undefined {
  let node = declaredRoots.get(root);
  if (node === undefined) {
    node = z.toJSONSchema(root, { io: "input", unrepresentable: "any" }) as DeclaredSchema;
    declaredRoots.set(root, node);
  }
  node = withoutNull(node);
  for (const key of path) {
    let next: unknown;
    if (typeof key === "string" && node.type === "object" && node.properties && Object.hasOwn(node.properties, key)) next = node.properties[key];
    else if (typeof key === "number" && node.type === "array") next = node.items;
    if (next === null || typeof next !== "object" || Array.isArray(next)) return undefined;
    node = withoutNull(next as DeclaredSchema);
  }
  return node;
}

/**
 * The range a field's JSON Schema declares: a number's value, a string's length, an array's items;
 * an end without a limit is undefined. The safe-integer range zod gives every `.int()` is the
 * integer type's own, not a declared limit, so it does not count.
 *
 * @example
 * declaredRange({ type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) // { min: 1, max: undefined }
 */
export function declaredRange(node: DeclaredSchema): { min: number | undefined; max: number | undefined } {
  const declared = (limit: unknown): number | undefined => (typeof limit === "number" && Math.abs(limit) < Number.MAX_SAFE_INTEGER ? limit : undefined);
  if (node.type === "string") return { min: node.minLength, max: node.maxLength };
  if (node.type === "array") return { min: node.minItems, max: node.maxItems };
  return { min: declared(node.minimum ?? node.exclusiveMinimum), max: declared(node.maximum ?? node.exclusiveMaximum) };
}
