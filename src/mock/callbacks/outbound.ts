/**
 * One outbound HTTP request of a delivery: bounded in time (the whole exchange, body included), in
 * the answer's size, and never following a redirect (a 3xx is an answer like any other).
 */
import type { OutboundRequest } from "./types.ts";

/** What came back. */
export interface OutboundResult {
  status?: number;
  /** The answer's text, at most `maxBytes` bytes of it. */
  body: string;
  error?: string;
  /** Real milliseconds the exchange took. */
  durationMs: number;
}

/**
 * Sends a request and reads at most `maxBytes` of the answer within `timeoutMs`. Never throws.
 *
 * @example
 * const result = await sendOutbound({ method: "GET", url }, { timeoutMs: 5000, maxBytes: 65536 });
 */
export async function sendOutbound(request: OutboundRequest, options: { timeoutMs: number; maxBytes: number; signal?: AbortSignal }): Promise<OutboundResult> {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
  const stop = () => controller.abort(new Error("livemock was reset"));
  options.signal?.addEventListener("abort", stop, { once: true });
  const done = (result: Omit<OutboundResult, "durationMs">): OutboundResult => ({ ...result, durationMs: Math.round(performance.now() - started) });
  try {
    const init: RequestInit = { method: request.method, redirect: "manual", signal: controller.signal };
    if (request.headers) init.headers = request.headers;
    if (request.body !== undefined) init.body = request.body;
    const response = await fetch(request.url, init);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    if (reader) {
      for (;;) {
        const { done: finished, value } = await reader.read();
        if (finished) break;
        chunks.push(value.subarray(0, Math.max(0, options.maxBytes - size)));
        size += value.length;
        if (size >= options.maxBytes) {
          void reader.cancel().catch(() => undefined);
          break;
        }
      }
    }
    const body = Buffer.concat(chunks).toString("utf8");
    const redirected = response.status >= 300 && response.status < 400 ? { error: `redirect to ${response.headers.get("location") ?? "(no location)"} not followed` } : {};
    return done({ status: response.status, body, ...redirected });
  } catch (error) {
    const reason = controller.signal.aborted ? (controller.signal.reason as Error)?.message : (((error as Error)?.cause as Error)?.message ?? (error as Error)?.message);
    return done({ body: "", error: reason ?? String(error) });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", stop);
  }
}
