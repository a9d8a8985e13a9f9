/**
 * The credentials the mock accepts: the public demo ones from the design, plus any configured through
 * options or the environment variables users already have for the real vendors.
 */

export interface PolyvApp {
  appId: string;
  appSecret: string;
  /** Account user id echoed in responses (10 hex chars). */
  userId?: string;
}

export interface XiaoeApp {
  appId: string;
  clientId: string;
  secretKey: string;
}

export interface VolcengineKey {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface MockCredentials {
  polyv: PolyvApp[];
  xiaoe: XiaoeApp[];
  volcengine: VolcengineKey[];
}

/** The public demo credentials: accepted only by livemock, printed by `livemock serve`. */
export const DEMO_CREDENTIALS: Readonly<MockCredentials> = Object.freeze({
  polyv: [{ appId: "frlr1zazn3", appSecret: "livemock-polyv-secret", userId: "cc167950af" }],
  xiaoe: [{ appId: "apptrfbbm2m8971", clientId: "livemock-client", secretKey: "livemock-xiaoe-secret" }],
  volcengine: [{ accessKeyId: "AKLTlivemockdemo", secretAccessKey: "livemock-volc-secret" }],
});

/**
 * Reads configured credentials from the environment (`POLYV_APP_ID`/`POLYV_APP_SECRET`,
 * `XIAOE_APP_ID`/`XIAOE_CLIENT_ID`/`XIAOE_SECRET_KEY`, `VOLC_ACCESSKEY`/`VOLC_SECRETKEY`).
 * A vendor is configured only when all of its variables are set.
 *
 * @example
 * const extra = credentialsFromEnv(process.env);
 */
export function credentialsFromEnv(env: Record<string, string | undefined>): Partial<MockCredentials> {
  const out: Partial<MockCredentials> = {};
  if (env.POLYV_APP_ID && env.POLYV_APP_SECRET) out.polyv = [{ appId: env.POLYV_APP_ID, appSecret: env.POLYV_APP_SECRET }];
  if (env.XIAOE_APP_ID && env.XIAOE_CLIENT_ID && env.XIAOE_SECRET_KEY) {
    out.xiaoe = [{ appId: env.XIAOE_APP_ID, clientId: env.XIAOE_CLIENT_ID, secretKey: env.XIAOE_SECRET_KEY }];
  }
  if (env.VOLC_ACCESSKEY && env.VOLC_SECRETKEY) out.volcengine = [{ accessKeyId: env.VOLC_ACCESSKEY, secretAccessKey: env.VOLC_SECRETKEY }];
  return out;
}

/**
 * The demo credentials plus the given extra ones (an extra entry with a demo id replaces the demo one).
 *
 * @example
 * const creds = mergeCredentials({ polyv: [{ appId: "otherapp01", appSecret: "s" }] });
 */
export function mergeCredentials(extra: Partial<MockCredentials> = {}): MockCredentials {
  const merge = <T>(demo: readonly T[], more: T[] | undefined, id: (item: T) => string): T[] => {
    const byId = new Map<string, T>();
    for (const item of [...demo, ...(more ?? [])]) byId.set(id(item), item);
    return [...byId.values()];
  };
  return {
    polyv: merge(DEMO_CREDENTIALS.polyv, extra.polyv, (a) => a.appId),
    xiaoe: merge(DEMO_CREDENTIALS.xiaoe, extra.xiaoe, (a) => a.appId),
    volcengine: merge(DEMO_CREDENTIALS.volcengine, extra.volcengine, (k) => k.accessKeyId),
  };
}
