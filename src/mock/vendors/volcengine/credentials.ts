/** Volcengine access keys: `AccessKeyId` + `SecretAccessKey`, as the official SDKs read them. */
import { z } from "zod";
import type { CredentialKind } from "../../core/credentials.ts";

/** One Volcengine access key the mock accepts. */
export interface VolcengineKey {
  accessKeyId: string;
  secretAccessKey: string;
}

declare module "../../core/credentials.ts" {
  interface MockCredentials {
    volcengine: VolcengineKey[];
  }
}

/**
 * Volcengine's kind of credential: the demo key, `VOLC_ACCESSKEY`/`VOLC_SECRETKEY` (the official
 * SDKs' names), and the shape the control plane and seed files accept.
 *
 * @example
 * volcengineCredentials.view(volcengineCredentials.demo[0]!) // { accessKeyId: "AKLTlivemockdemo" }
 */
export const volcengineCredentials: CredentialKind<VolcengineKey> = {
  demo: [{ accessKeyId: "AKLTlivemockdemo", secretAccessKey: "livemock-volc-secret" }],
  schema: z.object({ accessKeyId: z.string().regex(/^[0-9A-Za-z_-]{1,128}$/u), secretAccessKey: z.string().min(1) }).strict(),
  id: (key) => key.accessKeyId,
  view: (key) => ({ accessKeyId: key.accessKeyId }),
  env: ["VOLC_ACCESSKEY", "VOLC_SECRETKEY"],
  fromEnv: (env) => (env.VOLC_ACCESSKEY && env.VOLC_SECRETKEY ? { accessKeyId: env.VOLC_ACCESSKEY, secretAccessKey: env.VOLC_SECRETKEY } : undefined),
};
