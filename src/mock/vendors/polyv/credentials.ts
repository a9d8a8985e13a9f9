/** Polyv apps: `appId` + `appSecret` (and the account's `userId`, echoed in answers). */
import { z } from "zod";
import type { CredentialKind } from "../../core/credentials.ts";

/** One Polyv app the mock accepts. */
export interface PolyvApp {
  appId: string;
  appSecret: string;
  /** Account user id echoed in responses (10 hex chars). */
  userId?: string;
}

declare module "../../core/credentials.ts" {
  interface MockCredentials {
    polyv: PolyvApp[];
  }
}

/**
 * Polyv's kind of credential: the demo app, `POLYV_APP_ID`/`POLYV_APP_SECRET`, and the shape the
 * control plane and seed files accept.
 *
 * @example
 * polyvCredentials.fromEnv({ POLYV_APP_ID: "a1", POLYV_APP_SECRET: "s" }) // { appId: "a1", appSecret: "s" }
 */
export const polyvCredentials: CredentialKind<PolyvApp> = {
  demo: [{ appId: "frlr1zazn3", appSecret: "livemock-polyv-secret", userId: "cc167950af" }],
  schema: z
    .object({
      appId: z.string().regex(/^[0-9A-Za-z_-]{1,64}$/u),
      appSecret: z.string().min(1),
      userId: z
        .string()
        .regex(/^[0-9a-f]{10}$/u)
        .optional(),
    })
    .strict() as z.ZodType<PolyvApp>,
  id: (app) => app.appId,
  view: (app) => ({ appId: app.appId }),
  env: ["POLYV_APP_ID", "POLYV_APP_SECRET"],
  fromEnv: (env) => (env.POLYV_APP_ID && env.POLYV_APP_SECRET ? { appId: env.POLYV_APP_ID, appSecret: env.POLYV_APP_SECRET } : undefined),
};
