/**
 * livemock's thin typed clients (`livemock/client`): one per vendor, typed from the generated spec
 * types. The same client calls the real vendor, a listening livemock, an in-process app
 * (`fetch: app.request`) or MSW, chosen by `baseUrl` and `fetch`.
 */

export type { PolyvOperationId } from "../contracts/polyv/index.ts";
export type { VolcOperationId as VolcengineOperationId } from "../contracts/volcengine/index.ts";
export { LivemockCredentialsError } from "./credentials.ts";
export type { ClientClock, ClientExchange, ClientOptions, FetchLike } from "./options.ts";
export type { PolyvClient, PolyvClientOptions, PolyvData, PolyvEnvelope, PolyvParams, PolyvResult } from "./polyv/client.ts";
export { createPolyvClient, POLYV_BASE_URL } from "./polyv/client.ts";
export { PolyvError } from "./polyv/errors.ts";
export type { LivemockWarning } from "./transport.ts";
export { parseLivemockWarnings } from "./transport.ts";
export type { TransportFailureKind } from "./transport-error.ts";
export { LivemockTransportError } from "./transport-error.ts";
export { VendorApiError } from "./vendor-error.ts";
export type { VolcengineClient, VolcengineClientOptions, VolcengineData, VolcengineEnvelope, VolcengineParams, VolcengineResult } from "./volcengine/client.ts";
export { createVolcengineClient, VOLCENGINE_BASE_URL } from "./volcengine/client.ts";
export { VolcengineError } from "./volcengine/errors.ts";
export type { XiaoeClient, XiaoeClientOptions, XiaoeData, XiaoeEnvelope, XiaoeOperationId, XiaoeParams, XiaoeResult } from "./xiaoe/client.ts";
export { createXiaoeClient, XIAOE_BASE_URL } from "./xiaoe/client.ts";
export { XiaoeError } from "./xiaoe/errors.ts";
export type { XiaoeBusinessOperation } from "./xiaoe/routes.ts";
