/**
 * One Polyv endpoint: method, path, the spec operation it serves, and a handler that receives the
 * request already validated by the contracts' `validateRequest` (typed query and body).
 */
import { type PolyvBody, type PolyvOperationId, type PolyvQuery, polyvBodyLeniencies, validateRequest, validators } from "../../../contracts/polyv/index.ts";
import type { StoreState } from "../../store/index.ts";
import type { PolyvApp } from "./credentials.ts";
import type { PolyvOutcome } from "./respond.ts";

/** What a handler gets: the authenticated app, the validated parameters (query, form and path) and body, and "now". */
export interface PolyvCall<Op extends PolyvOperationId> {
  /** The app's state, inside the transaction the call runs in. */
  state: StoreState;
  app: PolyvApp;
  query: PolyvQuery<Op>;
  body: PolyvBody<Op>;
  /** `context.clock.now()` when the request arrived. */
  now: number;
}

/** A served endpoint. */
export interface PolyvRoute {
  method: "GET" | "POST";
  path: string;
  operation: PolyvOperationId;
  /** Whether the endpoint takes a JSON body (read and checked before validation). */
  json: boolean;
  /** The envelope of the path's family: `legacy` for `/live/v2/` and `/live/v3/` paths, `v4` otherwise. */
  envelope: "v4" | "legacy";
  /**
   * Validates the raw parameters (first value of each query parameter and form field, with the
   * path's parameters of a templated path on top) and parsed body, then runs the handler.
   * A body relying on a leniency (tasks without sort, the SDK's enums and lottery fields) is refused
   * under `strict` with the error the doc's rules give; otherwise the outcome carries its warnings.
   */
  run(input: { state: StoreState; app: PolyvApp; query: Readonly<Record<string, string>>; body: unknown; now: number; strict: boolean }): PolyvOutcome;
}

/**
 * The envelope a Polyv path answers in: `legacy` (`{code, status, message, data}`) under `/live/v2/`
 * and `/live/v3/`, `v4` otherwise [doc: global error page].
 *
 * @example
 * polyvEnvelopeFamily("/live/v3/channel/basic/batch-delete") // "legacy"
 */
export function polyvEnvelopeFamily(path: string): "v4" | "legacy" {
  return path.startsWith("/live/v3/") || path.startsWith("/live/v2/") ? "legacy" : "v4";
}

/**
 * Declares an endpoint whose handler only ever sees input that passed `validateRequest`.
 *
 * @example
 * polyvRoute("GET", "/live/v4/channel/lottery-activity/get", "getLotteryActivity", (call) => ({ ok: true, data: find(call.query.id) }))
 */
export function polyvRoute<Op extends PolyvOperationId>(method: "GET" | "POST", path: string, operation: Op, handler: (call: PolyvCall<Op>) => PolyvOutcome): PolyvRoute {
  return {
    method,
    path,
    operation,
    json: "body" in validators[operation],
    envelope: polyvEnvelopeFamily(path),
    run({ state, app, query, body, now, strict }) {
      const valid = validateRequest(operation, { query, body });
      if (!valid.ok) return valid;
      const lenient = polyvBodyLeniencies(operation, valid.body);
      if (lenient === undefined) return handler({ state, app, query: valid.query, body: valid.body, now });
      if (strict) return { ok: false, error: lenient[0]!.error };
      return { ...handler({ state, app, query: valid.query, body: valid.body, now }), warnings: lenient.map((l) => l.warning) };
    },
  };
}
