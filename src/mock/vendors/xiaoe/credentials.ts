/** Xiaoe apps: `app_id` + `client_id` + `secret_key`, exchanged for an access token at `GET /token`. */
import { z } from "zod";
import type { CredentialKind } from "../../core/credentials.ts";

/** One Xiaoe app the mock accepts. */
export interface XiaoeApp {
  appId: string;
  clientId: string;
  secretKey: string;
}

declare module "../../core/credentials.ts" {
  interface MockCredentials {
    xiaoe: XiaoeApp[];
  }
}

/**
 * Xiaoe's kind of credential: the demo app, `XIAOE_APP_ID`/`XIAOE_CLIENT_ID`/`XIAOE_SECRET_KEY`,
 * and the shape the control plane and seed files accept.
 *
 * @example
 * xiaoeCredentials.id(xiaoeCredentials.demo[0]!) // "apptrfbbm2m8971"
 */
export const xiaoeCredentials: CredentialKind<XiaoeApp> = {
  demo: [{ appId: "apptrfbbm2m8971", clientId: "livemock-client", secretKey: "livemock-xiaoe-secret" }],
  schema: z.object({ appId: z.string().regex(/^[0-9A-Za-z_-]{1,64}$/u), clientId: z.string().min(1), secretKey: z.string().min(1) }).strict(),
  id: (app) => app.appId,
  view: (app) => ({ appId: app.appId, clientId: app.clientId }),
  env: ["XIAOE_APP_ID", "XIAOE_CLIENT_ID", "XIAOE_SECRET_KEY"],
  fromEnv: (env) => (env.XIAOE_APP_ID && env.XIAOE_CLIENT_ID && env.XIAOE_SECRET_KEY ? { appId: env.XIAOE_APP_ID, clientId: env.XIAOE_CLIENT_ID, secretKey: env.XIAOE_SECRET_KEY } : undefined),
};
