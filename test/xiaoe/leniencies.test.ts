/**
 * What livemock's Xiaoe-tech accepts beyond the documented rule (src/contracts/xiaoe/leniencies.ts):
 * the token in the query string, a form-encoded body, /token parameters in a GET's JSON body. Each is
 * accepted with an `x-livemock-warning` by default and refused with Xiaoe's own error under `strict`.
 */
import { afterEach, describe, expect, it } from "vitest";
import { watchTaskSample } from "../../src/contracts/xiaoe/index.ts";
import { DEMO_LIVE, getWithJsonBody, PATHS, tokenParams, type XiaoeHarness, xiaoeHarness } from "./support.ts";

let h: XiaoeHarness | undefined;
afterEach(() => h?.close());

async function harness(strict: boolean, transport: "in-process" | "http" = "in-process"): Promise<XiaoeHarness> {
  h = await xiaoeHarness({ strict, transport });
  return h;
}

const TASK = watchTaskSample(DEMO_LIVE);

/** The task's fields as form fields (integers as digits; rule_config, an array, left out). */
function formFields(extra: Record<string, string> = {}): [string, string][] {
  const { rule_config: _array, ...fields } = TASK;
  return Object.entries({ ...extra, ...fields }).map(([k, v]) => [k, String(v)]);
}

describe("Xiaoe access_token in the query string", () => {
  const warning = "xiaoe.auth.access-token-in-query: access_token came in the query string; the doc sends access_token in the JSON body of a business call";

  it("is accepted with a warning (and journaled with it)", async () => {
    const mock = await harness(false);
    const token = await mock.token();
    const result = await mock.post(PATHS.create, TASK, { query: { access_token: token } });
    expect(result.json).toMatchObject({ code: 0, msg: "操作成功" });
    expect(result.warning).toBe(warning);
    expect(mock.app.livemock.context.journal.latest()?.warnings).toEqual([{ id: "xiaoe.auth.access-token-in-query", message: expect.stringContaining("query string") }]);
  });

  it("is refused under strict as a call without a token (2007), the reason naming the rule", async () => {
    const mock = await harness(true);
    const token = await mock.token();
    const result = await mock.post(PATHS.create, TASK, { query: { access_token: token } });
    expect(result.json).toEqual({ code: 2007, msg: "缺失 凭证access_token", data: null });
    expect(result.reason).toContain(warning);
    expect(result.operation).toBe("createLiveTask");
  });

  it("gives no warning when the token is in the JSON body, even with other query parameters, strict or not", async () => {
    for (const strict of [false, true]) {
      const mock = await harness(strict);
      const token = await mock.token();
      const result = await mock.post(PATHS.create, { access_token: token, ...TASK }, { query: { trace: "1" } });
      expect(result.json.code, `strict ${strict}`).toBe(0);
      expect(result.warning).toBeNull();
      await mock.close();
    }
  });
});

describe("Xiaoe business parameters in a form-encoded body", () => {
  /** POSTs the task, token included, as a form body. */
  const postForm = async (mock: XiaoeHarness) => {
    const body = new URLSearchParams(formFields({ access_token: await mock.token() })).toString();
    return mock.call({ method: "POST", path: PATHS.create, body, headers: { "content-type": "application/x-www-form-urlencoded" } });
  };
  const warning = "xiaoe.body.form-encoded: the parameters came in a form-encoded body; the doc sends a business call's parameters as a JSON body (Content-Type: application/json)";

  it("is accepted with a warning, over a listening server", async () => {
    const result = await postForm(await harness(false, "http"));
    expect(result.json).toMatchObject({ code: 0 });
    expect(result.warning).toBe(warning);
  });

  it("is accepted with a warning as multipart labelled application/json, as the official PHP SDK's curl call sends a PHP array", async () => {
    const mock = await harness(false);
    const token = await mock.token();
    const boundary = "------------------------a1b2c3d4e5f6";
    const parts = formFields({ access_token: token }).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
    const result = await mock.call({ method: "POST", path: PATHS.create, body: `${parts.join("")}--${boundary}--\r\n`, headers: { "content-type": `application/json; boundary=${boundary}` } });
    expect(result.json).toMatchObject({ code: 0 });
    expect(result.warning).toBe(warning);
  });

  it("is refused under strict: a server reading the JSON body finds no access_token (2007)", async () => {
    const result = await postForm(await harness(true));
    expect(result.json).toMatchObject({ code: 2007 });
    expect(result.reason).toContain(warning);
  });

  it("warns about both when the form also leaves the token to the query string", async () => {
    const mock = await harness(false);
    const token = await mock.token();
    const fields = new URLSearchParams(formFields()).toString();
    const result = await mock.call({ method: "POST", path: PATHS.create, query: { access_token: token }, body: fields, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(result.json).toMatchObject({ code: 0 });
    expect(result.warning).toMatch(/^xiaoe\.body\.form-encoded: .+; xiaoe\.auth\.access-token-in-query: /);
  });
});

describe("Xiaoe /token parameters in a GET's JSON body (Python and Go SDKs)", () => {
  const warning =
    "xiaoe.token.params-in-body: GET /token carries app_id, client_id, secret_key, grant_type in its JSON body; the doc's GET /token takes app_id, client_id, secret_key and grant_type in the query string";

  it("is accepted with a warning", async () => {
    const mock = await harness(false, "http");
    const result = await getWithJsonBody(`${mock.url}${PATHS.token}`, tokenParams());
    expect(result.json).toMatchObject({ code: 0, data: { access_token: expect.stringMatching(/^xe_/) } });
    expect(result.warning).toBe(warning);
  });

  it("is refused under strict as a call without them (2001 missing app_id), the reason naming the rule", async () => {
    const mock = await harness(true, "http");
    const result = await getWithJsonBody(`${mock.url}${PATHS.token}`, tokenParams());
    expect(result.json).toEqual({ code: 2001, msg: "缺失 app_id 参数", data: null });
    expect(result.reason).toContain(warning);
  });

  it("gives no warning to the documented query string, nor to a body that repeats it", async () => {
    const mock = await harness(true, "http");
    const result = await getWithJsonBody(`${mock.url}${PATHS.token}?${new URLSearchParams(tokenParams())}`, tokenParams());
    expect(result.json.code).toBe(0);
    expect(result.warning).toBeNull();
  });
});
