/**
 * What livemock's Polyv accepts beyond the documented rule (src/contracts/polyv/leniencies.ts): each
 * leniency is accepted with an `x-livemock-warning` naming it and the rule by default, and refused
 * with Polyv's own error under `strict` (`livemock serve --strict`). A request that follows the doc
 * gets no warning either way.
 */
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_APP, errorOf, independentSign, LOTTERY, type PolyvHarness, polyvHarness, SEED_001_BODY, SEED_003_BODY, TASK_REWARD, taskRewardBody } from "./support.ts";

let h: PolyvHarness | undefined;
afterEach(() => h?.close());

async function harness(strict: boolean, transport: "in-process" | "http" = "in-process"): Promise<PolyvHarness> {
  h = await polyvHarness({ strict, transport });
  return h;
}

/** A signed GET of the task-reward page whose query and sign the test builds. */
function pageWith(mock: PolyvHarness, query: Record<string, string>, sign: (params: Record<string, string>) => string) {
  const params = { channelId: "4854808", appId: DEMO_APP.appId, timestamp: String(mock.clock.now()), ...query };
  return mock.call({ path: `${TASK_REWARD}/page`, query: { ...params, sign: sign(params) } });
}

/** Polyv's rule, but dropping blank (white-space-only) values too, as the Java SDK does. */
function blankDroppingSign(params: Record<string, string>, secret: string): string {
  const kept = Object.fromEntries(Object.entries(params).filter(([, v]) => v.trim() !== ""));
  return independentSign(kept, secret);
}

/** The documented string (signatureMethod signed as sent, empty values dropped) hashed with `algorithm`, whatever signatureMethod says. */
function hashedSign(params: Record<string, string>, algorithm: "md5" | "sha256"): string {
  const keys = Object.keys(params)
    .filter((k) => k !== "sign" && params[k] !== "")
    .sort();
  const secret = DEMO_APP.appSecret;
  return createHash(algorithm)
    .update(secret + keys.map((k) => k + params[k]).join("") + secret, "utf8")
    .digest("hex")
    .toUpperCase();
}

const signCases: { name: string; query: Record<string, string>; sign: (p: Record<string, string>) => string; warning: string }[] = [
  {
    name: "an empty parameter kept in the signed string (polyv-live-cli, fed-common-utils)",
    query: { pageSize: "" },
    sign: (p) => independentSign(p, DEMO_APP.appSecret, { keepEmpty: true }),
    warning: "polyv.sign.empty-param-included: the sign includes the empty parameter pageSize; the doc drops empty parameters before signing",
  },
  {
    name: "a blank parameter left out of the signed string (polyv-java-sdk)",
    query: { note: "  " },
    sign: (p) => blankDroppingSign(p, DEMO_APP.appSecret),
    warning: "polyv.sign.blank-param-dropped: the sign leaves out the blank parameter note; the doc drops only empty parameters: a blank (white-space) value is signed",
  },
  {
    name: "signatureMethod left out of the signed string (polyv-live-cli)",
    query: { signatureMethod: "SHA256" },
    sign: (p) => independentSign(p, DEMO_APP.appSecret, { signSignatureMethod: false }),
    warning: "polyv.sign.signature-method-unsigned: the sign leaves out signatureMethod=SHA256; the doc signs every parameter but sign, signatureMethod included",
  },
  {
    name: "signatureMethod=sha256 in lower case selecting SHA-256 (fed-common-utils)",
    query: { signatureMethod: "sha256" },
    sign: (p) => hashedSign(p, "sha256"),
    warning: "polyv.sign.signature-method-case: signatureMethod=sha256 selected SHA-256; the doc selects SHA-256 with signatureMethod=SHA256 (any other value means MD5)",
  },
];

describe("Polyv signing variants of the official SDKs", () => {
  it.each(signCases)("accepts $name with a warning naming the leniency and the documented rule", async ({ query, sign, warning }) => {
    const mock = await harness(false);
    const result = await pageWith(mock, query, sign);
    expect(result.status).toBe(200);
    expect(result.warning).toBe(warning);
    expect(mock.app.livemock.context.journal.latest()?.warnings).toEqual([{ id: warning.slice(0, warning.indexOf(":")), message: warning.slice(warning.indexOf(":") + 2) }]);
  });

  it.each(signCases)("refuses $name under strict with the signature error 20002, naming the rule", async ({ query, sign, warning }) => {
    const mock = await harness(true);
    const result = await pageWith(mock, query, sign);
    expect(errorOf(result)).toEqual({ status: 400, code: 20002, desc: "invalid signature." });
    expect(result.reason).toContain(warning);
    expect(result.reason).toContain("--strict");
    expect(result.warning).toBeNull();
  });

  it("names both leniencies when one sign relies on two (polyv-live-cli keeps empty values and leaves signatureMethod out)", async () => {
    const mock = await harness(false);
    const result = await pageWith(mock, { pageSize: "", signatureMethod: "SHA256" }, (p) => independentSign(p, DEMO_APP.appSecret, { keepEmpty: true, signSignatureMethod: false }));
    expect(result.status).toBe(200);
    expect(result.warning).toMatch(/^polyv\.sign\.signature-method-unsigned: .+; polyv\.sign\.empty-param-included: the sign includes the empty parameter pageSize; /);
  });

  it("gives the documented sign no warning, with or without strict, MD5 or SHA-256", async () => {
    for (const strict of [false, true]) {
      const mock = await harness(strict);
      for (const query of [{}, { pageSize: "" }, { signatureMethod: "SHA256" }] as Record<string, string>[]) {
        const result = await pageWith(mock, query, (p) => independentSign(p, DEMO_APP.appSecret));
        expect(result.status, JSON.stringify({ strict, query })).toBe(200);
        expect(result.warning).toBeNull();
        expect(result.headers.has("x-livemock-warning")).toBe(false);
      }
      await mock.close();
    }
  });

  it("accepts under strict an MD5 sign sent with signatureMethod=sha256, as the doc reads anything but SHA256 as MD5", async () => {
    const mock = await harness(true);
    const result = await pageWith(mock, { signatureMethod: "sha256" }, (p) => hashedSign(p, "md5"));
    expect(result.status).toBe(200);
    expect(result.warning).toBeNull();
  });
});

