/**
 * What livemock's Xiaoe-tech accepts beyond the documented rule, because an official SDK or common
 * third-party code sends it: one entry per leniency, with its source. The mock warns with these ids
 * (`x-livemock-warning`) and refuses under `--strict`; the README lists this table.
 */
import { type LeniencyWarning, leniencyTable, leniencyWarning } from "../core/leniency.ts";

const SEED_000 = "seed 000 (xe.alive.marketing.task.create: 请求头 Content-Type:application/json, access_token in the parameter table, a JSON example body)";

/** Every Xiaoe leniency, keyed by id. */
export const xiaoeLeniencies = leniencyTable({
  "xiaoe.auth.access-token-in-query": {
    rule: "the doc sends access_token in the JSON body of a business call",
    accepted: "access_token in the query string of a business call",
    source: `a third-party paraphrase of the Xiaoe docs puts the token in the query (fact sheet vendors/xiaoe.md §2 item 5, [secondary]); xiaoeteam/XiaoeApiSDK PHP/libs/Http.php curlPost appends its query parameters to the URL; departs from ${SEED_000}`,
  },
  "xiaoe.body.form-encoded": {
    rule: "the doc sends a business call's parameters as a JSON body (Content-Type: application/json)",
    accepted: "an application/x-www-form-urlencoded or multipart/form-data body (integers written as digits)",
    source: `xiaoeteam/XiaoeApiSDK PHP/libs/Http.php curlPost posts a form (http_build_query) when the caller's headers say x-www-form-urlencoded, and a PHP array (sent by curl as multipart) with any other header; third-party code posts forms (fact sheet vendors/xiaoe.md §1 [secondary]); departs from ${SEED_000}`,
  },
  "xiaoe.token.params-in-body": {
    rule: "the doc's GET /token takes app_id, client_id, secret_key and grant_type in the query string",
    accepted: "the /token parameters in a JSON (or form) body of the GET",
    source:
      "xiaoeteam/XiaoeApiSDK PYTHON/token_manager.py (requests.get with a JSON data body) and GO/demo/access_token.go send them as a JSON body on a GET; departs from https://api-doc.xiaoe-tech.com/develop_guide/get_access_token.html and the legacy demo wiki (query parameters, as the SDK's PHP/libs/TokenManage.php and JAVA/TokenManager.java send them)",
  },
});

/** The id of a Xiaoe leniency. */
export type XiaoeLeniencyId = keyof typeof xiaoeLeniencies;

/** A warning about a Xiaoe leniency a request relied on. */
export type XiaoeWarning = LeniencyWarning<XiaoeLeniencyId>;

/**
 * The warning for a Xiaoe leniency: `detail` says what the request did.
 *
 * @example
 * xiaoeWarning("xiaoe.auth.access-token-in-query", "access_token came in the query string").id // "xiaoe.auth.access-token-in-query"
 */
export function xiaoeWarning(id: XiaoeLeniencyId, detail: string): XiaoeWarning {
  return leniencyWarning(xiaoeLeniencies, id, detail);
}
