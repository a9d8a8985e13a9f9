/**
 * The credentials the mock accepts: the public demo ones from the design, plus any configured through
 * options or the environment variables users already have for the real vendors. Each vendor
 * describes its own (src/mock/vendors/<vendor>/credentials.ts); this module gathers them.
 */
export type { MockCredentials } from "./core/credentials.ts";
export { credentialsFromEnv, DEMO_CREDENTIALS } from "./vendors/index.ts";
export type { PolyvApp } from "./vendors/polyv/credentials.ts";
export type { VolcengineKey } from "./vendors/volcengine/credentials.ts";
export type { XiaoeApp } from "./vendors/xiaoe/credentials.ts";