const later = (mock: PolyvHarness) => mock.clock.now() + 3_600_000;

describe("Polyv task-reward tasks beyond the doc's tables", () => {
  it("accepts tasks without sort (seed 001's own example) with a warning, and numbers them by position", async () => {
    const mock = await harness(false);
    const result = await mock.signed({ path: `${TASK_REWARD}/save`, json: SEED_001_BODY });
    expect(result.status).toBe(200);
    expect(result.warning).toBe("polyv.task.sort-missing: tasks[0], tasks[1] have no sort; the doc's tasks table marks sort (Integer) required");
  });

  it("refuses tasks without sort under strict: param should not be empty (10002)", async () => {
    const mock = await harness(true);
    const result = await mock.signed({ path: `${TASK_REWARD}/save`, json: SEED_001_BODY });
    expect(errorOf(result)).toEqual({ status: 400, code: 10002, desc: "param should not be empty: tasks[0].sort" });
    expect(result.reason).toContain("polyv.task.sort-missing");
  });

  const sdkTask = (reach: string, reward: string) => ({ sort: 1, reachCondition: { type: reach, amount: 1 }, rewardSetting: { type: reward, amount: 1 } });

  it.each([
    ["questionnaire", "cash", "polyv.task.sdk-reach-type: reachCondition.type questionnaire in tasks[0]; the doc's reachCondition.type is sign or online", "tasks[0].reachCondition.type"],
    ["custom", "cash", "polyv.task.sdk-reach-type: reachCondition.type custom in tasks[0]; the doc's reachCondition.type is sign or online", "tasks[0].reachCondition.type"],
    ["sign", "externalPoint", "polyv.task.sdk-reward-type: rewardSetting.type externalPoint in tasks[0]; the doc's rewardSetting.type is cash, custom or nothing", "tasks[0].rewardSetting.type"],
  ])("accepts reach %s / reward %s from the TS SDK's types with a warning, and refuses it under strict (10001)", async (reach, reward, warning, field) => {
    const body = taskRewardBody(0, 0, { tasks: [sdkTask(reach, reward)] });
    const lenient = await harness(false);
    const start = later(lenient);
    const accepted = await lenient.signed({ path: `${TASK_REWARD}/save`, json: { ...body, startTime: start, endTime: start + 1000 } });
    expect(accepted.status).toBe(200);
    expect(accepted.warning).toBe(warning);
    await lenient.close();

    const strict = await harness(true);
    const refused = await strict.signed({ path: `${TASK_REWARD}/save`, json: { ...body, startTime: start, endTime: start + 1000 } });
    expect(errorOf(refused)).toEqual({ status: 400, code: 10001, desc: `param validate error: ${field}` });
    expect(refused.reason).toContain(warning);
  });

  it("warns on task-reward update too, over a listening server", async () => {
    const mock = await harness(false, "http");
    const start = later(mock);
    const saved = await mock.signed({ path: `${TASK_REWARD}/save`, json: taskRewardBody(start, start + 1000) });
    expect(saved.warning).toBeNull();
    const updated = await mock.signed({
      path: `${TASK_REWARD}/update`,
      json: { ...taskRewardBody(start, start + 1000, { tasks: [sdkTask("custom", "externalPoint")] }), activityId: saved.json.data },
    });
    expect(updated.status).toBe(200);
    expect(updated.warning).toMatch(/^polyv\.task\.sdk-reach-type: .+; polyv\.task\.sdk-reward-type: /);
  });
});

describe("Polyv lottery fields only the TS SDK's types know", () => {
  const create = (mock: PolyvHarness, json: unknown) => mock.signed({ path: `${LOTTERY}/create`, query: { channelId: 2974342 }, json });

  it("accepts them with a warning and reads them back", async () => {
    const mock = await harness(false);
    const result = await create(mock, { ...SEED_003_BODY, answerType: "pushQuestion", showWinners: "Y" });
    expect(result.status).toBe(200);
    expect(result.warning).toBe(
      `polyv.lottery.sdk-field: the body sets answerType="pushQuestion", showWinners="Y", which only the official TS SDK's types know; the doc's parameter table (seed 003) has no such field`,
    );
    expect(result.json.data).toMatchObject({ answerType: "pushQuestion", showWinners: "Y" });
  });

  it("refuses them under strict with Polyv's validation error (10001), and takes the doc's body as it is", async () => {
    const mock = await harness(true);
    const refused = await create(mock, { ...SEED_003_BODY, activityDurationType: "minute" });
    expect(errorOf(refused)).toEqual({ status: 400, code: 10001, desc: "param validate error: activityDurationType" });
    expect(refused.reason).toContain("polyv.lottery.sdk-field");
    const documented = await create(mock, SEED_003_BODY);
    expect(documented.status).toBe(200);
    expect(documented.warning).toBeNull();
  });
});
