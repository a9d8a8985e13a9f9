/**
 * Helpers for the contract-runner tests: an in-process mock as the target (`fetch: app.request`),
 * and fetch wrappers that play a deliberately wrong upstream.
 */
import type { FetchLike } from "../../src/client/index.ts";
import { VENDOR_NAMES } from "../../src/contracts/vendor-name.ts";
import { createMockApp, type MockApp } from "../../src/mock/app.ts";
import { type ContractTarget, resolveTarget } from "../../src/runner/targets.ts";

/** A fresh mock (rate limits off) and a target that reaches it in-process. */
export function inProcessTarget(): { app: MockApp; target: ContractTarget; fetch: FetchLike } {
  const app = createMockApp({ rateLimits: false });
  const resolved = resolveTarget("http://livemock.test", VENDOR_NAMES, {});
  if (!resolved.ok) throw new Error(resolved.problem);
  return { app, target: resolved.target, fetch: (input, init) => app.request(input, init) };
}

/** An upstream answer the wrapper may rewrite: status and parsed JSON body. */
export interface Answer {
  status: number;
  json: any;
}

/**
 * A fetch that forwards to `inner` and lets `rewrite` replace answers (return undefined to keep one):
 * a deliberately wrong upstream.
 */
export function rewritingFetch(inner: FetchLike, rewrite: (url: URL, answer: Answer) => Answer | undefined): FetchLike {
  return async (input, init) => {
    const response = await inner(input, init);
    const answer: Answer = { status: response.status, json: await response.json() };
    const replaced = rewrite(new URL(input), answer) ?? answer;
    return new Response(JSON.stringify(replaced.json), { status: replaced.status, headers: { "content-type": "application/json" } });
  };
}

/** A Polyv success page with nothing in it. */
export const emptyPolyvPage = {
  code: 200,
  status: "success",
  requestId: "0123456789abcdef0123456789abcdef",
  success: true,
  data: { pageNumber: 1, pageSize: 10, totalPages: 0, totalItems: 0, contents: [] },
};

/**
 * A minimal XML well-formedness check (declaration, balanced tags, quoted attributes, known
 * entities): returns the problem, or undefined.
 */
export function xmlProblem(xml: string): string | undefined {
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, "");
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  let roots = 0;
  let consumed = 0;
  for (let match = token.exec(body); match !== null; match = token.exec(body)) {
    consumed = token.lastIndex;
    const [, closing, name, , selfClosing, text, stray] = match;
    if (stray) return `stray "<" at ${match.index}`;
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) return `text outside the root at ${match.index}`;
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) return `bad entity in text at ${match.index}`;
      continue;
    }
    if (closing) {
      if (stack.pop() !== name) return `</${name}> closes the wrong element at ${match.index}`;
      continue;
    }
    if (stack.length === 0) roots += 1;
    if (!selfClosing) stack.push(name!);
  }
  if (consumed < body.length) return `unparsable at ${consumed}`;
  if (stack.length > 0) return `unclosed ${stack.join(", ")}`;
  return roots === 1 ? undefined : `${roots} root elements`;
}
