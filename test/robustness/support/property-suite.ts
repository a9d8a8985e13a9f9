/**
 * One vendor's property run: fast-check generates bad requests from the spec and every one must be
 * refused properly (see bad-requests.ts), plus the few bodies over the 1 MiB limit.
 */
import fc from "fast-check";
import { afterAll, expect, it } from "vitest";
import type { VendorName } from "../../../src/contracts/vendor-name.ts";
import { type BadRequest, count, createTally, describe as describeRequest, envelopeProblem, report, runsPerVendor, send, specProblem } from "./bad-requests.ts";
import { driverFor } from "./drivers.ts";
import { allBadRequests, type Driver, hugeBodies } from "./generate.ts";

/** The `x-livemock-reason` header must decode back to text (users read it with decodeURIComponent). */
function reasonProblem(answer: { headers: Headers }): string | undefined {
  const reason = answer.headers.get("x-livemock-reason");
  if (reason === null) return undefined;
  try {
    decodeURIComponent(reason);
    return undefined;
  } catch {
    return `x-livemock-reason does not decode with decodeURIComponent: ${reason.slice(0, 200)}`;
  }
}

/** Why the answer to `request` is not a proper refusal, or undefined. */
async function refusalProblem(driver: Driver, request: BadRequest, tally: ReturnType<typeof createTally>): Promise<string | undefined> {
  const store = driver.app.livemock.context.store;
  const before = JSON.stringify(await store.snapshot());
  const answer = await send(driver.app, request);
  count(tally, request, answer);
  const problem =
    envelopeProblem(driver.vendor, answer) ??
    specProblem(request, answer) ??
    reasonProblem(answer) ??
    (request.category.startsWith("auth:") && !driver.authCodes.has(answer.code) ? `broken auth answered ${answer.code}, not an authentication error` : undefined) ??
    (!request.category.startsWith("auth:") && driver.authOnlyCodes.has(answer.code)
      ? `a correctly authenticated request was refused as unauthenticated (${answer.code}): ${answer.headers.get("x-livemock-reason")}`
      : undefined) ??
    (JSON.stringify(await store.snapshot()) !== before ? "the store changed" : undefined);
  return problem && `${problem}\n  answer ${answer.status} ${answer.text.slice(0, 300)}\n  reason ${answer.headers.get("x-livemock-reason")}\n  request ${describeRequest(request)}`;
}

/**
 * Declares the property tests of one vendor (call it at the top level of a test file).
 *
 * @example
 * propertySuite("polyv");
 */
export function propertySuite(vendor: VendorName): void {
  const tally = createTally();
  const started = performance.now();
  afterAll(() => report(vendor, tally, performance.now() - started));

  it(`answers ${runsPerVendor()} generated bad requests with its own error envelope, valid against the spec, no 5xx, no hang, the store unchanged`, async () => {
    const driver = await driverFor(vendor);
    await fc.assert(
      fc.asyncProperty(allBadRequests(driver), async (request) => {
        const problem = await refusalProblem(driver, request, tally);
        if (problem) throw new Error(problem);
      }),
      { numRuns: runsPerVendor(), seed: process.env.LIVEMOCK_PROPERTY_SEED ? Number(process.env.LIVEMOCK_PROPERTY_SEED) : undefined, endOnFailure: true },
    );
  }, 120_000);

  it("refuses bodies over the 1 MiB limit in its own envelope", async () => {
    const driver = await driverFor(vendor);
    for (const request of hugeBodies(driver, driver.app.livemock.context.bodyLimitBytes)) {
      expect(await refusalProblem(driver, request, tally)).toBeUndefined();
    }
  });
}
